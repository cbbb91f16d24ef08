/**
 * Ages of named people, read once per version and independent of any rule (kinds/age.ts
 * compares them across versions). Only an age bound to a name the people reader found
 * (people.ts) is read, in four shapes:
 * - an aside after the name, closed by a comma, semicolon, full stop, dash or bracket:
 *   "Emma Radley, 15,", "Killed were Mira Oduya, 34; Tomas Keller, 51;";
 * - an age word in the aside: "Nora Quist, aged 15,", "Nora Quist, age 15";
 * - an apposition: "Ty Boone, a 16-year-old junior,";
 * - before the name: "17-year-old Caleb Ames", "15-year-old sophomore Dana Kell";
 * - at death, after the name's verb of dying: "Korvath died on Nov. 5 at the age of 87",
 *   "Korvath, who died last week aged 88".
 * Not read: ages of unnamed people ("a 15-year-old boy"), a figure after a possessive
 * ("Radley's 15 classmates"), numbering ("Radley, No. 15"), a list of figures ("Reed, 51, 49"),
 * grades ("a 10th grader"), and a figure followed by a unit ("Reed, 15 years at the school").
 */
import {
  AGE_APPOSITION_ARTICLES, AGE_ASIDE_CLOSERS, AGE_AT_CLOSERS, AGE_DEATH_REACH, AGE_DEATH_STOPS, AGE_DEATH_VERBS, AGE_LEAD_WORDS, AGE_NAME_GAP,
  AGE_GROUP_REACH, AGE_GROUP_WORDS, AGE_NAMING_WORDS, AGE_OF_WORDS, AGE_OLD_WORD, AGE_WHO_WAS, AGE_YEAR, MAX_PERSON_AGE,
} from '../lang/en/ages.js';
import { SetCache } from '../set-cache.js';
import type { Doc, Span, Token } from '../types.js';
import { findPeople, type PersonMention } from './people.js';

/** One named person's age at one place in the text. */
export interface PersonAge {
  /** The person's comparison key (people.ts: short forms resolved). */
  key: string;
  /** The person's display name. */
  name: string;
  age: number;
  sentence: number;
  /** The name and the age in the text. */
  span: Span;
  /** The name and age as written ("Emma Radley, 15", "17-year-old Caleb Ames"). */
  text: string;
}

const DIGITS = /^\d{1,3}$/;
const LOWER_FIRST = /^\p{Ll}/u;

const agesOf = new SetCache<Doc, PersonAge[]>();

/** Every age the version gives for a named person, in text order. */
export function readPersonAges(doc: Doc): PersonAge[] {
  let ages = agesOf.get(doc);
  if (ages === undefined) {
    ages = [];
    for (const m of findPeople(doc)) {
      if (m.tentative === true) continue;
      const at = ageAfter(doc, m) ?? ageBefore(doc, m) ?? ageAtDeath(doc, m) ?? groupAge(doc, m);
      if (at === null) continue;
      const figure = doc.tokens[at] as Token;
      const from = Math.min(figure.start, doc.tokens[m.titleStart]?.start ?? m.span.start, m.span.start);
      const to = Math.max(figure.end, m.span.end);
      ages.push({ key: m.key, name: m.name, age: Number(figure.text), sentence: m.sentence, span: { start: from, end: to }, text: doc.version.text.slice(from, to) });
    }
    agesOf.set(doc, ages);
  }
  return ages;
}

/** The token of a person's age figure (1..MAX_PERSON_AGE written in digits), or false. */
function ageFigure(doc: Doc, k: number, sentence: number): boolean {
  const t = doc.tokens[k];
  if (t === undefined || t.sentence !== sentence || !DIGITS.test(t.text)) return false;
  const n = Number(t.text);
  return n >= 1 && n <= MAX_PERSON_AGE;
}

/** "15-year-old" with its figure at `k`: the index of "old", or -1. */
function yearOldAt(doc: Doc, k: number): number {
  const t = doc.tokens;
  return t[k + 1]?.text === '-' && t[k + 2]?.lower === AGE_YEAR && t[k + 3]?.text === '-' && t[k + 4]?.lower === AGE_OLD_WORD ? k + 4 : -1;
}

