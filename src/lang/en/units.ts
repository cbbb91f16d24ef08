/**
 * Units of counted things: synonym classes (a unit compares as its class head) and
 * units of measure ("more than two meters" near "killed" is a depth, not a toll).
 */
import { EN } from './index.js';

/** Unit synonym classes: every word maps to the class head (the first word). Listed once, in the lexicon (./index.ts). */
export const UNIT_CLASSES: ReadonlyArray<readonly string[]> = EN.unitClasses;

export const UNIT_HEAD: ReadonlyMap<string, string> = new Map(
  UNIT_CLASSES.flatMap((cls) => cls.map((w) => [w, cls[0] ?? w] as const)),
);

/** Naive singular of an English noun, for units not in a class ("years" -> "year"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The comparison form of a unit: its class head, else its singular. */
export function canonicalUnit(word: string): string {
  const w = word.toLowerCase();
  return UNIT_HEAD.get(w) ?? UNIT_HEAD.get(singular(w)) ?? singular(w);
}

/** Units of measure: a number measured in one counts only for a rule whose `units` name it. */
export const MEASURES: ReadonlySet<string> = new Set([
  'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mile', 'foot', 'feet', 'inch', 'yard', 'centimeter', 'millimeter',
  'hectare', 'acre', 'ton', 'tonne', 'kilogram', 'kg', 'pound', 'liter', 'litre', 'gallon', 'barrel', 'degree',
  'percent', 'per', 'dollar', 'euro', 'yuan', 'yen', 'rupee', 'cent', 'second', 'minute', 'hour', 'day',
  'week', 'month', 'year', 'decade', 'century', 'mph', 'kph', 'magnitude', 'point', 'vote', 'seat', 'time',
]);

/**
 * "States" that are parts of one country, not countries: after a preposition of place ("73 in
 * Morvas state and the rest in two other states", "across four states") or with a word that
 * places them inside a country ("five Mexican states", "three southern states"). A count of such
 * states is no count of countries (src/extract/quantity.ts).
 */
export const STATE_WORDS: ReadonlySet<string> = new Set(['state', 'states']);
export const INNER_STATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);
export const INNER_STATE_MODIFIERS: ReadonlySet<string> = new Set([
  'u.s.', 'us', 'american', 'mexican', 'indian', 'nigerian', 'brazilian', 'australian', 'german', 'austrian',
  'malaysian', 'venezuelan', 'sudanese', 'federal', 'southern', 'northern', 'eastern', 'western', 'central',
  'southeastern', 'southwestern', 'northeastern', 'northwestern', 'coastal', 'affected', 'hardest-hit',
]);

/**
 * The size of a bloc, not a count: "the 27-nation European Union", "the 54-member African Union",
 * "the 10-country bloc". A hyphenated figure whose next word is a name or one of these nouns
 * (src/read/quantities.ts `notACount`); "a three-nation tour" still counts countries.
 */
export const BLOC_NOUNS: ReadonlySet<string> = new Set([
  'bloc', 'blocs', 'alliance', 'union', 'coalition', 'grouping', 'group', 'organization', 'organisation', 'league',
  'federation', 'commonwealth', 'community', 'association', 'club', 'body', 'council', 'forum', 'partnership', 'pact',
]);
