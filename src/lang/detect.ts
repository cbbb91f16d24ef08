import { franc } from 'franc-min';
import { lexiconFor, supportedLanguages } from './index.js';

/**
 * The language of a version's text, as an ISO 639-1 code ("en", "fr") when one is known,
 * else franc's ISO 639-3 code.
 *
 * franc-min (trigram profiles of 82 languages, 150 kB) names the language of a whole
 * article reliably, but misreads short, name-heavy English ("Olaf Scholz, Friedrich Merz
 * and Ursula von der Leyen arrived in Brussels." -> German). So:
 * - a text with fewer than MIN_WORDS different words is too little to tell: `fallback`
 *   (a short text, or a few words repeated: "3 killed, 4 killed, …" reads as Azerbaijani);
 * - franc's answer is kept when it is a supported language or when it is confident of
 *   an unsupported one *and* the text has few function words of every supported
 *   language (below MIN_STOP_SHARE of its words; the seeds and eval stories have 28–39%);
 * - otherwise the supported language whose function words the text uses.
 */
const MIN_WORDS = 12;
const MIN_STOP_SHARE = 0.12;
/** Enough text to tell a language; longer articles cost time for nothing. */
const SAMPLE_CHARS = 2000;

/** ISO 639-3 (franc) -> ISO 639-1 for the languages news sets are likely to come in. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  ell: 'el', tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', swh: 'sw', hrv: 'hr', srp: 'sr',
  bul: 'bg', cat: 'ca', tgl: 'tl', afr: 'af',
};

export function detectLanguage(text: string, fallback = 'en'): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const lower = sample.toLowerCase();
  if (!hasDistinct(lower, MIN_WORDS)) return fallback;
  // With one supported language, a text that uses its function words is read in it whatever
  // franc would answer (franc's answer is kept only when supported, i.e. this language, and
  // otherwise the stop-word test below gives it): franc's trigram scoring is skipped.
  const only = supportedLanguages();
  if (only.length === 1 && only[0] === fallback && stopWordShare(lower, fallback) >= MIN_STOP_SHARE) return fallback;
  const found = franc(sample, { minLength: 1 });
  const code = ISO_639_1[found] ?? found;
  if (code === 'und') return fallback;
  if (lexiconFor(code)) return code;
  const byStopWords = supportedLanguages().find((lang) => stopWordShare(lower, lang) >= MIN_STOP_SHARE);
  return byStopWords ?? code;
}

/*
 * The words of a text are its runs of letters (/\p{L}+/u on the lower-cased sample). They are
 * walked in place rather than matched: a match array and a string per word cost 16 kB per
 * version (measured 17 MB over 1,000 versions), and only a dozen distinct words and the
 * function words need to be looked at.
 */

/** Letters below U+0250 (Latin), by code point: most text tested is there. */
const LATIN_LETTERS = Uint8Array.from({ length: 0x250 }, (_, c) => (/^\p{L}$/u.test(String.fromCharCode(c)) ? 1 : 0));
const LETTER = /^\p{L}$/u;

function isLetter(cp: number): boolean {
  return cp < 0x250 ? LATIN_LETTERS[cp] === 1 : LETTER.test(String.fromCodePoint(cp));
}

/** Calls `visit(start, end)` for each run of letters in `s`, in order, until it returns false. */
function eachWord(s: string, visit: (start: number, end: number) => boolean): void {
  let start = -1;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (!visit(start, i)) return;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, s.length);
}

/** A language's function words by length and first character (`wordKey`), compared in place. */
type StopIndex = ReadonlyMap<number, readonly string[]>;

const stopIndexes = new Map<string, StopIndex>();

const wordKey = (length: number, first: number): number => length * 0x10000 + first;

function stopIndex(language: string): StopIndex {
  let index = stopIndexes.get(language);
  if (!index) {
    const byKey = new Map<number, string[]>();
    for (const w of new Set(lexiconFor(language)?.stopWords ?? [])) {
      const key = wordKey(w.length, w.charCodeAt(0));
      byKey.get(key)?.push(w) ?? byKey.set(key, [w]);
    }
    stopIndexes.set(language, (index = byKey));
  }
  return index;
}

/** Whether `s` holds `word` at `at`. */
function holdsAt(s: string, word: string, at: number): boolean {
  for (let j = 0; j < word.length; j++) if (s.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
  return true;
}

/** Whether the word of `lower` at [start, end) is one of `index` (no substring made). */
function isStopWord(index: StopIndex, lower: string, start: number, end: number): boolean {
  const candidates = index.get(wordKey(end - start, lower.charCodeAt(start)));
  if (candidates === undefined) return false;
  for (const w of candidates) if (holdsAt(lower, w, start)) return true;
  return false;
}

/** Share of the words of `lower` that are function words of a supported language. */
function stopWordShare(lower: string, language: string): number {
  const index = stopIndex(language);
  let words = 0;
  let count = 0;
  eachWord(lower, (start, end) => {
    words++;
    if (isStopWord(index, lower, start, end)) count++;
    return true;
  });
  return count / Math.max(1, words);
}

/** Whether `lower` holds at least `min` different words (stops counting there). */
function hasDistinct(lower: string, min: number): boolean {
  const seen = new Set<string>();
  eachWord(lower, (start, end) => {
    seen.add(lower.slice(start, end));
    return seen.size < min;
  });
  return seen.size >= min;
}
