import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputProblem, NormalizedVersion, RawVersion } from '../src/types.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import { decodeBytes, isDecodeFailure } from '../src/normalize/decode.js';
import type { Decoded } from '../src/normalize/decode.js';
import { findMojibake, guessLostPunctuation } from '../src/normalize/mojibake.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import { findDateLine } from '../src/normalize/dateline.js';
import { findInjectedLinks, findInjectedText, findMissingOpening, findTruncation } from '../src/normalize/integrity.js';
import { applyEdits, createOffsetMap, lineStarts, placeAt, stepBackward } from '../src/normalize/offsets.js';
import type { Edit } from '../src/normalize/offsets.js';

const SEEDS = new URL('../seeds/', import.meta.url);
const seedBytes = (name: string): Uint8Array => readFileSync(new URL(name, SEEDS));
const SEED = {
  s000: '000_156529bb3accbe6d.txt',
  s001: '001_c3607f5320d1cbec.txt',
  s002: '002_e1ffd014517375af.txt',
  s003: '003_bf9c85de54b51111.txt',
  s004: '004_22156154f291d882.txt',
};

function raw(text: string | Uint8Array, id = 'v1'): RawVersion {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { id, path: `set/${id}.txt`, bytes };
}

function ok(result: NormalizedVersion | InputProblem): NormalizedVersion {
  if (isInputProblem(result)) throw new Error(`unexpected problem: ${result.message}`);
  return result;
}

function decoded(bytes: Uint8Array): Decoded {
  const result = decodeBytes(bytes);
  if (isDecodeFailure(result)) throw new Error(result.problem);
  return result;
}

/** Apply the repairs findMojibake proposes. */
function repair(text: string): { text: string; count: number; lossy: number } {
  const scan = findMojibake(text);
  const step = applyEdits(
    text,
    scan.repairs.map((r) => ({ start: r.start, end: r.end, text: r.text })),
  );
  return { text: step.text, count: scan.repairs.length, lossy: scan.repairs.filter((r) => r.lossy).length };
}

const gbkMojibake = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');
const cp1252Mojibake = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'win1252');

const FLOOD =
  'The river’s level rose overnight, and officials said the town’s levee “held for now.” Residents of Saint-Rémy were told to stay inside. ' +
  'The mayor’s office said crews were “working around the clock” to reinforce the banks — but warned more rain was due.';
const QUAKE =
  'The quake’s epicenter lay 40 kilometers (25 miles) off the coast, the agency said. “We felt it for a long time,” said José Núñez, a café owner.';

// ---------------------------------------------------------------- decode

