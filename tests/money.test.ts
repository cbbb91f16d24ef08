import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { analyze } from '../src/analyze/index.js';
import { money, moneyKey } from '../src/kinds/money.js';
import { plainVersion } from '../src/normalize/plain.js';
import { REPORTERS } from '../src/report/index.js';
import { formatProblem, parseRuleFile, ruleFileJsonSchema } from '../src/rules/index.js';
import type { Report } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const AID = path.join(ROOT, 'tests', 'fixtures', 'aid');
const RULES = path.join(ROOT, 'tests', 'fixtures', 'rules', 'money.yaml');

describe('money: reading a sum', () => {
  it.each([
    ['$32 million', 'USD 32000000'],
    ['32 million dollars', 'USD 32000000'],
    ['$32m', 'USD 32000000'],
    ['€1.2bn', 'EUR 1200000000'],
    ['US$5 billion', 'USD 5000000000'],
    ['£400,000', 'GBP 400000'],
    ['1.5 trillion yen', 'JPY 1500000000000'],
    ['HK$3 million', 'HKD 3000000'],
    ['A$3m', 'AUD 3000000'],
    ['EUR 20 million', 'EUR 20000000'],
    ['20 million Canadian dollars', 'CAD 20000000'],
    ['three million dollars', 'USD 3000000'],
    ['$30-40 million', 'USD 30000000-40000000'],
    ['$30 million to $40 million', 'USD 30000000-40000000'],
    ['5 million pounds', 'GBP 5000000'],
  ])('%s -> %s', (text, key) => {
    expect(moneyKey(text)).toBe(key);
  });

  it('a conversion in brackets is the same sum, not a second one', () => {
    const rule = { id: 'aid', label: 'aid', kind: 'money', severity: 'warning', cues: [], window: 12, expect: [], replaces: [], overTime: null, source: { file: 't.yaml', line: 1, column: 1 } };
    const keys = (text: string): string[] =>
      money.extract(analyze({ ...plainVersion('v', text), dateLine: '2026-01-01' }), rule as never, { referenceDate: null } as never).map((v) => v.key);
    expect(keys('He announced 500,000 rupees ($1,800) for each family.')).toEqual(['INR 500000']);
    expect(keys('He announced 500,000 rupees and $1,800 for each family.')).toEqual(['INR 500000', 'USD 1800']);
  });

  it('reads no sum where there is none', () => {
    expect(moneyKey('400 pounds')).toBeNull(); // a weight
    expect(moneyKey('32 million')).toBeNull(); // no currency
    expect(moneyKey('32 million people')).toBeNull();
  });
});

describe('money: rule files', () => {
  const rule = (extra: string): string[] =>
    parseRuleFile(`version: 1\nrules:\n  - id: aid\n    label: Aid\n    kind: money\n${extra}`, 'r.yaml').problems.map(formatProblem);

  it('accepts cues, window and a pinned sum', () => {
    expect(rule('    cues: [pledged]\n    expect: [$32 million, 32 million dollars]\n')).toEqual([]);
  });

  it('refuses an expect that is not a sum and keys of other kinds', () => {
    expect(rule('    expect: 32 million\n')[0]).toMatch(/^r\.yaml:6:13 .*not a sum of money/);
    expect(rule('    units: [dollars]\n')[0]).toMatch(/^r\.yaml:6:5 .*units/);
    expect(rule('    over-time: non-decreasing\n')[0]).toMatch(/^r\.yaml:6:5 .*over-time/);
  });

  it('is in the JSON Schema', () => {
    expect(JSON.stringify(ruleFileJsonSchema())).toContain('"money"');
  });
});

