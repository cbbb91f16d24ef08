/**
 * Pure helpers about personal names: comparison keys, surnames, and the lexicons
 * (titles, nationality adjectives, non-person words) used by the people and
 * mention extractors.
 *
 * Key rules (`personKey`):
 * - Lower case, diacritics removed (NFD, combining marks dropped), curly apostrophes
 *   made straight; honorifics ("Mr.", "Dr.") and suffixes ("Jr.", "III") dropped.
 * - Given name = first remaining token, surname = last token plus any lower-case
 *   particles before it ("van der Berg", "al-Assad"); middle names dropped; middle initials
 *   kept ("George W. Bush" → "person:george w. bush", "George H.W. Bush" → "person:george hw. bush":
 *   a son and a father); `sameName` and unification join a name written without them.
 * - Given name: English hypocorisms map to a root (Matt → matthew, Steve/Steven →
 *   stephen, Kate/Katie → katherine), then Slavic transliteration variants fold:
 *   a final -ii/-iy/-yi/-ei/-ey becomes -i (Andrii/Andriy/Andrei/Andrey → andri,
 *   Sergey/Sergei → sergi). Volodymyr and Vladimir are different names and stay apart.
 * - Surname: a final -skyy/-skiy/-skii/-skyi/-ski becomes -sky (Zelenskyy/Zelenskiy/
 *   Zelenskii/Zelenski → zelensky); after another consonant a final -iy/-yy/-ii/-yi
 *   becomes -y (Kolomoyskyi style endings, Podolyak/-iy forms). kh/h is NOT folded
 *   (Khan and Han are different names); -off/-ov is NOT folded.
 */
import { EN } from '../lang/en/index.js';
import { calendarWords } from '../lang/index.js';
import { HONORIFICS, HYPOCORISM_GROUPS } from '../lang/en/people.js';
import { NATIONALITIES } from '../lang/en/places.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const LONE_INITIAL = /^\p{L}\.?$/u;

const GIVEN_ROOT: ReadonlyMap<string, string> = new Map(
  HYPOCORISM_GROUPS.flatMap((group) => group.map((name) => [name, group[0] ?? name] as const)),
);

/** Lower-case particles that belong to a surname. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten',
  'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'dos', 'das', 'st.', 'y',
]);

const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Folds already made, by input: alignment folds every word of every version, and the same
 * words recur across versions and sets. Cleared when it grows past MEMO_SIZE.
 */
const MEMO_SIZE = 50_000;
const foldedText = new Map<string, string>();
const foldedSurname = new Map<string, string>();
/** Keys made already, by name: people are read per version, and a set's versions repeat their names. */
const personKeys = new Map<string, string>();
const surnameKeys = new Map<string, string>();

/** `isSurnameOnlyKey` and `hasGivenName` answers, by key and name: unification asks them for every value of a set. */
const surnameOnlyKeys = new Map<string, boolean>();
const givenNames = new Map<string, boolean>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
  return value;
}

/** Lower case, no diacritics, straight apostrophes. */
export function foldText(text: string): string {
  return foldedText.get(text) ?? remember(foldedText, text, text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase());
}

/** Fold transliteration variants of a surname (see the module comment). */
export function foldSurname(surname: string): string {
  const known = foldedSurname.get(surname);
  if (known !== undefined) return known;
  let s = foldText(surname);
  s = s.replace(/sk(?:yy|iy|ii|yi|i)$/u, 'sky');
  s = s.replace(/([bcdfghjklmnpqrstvwxz])(?:iy|yy|ii|yi)$/u, '$1y');
  return remember(foldedSurname, surname, s);
}

/** Root of a given name: hypocorism table, then Slavic ending fold. */
/** Transliterated endings of a given name ("Yurii", "Dmitriy"); compiled once (a literal in the function is a new RegExp per call). */
const GIVEN_ENDING = /(?:ii|iy|yi|ei|ey)$/u;

export function givenRoot(given: string): string {
  const g = foldText(given);
  const direct = GIVEN_ROOT.get(g);
  if (direct !== undefined) return direct;
  const folded = g.replace(GIVEN_ENDING, 'i');
  return GIVEN_ROOT.get(folded) ?? folded;
}

/** Name tokens without honorifics, suffixes, initials; hyphenated parts stay joined. */
function nameParts(name: string): string[] {
  const parts = foldText(name)
    .split(/\s+/u)
    .filter((p) => p.length > 0)
    .map((p) => (p.endsWith(',') ? p.slice(0, -1) : p));
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (NAME_SUFFIXES.has(p) && i > 0) continue;
    if (HONORIFICS.has(p) && i === 0) continue;
    if (p.length <= 3 && LONE_INITIAL.test(p)) continue; // initials (one letter is at most two units)
    kept.push(p);
  }
  return kept;
}

