/** Issue 8, class 10: damage a reader of a copy sees is an integrity finding, not only a notice. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { integrityFindings } from '../src/check/integrity.js';
import { normalize } from '../src/normalize/index.js';
import type { Finding, NormalizedVersion } from '../src/types.js';
import { seedVersion } from './helpers/seeds.js';
import { ARTICLE } from './robustness/helpers.js';

function version(bytes: Uint8Array): NormalizedVersion {
  const n = normalize({ id: 'v', path: 'v.txt', bytes });
  if (!('text' in n)) throw new Error(n.message);
  return n;
}

const of = (findings: Finding[], subject: string): Finding[] => findings.filter((f) => f.subject === subject);

describe('integrity findings for damaged copies', () => {
  it('seed 002: 38 garbled runs, 14 lossy → one integrity warning; its notice stays', () => {
    const v = seedVersion('002');
    const notice = v.notices.find((n) => n.type === 'mojibake');
    expect(notice).toMatchObject({ count: 38, lossy: 14 });
    const found = of(integrityFindings(v), 'mojibake');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'integrity', severity: 'warning', versions: [v.id] });
    expect(found[0]?.message).toMatch(/garbled characters.*14 had lost bytes/);
    expect(found[0]?.evidence.length).toBeGreaterThan(0);
    expect(found[0]?.evidence[0]?.text).toMatch(/鈥/);
  });

  it('seed 001: the "Credit: AP" flood → one integrity info', () => {
    const v = seedVersion('001');
    const found = of(integrityFindings(v), 'boilerplate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'integrity', severity: 'info', versions: [v.id] });
    expect(found[0]?.message).toMatch(/22× "Credit: AP"/);
  });

  it('boilerplate that is not a flood (a copyright line, separators, a follow line) is no finding', () => {
    const v = seedVersion('002');
    expect(v.notices.some((n) => n.type === 'boilerplate')).toBe(true);
    expect(of(integrityFindings(v), 'boilerplate')).toEqual([]);
  });

  it('mojibake repaired exactly (nothing lost) → info', () => {
    // UTF-8 read as Latin-1 keeps every byte (cp1252 would turn the 0x9D of ” into U+FFFD: lost).
    const garbled = iconv.decode(Buffer.from(ARTICLE, 'utf8'), 'latin1');
    const v = version(Buffer.from(garbled, 'utf8'));
    expect(v.text).toContain('“We are still digging');
    const found = of(integrityFindings(v), 'mojibake');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('info');
  });

  const clean: Array<[string, Uint8Array]> = [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf-16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARTICLE, 'utf-16be')])],
    ['Windows-1252', iconv.encode(ARTICLE, 'win1252')],
  ];
  for (const [name, bytes] of clean) {
    it(`a copy that differs only by a clean encoding (${name}) yields no finding`, () => {
      const v = version(bytes);
      expect(v.text).toContain('“We are still digging with our hands,”');
      expect(integrityFindings(v)).toEqual([]);
    });
  }
});

describe('a headline line is not a cut paragraph', () => {
  it('a long first line without a full stop is a headline; the same words as a later paragraph are a cut', async () => {
    const { findTruncation } = await import('../src/normalize/integrity.js');
    const title = 'Hotel fire toll rises to 14 as bodies found on top floor of the tower; six people are still missing in the ruins';
    const body = 'BANGKOK (AP) — Firefighters found five more bodies on Tuesday, officials said.';
    expect(findTruncation(`${title}\n\n${body}\n`, [])).toEqual([]);
    expect(findTruncation(`${body}\n\n${title}\n`, [])).toHaveLength(1);
  });
});
