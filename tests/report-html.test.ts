import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { isFolderOutput } from '../src/cli/output.js';
import { escapeHtml, formatHtml, formatHtmlSite, htmlReporter, markCuts, pageNames } from '../src/report/html.js';
import { REPORTERS } from '../src/report/index.js';
import type { ClaimValue, Finding, Report, VersionInfo } from '../src/types.js';
import { valueIn } from './helpers/synthetic-report.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OPTIONS = { color: false, cwd: '.' };

function version(id: string, rank: number, extra: Partial<VersionInfo> = {}): VersionInfo {
  return { id, path: `stories/quake/${id}.txt`, date: '2024-03-0' + String(rank + 1), time: null, role: null, encoding: 'utf-8', language: 'en', notices: [], rank, ...extra };
}

function value(rule: string, versionId: string, v: number | string, sentence: string, text: string, extra: Partial<ClaimValue> = {}): ClaimValue {
  return { ...valueIn(rule, versionId, typeof v === 'number' ? 'quantity' : 'people', v, sentence, text), ...extra };
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
  const grid = page.slice(page.indexOf('<table class="grid"'), page.indexOf('</table>', page.indexOf('<table class="grid"')));
  const row = (rule: string): string => {
    const start = grid.indexOf(`data-rule="${rule}"`);
    return grid.slice(start, grid.indexOf('</tr>', start));
  };

  it('is registered and is one self-contained HTML5 document that loads nothing', () => {
    expect(REPORTERS.html).toBe(htmlReporter);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(page, '<html')).toBe(1);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//);
    // The security policy allows the page's own script (by hash) and nothing else.
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
  });

  it('never lets input markup through', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>not</b>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Photo: R&amp;R &lt;wire&gt;');
    expect(count(page, '<script>')).toBe(1);
  });

  it('shows every finding message, report-level ones first, then the findings of each set before its grid', () => {
    for (const f of [...report.findings, contradiction, cut, omission]) expect(page).toContain(escapeHtml(f.message));
    expect(page.indexOf('unknown key')).toBeLessThan(page.indexOf('class="set"'));
    expect(page.indexOf('id="s0-f0"')).toBeLessThan(page.indexOf('<table class="grid"'));
  });

  it('finding cards: errors, then warnings, infos folded under a count', () => {
    const at = (anchor: string): number => page.indexOf(`id="${anchor}"`);
    expect(at('s0-f0')).toBeLessThan(at('s0-f1')); // error before warning
    const folded = page.indexOf('<details class="infos">');
    expect(folded).toBeGreaterThan(at('s0-f1'));
    expect(at('s0-f2')).toBeGreaterThan(folded);
    expect(page).toContain('1 info <span class="muted">(omission 1)</span>');
    expect(page).toContain('<div class="legend" role="note" aria-label="Legend">');
    expect(page).toContain('<span class="badge tone-red" title="versions give different values">contradiction</span>');
  });

  it('cards put the two sentences side by side with the changed words marked', () => {
    const card = page.slice(page.indexOf('id="s0-f0"'), page.indexOf('</article>', page.indexOf('id="s0-f0"')));
    expect(card).toContain('<div class="pair"><figure class="side own">');
    expect(card).toContain('<ins>12</ins>');
    expect(card).toContain('<del>14</del>');
    expect(card).toContain('<del>earthquake</del>');
    expect(card).toContain('<span class="loc">2:20</span>');
    expect(card).toContain('title="late · 2024-03-02 · update · stories/quake/late.txt"');
    expect(page).toContain('<mark class="cut">⟦cut: Ana Ruiz⟧</mark>');
    // An omission has no sentence in the version that lacks it: "not stated" next to the other.
    const info = page.slice(page.indexOf('id="s0-f2"'));
    expect(info.slice(0, info.indexOf('</article>'))).toContain('not stated');
  });

  it('grid: a row per claim, a column per version in time order, values, sentences and empty cells', () => {
    expect(count(grid, '<tr class="claim')).toBe(3);
    expect(count(grid, '<th class="vh"')).toBe(2);
    expect(grid.indexOf('data-v="early"')).toBeLessThan(grid.indexOf('data-v="late"'));
    expect(grid).toContain('<li class="val">14 people</li>');
    expect(grid).toContain('<li class="val">about 12 people</li>');
    expect(grid).toContain('<span class="loc">2:23</span>');
    expect(grid).toContain('The earthquake killed <b>14 people</b>.');
    expect(grid).toContain('<li class="val">Tomás Ortega</li>');
    expect(count(grid, '<span class="empty"')).toBe(3);
  });

  it('grid: claims with findings first, empty claims last and hidden', () => {
    expect(grid.indexOf('data-rule="quake-toll"')).toBeLessThan(grid.indexOf('data-rule="officials"'));
    expect(grid.indexOf('data-rule="officials"')).toBeLessThan(grid.indexOf('data-rule="injured"'));
    expect(grid).toContain('<tr class="claim empty-row" hidden data-rule="injured"');
    expect(page).toContain('show empty claims (1)');
  });

  it('grid: version headers show rank, short id, date, role; the file name on hover', () => {
    expect(grid).toContain('title="late — stories/quake/late.txt"');
    expect(grid).toContain('<span class="rank">#2</span> <span class="sid">late</span><span class="vdate">2024-03-02</span><span class="vrole-tag">update</span>');
  });

  it('highlights the cells named by findings, by type, with flags linking to the cards', () => {
    const toll = row('quake-toll');
    expect(toll).toContain('class="cell marked tone-red"');
    expect(toll).toContain('<a class="badge tone-red" href="#s0-f0" tabindex="-1">contradiction</a>');
    expect(toll).toContain('data-sev="error" data-types="contradiction"');
    const officials = row('officials');
    // The cut name has no row of its own: it marks the people row holding "Ana Ruiz".
    expect(officials).toContain('class="cell marked tone-purple blank"');
    expect(officials).toContain('deleted-mention</a> <span class="subjects">Ana Ruiz</span>');
    expect(officials).toContain('omission</a> <span class="subjects">Tomás Ortega</span>');
    expect(officials).toContain('data-rules="officials deleted-mention"');
    expect(row('injured')).not.toContain('marked');
  });

  it('filters: severity, verdict and rule lists, a search box and the row toggles', () => {
    expect(page).toContain('<select name="sev" id="s0-sev">');
    expect(page).toContain('<option value="deleted-mention">deleted-mention</option>');
    expect(page).toContain('<option value="quake-toll">quake-toll</option>');
    expect(page).toContain('<input type="search" name="q" id="s0-q"');
    expect(page).toContain('rows with findings only');
  });

  it('headline values first; parts, background and other mentions dimmed with their role', () => {
    const values = [
      value('toll', 'a', 30, 'In Alder County 30 people died.', '30 people', { role: 'part', place: 'Alder County' }),
      value('toll', 'a', 4000, 'In 2009, 4000 people died.', '4000 people', { role: 'background' }),
      value('toll', 'a', 52, 'The floods killed 52 people.', '52 people', { role: 'headline' }),
    ];
    const set = report.sets[0];
    if (!set) throw new Error('no set');
    const one: Report = { ...report, sets: [{ ...set, versions: [version('a', 0)], claims: [{ rule: 'toll', label: 'Toll', kind: 'quantity', values: { a: values } }], findings: [] }] };
    const html = formatHtml(one, OPTIONS);
    const list = html.slice(html.indexOf('<ul class="vals">'), html.indexOf('</ul>', html.indexOf('<ul class="vals">')));
    expect(list).toBe(
      '<ul class="vals"><li class="val headline">52</li><li class="val dim">30 <span class="vrole">part · Alder County</span></li><li class="val dim">4000 <span class="vrole">background</span></li>',
    );
  });

  it('counts by severity for the set', () => {
    expect(page).toContain('<span class="count sev-error"><b>1</b> error</span>');
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

describe('html report as a folder (many sets)', () => {
  const base = report.sets[0];
  if (!base) throw new Error('no set');
  const many: Report = { ...report, sets: [base, { ...base, path: 'stories/quake' }, { ...base, path: 'index' }, { ...base, path: '../other sets/fire', findings: [] }] };
  const files = formatHtmlSite(many, OPTIONS);

  it('writes index.html and one page per set, with unique safe file names', () => {
    expect(files.map((f) => f.name)).toEqual(['index.html', 'stories-quake.html', 'stories-quake-2.html', 'index-2.html', 'other-sets-fire.html']);
    expect(pageNames([])).toEqual([]);
  });

  it('the index has one row per set, worst first, linking to its page', () => {
    const index = files[0]?.text ?? '';
    expect(count(index, '<tr data-sev=')).toBe(4);
    expect(index).toContain('<a href="stories-quake-2.html">stories/quake</a>');
    expect(index).toContain('<span class="status ok">no findings</span>');
    expect(index.indexOf('other-sets-fire.html')).toBeGreaterThan(index.indexOf('index-2.html'));
    expect(index).toContain('Problems outside any set');
  });

  it('each set page stands alone: its own findings and grid, a link back to the index', () => {
    for (const f of files.slice(1)) {
      expect(f.text.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(f.text).toContain('<a href="index.html">← All sets</a>');
      expect(count(f.text, '<section class="set"')).toBe(1);
      expect(f.text).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//);
    }
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
    expect(count(page, '<th class="vh"')).toBe(set.versions.length);
    for (const claim of set.claims) expect(page).toContain(`data-rule="${escapeHtml(claim.rule)}"`);
    for (const v of set.versions) expect(page).toContain(escapeHtml(v.id));
    for (const f of set.findings) expect(page).toContain(escapeHtml(f.message));
    expect(count(page, '<article class="card')).toBe(set.findings.length + json.findings.length);
    expect(count(page, '<script>')).toBe(1);
  }, 120_000);
});

describe('factlint report -o DIR/ (CLI)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'factlint-html-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const cli = async (args: string[]): Promise<{ code: number; stderr: string }> => {
    let stderr = '';
    const code = await runCli(args, { stdout: () => {}, stderr: (s) => (stderr += s), cwd: ROOT, env: {} });
    return { code, stderr };
  };

  it('writes index.html and one page per set into a folder given with a trailing slash', async () => {
    const out = path.join(scratch, 'out') + path.sep;
    const run = await cli(['report', 'tests/fixtures/flood', 'tests/fixtures/summit', '-o', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'tests-fixtures-flood.html', 'tests-fixtures-summit.html']);
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="tests-fixtures-flood.html">tests/fixtures/flood</a>');
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);
  }, 120_000);

  it('writes into an existing folder given without a slash; other formats refuse a folder', async () => {
    const out = path.join(scratch, 'existing');
    mkdirSync(out);
    expect((await cli(['report', 'tests/fixtures/flood', '-o', out])).code).toBe(0);
    expect(readdirSync(out)).toContain('index.html');
    const json = await cli(['check', 'tests/fixtures/flood', '--format', 'json', '-o', `${out}/`]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('only --format html writes a folder');
  }, 120_000);

  it('isFolderOutput: a trailing slash or an existing directory', () => {
    const dirs = new Set([path.resolve('/w', 'out')]);
    const isDir = (p: string): boolean => dirs.has(p);
    expect(isFolderOutput('out/', '/w', isDir)).toBe(true);
    expect(isFolderOutput('out', '/w', isDir)).toBe(true);
    expect(isFolderOutput('report.html', '/w', isDir)).toBe(false);
  });
});
