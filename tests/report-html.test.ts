import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { escapeHtml, formatHtml, htmlReporter, markCuts } from '../src/report/html.js';
import { REPORTERS } from '../src/report/index.js';
import type { ClaimValue, Finding, Report, VersionInfo } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OPTIONS = { color: false, cwd: '.' };

function version(id: string, rank: number, extra: Partial<VersionInfo> = {}): VersionInfo {
  return { id, path: `stories/quake/${id}.txt`, date: '2024-03-0' + String(rank + 1), time: null, role: null, encoding: 'utf-8', language: 'en', notices: [], rank, ...extra };
}

function value(rule: string, versionId: string, v: number | string, sentence: string, text: string, extra: Partial<ClaimValue> = {}): ClaimValue {
  const at = sentence.indexOf(text);
  return {
    rule,
    version: versionId,
    kind: typeof v === 'number' ? 'quantity' : 'people',
    key: String(v),
    value: v,
    qualifier: null,
    text,
    sentence,
    span: { start: at, end: at + text.length },
    line: 2,
    column: at + 1,
    uncertain: false,
    ...extra,
  };
}

const contradiction: Finding = {
  rule: 'quake-toll',
  type: 'contradiction',
  severity: 'error',
  subject: 'Earthquake death toll',
  versions: ['late'],
  message: 'Earthquake death toll: late says 12, early says 14 & <b>not</b> an update',
  evidence: [
    { version: 'late', path: 'stories/quake/late.txt', line: 2, column: 20, text: 'The quake <script>alert(1)</script> killed 12 people.', value: '12 people' },
    { version: 'early', path: 'stories/quake/early.txt', line: 2, column: 18, text: 'The earthquake killed 14 people.', value: '14 people' },
  ],
  actual: '12',
  expected: '14',
};

const cut: Finding = {
  rule: 'deleted-mention',
  type: 'deleted-mention',
  severity: 'warning',
  subject: 'Ana Ruiz',
  versions: ['late'],
  message: '"Ana Ruiz" was cut from a sentence in late (still in early)',
  evidence: [
    { version: 'late', path: 'stories/quake/late.txt', line: 4, column: 1, text: 'Rescue chief ⟦cut: Ana Ruiz⟧ said teams were still digging.' },
    { version: 'early', path: 'stories/quake/early.txt', line: 4, column: 1, text: 'Rescue chief Ana Ruiz said teams were still digging.', value: 'Ana Ruiz' },
  ],
};

const omission: Finding = {
  rule: 'officials',
  type: 'omission',
  severity: 'info',
  subject: 'Tomás Ortega',
  versions: ['late'],
  message: "Officials named: Tomás Ortega is missing from late (present in early) — 'quoted'",
  evidence: [{ version: 'early', line: 5, column: 1, text: 'Mayor Tomás Ortega asked for calm.' }],
};

const report: Report = {
  tool: { name: 'factlint', version: '9.9.9' },
  findings: [
    { rule: 'config', type: 'config', severity: 'error', subject: 'rules/quake.yaml', versions: [], message: 'rules/quake.yaml:3:5 unknown key "cuez"', evidence: [] },
  ],
  summary: { errors: 2, warnings: 1, infos: 1 },
  sets: [
    {
      path: 'stories/quake',
      order: 'date-line',
      orderNote: 'ordered by the date line of each version',
      rules: ['quake-toll', 'officials', 'injured'],
      // Listed out of time order on purpose: the grid sorts by rank.
      versions: [
        version('late', 1, { role: 'update', notices: [{ type: 'boilerplate', count: 3, message: 'removed 3 lines: "Photo: R&R <wire>"', places: [] }] }),
        version('early', 0),
      ],
      claims: [
        {
          rule: 'quake-toll',
          label: 'Earthquake death toll',
          kind: 'quantity',
          values: {
            early: [value('quake-toll', 'early', 14, 'The earthquake killed 14 people.', '14 people', { unit: 'people' })],
            late: [value('quake-toll', 'late', 12, 'The quake <script>alert(1)</script> killed 12 people.', '12 people', { unit: 'people', qualifier: 'about' })],
          },
        },
        {
          rule: 'officials',
          label: 'Officials named',
          kind: 'people',
          values: {
            early: [
              value('officials', 'early', 'Ana Ruiz', 'Rescue chief Ana Ruiz said teams were still digging.', 'Ana Ruiz'),
              value('officials', 'early', 'Tomás Ortega', 'Mayor Tomás Ortega asked for calm.', 'Tomás Ortega'),
            ],
            late: [],
          },
        },
        { rule: 'injured', label: 'Injured', kind: 'quantity', values: { early: [], late: [] } },
      ],
      findings: [contradiction, cut, omission],
    },
  ],
};

