import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchemaText, findConfig, loadConfig, parseConfig } from '../../src/config/load.js';
import { globToRegExp, matchesAny } from '../../src/config/glob.js';
import { formatProblem } from '../../src/yaml/problems.js';
import { unknownChecks } from '../../src/run/checks.js';
import { ROOT, projectMaker } from './helpers.js';

const project = projectMaker();

describe('factlint.config.yaml', () => {
  it('reads every setting, with paths relative to the config file', () => {
    const text = [
      'version: 1',
      'rules: [rules/, extra/flood.yaml]',
      'include: ["*.txt"]',
      'exclude: ["draft-*"]',
      'language: en',
      'checks: { changed-fact: off, integrity: warning }',
      'min-severity: warning',
      'fail-on: warning',
      'format: [text, "sarif:out.sarif"]',
      'baseline: .factlint-baseline.json',
      '',
    ].join('\n');
    const { config, problems } = parseConfig(text, '/p/factlint.config.yaml');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      dir: '/p',
      rules: ['/p/rules', '/p/extra/flood.yaml'],
      include: ['*.txt'],
      exclude: ['draft-*'],
      language: 'en',
      checks: { 'changed-fact': 'off', integrity: 'warning' },
      minSeverity: 'warning',
      failOn: 'warning',
      format: ['text', 'sarif:out.sarif'],
      baseline: '/p/.factlint-baseline.json',
    });
  });

  it('an unknown key is a file:line:col error with a suggestion', () => {
    const { config, problems } = parseConfig('version: 1\ninclud: ["*.txt"]\n', 'factlint.config.yaml');
    expect(config).toBeNull();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^factlint\.config\.yaml:2:1 .*include/)]);
  });

  it('wrong values are errors at their place', () => {
    const { problems } = parseConfig('version: 1\nmin-severity: warnings\nformat: [pdf]\nchecks: { integrity: loud }\n', 'c.yaml');
    const lines = problems.map(formatProblem);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^c\.yaml:2:15 .*warning/);
    expect(lines[1]).toMatch(/^c\.yaml:3:10 .*format/);
    expect(lines[2]).toMatch(/^c\.yaml:4:22 .*loud/);
  });

  it('YAML errors and duplicate keys are refused', () => {
    expect(parseConfig('version: 1\nversion: 1\n', 'c.yaml').problems[0]?.line).toBe(2);
    expect(parseConfig('version: [\n', 'c.yaml').config).toBeNull();
    expect(parseConfig('- 1\n', 'c.yaml').config).toBeNull();
  });

  it('a `checks` name that is no rule and no built-in check is an error at its key, with a suggestion', async () => {
    const root = project({ 'factlint.config.yaml': 'version: 1\nchecks:\n  death-toll: warning\n  dropped-facts: off\n' });
    const loaded = await loadConfig(root, null);
    const problems = unknownChecks(loaded.config!, ['death-toll', 'injured']);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(root, 'factlint.config.yaml')}:4:3 checks: unknown rule or check 'dropped-facts' (did you mean 'dropped-fact'?): it switches nothing`,
    ]);
    expect(unknownChecks(loaded.config!, ['death-toll', 'dropped-facts'])).toEqual([]);
  });

  it('is found by searching upward from the working directory', async () => {
    const root = project({ 'factlint.config.yaml': 'version: 1\n', 'stories/flood/a.txt': 'x' });
    expect(await findConfig(path.join(root, 'stories', 'flood'))).toBe(path.join(root, 'factlint.config.yaml'));
    const loaded = await loadConfig(path.join(root, 'stories'), null);
    expect(loaded.config?.file).toBe(path.join(root, 'factlint.config.yaml'));
  });

  it('without a file, the defaults; a missing --config file is a problem', async () => {
    const root = project({});
    const none = await loadConfig(root, null);
    if ((await findConfig(root)) === null) expect(none.config?.file).toBeNull();
    const missing = await loadConfig(root, 'nope.yaml');
    expect(missing.config).toBeNull();
    expect(missing.problems[0]?.message).toMatch(/cannot read config file .*nope\.yaml \(ENOENT\)/);
  });

  it('the committed JSON Schema (rules/config.schema.json) is current', async () => {
    const committed = await readFile(path.join(ROOT, 'rules', 'config.schema.json'), 'utf8');
    expect(committed).toBe(configJsonSchemaText());
  });

  it("the repository's own config is valid", async () => {
    const loaded = await loadConfig(ROOT, 'factlint.config.yaml');
    expect(loaded.problems).toEqual([]);
  });
});

describe('globs', () => {
  it('match names, paths, ** and braces', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('a/b.txt')).toBe(false);
    expect(globToRegExp('**/*.txt').test('a/b/c.txt')).toBe(true);
    expect(globToRegExp('**/*.txt').test('c.txt')).toBe(true);
    expect(globToRegExp('v?.{md,html}').test('v1.html')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(matchesAny('sub/draft-1.txt', ['draft-*'])).toBe(true);
    expect(matchesAny('sub/final.txt', ['sub/*.md'])).toBe(false);
  });
});

describe('settings: the command line over the config over the defaults', async () => {
  const { settingsOf } = await import('../../src/cli/settings.js');
  const { parseCliOptions } = await import('../../src/cli/options.js');
  const { defaultConfig } = await import('../../src/config/load.js');
  const config = { ...defaultConfig('/p'), format: ['json', 'sarif:out.sarif'], failOn: 'warning' as const, minSeverity: 'warning' as const };

  it('takes formats, fail-on and min-severity from the config when the command line has none', () => {
    expect(settingsOf(parseCliOptions(['check', 'x']), config, false)).toMatchObject({
      formats: [{ name: 'json', file: null }, { name: 'sarif', file: 'out.sarif' }],
      failOn: 'warning',
      minSeverity: 'warning',
    });
  });

  it('the command line wins; --quiet is errors only; report stays HTML', () => {
    expect(settingsOf(parseCliOptions(['check', 'x', '-f', 'text', '--fail-on', 'error', '-q']), config, false)).toMatchObject({
      formats: [{ name: 'text', file: null }],
      failOn: 'error',
      minSeverity: 'error',
    });
    expect(settingsOf(parseCliOptions(['report', 'x']), config, true)).toMatchObject({ formats: [{ name: 'html', file: null }], failOn: 'none' });
  });

  it('usage problems: two formats on stdout, an unknown format, --update-baseline without a file', () => {
    expect(settingsOf(parseCliOptions(['check', 'x', '-f', 'text', '-f', 'json']), defaultConfig('/p'), false)).toMatch(/only one format can go to stdout/);
    expect(settingsOf(parseCliOptions(['check', 'x', '-f', 'pdf']), defaultConfig('/p'), false)).toMatch(/unknown format "pdf"/);
    expect(settingsOf(parseCliOptions(['check', 'x', '--update-baseline']), defaultConfig('/p'), false)).toMatch(/needs --baseline/);
  });
});
