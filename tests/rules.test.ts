import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  didYouMean,
  formatProblem,
  loadRuleFiles,
  parseRuleFile,
  ruleFileJsonSchema,
  ruleFileJsonSchemaText,
  selectRuleFiles,
} from '../src/rules/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULES_DIR = path.join(ROOT, 'rules');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'rules');

async function fixture(name: string): Promise<string[]> {
  const file = path.join(FIXTURES, name);
  const { problems } = await loadRuleFiles([file]);
  return problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) }));
}

function problemsOf(text: string, file = 'r.yaml'): string[] {
  return parseRuleFile(text, file).problems.map(formatProblem);
}

const rule = (lines: string): string => `version: 1\nrules:\n  - id: x\n    label: X\n${lines}`;

describe('rule file errors (file:line:col message)', () => {
  it('reports a YAML syntax error with its position', async () => {
    expect(await fixture('syntax-error.yaml')).toEqual([
      'syntax-error.yaml:6:1 YAML syntax error: Missing closing "quote',
    ]);
  });

  it('reports a duplicate mapping key at the second key', async () => {
    expect(await fixture('duplicate-key.yaml')).toEqual(["duplicate-key.yaml:6:5 duplicate key 'label'"]);
  });

  it('reports an unknown key with a suggestion', async () => {
    expect(await fixture('unknown-key.yaml')).toEqual([
      "unknown-key.yaml:6:5 unknown key 'cue' (did you mean 'cues'?)",
    ]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(problemsOf(rule('    kind: people\n    threshold: 3\n'))).toEqual([
      "r.yaml:6:5 unknown key 'threshold' (allowed: id, label, cues, window, severity, description, replaces, kind, expect)",
    ]);
  });

  it('reports a wrong type at the value', async () => {
    expect(await fixture('wrong-type.yaml')).toEqual([
      "wrong-type.yaml:6:13 'window' must be a number, got a string",
    ]);
  });

  it('reports an unknown kind and lists the allowed ones', async () => {
    expect(await fixture('unknown-kind.yaml')).toEqual([
      "unknown-kind.yaml:5:11 unknown kind 'quote' (allowed: quantity, date, people, mention, money, age, magnitude)",
    ]);
    expect(problemsOf(rule('    kind: quantiy\n'))).toEqual([
      "r.yaml:5:11 unknown kind 'quantiy' (did you mean 'quantity'? allowed: quantity, date, people, mention, money, age, magnitude)",
    ]);
  });

  it('reports an id that is not kebab-case', async () => {
    expect(await fixture('bad-id.yaml')).toEqual([
      "bad-id.yaml:3:9 rule id 'Summit_Date' is not kebab-case (lower-case letters and digits joined by single hyphens, starting with a letter)",
    ]);
  });

  it('reports duplicate ids within a file at the second one', () => {
    const text = 'version: 1\nrules:\n  - id: a\n    label: A\n    kind: people\n  - id: a\n    label: B\n    kind: people\n';
    expect(problemsOf(text)).toEqual(["r.yaml:6:9 duplicate rule id 'a' (first defined at r.yaml:3:9)"]);
  });

  it('reports duplicate ids across two files at the second one', async () => {
    const a = path.join(FIXTURES, 'dup-ids-a.yaml');
    const b = path.join(FIXTURES, 'dup-ids-b.yaml');
    const { ruleSets, problems } = await loadRuleFiles([a, b]);
    expect(problems.map(formatProblem)).toEqual([`${b}:7:9 duplicate rule id 'storm-deaths' (first defined at ${a}:3:9)`]);
    expect(ruleSets.map((s) => s.file)).toEqual([a]);
  });

  it('stops an alias bomb with a problem at the first alias', async () => {
    expect(await fixture('alias-bomb.yaml')).toEqual([
      'alias-bomb.yaml:3:12 too many alias expansions (more than 100): refusing to expand a possible alias bomb',
    ]);
  });

  it('rejects a cue that looks like a regular expression', async () => {
    expect(await fixture('regex-cue.yaml')).toEqual([
      "regex-cue.yaml:6:19 cue '(a+)+$' is not a plain word or phrase (letters, digits, spaces, hyphens, apostrophes); regular expressions are not accepted",
    ]);
  });

  it('rejects a kind-specific key on the wrong kind', async () => {
    expect(await fixture('units-on-date.yaml')).toEqual([
      "units-on-date.yaml:6:5 key 'units' does not apply to kind 'date' (only to kind: quantity)",
    ]);
    expect(problemsOf(rule('    kind: people\n    names: [NATO]\n'))).toEqual([
      "r.yaml:6:5 key 'names' does not apply to kind 'people' (only to kind: mention)",
    ]);
  });

  it('reports missing required keys at the rule', () => {
    expect(problemsOf('version: 1\nrules:\n  - id: a\n    kind: date\n')).toEqual([
      "r.yaml:3:5 missing required key 'label'",
    ]);
    expect(problemsOf('version: 1\nrules:\n  - id: a\n    label: A\n')).toEqual([
      "r.yaml:3:5 missing required key 'kind' (one of quantity, date, people, mention, money, age, magnitude)",
    ]);
  });

  it('reports every problem of a file, in order', () => {
    const text = [
      'version: 2',
      'rules:',
      '  - id: a',
      '    label: A',
      '    kind: quantity',
      '    window: 41',
      '    severity: fatal',
      '    over-time: up',
      '    expect: 2025-04-17',
      '  - 7',
      '  - id: d',
      '    label: D',
      '    kind: date',
      '    expect: 2025-02-30',
      '    severty: error',
      '',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      "r.yaml:1:10 'version' must be 1, got 2",
      "r.yaml:6:13 'window' must be at most 40, got 41",
      "r.yaml:7:15 'severity' must be one of error, warning, info; got 'fatal'",
      "r.yaml:8:16 'over-time' must be one of non-decreasing, non-increasing, changing, fixed; got 'up'",
      "r.yaml:9:13 'expect' must be a number or a list of numbers",
      "r.yaml:10:5 'rules' item 2 must be a mapping, got an integer",
      "r.yaml:14:13 '2025-02-30' is not a real calendar date",
      "r.yaml:15:5 unknown key 'severty' (did you mean 'severity'?)",
    ]);
  });

  it('reports an empty file or a non-mapping at 1:1', () => {
    expect(problemsOf('')).toEqual(["r.yaml:1:1 file is empty: expected a mapping with 'version' and 'rules'"]);
    expect(problemsOf('# only a comment\n')).toEqual([
      "r.yaml:1:1 file is empty: expected a mapping with 'version' and 'rules'",
    ]);
    expect(problemsOf('- a\n- b\n')).toEqual([
      "r.yaml:1:1 expected a mapping with 'version' and 'rules' at the top level, got a list",
    ]);
  });

  it('reports an unreadable file at 1:1, naming it', async () => {
    const missing = path.join(FIXTURES, 'no-such-file.yaml');
    const { problems } = await loadRuleFiles([missing]);
    expect(problems.map(formatProblem)).toEqual([`${missing}:1:1 cannot read rule file ${missing} (ENOENT)`]);
  });

  it('suggests keys within two edits, and nothing further away', () => {
    expect(didYouMean('overtime', ['over-time', 'cues'])).toBe('over-time');
    expect(didYouMean('cuse', ['cues', 'units'])).toBe('cues');
    expect(didYouMean('threshold', ['cues', 'units'])).toBeNull();
  });
});