/** Surname tokens (folded): the last token plus preceding lower-case particles. */
function surnameParts(parts: readonly string[]): string[] {
  if (parts.length === 0) return [];
  let start = parts.length - 1;
  while (start > 0 && NAME_PARTICLES.has(parts[start - 1] ?? '')) start--;
  return parts.slice(start);
}

/** The surname of a name as written ("Marco Rubio" → "Rubio", "Bashar al-Assad" → "al-Assad"). */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter((w) => w.length > 0);
  const parts = nameParts(name);
  const sur = surnameParts(parts);
  if (sur.length === 0) return words[words.length - 1] ?? '';
  return words.slice(words.length - sur.length).join(' ');
}

/** Folded comparison form of a name's surname. */
export function surnameKey(name: string): string {
  return surnameKeys.get(name) ?? remember(surnameKeys, name, surnameParts(nameParts(name)).map(foldSurname).join(' '));
}

/** True when two names share a surname after transliteration folding. */
export function sameSurname(a: string, b: string): boolean {
  const ka = surnameKey(a);
  return ka.length > 0 && ka === surnameKey(b);
}

/** True when the name has a given name as well as a surname. */
export function hasGivenName(name: string): boolean {
  const known = givenNames.get(name);
  if (known !== undefined) return known;
  const parts = nameParts(name);
  return remember(givenNames, name, parts.length > surnameParts(parts).length);
}

/**
 * "person:<given root> <surname>" ("Matt Lee" → "person:matthew lee",
 * "Volodymyr Zelenskiy" → "person:volodymyr zelensky", "Lammy" → "person:lammy").
 */
export function personKey(name: string): string {
  return personKeys.get(name) ?? remember(personKeys, name, readPersonKey(name));
}

function readPersonKey(name: string, initials = true): string {
  const parts = nameParts(name);
  const sur = surnameParts(parts).map(foldSurname).join(' ');
  if (parts.length <= surnameParts(parts).length) return `person:${sur}`;
  const middle = initials ? middleInitials(name) : '';
  return `person:${givenRoot(parts[0] ?? '')} ${middle === '' ? '' : `${middle}. `}${sur}`;
}

/** True when both names write middle initials and they differ ("George W. Bush", "George H.W. Bush": a son, a father). */
export function differentInitials(x: string, y: string): boolean {
  const mx = middleInitials(x);
  const my = middleInitials(y);
  return mx !== '' && my !== '' && mx !== my;
}

/** One or more initials as a word ("W.", "H.W.", "H. W." as two words, "W" with no stop). */
const INITIALS_WORD = /^(?:\p{L}\.){1,3}$|^\p{L}$/u;

/**
 * The initials between a given name and the surname, folded ("George H.W. Bush" → "hw",
 * "George W. Bush" → "w", "Joseph R. Biden Jr." → "r"): they tell a father from a son of
 * the same given name. Unification maps a name written without them ("George Bush") to the
 * one name of the set written with them (`fullerNames` in extract/unify.ts).
 */
export function middleInitials(name: string): string {
  const words = foldText(name).split(/\s+/u).filter((w) => w.length > 0);
  let start = 0;
  while (start < words.length && (HONORIFICS.has(words[start] ?? '') || INITIALS_WORD.test(words[start] ?? ''))) start++;
  let letters = '';
  for (let i = start + 1; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (INITIALS_WORD.test(w)) letters += w.replace(/\./gu, '');
  }
  return letters;
}

/** True for a person key without a given name ("person:lammy"). */
export function isSurnameOnlyKey(key: string): boolean {
  const known = surnameOnlyKeys.get(key);
  if (known !== undefined) return known;
  const rest = key.replace(/^person:/u, '');
  const words = rest.split(' ');
  return remember(surnameOnlyKeys, key, words.every((w, i) => i === words.length - 1 || NAME_PARTICLES.has(w)));
}

// ------------------------------------------------------------------ lexicons

export { NATIONALITIES, PLACE_NAMES } from '../lang/en/places.js';

/** Weekdays and months (lower case, with common abbreviations). */
export const CALENDAR_WORDS: ReadonlySet<string> = calendarWords(EN);

