/** Issue 10, items 2 and 1: linear stages on hostile lines, and a report proportional to its input. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { MAX_SENTENCE_TOKENS, tokenWindows } from '../../src/analyze/windows.js';
import { normalize } from '../../src/normalize/index.js';
import { MAX_WORD } from '../../src/normalize/long-words.js';
import { findMojibake } from '../../src/normalize/mojibake.js';
import { capEvidence, capFindings, capValues, MAX_EVIDENCE, MAX_QUOTE, MAX_VALUES_PER_VERSION } from '../../src/report/bounds.js';
import type { ClaimValue, Finding, NormalizedVersion, Token } from '../../src/types.js';
import { ARTICLE, checkJson, expectNoStack, setMaker } from '../robustness/helpers.js';

/**
 * A hang guard only, never a timing assertion. The sizes are chosen so that the quadratic
 * stages this replaced would blow far past it (80 KB of random bytes: ~17 min; 32,000 Chinese
 * characters: ~3 min; a 1 MB line: ~50 s), while the linear ones take about a second.
 */
const HANG_GUARD = 30_000;

/** Chinese characters whose GBK bytes look like UTF-8 (rows E0–EF): the scanner's worst case. */
function chineseLine(n: number): string {
  const chars: string[] = [];
  for (let lead = 0xe0; lead <= 0xef; lead++) {
    for (let t = 0x80; t <= 0xbf; t++) {
      const c = iconv.decode(Buffer.from([lead, t]), 'gbk');
      if (c.length === 1 && c !== '\ufffd') chars.push(c);
    }
  }
  return Array.from({ length: n }, (_, i) => chars[(i * 7919) % chars.length]).join('');
}

const setDir = setMaker('factlint-hostile-');

function randomHighBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 0x80 + ((s >> 16) % 128);
  }
  return out;
}

function normalized(text: string): NormalizedVersion {
  const n = normalize({ id: 'x', path: 'x.txt', bytes: Buffer.from(text) });
  if (!('text' in n)) throw new Error(n.message);
  return n;
}