describe('parseRuleFile results', () => {
  it('fills every Rule field with defaults and lower-cases cues', () => {
    const text = 'version: 1\nrules:\n  - id: flood-deaths\n    label: Flood deaths\n    kind: quantity\n    cues: [Killed, Death Toll, killed]\n';
    const { ruleSet, problems } = parseRuleFile(text, 'floods.yaml');
    expect(problems).toEqual([]);
    expect(ruleSet).toEqual({
      file: 'floods.yaml',
      appliesTo: [],
      rules: [
        {
          id: 'flood-deaths',
          label: 'Flood deaths',
          kind: 'quantity',
          severity: 'warning',
          cues: ['killed', 'death toll'],
          units: [],
          window: 8,
          overTime: null,
          compare: 'headline',
          expect: [],
          replaces: [], source: { file: 'floods.yaml', line: 3, column: 9 },
        },
      ],
    });
  });

  it('turns a scalar expect into a list and keeps explicit values', () => {
    const text = [
      'version: 1',
      'applies-to: [./stories/summit/]',
      'rules:',
      '  - id: summit-date',
      '    label: Summit date',
      '    kind: date',
      '    expect: 2024-11-05',
      '    over-time: fixed',
      '    severity: error',
      '    window: 12',
      '  - id: parties',
      '    label: Parties',
      '    kind: mention',
      '    names: [European Union, U.N.]',
      '    expect: [European Union]',
      '',
    ].join('\n');
    const { ruleSet, problems } = parseRuleFile(text, 'summit.yaml');
    expect(problems).toEqual([]);
    expect(ruleSet?.appliesTo).toEqual(['stories/summit']);
    const [date, mention] = ruleSet?.rules ?? [];
    expect(date).toMatchObject({ expect: ['2024-11-05'], overTime: 'fixed', severity: 'error', window: 12 });
    expect(mention).toMatchObject({ names: ['European Union', 'U.N.'], expect: ['European Union'], overTime: null });
  });

  it('parses the shipped rule files with zero problems, ids unique across them', async () => {
    const files = ['news-core.yaml', 'paris-talks.yaml'].map((f) => path.join(RULES_DIR, f));
    const { ruleSets, problems } = await loadRuleFiles(files);
    expect(problems).toEqual([]);
    expect(ruleSets.map((s) => s.appliesTo)).toEqual([[], ['seeds']]);
    const ids = ruleSets.flatMap((s) => s.rules.map((r) => r.id));
    expect(ids).toEqual([
      'death-toll',
      'injured',
      'missing',
      'people-count',
      'countries-count',
      'percentages',
      'damage-and-aid',
      'magnitude',
      'event-dates',
      'participants',
      'people-named',
      'places-and-orgs-named',
      'ages',
      'dnipro-death-toll',
      'coalition-size',
      'talks-date',
      'war-duration',
      'attendees',
      'key-mentions',
    ]);
    for (const r of ruleSets.flatMap((s) => s.rules)) expect(r.label.length).toBeGreaterThan(0);
    const paris = ruleSets[1]?.rules ?? [];
    expect(paris.find((r) => r.id === 'dnipro-death-toll')?.expect).toEqual([3]);
    expect(paris.find((r) => r.id === 'talks-date')?.expect).toEqual(['2025-04-17']);
  });

  it('keeps story names out of the generic file', async () => {
    const text = await readFile(path.join(RULES_DIR, 'news-core.yaml'), 'utf8');
    for (const word of ['Paris', 'Ukraine', 'Dnipro', 'Rubio', 'NATO']) expect(text).not.toContain(word);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and committed up to date', async () => {
    const committed = await readFile(path.join(RULES_DIR, 'rules.schema.json'), 'utf8');
    expect(committed).toBe(ruleFileJsonSchemaText());
  });

  it('is strict, kebab-cased and documented', () => {
    const schema = ruleFileJsonSchema() as {
      additionalProperties: boolean;
      properties: { rules: { items: { oneOf: Array<Record<string, unknown>> } } };
    };
    expect(schema.additionalProperties).toBe(false);
    const options = schema.properties.rules.items.oneOf;
    expect(options).toHaveLength(7);
    for (const o of options) {
      expect(o['additionalProperties']).toBe(false);
      const props = o['properties'] as Record<string, { description?: string }>;
      expect(props['id']?.description).toBeTruthy();
      expect(props['overTime']).toBeUndefined();
    }
    const quantity = options[0]?.['properties'] as Record<string, { pattern?: string; items?: { pattern?: string } }>;
    expect(Object.keys(quantity)).toContain('over-time');
    const cuePattern = new RegExp(quantity['cues']?.items?.pattern ?? '^$', 'u');
    expect(cuePattern.test('lost their lives')).toBe(true);
    expect(cuePattern.test('(a+)+$')).toBe(false);
  });
});