/** Words that start sentences with a capital but never start a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if',
  'when', 'while', 'after', 'before', 'since', 'until', 'as', 'at', 'in', 'on', 'of', 'for', 'with',
  'by', 'from', 'to', 'into', 'about', 'around', 'over', 'under', 'between', 'among', 'during',
  'despite', 'although', 'though', 'because', 'other', 'others', 'another', 'several', 'many', 'some',
  'most', 'more', 'few', 'all', 'both', 'each', 'every', 'any', 'no', 'none', 'one', 'two', 'three',
  'experts', 'officials', 'analysts', 'critics', 'residents', 'witnesses', 'authorities', 'police',
  'rescuers', 'survivors', 'lawmakers', 'leaders', 'people', 'there', 'here', 'then', 'now', 'also',
  'however', 'meanwhile', 'still', 'even', 'only', 'just', 'already', 'later', 'earlier', 'senior',
  'top', 'new', 'former', 'according', 'notably', 'additionally', 'furthermore', 'moreover', 'yes',
  'not', 'what', 'who', 'which', 'where', 'why', 'how', 'credit', 'photo', 'file', 'video', 'read',
  'follow', 'associated', 'breaking', 'update', 'updated', 'editor', 'note',
]);

/** Two names that may denote the same person, place or body. */
/**
 * A name in one spelling of English words: "Centre" as "Center", "Defence" as "Defense", "Labour" as
 * "Labor", "Organisation" as "Organization" (lower case). People's names are never changed: only
 * words of four letters or more ending as these spellings do.
 */
export function commonSpelling(name: string): string {
  return foldText(name)
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => (w.length < 5 ? w : w.replace(/([^aeiou])re$/u, '$1er').replace(/our$/u, 'or').replace(/isation$/u, 'ization').replace(/ence$/u, 'ense')))
    .join(' ');
}

/** Names whose last words are the same, and whose first words are one's initials of the other's. */
function sameTailInitialled(fx: string, fy: string): boolean {
  const bare = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
  const initials = (s: string): string => s.split(/\s+/u).filter((p) => p.length > 0).map((p) => p[0]).join('');
  const wx = fx.split(' ');
  const wy = fy.split(' ');
  let n = 0;
  while (n < wx.length && n < wy.length && (wx[wx.length - 1 - n] as string).toLowerCase() === (wy[wy.length - 1 - n] as string).toLowerCase()) n++;
  if (n === 0 || n === wx.length || n === wy.length) return false;
  const hx = wx.slice(0, wx.length - n).join(' ');
  const hy = wy.slice(0, wy.length - n).join(' ');
  const short = (a: string, b: string): boolean => !a.includes(' ') && bare(a).length >= 2 && bare(a).toLowerCase() === initials(b).toLowerCase();
  return short(hx, hy) || short(hy, hx);
}

export function sameName(x: string, y: string): boolean {
  if (personKey(x) === personKey(y)) return true;
  // "U.S. Geological Survey" / "United States Geological Survey": the same tail after a head and its initials
  if (sameTailInitialled(foldText(x).trim(), foldText(y).trim())) return true;
  // "China Earthquake Networks Centre" / "… Center": British and American spelling of one name
  if (x.includes(' ') && commonSpelling(x) === commonSpelling(y)) return true;
  if (differentInitials(x, y)) return false; // "George W. Bush" / "George H.W. Bush"
  if (readPersonKey(x, false) === readPersonKey(y, false)) return true; // "Joe Biden" / "Joseph R. Biden Jr."
  const fx = foldText(x).replace(/[^\p{L}\p{N}' -]/gu, '').trim();
  const fy = foldText(y).replace(/[^\p{L}\p{N}' -]/gu, '').trim();
  if (fx === fy) return true;
  const sx = surnameKey(x);
  const sy = surnameKey(y);
  if (sx.length > 0 && sx === sy) {
    if (!hasGivenName(x) || !hasGivenName(y)) return true; // "Ruto" / "William Ruto"
    // Same surname, given names differ: a nickname ("Matt" / "Matthew") or another person.
    const gx = fx.split(' ')[0] ?? '';
    const gy = fy.split(' ')[0] ?? '';
    return Math.min(gx.length, gy.length) >= 3 && (gx.startsWith(gy) || gy.startsWith(gx));
  }
  // "NATO" / "North Atlantic Treaty Organization", "U.N." / "United Nations".
  const initials = (s: string): string =>
    s
      .split(/\s+/u)
      .filter((p) => p.length > 0 && !['of', 'the', 'and', 'for'].includes(p))
      .map((p) => p[0])
      .join('');
  const bare = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
  if (!fx.includes(' ') && bare(fx) === initials(fy)) return true;
  if (!fy.includes(' ') && bare(fy) === initials(fx)) return true;
  // A nationality for a country ("American" / "U.S.").
  if (NATIONALITIES.has(foldText(x)) !== NATIONALITIES.has(foldText(y))) return true;
  // Stem and spelling variants ("Ukraine" / "Ukrainian", "Kiev" / "Kyiv", "Zelenskyy" / "Zelensky").
  if (!fx.includes(' ') && !fy.includes(' ')) {
    const vx = foldSurname(bare(fx));
    const vy = foldSurname(bare(fy));
    if (Math.min(vx.length, vy.length) >= 5 && vx.slice(0, 5) === vy.slice(0, 5)) return true;
    const allowed = Math.max(vx.length, vy.length) >= 7 ? 2 : 1;
    if (Math.min(vx.length, vy.length) >= 4 && editDistance(vx, vy) <= allowed) return true;
  }
  return false;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