describe('money end to end: rule file -> extraction -> contradiction -> reports', () => {
  let report: Report;
  beforeAll(async () => {
    report = await check([AID], { rules: [RULES], cwd: ROOT });
  });

  it('finds equal sums equal and different ones contradictory', () => {
    const set = report.sets[0];
    const claim = set?.claims.find((c) => c.rule === 'emergency-aid');
    expect(Object.values(claim?.values ?? {}).map((v) => v[0]?.key)).toEqual(['USD 32000000', 'USD 32000000', 'USD 23000000']);
    const findings = (set?.findings ?? []).filter((f) => f.type === 'contradiction').map((f) => [f.rule, f.versions, f.actual, f.expected]);
    expect(findings).toEqual([
      ['emergency-aid', ['03_rewrite'], '$23 million', '$32 million'],
      ['reconstruction-aid', ['03_rewrite'], '$1.2 billion', '€1.2 billion'],
    ]);
  });

  it('matches a pinned sum written another way ("$500m" = "$500 million")', () => {
    expect(report.sets[0]?.findings.filter((f) => f.rule === 'damage-estimate')).toEqual([]);
  });

  it('shows the contradiction in JSON, text and HTML', () => {
    const options = { color: false, cwd: ROOT };
    const json = JSON.parse(REPORTERS['json']?.format(report, options) ?? '{}') as Report;
    const finding = json.sets[0]?.findings.find((f) => f.rule === 'emergency-aid');
    expect(finding?.message).toBe('Emergency aid pledged: 03_rewrite says $23 million; 01_pledge and 02_update say $32 million');
    expect(finding?.evidence[0]).toMatchObject({ version: '03_rewrite', line: 5, column: 54, value: '$23 million' });
    const text = REPORTERS['text']?.format(report, options) ?? '';
    expect(text).toContain('contradiction Emergency aid pledged: 03_rewrite says $23 million');
    expect(text).toContain('03_rewrite  $23 million');
    const html = REPORTERS['html']?.format(report, options) ?? '';
    expect(html).toContain('Emergency aid pledged: 03_rewrite says $23 million');
    expect(html).toContain('€1.2 billion');
  });
});

describe('money: hedges', () => {
  it('reports "about $32 million" against "$32 million" as a qualifier change, not a contradiction', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-money-'));
    try {
      const lede = (sum: string): string =>
        ` date 2025-03-13\n\nInternational donors pledged ${sum} in emergency aid to Malawi on Monday after the cyclone, the United Nations said.\n`;
      writeFileSync(path.join(dir, 'a.txt'), lede('$32 million'));
      writeFileSync(path.join(dir, 'b.txt'), lede('$32 million'));
      writeFileSync(path.join(dir, 'c.txt'), lede('about $32m'));
      const report = await check([dir], { rules: [RULES], cwd: dir });
      const findings = (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'emergency-aid');
      expect(findings.map((f) => [f.type, f.versions, f.actual, f.expected])).toEqual([
        ['qualifier-change', ['c'], 'about $32 million', '$32 million'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('money: different sums', () => {
  it('sets a version\'s only sum against another\'s only when they name the same kind of sum', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-money-'));
    const core = path.join(ROOT, 'rules', 'news-core.yaml');
    try {
      const story = (date: string, money: string): string =>
        ` date ${date}\n\nJACKSON, Miss. (AP) — Tornadoes tore across central Mississippi on Sunday night, officials said.\n\n${money}\n`;
      const fund = 'The state released $2 million from an emergency fund for debris removal.';
      writeFileSync(path.join(dir, 'a.txt'), story('2026-04-13', fund));
      writeFileSync(path.join(dir, 'b.txt'), story('2026-04-15', 'Early estimates put the damage to homes and roads at more than $180 million.'));
      const report = await check([dir], { rules: [core], cwd: dir });
      expect((report.sets[0]?.findings ?? []).filter((f) => f.type === 'contradiction')).toEqual([]);
      // the same kind of sum, reworded, still contradicts
      writeFileSync(path.join(dir, 'b.txt'), story('2026-04-15', 'The state has released $3 million from its emergency fund for the cleanup.'));
      const again = await check([dir], { rules: [core], cwd: dir });
      expect((again.sets[0]?.findings ?? []).filter((f) => f.type === 'contradiction').map((f) => f.actual)).toEqual(['$3 million']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
