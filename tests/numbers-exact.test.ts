/**
 * Issue 10, "exact numbers": figures are read and compared digit for digit. A figure keeps
 * its JSON `value` (the nearest double, never null or Infinity) and, when that number does
 * not show it digit for digit, an `exact` decimal string; comparison keys are exact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { compareDecimalText, compareFigures, decimalString, parseDecimal, toNumber } from '../src/read/decimal.js';
import { parseNumber, parseQuantity } from '../src/read/numbers.js';
import { moneyKey } from '../src/kinds/money.js';
import { kindOf } from '../src/kinds/index.js';
import { REPORTERS } from '../src/report/index.js';
import type { ClaimValue, Report } from '../src/types.js';
import { removeDir, tempDir } from './robustness/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEWS = path.join(ROOT, 'rules', 'news-core.yaml');
const FOUR_HUNDRED = '7'.repeat(400);
const root = tempDir('factlint-exact-');
afterAll(() => removeDir(root));

function set(name: string, versions: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [id, text] of Object.entries(versions)) writeFileSync(path.join(dir, `${id}.txt`), text);
  return dir;
}

const story = (figure: string): string =>
  ` date 2024-05-14\nThe flood killed ${figure} people in the town, officials said.\n\nRescue teams searched the river banks on Tuesday.\n`;

function values(report: Report, rule = 'death-toll'): ClaimValue[] {
  return Object.values(report.sets[0]?.claims.find((c) => c.rule === rule)?.values ?? {}).flat();
}

describe('exact decimals', () => {
  it('keeps every digit', () => {
    expect(decimalString(parseDecimal('1,234,567,890,123') ?? { n: 0n, scale: 0 })).toBe('1234567890123');
    expect(decimalString(parseDecimal('12.500') ?? { n: 0n, scale: 0 })).toBe('12.5');
    expect(decimalString(parseDecimal(FOUR_HUNDRED) ?? { n: 0n, scale: 0 })).toBe(FOUR_HUNDRED);
    expect(decimalString(parseDecimal(`0.${'0'.repeat(5000)}`) ?? { n: 1n, scale: 0 })).toBe('0');
  });

  it('compares exactly beyond 2^53 and beyond the double range', () => {
    expect(compareDecimalText('10000000000000000000001', '10000000000000000000002')).toBeLessThan(0);
    expect(compareDecimalText(FOUR_HUNDRED, `${FOUR_HUNDRED.slice(0, -1)}8`)).toBeLessThan(0);
    expect(compareDecimalText('1.5', '1.25')).toBeGreaterThan(0);
    expect(compareFigures(3, 4)).toBeLessThan(0);
    expect(compareFigures('9007199254740993', 9007199254740992)).toBeGreaterThan(0);
  });

  it('gives a finite double for the JSON value', () => {
    expect(toNumber(parseDecimal(FOUR_HUNDRED) ?? { n: 0n, scale: 0 })).toBe(Number.MAX_VALUE);
    expect(Number.isFinite(toNumber(parseDecimal('9'.repeat(400)) ?? { n: 0n, scale: 0 }))).toBe(true);
  });
});

describe('reading figures exactly', () => {
  it.each([
    ['1,234,567,890,123', 1234567890123, '1234567890123'],
    ['10000000000000000000001', 1e22, '10000000000000000000001'],
    ['1.234567890123 million', 1234567.890123, '1234567.890123'],
    ['1234567890123 million', 1234567890123e6, '1234567890123000000'],
    ['nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine', 999999999999999, '999999999999999'],
    ['1.1 million', 1100000, '1100000'],
  ])('%s', (text, value, exact) => {
    expect(parseNumber(text)).toBe(value);
    expect(parseQuantity(text)).toMatchObject({ value, exact });
  });

  it('a 400-digit number is read, not null or Infinity', () => {
    const q = parseQuantity(FOUR_HUNDRED);
    expect(q?.exact).toBe(FOUR_HUNDRED);
    expect(Number.isFinite(q?.value)).toBe(true);
  });

  it('ranges of big numbers keep both ends exactly', () => {
    expect(parseQuantity('between 10000000000000000000001 and 10000000000000000000002')).toMatchObject({
      exact: '10000000000000000000001',
      highExact: '10000000000000000000002',
      qualifier: 'range',
    });
  });

  it('quantity keys compare exactly, ranges too', () => {
    const q = kindOf('quantity');
    expect(q.compatible('10000000000000000000001', '10000000000000000000002')).toBe(false);
    expect(q.compatible('10000000000000000000001-10000000000000000000003', '10000000000000000000002')).toBe(true);
    expect(q.compatible('10000000000000000000001-10000000000000000000003', '10000000000000000000004')).toBe(false);
  });

  it('money is exact', () => {
    expect(moneyKey('$1,234,567,890,123')).toBe('USD 1234567890123');
    expect(moneyKey('$10000000000000000000001')).toBe('USD 10000000000000000000001');
    expect(moneyKey('$10000000000000000000002')).toBe('USD 10000000000000000000002');
    expect(moneyKey('$1.234567890123 trillion')).toBe('USD 1234567890123');
    expect(moneyKey(`$${FOUR_HUNDRED}`)).toBe(`USD ${FOUR_HUNDRED}`);
  });
});

describe('exact figures in a report', () => {
  it('1,234,567,890,123 stays 1234567890123', async () => {
    const report = await check([set('thirteen', { a: story('1,234,567,890,123'), b: story('1,234,567,890,123') })], { rules: [NEWS] });
    const vs = values(report).filter((v) => v.role === 'headline');
    expect(vs.map((v) => [v.value, v.key, v.exact])).toEqual([
      [1234567890123, '1234567890123', undefined],
      [1234567890123, '1234567890123', undefined],
    ]);
    expect(report.sets[0]?.findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('10^22+1 and 10^22+2 differ: a contradiction', async () => {
    const report = await check([set('big', { a: story('10000000000000000000001'), b: story('10000000000000000000002') })], { rules: [NEWS] });
    const vs = values(report).filter((v) => v.role === 'headline');
    expect(vs.map((v) => v.key).sort()).toEqual(['10000000000000000000001', '10000000000000000000002']);
    expect(vs.map((v) => v.exact).sort()).toEqual(['10000000000000000000001', '10000000000000000000002']);
    const contradictions = report.sets[0]?.findings.filter((f) => f.type === 'contradiction') ?? [];
    expect(contradictions.length).toBeGreaterThan(0);
    expect(contradictions.map((f) => f.message).join('\n')).toContain('10000000000000000000002');
    // the same figure twice is no finding
    const same = await check([set('big-same', { a: story('10000000000000000000001'), b: story('10000000000000000000001') })], { rules: [NEWS] });
    expect(same.sets[0]?.findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('a rise beyond 2^53 is an update, in order', async () => {
    const dir = set('rise', {
      a: story('10000000000000000000001').replace('2024-05-14', '2024-05-14'),
      b: story('10000000000000000000002').replace('2024-05-14', '2024-05-15'),
    });
    const report = await check([dir], { rules: [NEWS] });
    const types = (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'death-toll').map((f) => f.type);
    expect(types).toContain('update');
    expect(types).not.toContain('contradiction');
  });

  it('a 400-digit number is neither null nor Infinity in any output', async () => {
    const report = await check([set('huge', { a: story(FOUR_HUNDRED), b: story(FOUR_HUNDRED) })], { rules: [NEWS] });
    const vs = values(report);
    expect(vs.length).toBeGreaterThan(0);
    for (const v of vs) {
      expect(v.key).toBe(FOUR_HUNDRED);
      expect(v.exact).toBe(FOUR_HUNDRED);
      expect(Number.isFinite(v.value)).toBe(true);
    }
    const json = REPORTERS.json?.format(report, { color: false, cwd: ROOT }) ?? '';
    expect(json).not.toMatch(/"value": null|Infinity|NaN/);
    expect(json).toContain(`"exact": "${FOUR_HUNDRED}"`);
    const text = REPORTERS.text?.format(report, { color: false, cwd: ROOT }) ?? '';
    expect(text).not.toMatch(/Infinity|NaN|e\+308/);
  });
});
