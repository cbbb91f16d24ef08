import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, checkJson, expectNoStack, removeDir, tempDir, writeTree, type CliRun } from './helpers.js';

const root = tempDir('factlint-rules-');
afterAll(() => removeDir(root));
writeTree(root, { 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE });

const GOOD_RULE = ['  - id: toll', '    label: Toll', '    kind: quantity', '    cues: [killed]'];

function ruleFile(name: string, lines: string[]): string {
  writeTree(root, { [name]: `${lines.join('\n')}\n` });
  return join(root, name);
}

async function withRules(name: string, lines: string[]): Promise<CliRun & { line: string }> {
  const file = ruleFile(name, lines);
  const run = await checkJson(['set', '--rules', file], root);
  expectNoStack(run);
  const line = run.stderr.split('\n').find((l) => l.includes(name)) ?? '';
  return { ...run, line };
}

/** A rule-file error: exit 2, one stderr line `name:line:col message` pointing at `line`. */
function expectConfigError(run: CliRun & { line: string }, name: string, line: number | null, message?: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.line, run.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}:(\\d+):(\\d+)`));
  const m = new RegExp(`${name.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(run.line);
  if (line !== null) expect(Number(m?.[1]), run.line).toBe(line);
  expect(Number(m?.[2])).toBeGreaterThanOrEqual(1);
  if (message) expect(run.line).toMatch(message);
  expect(run.line.length).toBeLessThan(400);
}

describe('rule files', () => {
  it('a valid rule file checks the set', async () => {
    const run = await withRules('good.yaml', ['version: 1', 'rules:', ...GOOD_RULE]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('YAML syntax error', async () => {
    const run = await withRules('syntax.yaml', ['version: 1', 'rules:', '  - id: toll', '    label: [Toll', '    kind: quantity']);
    expectConfigError(run, 'syntax.yaml', null);
  });

  it('duplicate keys', async () => {
    const run = await withRules('dupkey.yaml', ['version: 1', 'rules:', ...GOOD_RULE, '    label: Again']);
    expectConfigError(run, 'dupkey.yaml', 7, /label|duplicate/i);
  });

  it('unknown key, with a suggestion', async () => {
    const run = await withRules('unknown.yaml', ['version: 1', 'rules:', ...GOOD_RULE, '    severty: error']);
    expectConfigError(run, 'unknown.yaml', 7, /severty/);
    expect(run.line).toMatch(/severity/);
  });

  it('wrong type', async () => {
    const run = await withRules('type.yaml', ['version: 1', 'rules:', ...GOOD_RULE, '    window: many']);
    expectConfigError(run, 'type.yaml', 7, /window/);
  });

  it('unknown rule kind', async () => {
    const run = await withRules('kind.yaml', ['version: 1', 'rules:', '  - id: toll', '    label: Toll', '    kind: quanity']);
    expectConfigError(run, 'kind.yaml', 5, /kind|quanity/);
  });

  it('duplicate rule ids', async () => {
    const run = await withRules('dupid.yaml', ['version: 1', 'rules:', ...GOOD_RULE, ...GOOD_RULE]);
    expectConfigError(run, 'dupid.yaml', 7, /toll/);
  });

  it('billion-laughs alias bomb is refused, not expanded', async () => {
    // Nine rules, each cue list holding nine aliases of the previous one: 9^9 strings if expanded.
    const lines = ['version: 1', 'rules:', '  - id: r0', '    label: R0', '    kind: quantity', '    cues: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      lines.push(`  - id: r${i}`, `    label: R${i}`, '    kind: quantity', `    cues: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    const run = await withRules('bomb.yaml', lines);
    expectConfigError(run, 'bomb.yaml', null);
  });

  it('a regex-like cue "(a+)+$" is refused at its place: no regex from a rule file ever runs', async () => {
    writeTree(root, {
      'redos/a.txt': `${ARTICLE}\n${'a'.repeat(5000)}!\n`,
      'redos/b.txt': `${ARTICLE}\n${'a'.repeat(5000)}!\n`,
    });
    const file = ruleFile('redos.yaml', ['version: 1', 'rules:', '  - id: toll', '    label: Toll', '    kind: quantity', '    cues: ["(a+)+$"]']);
    const run = await checkJson(['redos', '--rules', file], root);
    expectNoStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/redos\.yaml:6:12 cue '\(a\+\)\+\$' is not a plain word or phrase/);
  });

  it('a rule file that does not exist', async () => {
    const run = await checkJson(['set', '--rules', join(root, 'nope.yaml')], root);
    expectNoStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.yaml/);
  });
});
