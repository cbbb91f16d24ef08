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