describe('linear stages', () => {
  it('scans 80 KB of random bytes 0x80–0xFF for mojibake', { timeout: HANG_GUARD }, () => {
    const text = new TextDecoder('windows-1252').decode(randomHighBytes(80_000));
    const scan = findMojibake(text);
    for (const r of scan.repairs) expect(r.end).toBeGreaterThan(r.start);
  });

  it('still repairs mojibake inside a long garbled run (the group cap does not lose repairs)', () => {
    const garbled = new TextDecoder('windows-1252').decode(Buffer.from('café’s “quote” — '.repeat(200)));
    const scan = findMojibake(garbled);
    const repaired = scan.repairs.map((r) => r.text).join('');
    expect(repaired).toContain('’');
    expect(scan.repairs.length).toBeGreaterThanOrEqual(800);
  });

  it('normalizes 32,000 Chinese characters on one line and a 1 MB English line with curly apostrophes', { timeout: HANG_GUARD }, () => {
    expect(findMojibake(chineseLine(32_000)).repairs.length).toBeGreaterThanOrEqual(0);
    const curly = normalized('the mayor’s aide’s dog '.repeat(42_000));
    expect(curly.notices.some((n) => n.type === 'mojibake')).toBe(false);
    expect(analyze(curly).sentences.length).toBeGreaterThan(1);
  });

  it('cuts a 2 MiB word into pieces for analysis, with a notice, and keeps places in the file', { timeout: HANG_GUARD }, () => {
    const word = 'x'.repeat(2 * 1024 * 1024 - 100);
    const v = normalized(`Officials said ${word} on Monday.\nThe flood killed 12 people.\n`);
    const notice = v.notices.find((n) => n.type === 'long-words');
    expect(notice?.count).toBe(1);
    expect(notice?.places[0]).toEqual({ line: 1, column: 16 });
    const doc = analyze(v);
    expect(Math.max(...doc.tokens.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_WORD);
    const at = v.text.indexOf('12 people');
    expect(v.map.place(at)).toEqual({ line: 2, column: 18 });
  });

  it('leaves ordinary words, URLs under 128 characters and CJK lines with spaces alone', () => {
    const text = 'See https://example.com/a/long/path?with=query&and=more for details. 北京 消息\n';
    expect(normalized(text).notices.some((n) => n.type === 'long-words')).toBe(false);
  });

  it('splits a line without sentence breaks into windows of at most MAX_SENTENCE_TOKENS tokens', () => {
    const doc = analyze(normalized(`Participants included ${'John Smith, '.repeat(1000)}and Jane Doe.`));
    expect(doc.sentences.length).toBeGreaterThan(10);
    for (const s of doc.sentences) expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // The windows cover every token once and end at a comma where one is near.
    expect(doc.sentences.map((s) => s.tokenEnd - s.tokenStart).reduce((a, b) => a + b, 0)).toBeGreaterThan(doc.tokens.length * 0.9);
    expect(doc.sentences[0]?.text.endsWith(',')).toBe(true);
  });

  it('keeps ordinary sentences whole', () => {
    const doc = analyze(normalized(ARTICLE));
    expect(doc.sentences.map((s) => s.text)).toContain('Heavy monsoon rain has triggered landslides across the Himalayan nation since last week.');
  });

  it('tokenWindows cuts hard when there is no punctuation', () => {
    const tokens = Array.from({ length: 25 }, (_, i): Token => ({
      i, text: 'w', lower: 'w', start: i * 2, end: i * 2 + 1, pos: 'NOUN', lemma: 'w', type: 'word', sentence: 0, entity: null,
    }));
    expect(tokenWindows(tokens, 0, 24, 10)).toEqual([[0, 9], [10, 19], [20, 24]]);
  });
});

describe('report size proportional to input', () => {
  const cases: Array<[string, string]> = [
    ['a list of 5,000 names', `Participants included ${'John Smith, '.repeat(5000)}`],
    ['"3 killed, 4 killed, " × 6,250', '3 killed, 4 killed, '.repeat(6250)],
    // one huge token in a window of figures and names: each value quoted the 200 KB window (8.5 MB of JSON)
    ['a 200 KB word beside names and figures', `Officials said ${'x'.repeat(200_000)} and then ${'Al Bo, Cy Di, Ed Fo, Gus Ha, '.repeat(10)}${'3 killed, 4 killed, '.repeat(20)}\n`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: a report, no RangeError, within a constant factor of the input`, { timeout: HANG_GUARD * 2 }, async () => {
      const dir = setDir({ 'a.txt': text, 'b.txt': ARTICLE });
      const run = await checkJson([dir], dir, ['--fail-on', 'none']);
      expectNoStack(run);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.length).toBeLessThan(4 * (text.length + ARTICLE.length));
      const claims = run.report?.sets[0]?.claims ?? [];
      if (text.length < 200_000) expect(claims.some((c) => (c.omitted?.a ?? 0) > 0)).toBe(true);
      for (const c of claims) for (const v of c.values.a ?? []) expect(v.sentence.length).toBeLessThanOrEqual(MAX_QUOTE + 2);
      for (const c of claims) expect((c.values.a ?? []).length).toBeLessThanOrEqual(MAX_VALUES_PER_VERSION);
    });
  }
});

describe('quotes', () => {
  const v = (text: string, sentence: string): ClaimValue => ({
    rule: 'r', version: 'a', kind: 'people', key: text, value: text, qualifier: null, text, sentence,
    span: { start: 0, end: 1 }, line: 1, column: 1, uncertain: false,
  });

  it('an ordinary sentence is quoted whole, a long one as a window around the value', () => {
    const short = 'Leaders from France, Germany and Italy met on Monday.';
    expect(capValues(new Map([['a', [v('France', short)]]])).values.a?.[0]?.sentence).toBe(short);
    const long = `${'a'.repeat(2000)} Varnia ${'b'.repeat(2000)}`;
    const quoted = capValues(new Map([['a', [v('Varnia', long)]]])).values.a?.[0]?.sentence ?? '';
    expect(quoted).toContain('Varnia');
    expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTE + 2);
    expect(quoted.startsWith('…') && quoted.endsWith('…')).toBe(true);
  });

  it('the fifth and later values of one sentence quote a short window', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Name${i} Surname${i}`);
    const sentence = `Participants included ${names.join(', ')}.`;
    const quoted = capValues(new Map([['a', names.map((n) => v(n, sentence))]])).values.a?.map((x) => x.sentence) ?? [];
    expect(quoted.slice(0, 4)).toEqual(Array(4).fill(sentence));
    for (const [i, q] of quoted.slice(4).entries()) {
      expect(q).toContain(names[i + 4]);
      expect(q.length).toBeLessThan(sentence.length);
    }
  });

  it('long evidence is quoted around its cut mark', () => {
    const text = `${'a'.repeat(3000)} ⟦cut: Vladimir Putin⟧ ${'b'.repeat(3000)}`;
    const f = capEvidence({ rule: 'r', type: 'deleted-mention', severity: 'error', subject: 's', versions: ['a'], message: 'm', evidence: [{ version: 'a', line: 1, column: 1, text }] });
    expect(f.evidence[0]?.text).toContain('⟦cut: Vladimir Putin⟧');
    expect((f.evidence[0]?.text ?? '').length).toBeLessThanOrEqual(MAX_QUOTE + 2);
  });
});