describe('selectRuleFiles', () => {
  let tmp = '';
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'factlint-rules-'));
    for (const dir of ['seeds', 'flood-story', 'stories/quake']) await mkdir(path.join(tmp, dir), { recursive: true });
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('adds paris-talks for a set directory named seeds', async () => {
    const selected = await selectRuleFiles(path.join(tmp, 'seeds'), RULES_DIR);
    expect(selected.problems).toEqual([]);
    expect(selected.files.map((f) => path.basename(f))).toEqual(['news-core.yaml', 'paris-talks.yaml']);
  });

  it('uses only news-core for a set directory named flood-story', async () => {
    const selected = await selectRuleFiles(path.join(tmp, 'flood-story'), RULES_DIR);
    expect(selected.problems).toEqual([]);
    expect(selected.files.map((f) => path.basename(f))).toEqual(['news-core.yaml']);
  });

  it('matches a relative path, and returns problems of broken story files', async () => {
    const rulesDir = path.join(tmp, 'rules');
    await mkdir(rulesDir, { recursive: true });
    await writeFile(path.join(rulesDir, 'generic.yaml'), rule('    kind: people\n'));
    await writeFile(
      path.join(rulesDir, 'quake.yml'),
      'version: 1\napplies-to: [stories/quake]\nrules:\n  - id: quake-toll\n    label: Toll\n    kind: quantity\n',
    );
    await writeFile(path.join(rulesDir, 'broken.yaml'), 'version: 1\napplies-to: [seeds]\nrules:\n  - id: b\n    kind: people\n    labl: B\n');
    await writeFile(path.join(rulesDir, 'notes.txt'), 'not a rule file');

    const quake = await selectRuleFiles('stories/quake', rulesDir, { cwd: tmp });
    expect(quake.files.map((f) => path.basename(f))).toEqual(['generic.yaml', 'quake.yml']);
    expect(quake.problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`)).toEqual([
      "broken.yaml:4:5 missing required key 'label'",
      "broken.yaml:6:5 unknown key 'labl' (did you mean 'label'?)",
    ]);
    const absolute = await selectRuleFiles(path.join(tmp, 'stories', 'quake'), rulesDir, { cwd: tmp });
    expect(absolute.files.map((f) => path.basename(f))).toEqual(['generic.yaml', 'quake.yml']);
    // A path entry matches the set's path, not just any directory with the same base name.
    const other = await selectRuleFiles(path.join(tmp, 'elsewhere', 'quake'), rulesDir, { cwd: tmp });
    expect(other.files.map((f) => path.basename(f))).toEqual(['generic.yaml']);
    const flood = await selectRuleFiles('flood-story', rulesDir, { cwd: tmp });
    expect(flood.files.map((f) => path.basename(f))).toEqual(['generic.yaml']);
  });

  it('reports a missing rules directory', async () => {
    const dir = path.join(tmp, 'no-rules');
    const selected = await selectRuleFiles('seeds', dir);
    expect(selected.files).toEqual([]);
    expect(selected.problems.map(formatProblem)).toEqual([`${dir}:1:1 cannot read rules directory ${dir} (ENOENT)`]);
  });
});

describe('robustness', () => {
  it('never throws, and every problem points inside the file', () => {
    const pieces = fc.constantFrom(
      'version: 1\n', 'rules:\n', '  - id: a\n', '    label: A\n', '    kind: quantity\n', '    kind: date\n',
      '    cues: [x, "(a+)+"]\n', '    units: [y]\n', '    window: 0\n', '  - &r {id: b}\n', '  - *r\n', '    expect: [1, a]\n',
      'applies-to: seeds\n', '  label: "\n', '\t- ]\n', 'rules: 3\n', '    names: [N]\n', '# c\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const { ruleSet, problems } = parseRuleFile(text, 'f.yaml');
        expect(ruleSet === null).toBe(problems.length > 0);
        const lines = text.split('\n');
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines.length);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 1);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});

describe('the README', () => {
  it("rule example is a valid rule file", async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(path.join(RULES_DIR, '..', 'README.md'), 'utf8');
    const block = /## Rules[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const { problems, ruleSet } = parseRuleFile(block ?? '', 'README.md');
    expect(problems).toEqual([]);
    expect(ruleSet?.rules[0]?.replaces).toEqual(['death-toll']);
  });
});
