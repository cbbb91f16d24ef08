import { describe, it, expect } from 'vitest';
import {
  findQuantities,
  numberAt,
  parseDigits,
  parseNumber,
  parseQuantity,
  qualifierBefore,
  tokenizeWords,
} from '../src/read/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['3', 3],
    ['1,233', 1233],
    ['12,500,000', 12_500_000],
    ['1.5', 1.5],
    ['1.5 million', 1_500_000],
    ['1.2 million', 1_200_000],
    ['3bn', 3_000_000_000],
    ['three', 3],
    ['nineteen', 19],
    ['twenty-two', 22],
    ['twenty two', 22],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['a hundred and five', 105],
    ['two hundred five', 205],
    ['two thousand three hundred', 2300],
    ['two hundred thousand', 200_000],
    ['twelve hundred', 1200],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['half a million', 500000],
    ['two dozen', 24],
    ['a million', 1_000_000],
    ['5 thousand', 5000],
    ['dozens', 24],
    ['hundreds', 200],
    ['thousands', 2000],
    ['tens of thousands', 20_000],
    ['hundreds of thousands', 200_000],
    ['several hundred', 200],
    ['a few dozen', 24],
  ])('%s -> %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'people', 'a', 'third', '3rd', 'three two', 'twenty and', '007', 'several', 'a few', 'scores'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('stops where the number stops', () => {
    const words = tokenizeWords('twenty-two people and three dogs');
    expect(numberAt(words, 0)).toMatchObject({ value: 22, end: 3 });
    expect(parseDigits('1,233')).toBe(1233);
    expect(parseDigits('0123')).toBeNull();
  });
});

describe('parseQuantity: qualifiers', () => {
  it.each([
    ['around 30', 30, 'about'],
    ['about 30', 30, 'about'],
    ['approximately 30', 30, 'about'],
    ['roughly 30', 30, 'about'],
    ['some 30', 30, 'about'],
    ['an estimated 30', 30, 'about'],
    ['30 or so', 30, 'about'],
    ['nearly 30', 30, 'nearly'],
    ['almost 30', 30, 'nearly'],
    ['close to 30', 30, 'nearly'],
    ['at least 12', 12, 'at-least'],
    ['no fewer than 12', 12, 'at-least'],
    ['no less than 12', 12, 'at-least'],
    ['12 or more', 12, 'at-least'],
    ['30-plus', 30, 'at-least'],
    ['more than three', 3, 'more-than'],
    ['over 50', 50, 'more-than'],
    ['upwards of 50', 50, 'more-than'],
    ['in excess of 50', 50, 'more-than'],
    ['at most 5', 5, 'at-most'],
    ['up to 300', 300, 'at-most'],
    ['no more than 5', 5, 'at-most'],
    ['as many as 40', 40, 'about'], // an estimate said large (fix-p11)
    ['fewer than ten', 10, 'fewer-than'],
    ['less than 10', 10, 'fewer-than'],
    ['under 10', 10, 'fewer-than'],
    ['dozens', 24, 'several'],
    ['three', 3, null],
  ])('%s', (text, value, qualifier) => {
    expect(parseQuantity(text)).toMatchObject({ value, high: null, qualifier });
  });

  it('prefers the longest qualifier phrase', () => {
    expect(qualifierBefore(['no', 'more', 'than', '5'], 3)).toEqual({ qualifier: 'at-most', start: 0 });
    expect(qualifierBefore(['x', 'more', 'than', '5'], 3)).toEqual({ qualifier: 'more-than', start: 1 });
    expect(qualifierBefore(['only', '5'], 1)).toBeNull();
  });
});

describe('parseQuantity: ranges', () => {
  it.each([
    ['between 12 and 15', 12, 15],
    ['12 to 15', 12, 15],
    ['12-15', 12, 15],
    ['12 - 15', 12, 15],
    ['12 or 13', 12, 13],
    ['two or three', 2, 3],
    ['from 12 to 15', 12, 15],
    ['between 1 and 2 million', 1_000_000, 2_000_000],
    ['1.5 to 2 million', 1_500_000, 2_000_000],
  ])('%s', (text, low, high) => {
    expect(parseQuantity(text)).toMatchObject({ value: low, high, qualifier: 'range' });
  });

  it('does not read scores, ids or falling pairs as ranges', () => {
    expect(parseQuantity('2-1')).toBeNull();
    expect(parseQuantity('555-1234')).toBeNull();
    expect(findQuantities(tokenizeWords('15 to 12')).map((q) => q.high)).toEqual([null, null]);
    expect(findQuantities(tokenizeWords('1 or 100')).map((q) => q.value)).toEqual([1, 100]);
  });

  it('reads "rose from A to B" as a change to B', () => {
    const qs = findQuantities(tokenizeWords('the toll rose from 120 to 157'));
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value: 157, high: null, qualifier: null });
  });
});

describe('findQuantities', () => {
  it('finds every expression with word positions', () => {
    const words = tokenizeWords('At least 12 people died and dozens of homes burned; some 2,000 fled');
    const qs = findQuantities(words);
    expect(qs.map((q) => [q.value, q.qualifier])).toEqual([
      [12, 'at-least'],
      [24, 'several'],
      [2000, 'about'],
    ]);
    const first = qs[0];
    expect(first && words.slice(first.start, first.end)).toEqual(['at', 'least', '12']);
    const second = qs[1];
    expect(second && words.slice(second.numberStart, second.end)).toEqual(['dozens', 'of']);
  });

  it('needs "of" after "scores" and does not treat "a" alone as one', () => {
    expect(findQuantities(tokenizeWords('test scores rose for a child'))).toEqual([]);
    expect(findQuantities(tokenizeWords('scores of people'))[0]?.value).toBe(40);
  });
});