const count = (s: string, needle: string): number => s.split(needle).length - 1;

describe('escapeHtml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml("Tom & Jerry's")).toBe('Tom &amp; Jerry&#39;s');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('markCuts escapes and wraps the cut marker', () => {
    expect(markCuts('a <b> ⟦cut: Ana & co⟧ c')).toBe('a &lt;b&gt; <mark class="cut">⟦cut: Ana &amp; co⟧</mark> c');
    expect(markCuts('no marker')).toBe('no marker');
  });
});

describe('html reporter', () => {
  const page = formatHtml(report, OPTIONS);

  it('is registered and is one self-contained HTML5 document', () => {
    expect(REPORTERS.html).toBe(htmlReporter);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(page, '<html')).toBe(1);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//);
  });

  it('never lets input markup through', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>not</b>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Photo: R&amp;R &lt;wire&gt;');
    // The only script is the page's own print helper.
    expect(count(page, '<script>')).toBe(1);
  });

  it('shows every finding message, report-level ones first', () => {
    for (const f of [...report.findings, contradiction, cut, omission]) expect(page).toContain(escapeHtml(f.message));
    expect(page.indexOf('unknown key')).toBeLessThan(page.indexOf('class="set"'));
    expect(page).toContain('stories/quake/late.txt:2:20');
    expect(page).toContain('<mark class="cut">⟦cut: Ana Ruiz⟧</mark>');
  });

  it('grid: a row per claim, a column per version in time order, values, sentences and empty cells', () => {
    expect(count(page, '<tr class="claim')).toBe(3);
    expect(count(page, '<th class="version"')).toBe(2);
    const grid = page.slice(page.indexOf('<table class="grid">'));
    expect(grid.indexOf('>early<')).toBeLessThan(grid.indexOf('>late<'));
    expect(page).toContain('<summary>14 people</summary>');
    expect(page).toContain('<summary>about 12 people</summary>');
    expect(page).toContain('<span class="loc">2:23</span>');
    expect(page).toContain('The earthquake killed <b>14 people</b>.');
    expect(page).toContain('<summary>Tomás Ortega</summary>');
    expect(count(grid, '<span class="empty">—</span>')).toBe(3);
    expect(page).toContain('class="claim no-values" data-rule="injured"');
  });

  it('highlights the cells named by findings, by type', () => {
    const row = (rule: string): string => {
      const start = page.indexOf(`data-rule="${rule}"`);
      return page.slice(start, page.indexOf('</tr>', start));
    };
    const toll = row('quake-toll');
    expect(count(toll, 'tone-red')).toBe(2); // the late cell and its badge
    expect(toll).toContain('href="#s0-f0"');
    const officials = row('officials');
    // The cut name has no row of its own: it marks the people row holding "Ana Ruiz".
    expect(officials).toContain('class="cell marked tone-purple"');
    expect(officials).toContain('deleted-mention');
    expect(officials).toContain('omission');
    expect(officials).toContain('deleted-mention</a> <span class="subjects">Ana Ruiz</span>');
    expect(officials).toContain('omission</a> <span class="subjects">Tomás Ortega</span>');
    expect(row('injured')).not.toContain('marked');
  });

  it('summary counts and set header', () => {
    expect(page).toContain('<b>2</b> errors');
    expect(page).toContain('<b>1</b> warning<');
    expect(page).toContain('ordered by the date line of each version');
    expect(page).toContain('removed 3 lines');
  });

  it('a report with no sets still renders', () => {
    const empty = formatHtml({ tool: report.tool, sets: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 } }, OPTIONS);
    expect(empty).toContain('<b>0</b> errors');
    expect(empty).toContain('</html>');
  });
});

describe('html report of the seeds (end to end)', () => {
  it('has a row per claim and a column per version', async () => {
    const run = async (format: string): Promise<string> => {
      let stdout = '';
      await runCli(['check', 'seeds', '--format', format], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: ROOT, env: {} });
      return stdout;
    };
    const json = JSON.parse(await run('json')) as Report;
    const page = await run('html');
    const set = json.sets[0];
    expect(set).toBeDefined();
    if (!set) return;
    expect(count(page, '<tr class="claim')).toBe(set.claims.length);
    expect(count(page, '<th class="version"')).toBe(set.versions.length);
    for (const claim of set.claims) expect(page).toContain(`data-rule="${escapeHtml(claim.rule)}"`);
    for (const v of set.versions) expect(page).toContain(escapeHtml(v.id));
    for (const f of set.findings) expect(page).toContain(escapeHtml(f.message));
    expect(count(page, '<article class="finding')).toBe(set.findings.length + json.findings.length);
    expect(page).not.toMatch(/<script>(?!addEventListener)/);
  }, 120_000);
});