describe('caps', () => {
  const value = (i: number, key: string): ClaimValue => ({
    rule: 'r', version: 'a', kind: 'people', key, value: key, qualifier: null, text: key, sentence: key,
    span: { start: i, end: i + 1 }, line: 1, column: i + 1, uncertain: false,
  });

  it('capValues keeps one of each distinct value first, in text order, and counts the rest', () => {
    const list = [...Array.from({ length: 10 }, (_, i) => value(i, 'same')), value(10, 'other')];
    const capped = capValues(new Map([['a', list], ['b', list.slice(0, 2)]]), 4);
    expect(capped.values.a?.map((v) => v.key)).toEqual(['same', 'same', 'same', 'other']);
    expect(capped.omitted).toEqual({ a: 7 });
    expect(capped.values.b).toHaveLength(2);
  });

  it('capFindings lists a bounded number per rule and type and folds the rest, keeping their highest severity', () => {
    const f = (i: number, severity: Finding['severity'], rule = 'places'): Finding => ({
      rule, type: 'omission', severity, subject: `p${i}`, versions: [`v${i % 3}`], message: 'm', evidence: [],
    });
    const findings = [...Array.from({ length: 7 }, (_, i) => f(i, i === 6 ? 'error' : 'info')), f(9, 'warning', 'other')];
    const capped = capFindings(findings, 3);
    expect(capped.map((x) => x.subject)).toEqual(['p0', 'p1', 'p2', 'p9', '4 more']);
    expect(capped.at(-1)).toMatchObject({ rule: 'places', type: 'omission', severity: 'error', findingsOmitted: 4, versions: ['v0', 'v1', 'v2'] });
    expect(capFindings(findings)).toEqual(findings);
  });

  it('capEvidence keeps the first and the latest evidence and a count', () => {
    const evidence = Array.from({ length: 20 }, (_, i) => ({ version: `v${i}`, line: 1, column: 1, text: 't' }));
    const f: Finding = { rule: 'r', type: 'omission', severity: 'warning', subject: 's', versions: ['v0'], message: 'm', evidence };
    const capped = capEvidence(f);
    expect(capped.evidence).toHaveLength(MAX_EVIDENCE);
    expect(capped.evidence[0]?.version).toBe('v0');
    expect(capped.evidence.at(-1)?.version).toBe('v19');
    expect(capped.evidenceOmitted).toBe(20 - MAX_EVIDENCE);
    expect(capEvidence({ ...f, evidence: evidence.slice(0, 3) }).evidenceOmitted).toBeUndefined();
  });
});