describe('decode', () => {
  const text = 'Floodwaters rose “fast” in Zürich — officials said.\n';

  it('reads plain UTF-8 without an encoding note', () => {
    const d = decoded(new TextEncoder().encode(text));
    expect(d).toEqual({ text, encoding: 'utf-8', note: null });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(d.text).toBe(text);
    expect(d.note).toMatch(/byte-order mark/);
  });

  it('reads UTF-16 LE and BE with and without BOM', () => {
    const le = iconv.encode(text, 'utf-16le');
    const be = iconv.encode(text, 'utf-16be');
    expect(decoded(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decoded(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decoded(new Uint8Array(le))).toMatchObject({ text, encoding: 'utf-16le', note: 'UTF-16LE without a byte-order mark' });
    expect(decoded(new Uint8Array(be))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 (smart quotes) for invalid UTF-8', () => {
    const bytes = iconv.encode('The court’s ruling was “final,” the judge said — no appeal. Café.', 'win1252');
    const d = decoded(new Uint8Array(bytes));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('The court’s ruling was “final,” the judge said — no appeal. Café.');
  });

  it('reports empty, whitespace-only and binary files', () => {
    expect(decodeBytes(new Uint8Array([]))).toEqual({ problem: 'empty file' });
    expect(decodeBytes(new TextEncoder().encode(' \n\t\r\n '))).toEqual({ problem: 'empty file' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    expect(decodeBytes(png)).toMatchObject({ problem: expect.stringMatching(/^binary file, not text/) });
    const nul = new Uint8Array([65, 66, 0, 0, 0, 1, 2, 67, 0, 0, 0, 0, 9, 0, 0, 0, 5]);
    expect(decodeBytes(nul)).toMatchObject({ problem: expect.stringMatching(/^binary file, not text/) });
    // One NUL in a few bytes is not a UTF-16 pattern (it used to decode as two CJK characters).
    expect(decodeBytes(new TextEncoder().encode('abc\0def'))).toEqual({ problem: 'binary file, not text (contains NUL bytes)' });
    expect(decodeBytes(new TextEncoder().encode('ab\0c'))).toEqual({ problem: 'binary file, not text (contains NUL bytes)' });
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65)));
    expect(decodeBytes(controls)).toMatchObject({ problem: expect.stringMatching(/control characters/) });
  });

  it('normalize turns decode failures into input problems naming the version', () => {
    const result = normalize(raw(new Uint8Array([]), 'empty'));
    expect(result).toEqual({ path: 'set/empty.txt', message: 'empty file', version: 'empty' });
  });

  it('records an encoding notice for non-UTF-8 input', () => {
    const v = ok(normalize(raw(new Uint8Array(iconv.encode('Voters queued “for hours.”', 'win1252')))));
    expect(v.encoding).toBe('windows-1252');
    expect(v.notices.map((n) => n.type)).toContain('encoding');
    expect(v.text).toBe('Voters queued “for hours.”');
  });
});

// ---------------------------------------------------------------- mojibake

describe('mojibake', () => {
  it('repairs UTF-8 read as GBK by re-encoding (lost bytes marked lossy)', () => {
    for (const text of [FLOOD, QUAKE]) {
      const garbled = gbkMojibake(text);
      expect(garbled).not.toBe(text);
      const fixed = repair(garbled);
      expect(fixed.text).toBe(text);
      expect(fixed.count).toBeGreaterThan(0);
    }
  });

  it('recovers bytes dropped for good from context', () => {
    // As in copies where the GBK decoder dropped the unpairable byte instead of writing U+FFFD.
    const garbled = gbkMojibake(FLOOD).replaceAll('\uFFFD', '');
    const fixed = repair(garbled);
    expect(fixed.text).toBe(FLOOD);
    expect(fixed.lossy).toBeGreaterThan(0);
  });

  it('repairs UTF-8 read as Windows-1252 / Latin-1', () => {
    for (const text of [FLOOD, QUAKE]) {
      expect(repair(cp1252Mojibake(text)).text).toBe(text);
      expect(repair(iconv.decode(Buffer.from(text, 'utf8'), 'latin1')).text).toBe(text);
    }
    expect(repair('The councilâ€™s vote').text).toBe('The council’s vote');
  });

  it('re-inserts a lost middle byte', () => {
    // ’’ready: E2 80 99 E2 80 99 72 read as GBK, with the lone 0x80 dropped.
    const fixed = repair('officials were 鈥欌檙eady to talk');
    expect(fixed.text).toBe('officials were ’’ready to talk');
    expect(fixed.lossy).toBe(1);
  });

  it('treats a ? or U+FFFD written for the lost byte as part of the garbled run', () => {
    expect(repair('“It is over,鈥? he said.').text).toBe('“It is over,” he said.');
    expect(repair('The dam 鈥\uFFFD which broke 鈥\uFFFD was old.').text).toBe('The dam — which broke — was old.');
    expect(repair('caf茅 owners').text).toBe('café owners');
  });

  it('guesses lost punctuation from context', () => {
    expect(guessLostPunctuation('PARIS (AP) ', ' ')).toBe('—');
    expect(guessLostPunctuation('“It is over,', ' ')).toBe('”');
    expect(guessLostPunctuation('“very few sticks', ' ')).toBe('”');
    expect(guessLostPunctuation('between 1990', '2')).toBe('–');
    expect(guessLostPunctuation('the players', ' ')).toBe('’');
  });

  it('leaves genuine CJK and Cyrillic text alone', () => {
    const samples = [
      'The 春色直播 Press. All rights reserved.',
      '中国国家主席在北京会见了小茅和代表团。',
      'He said «Мы не сдадимся» in Russian — “we will not give up.”',
      '台风“山竹”登陆广东，造成严重损失。',
      'Café owners in Zürich said the naïve plan failed.',
    ];
    for (const text of samples) expect(findMojibake(text).repairs).toEqual([]);
  });

  it('repairs seed 002 so shared sentences read like seed 001 (38 runs, 14 lossy)', () => {
    const v002 = ok(normalize(raw(seedBytes(SEED.s002), '002')));
    const v001 = ok(normalize(raw(seedBytes(SEED.s001), '001')));
    const notice = v002.notices.find((n) => n.type === 'mojibake');
    expect(notice?.count).toBe(38);
    expect(notice?.lossy).toBe(14);
    expect(v002.uncertain).toHaveLength(14);
    const shared = [
      'Trump’s special envoy to Ukraine and Russia, retired Lt. Gen. Keith Kellogg, also joined the talks.',
      '“It was a very substantive conversation. We continue our work,” he wrote.',
      'A senior French official said after Thursday’s talks that U.S. officials were ’’ready to discuss security guarantees,',
      'The question “is whether these talks in this format will shift the administration’s strategy,” she added.',
      '“President Trump and the United States want this war to end, and have now presented to all parties the outlines of a durable and lasting peace,” the statement says.',
    ];
    for (const sentence of shared) {
      expect(v001.text).toContain(sentence);
      expect(v002.text).toContain(sentence);
    }
    expect(v002.text).not.toMatch(/鈥/);
    // Every uncertain span is a single guessed punctuation mark.
    for (const span of v002.uncertain) expect(v002.text.slice(span.start, span.end)).toMatch(/^[—–”’]$/);
    // The injected Chinese is reported, not repaired.
    expect(v002.notices.find((n) => n.type === 'injected-text')?.message).toContain('春色直播');
  });

  it('does not touch clean seeds', () => {
    for (const name of [SEED.s000, SEED.s001, SEED.s003, SEED.s004]) {
      const v = ok(normalize(raw(seedBytes(name))));
      expect(v.notices.map((n) => n.type)).not.toContain('mojibake');
      expect(v.uncertain).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------- boilerplate, date line, integrity

describe('boilerplate', () => {
  it('removes 22 credit lines, separators and the follow line from seed 001', () => {
    const v = ok(normalize(raw(seedBytes(SEED.s001))));
    const notice = v.notices.find((n) => n.type === 'boilerplate');
    expect(notice?.count).toBe(25);
    expect(notice?.message).toContain('22× "Credit: AP"');
    expect(notice?.places[0]).toEqual({ line: 29, column: 1 });
    expect(v.text).not.toContain('Credit: AP');
    expect(v.text).not.toContain('apnews.com');
    expect(v.text).toContain('Matthew Lee in Washington contributed to this report.');
  });

  it('share buttons, breadcrumbs and time-stamp lines are page chrome; prose with the same words is not', () => {
    const text = ['Home › World › Africa', 'UralNews24 › Incidents', 'Share  Tweet  WhatsApp  Email', 'Tweet | Share | Email', 'Share on Facebook | Share on X | Email | Print', 'Noticias del Altiplano | 18 March 2026, 4:10 PM', 'The quake struck at 4:12 a.m. | officials said.', 'The share of votes rose to 40 percent.', 'Home to 300 families, the village was cut off.'].join('\n');
    expect(findBoilerplate(text).map((b) => b.kind)).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome']);
  });

  it('tag lists and "follow us / join our channel" lines are page chrome; prose about a channel is not', () => {
    const text = ['Follow us on Google News | Join our WhatsApp channel', 'Join our Telegram channel for the latest updates', 'Tags: Varno | Floods | Rescue', 'Topics: Disasters, Monsoon', 'Villagers followed the river channel to safety.', 'The tags on the bodies were checked by police.'].join('\n');
    expect(findBoilerplate(text).map((b) => b.kind)).toEqual(['chrome', 'chrome', 'chrome', 'chrome']);
  });

  it('finds generic boilerplate in an unseen story', () => {
    const text = [
      'TOKYO (Kyodo) — A magnitude 6.8 earthquake struck northern Japan on Monday.',
      'Photo: Kyodo News',
      'Two people were injured, officials said.',
      'Photo: Kyodo News',
      'Photo: Kyodo News',
      '* * *',
      'Follow our earthquake coverage at https://example.org/quakes',
      '© 2024 Example News Agency. All rights reserved.',
    ].join('\n');
    const found = findBoilerplate(text);
    expect(found.map((b) => b.kind)).toEqual(['repeated', 'repeated', 'repeated', 'separator', 'follow', 'copyright']);
    const v = ok(normalize(raw(text)));
    expect(v.text).toBe(
      'TOKYO (Kyodo) — A magnitude 6.8 earthquake struck northern Japan on Monday.\n\nTwo people were injured, officials said.',
    );
    expect(v.notices.map((n) => n.type)).not.toContain('injected-link');
  });

  it('keeps ordinary short lines that repeat fewer than three times', () => {
    expect(findBoilerplate('Election night\nVotes were counted.\nElection night\n')).toEqual([]);
  });
});

describe('date line', () => {
  it('reads a leading date prefix followed by text on the same line', () => {
    const text = ' date 2024-09-01 TOKYO (AP) — A strong earthquake shook Tokyo.\n\nNo damage was reported.';
    expect(findDateLine(text)).toEqual({ date: '2024-09-01', edit: { start: 0, end: 17, text: '' } });
    const v = ok(normalize(raw(text)));
    expect(v.dateLine).toBe('2024-09-01');
    expect(v.text.startsWith('TOKYO (AP) — A strong')).toBe(true);
    expect(v.map.place(0)).toEqual({ line: 1, column: 18 });
    expect(v.notices.find((n) => n.type === 'date-line')?.count).toBe(1);
  });

  it('removes a date line on its own line, ignores impossible dates', () => {
    expect(findDateLine('date 2023-11-05\nFloods hit Valencia.')?.edit.end).toBe(16);
    expect(findDateLine(' date 2023-02-30 text')).toBeNull();
    expect(findDateLine('The date 2023-02-03 was chosen.')).toBeNull();
  });

  it('reads the date of seeds 000 and 003 and keeps their first sentence', () => {
    const v = ok(normalize(raw(seedBytes(SEED.s000))));
    expect(v.dateLine).toBe('2025-04-17');
    expect(v.text.startsWith('PARIS (AP) — France hosted high-level talks Thursday')).toBe(true);
    expect(ok(normalize(raw(seedBytes(SEED.s003)))).dateLine).toBe('2025-04-17');
  });
});

describe('integrity', () => {
  it('reports injected foreign script with places, only in Latin-script articles', () => {
    const found = findInjectedText('The summit in Brussels ended. Посетите наш сайт now. The leaders left.');
    expect(found).toEqual([{ offset: 30, text: 'Посетите наш сайт' }]);
    expect(findInjectedText('中国国家主席在北京会见了代表团。 Xi met delegates.')).toEqual([]);
    expect(findInjectedText('A dose of 5 μg was used.')).toEqual([]);
  });

  it('reports links in prose but not on credit lines', () => {
    const text = 'The court ruled on Tuesday. Buy cheap watches at http://spam.example/x today.\nFollow our court coverage at https://news.example/courts';
    const links = findInjectedLinks(text, findBoilerplate(text));
    expect(links.map((l) => l.text)).toEqual(['http://spam.example/x']);
  });

  it('reports a lede cut off with an ellipsis or mid-sentence', () => {
    const text = [
      'ATHENS (AP) — Voters in Greece went to the polls on Sunday in an election seen as a test for the governing…',
      'Turnout was “high,” officials said... and rising.',
      'He said: “We will see...”',
      'The results of the vote are expected late on Sunday night after all polling stations in the country have closed and',
      'Results and reactions',
    ].join('\n');
    const found = findTruncation(text, []);
    expect(found.map((f) => f.offset)).toEqual([text.indexOf('…'), text.indexOf('closed and') + 'closed and'.length - 1]);
    const v = ok(normalize(raw(seedBytes(SEED.s000))));
    const notice = v.notices.find((n) => n.type === 'truncation');
    expect(notice?.places).toEqual([{ line: 1, column: 149 }]);
  });

  it('reports a text that starts mid-sentence', () => {
    expect(findMissingOpening('  and the dam burst at dawn.')?.offset).toBe(2);
    expect(findMissingOpening('The dam burst at dawn.')).toBeNull();
  });

  it('strips control characters with a notice', () => {
    const v = ok(normalize(raw('Polls\u0007 closed at 8 p.m.\u0000'.replace('\u0000', '') + '\u001b')));
    expect(v.text).toBe('Polls closed at 8 p.m.');
    expect(v.notices.find((n) => n.type === 'control-characters')?.count).toBe(2);
  });

  it('strips a terminal colour sequence whole, not only its escape character', () => {
    const v = ok(normalize(raw('Floods hit \u001b[1;31mMarrow Bay\u001b[0m on Monday; a stray \u001b stays out.')));
    expect(v.text).toBe('Floods hit Marrow Bay on Monday; a stray  stays out.');
    expect(v.notices.find((n) => n.type === 'control-characters')?.count).toBe(3);
  });
});

// ---------------------------------------------------------------- line breaks and offsets

describe('line breaks and offsets', () => {
  it('turns CRLF/CR into LF and every single line break into a paragraph break', () => {
    const text = 'Heavy rain fell.\r\nThe flood report\r\nRivers rose.\r\rThree towns were cut off.\r\n\r\n\r\nRoads closed.\r\n';
    const v = ok(normalize(raw(text)));
    expect(v.text).toBe('Heavy rain fell.\n\nThe flood report\n\nRivers rose.\n\nThree towns were cut off.\n\nRoads closed.');
    const at = v.text.indexOf('Three');
    expect(v.map.place(at)).toEqual({ line: 5, column: 1 });
    expect(v.map.place(v.text.indexOf('cut'))).toEqual({ line: 5, column: 18 });
  });

  it('passes clean text through unchanged except paragraph breaks', () => {
    const text = 'The court ruled on Tuesday.\nThe appeal was rejected.';
    expect(ok(normalize(raw(text))).text).toBe('The court ruled on Tuesday.\n\nThe appeal was rejected.');
    const v = ok(normalize(raw('One paragraph only, about an election in Chile.')));
    expect(v.text).toBe('One paragraph only, about an election in Chile.');
    expect(v.notices).toEqual([]);
  });

  it('maps kept offsets back exactly (property over random edits)', () => {
    const arb = fc.record({
      input: fc.string({ minLength: 0, maxLength: 60 }),
      edits: fc.array(fc.record({ a: fc.nat(60), b: fc.nat(4), text: fc.string({ maxLength: 3 }) }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(arb, ({ input, edits }) => {
        // Build non-overlapping edits.
        const sorted = edits
          .map((e) => ({ start: Math.min(e.a, input.length), end: Math.min(e.a + e.b, input.length), text: e.text }))
          .sort((x, y) => x.start - y.start);
        const clean: Edit[] = [];
        let last = -1;
        for (const e of sorted) {
          if (e.start > last) {
            clean.push(e);
            last = e.end;
          }
        }
        const step = applyEdits(input, clean);
        for (const seg of step.segments) {
          if (!seg.keep) continue;
          for (let o = seg.outStart; o < seg.outEnd; o++) {
            expect(input[stepBackward(step, o)]).toBe(step.text[o]);
          }
        }
        expect(stepBackward(step, step.text.length)).toBe(input.length);
      }),
    );
  });

  it('maps every unchanged character of the seeds back to the same character of the file', () => {
    for (const name of Object.values(SEED)) {
      const v = ok(normalize(raw(seedBytes(name))));
      let same = 0;
      let total = 0;
      for (let o = 0; o < v.text.length; o++) {
        if (v.text[o] === '\n') continue;
        total++;
        if (v.original[v.map.toOriginal(o)] === v.text[o]) same++;
      }
      // Only mojibake replacements may differ (seed 002).
      if (name === SEED.s002) expect(same / total).toBeGreaterThan(0.98);
      else expect(same).toBe(total);
    }
  });

  it('places a name in the original file', () => {
    const v = ok(normalize(raw(seedBytes(SEED.s002))));
    const o = v.text.indexOf('Keith Kellogg');
    const originalOffset = v.original.indexOf('Keith Kellogg');
    const starts = lineStarts(v.original);
    expect(v.map.toOriginal(o)).toBe(originalOffset);
    expect(v.map.place(o)).toEqual(placeAt(starts, originalOffset));
    expect(v.map.place(o).line).toBe(35);
  });

  it('createOffsetMap over an empty chain is the identity', () => {
    const map = createOffsetMap({ original: 'a\nb', steps: [] });
    expect(map.place(2)).toEqual({ line: 2, column: 1 });
    expect(map.toOriginal(1)).toBe(1);
  });
});

describe('normalize shortcuts give what the full scans gave', () => {
  it('finds copyright lines with the plain pattern, and with the Unicode one when ſ or K (Kelvin) could fold', () => {
    const kinds = (text: string): string[] => findBoilerplate(text).map((b) => `${b.kind}:${b.text}`);
    expect(kinds('Five died.\nCopyright 2024 AP. ALL RIGHTS RESERVED\nIt may not be reproduced.\n© AP\n(c) 2020 X')).toEqual([
      'copyright:Copyright 2024 AP. ALL RIGHTS RESERVED',
      'copyright:It may not be reproduced.',
      'copyright:© AP',
      'copyright:(c) 2020 X',
    ]);
    // Under the `iu` flags ſ matches s and K (U+212A) matches k.
    expect(kinds('All rights reſerved\nCopyright\u212a AP\nCopyright 2024')).toEqual(['copyright:All rights reſerved', 'copyright:Copyright 2024']);
  });

  it('reads closing ellipses and counts words as the patterns did', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    const found = findTruncation(`He said that...\nShe said,…\n....\nA short line\n${long}\n${long}.\n\u3000${long.replace(/ /g, '\u00a0')}`, []);
    expect(found.map((f) => f.offset)).toEqual([12, 25, 132, 312]);
  });

  it('finds links written in any case, and none without "://" or "www."', () => {
    expect(findInjectedLinks('See HTTP://A.B/c, Www.Example.com and httpſ://x.y now.', []).map((f) => f.text)).toEqual(['HTTP://A.B/c', 'Www.Example.com', 'httpſ://x.y']);
    expect(findInjectedLinks('No links here: http or www only.', [])).toEqual([]);
  });

  it('finds foreign scripts past general punctuation and currency signs', () => {
    expect(findInjectedText('The “mayor” — said €5 — was in Москва and 北京 and 𠀀 today, with μ.').map((f) => f.text)).toEqual(['Москва', '北京', '𠀀']);
    expect(findInjectedText('Plain “English” text — €5, café.')).toEqual([]);
  });

  it('decodes valid UTF-8 once, and tells NUL bytes and Windows-1252 apart as before', () => {
    expect(decoded(new TextEncoder().encode('Café “five”.')).text).toBe('Café “five”.');
    expect(decoded(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e])).encoding).toBe('windows-1252');
    expect(decodeBytes(Uint8Array.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48]))).toEqual({ problem: 'binary file, not text (contains NUL bytes)' });
  });

  it('keeps an unchanged step as one verbatim segment', () => {
    expect(applyEdits('abc', [])).toEqual({ text: 'abc', inLength: 3, segments: [{ outStart: 0, outEnd: 3, inStart: 0, inEnd: 3, keep: true }], editSpans: [] });
    expect(applyEdits('', [])).toEqual({ text: '', inLength: 0, segments: [], editSpans: [] });
  });
});
