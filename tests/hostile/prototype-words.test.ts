/**
 * Words that are also Object.prototype's names ("constructor", "toString", "__proto__") are
 * ordinary words of an article: looked up in the word tables, they crashed the number reader
 * ("The number NaN cannot be converted to a BigInt") and with it the whole set.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/read/numbers.js';
import { check } from '../../src/index.js';
import { reporterFor } from '../../src/report/index.js';
import { setMaker } from '../robustness/helpers.js';

const NAMES = Object.getOwnPropertyNames(Object.prototype);

const makeSet = setMaker('factlint-proto-');

describe('Object.prototype names in the text', () => {
  it('are no number, date or currency words', () => {
    for (const w of NAMES) expect(findQuantities(['the', w, 'of', 'the', w.toLowerCase()])).toEqual([]);
  });
  it('a set whose versions use them is checked like any other', async () => {
    const text = (toll: number): string =>
      ` date 2026-02-0${toll === 12 ? 1 : 2}\nThe constructor said ${toll} people died. ${NAMES.join(' ')} $ constructor 5 constructor. On toString March.\n`;
    const dir = makeSet({ 'set/a.txt': text(12), 'set/b.txt': text(14) });
    const report = await check([`${dir}/set`], {});
    expect(report.sets[0]!.findings.some((f) => f.type === 'input')).toBe(false);
    expect(report.sets[0]!.findings.some((f) => f.rule === 'death-toll' && f.type === 'update')).toBe(true);
  });
  it('are no output format', () => {
    for (const w of NAMES) expect(reporterFor(w)).toBeNull();
  });
});