/** The figure's token of an age in an aside right after the name, or null. */
function ageAfter(doc: Doc, m: PersonMention): number | null {
  const t = doc.tokens;
  const comma = m.tokenEnd;
  if (m.possessive || t[comma]?.text !== ',' || t[comma]?.sentence !== m.sentence) return null;
  const first = comma + 1;
  if (ageFigure(doc, first, m.sentence)) {
    const closer = t[first + 1];
    // the end of the sentence, or a closing mark: not "Reed, 15 years", "Alcaraz, 6-4"
    if (closer !== undefined && closer.sentence === m.sentence && !AGE_ASIDE_CLOSERS.has(closer.text)) return null;
    // "Reed, 51, 49 and 12": a list of figures, no age
    if (closer?.text === ',' && t[first + 2]?.sentence === m.sentence && DIGITS.test(t[first + 2]?.text ?? '')) return null;
    return first;
  }
  const lead = t[first]?.lower ?? '';
  if (AGE_LEAD_WORDS.has(lead) && ageFigure(doc, first + 1, m.sentence)) return first + 1;
  if (AGE_APPOSITION_ARTICLES.has(lead) && ageFigure(doc, first + 1, m.sentence)) {
    const old = yearOldAt(doc, first + 1);
    // "X, the 14-year-old's mother": the age is another's
    return old >= 0 && !POSSESSIVE_S.has(t[old + 1]?.text ?? '') ? first + 1 : null;
  }
  // "Tom Reyes, who was 62."
  for (const words of AGE_WHO_WAS) {
    const at = first + words.length;
    if (words.every((w, n) => t[first + n]?.lower === w) && ageFigure(doc, at, m.sentence) && AGE_ASIDE_CLOSERS.has(t[at + 1]?.text ?? '.')) return at;
  }
  return null;
}

const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);

/**
 * "Ana Cruz and Cara Lind, both 15,", "Ana Cruz, Ben Howe and Cara Lind, all 15": the figure after
 * "both"/"all" that closes the list of names the person opens or is in (names, commas and "and"
 * only between them), or null.
 */
function groupAge(doc: Doc, m: PersonMention): number | null {
  const t = doc.tokens;
  if (m.possessive) return null;
  for (let j = m.tokenEnd; j < m.tokenEnd + AGE_GROUP_REACH; j++) {
    const w = t[j];
    if (w === undefined || w.sentence !== m.sentence) return null;
    if (w.text === ',' && AGE_GROUP_WORDS.has(t[j + 1]?.lower ?? '') && ageFigure(doc, j + 2, m.sentence)) {
      return AGE_ASIDE_CLOSERS.has(t[j + 3]?.text ?? '.') ? j + 2 : null;
    }
    if (!(w.text === ',' || w.lower === 'and' || w.pos === 'PROPN' || /^\p{Lu}/u.test(w.text))) return null;
  }
  return null;
}

/** The figure's token of "15-year-old [role words] Name", or null. */
function ageBefore(doc: Doc, m: PersonMention): number | null {
  const t = doc.tokens;
  let k = m.titleStart - 1;
  // "a 17-year-old student named Evan Marsh": a word of naming before the name
  if (AGE_NAMING_WORDS.has(t[k]?.lower ?? '')) k--;
  // lower-case role words between the age and the name ("15-year-old sophomore Dana Kell")
  for (let n = 0; n < AGE_NAME_GAP && t[k] !== undefined && LOWER_FIRST.test(t[k]?.text ?? '') && (t[k]?.pos === 'NOUN' || t[k]?.pos === 'ADJ'); n++) {
    if (t[k]?.lower === AGE_OLD_WORD) break;
    k--;
  }
  if (t[k]?.lower !== AGE_OLD_WORD || t[k]?.sentence !== m.sentence) return null;
  // "the 14-year-old daughter of Pastor Frank Holt": the age is the daughter's
  for (let j = k + 1; j < m.tokenStart; j++) if (t[j]?.lower === 'of') return null;
  const figure = k - 4;
  return ageFigure(doc, figure, m.sentence) && yearOldAt(doc, figure) === k ? figure : null;
}

/** The figure's token of the age at death in "Name (, who) died … at the age of 87 / aged 87 / at 87", or null. */
function ageAtDeath(doc: Doc, m: PersonMention): number | null {
  const t = doc.tokens;
  let k = m.tokenEnd;
  if (m.possessive) return null;
  if (t[k]?.text === ',') k++;
  if (t[k]?.lower === 'who') k++;
  const verb = t[k]?.lower ?? '';
  if (!AGE_DEATH_VERBS.has(verb) || (verb === 'passed' && t[k + 1]?.lower !== 'away')) return null;
  for (let j = k + 1; j <= k + AGE_DEATH_REACH; j++) {
    const w = t[j];
    if (w === undefined || w.sentence !== m.sentence || AGE_DEATH_STOPS.has(w.lower)) return null;
    const at = deathAgeAt(doc, j, m.sentence);
    if (at !== null) return at;
  }
  return null;
}

/** "at the age of 87", "aged 87", "at 87," starting at `j`: the figure's token, or null. */
function deathAgeAt(doc: Doc, j: number, sentence: number): number | null {
  const t = doc.tokens;
  if (AGE_OF_WORDS.every((w, n) => t[j + n]?.lower === w)) return ageFigure(doc, j + AGE_OF_WORDS.length, sentence) ? j + AGE_OF_WORDS.length : null;
  if (AGE_LEAD_WORDS.has(t[j]?.lower ?? '')) return ageFigure(doc, j + 1, sentence) ? j + 1 : null;
  if (t[j]?.lower !== 'at' || !ageFigure(doc, j + 1, sentence)) return null;
  const next = t[j + 2];
  return next === undefined || next.sentence !== sentence || AGE_AT_CLOSERS.has(next.lower) ? j + 1 : null;
}
