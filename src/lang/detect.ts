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
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!hasDistinct(words, MIN_WORDS)) return fallback;
  // With one supported language, a text that uses its function words is read in it whatever
  // franc would answer (franc's answer is kept only when supported, i.e. this language, and
  // otherwise the stop-word test below gives it): franc's trigram scoring is skipped.
  const only = supportedLanguages();
  if (only.length === 1 && only[0] === fallback && stopWordShare(words, fallback) >= MIN_STOP_SHARE) return fallback;
  const found = franc(sample, { minLength: 1 });
  const code = ISO_639_1[found] ?? found;
  if (code === 'und') return fallback;
  if (lexiconFor(code)) return code;
  const byStopWords = supportedLanguages().find((lang) => stopWordShare(words, lang) >= MIN_STOP_SHARE);
  return byStopWords ?? code;
}

/** Share of `words` that are function words of a supported language. */
const stopSets = new Map<string, ReadonlySet<string>>();

function stopWordShare(words: readonly string[], language: string): number {
  let stop = stopSets.get(language);
  if (!stop) stopSets.set(language, (stop = new Set(lexiconFor(language)?.stopWords ?? [])));
  let count = 0;
  for (const w of words) if (stop.has(w)) count++;
  return count / Math.max(1, words.length);
}

/** Whether `words` holds at least `min` different words (stops counting there). */
function hasDistinct(words: readonly string[], min: number): boolean {
  const seen = new Set<string>();
  for (const w of words) {
    seen.add(w);
    if (seen.size >= min) return true;
  }
  return false;
}
