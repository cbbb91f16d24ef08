/** Issue 10, item 4: no control, escape or bidi character reaches a terminal, a CI log, Markdown or XML raw. */
import { afterEach, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/report/index.js';
import { markdownText, safeLine, safeStrings, safeText, uriPath, xmlText } from '../../src/report/safe.js';
import type { Report } from '../../src/types.js';
import { ARTICLE, cli, removeDir, tempDir, writeTree } from '../robustness/helpers.js';

/** What must never appear raw in text, Markdown, JUnit or GitHub output. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const ESC = '\u001b';
const OSC_LINK = `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`;
const CLEAR = `${ESC}[2J${ESC}[H`;
const RLO = '\u202e';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

/** A report whose every user-controlled string is hostile. */
function hostileReport(): Report {
  const id = `v${ESC}[31m`;
  const text = `The flood killed 4 people ${OSC_LINK} ${CLEAR}${RLO}gnp.exe\u0085\u0007 <img src=x onerror=alert(1)> **bold** [x](javascript:1) \uFFFE end`;
  return {
    tool: { name: 'factlint', version: '0.1.0' },
    findings: [],
    summary: { errors: 1, warnings: 0, infos: 0 },
    sets: [{
      path: `stories/<script>alert(1)</script>${ESC}]0;title${ESC}\\`,
      order: 'file-name', orderNote: `ordered by name ${CLEAR}`, rules: [`rule${ESC}[2J`],
      versions: [{ id, path: `stories/${id} #1 50%.txt`, date: null, time: null, role: null, encoding: 'utf-8', language: 'en', rank: 0,
        notices: [{ type: 'mojibake', count: 1, message: text, places: [] }] }],
      claims: [{ rule: `rule${ESC}[2J`, label: `<script>x</script>${CLEAR}`, kind: 'quantity', values: {
        [id]: [{ rule: 'r', version: id, kind: 'quantity', key: '4', value: 4, qualifier: null, text, sentence: text,
          span: { start: 0, end: 1 }, line: 1, column: 1, uncertain: false }] } }],
      findings: [{ rule: `rule${ESC}[2J`, type: 'contradiction', severity: 'error', subject: text, versions: [id], message: text,
        evidence: [{ version: id, path: `stories/${id} #1 50%.txt`, line: 1, column: 1, text }] }],
    }],
  };
}

describe('the sanitising module', () => {
  it('shows control, escape and bidi characters escaped, keeps tab and newline', () => {
    expect(safeText(`a${ESC}[2Jb\tc\nd${RLO}e\u0085f\u0000`)).toBe('a\\x1b[2Jb\tc\nd\\u202ee\\x85f\\x00');
    expect(safeLine('a\nb\r\nc')).toBe('a b\\x0d c');
  });

  it('xmlText drops characters XML forbids and escapes markup', () => {
    expect(xmlText(`a\uFFFEb\uFFFF<c>&"${ESC}\ud800`)).toBe('ab&lt;c&gt;&amp;&quot;\\x1b');
  });

  it('markdownText escapes HTML and Markdown syntax on one line', () => {
    const md = markdownText('<img src=x onerror=alert(1)> **b** [l](u) `c` | d\n# e');
    expect(md).not.toMatch(/<img|\*\*b|\[l\]\(|`c`/);
    expect(md).toContain('&lt;img');
    expect(md).toContain('\\|');
    expect(md).not.toContain('\n');
  });

  it('uriPath percent-encodes each path segment', () => {
    expect(uriPath('stories/a b/#1 50%.txt')).toBe('stories/a%20b/%231%2050%25.txt');
    expect(uriPath('C:\\x\\y z.txt')).toBe('C%3A/x/y%20z.txt');
    expect(uriPath('/tmp/a b.txt')).toBe('file:///tmp/a%20b.txt');
  });

  it('safeStrings escapes keys and values deeply without touching numbers', () => {
    const out = safeStrings({ [`k${ESC}`]: [{ a: `x${RLO}`, n: 3, b: null }] });
    expect(out).toEqual({ 'k\\x1b': [{ a: 'x\\u202e', n: 3, b: null }] });
  });
});

describe('every reporter for people and CI', () => {
  for (const format of ['text', 'markdown', 'junit', 'github', 'html']) {
    it(`${format}: no raw control, escape or bidi character`, () => {
      const out = REPORTERS[format]?.format(hostileReport(), { color: false, cwd: '.' }) ?? '';
      expect(out.length).toBeGreaterThan(0);
      expect(out.replace(/[\n\r\t]/g, '')).not.toMatch(UNSAFE);
    });
  }

  it('junit: no character XML forbids', () => {
    const out = REPORTERS.junit?.format(hostileReport(), { color: false, cwd: '.' }) ?? '';
    expect(out).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(out).not.toContain('<script>');
  });

  it('markdown: no HTML from file names, labels or article text', () => {
    const out = REPORTERS.markdown?.format(hostileReport(), { color: false, cwd: '.' }) ?? '';
    expect(out).not.toMatch(/<script|<img/);
  });

  it('sarif: locations are percent-encoded URIs', () => {
    const sarif = JSON.parse(REPORTERS.sarif?.format(hostileReport(), { color: false, cwd: '.' }) ?? '{}');
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    expect(uri).toBe('stories/v%1B%5B31m%20%231%2050%25.txt');
    expect(sarif.runs[0].results[0].message.text).not.toMatch(UNSAFE);
  });
});

describe('the CLI', () => {
  it('escapes a hostile file name, article text and rule label in text output and on stderr', async () => {
    const dir = tempDir('factlint-safe-');
    dirs.push(dir);
    const rules = [
      'version: 1',
      'rules:',
      '  - id: toll',
      `    label: "Toll <script>x</script> \\e[2J \\u202e"`,
      '    kind: quantity',
      '    cues: [killed]',
      '    severity: error',
    ].join('\n');
    writeTree(dir, {
      'set/a.txt': ARTICLE,
      [`set/b${ESC}]0;pwned${ESC}\\.txt`]: ARTICLE.replace('nine', '11') + `\n\nInjected ${OSC_LINK} ${CLEAR}${RLO}text.\n`,
      [`set/empty${ESC}[2J.txt`]: '',
      'rules.yaml': rules,
    });
    for (const format of ['text', 'markdown', 'github', 'junit']) {
      const run = await cli(['check', 'set', '--rules', 'rules.yaml', '--format', format], dir);
      expect(run.code, run.stderr).toBeLessThan(2);
      expect(run.stdout.replace(/[\n\r\t]/g, ''), format).not.toMatch(UNSAFE);
      expect(run.stderr.replace(/\n/g, '')).not.toMatch(UNSAFE);
      expect(run.stderr).toMatch(/empty\\x1b\[2J\.txt: empty file/);
    }
  });
});
