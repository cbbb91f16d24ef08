/**
 * The `magnitude` kind, whole: an earthquake's magnitude as one agency gives it. Quake copy gives
 * several figures that are not one fact: "The National Geophysical Observatory put the magnitude
 * at 5.9. The European-Mediterranean Seismological Centre measured it at 6.1" (two agencies, both
 * right), "a magnitude 5.2 aftershock" (another shock), "a 7.8 quake in 2015" (another quake). Each
 * agency's figure is its own fact (KindSpec `factOf`): the same agency's figure changing between
 * versions is a revision in time order (update) and a contradiction between copies of one time.
 *
 * A value is a figure of 1-10 tied to a cue of the rule ("magnitude 6.1", "magnitude of 6.1",
 * "6.1-magnitude", "put the magnitude at 5.9") or a decimal right after a verb of measuring
 * ("measured it at 6.1", "rated 6.6"), or a decimal another agency gives beside such a figure
 * ("rated 6.6 by the USGS and 6.3 by the local institute"). Its agency is the one its sentence
 * names (a capitalised name ending in "Survey", "Observatory", "Institute" …, or "USGS", "EMSC":
 * lang/en/magnitudes.ts) or describes ("the national seismology centre"). A figure whose agency is
 * not named is a fact of its version only: two outlets' unattributed figures may be two agencies'.
 */
import { z } from 'zod';
import {
  AGENCY_ACRONYMS, AGENCY_HEADS, AGENCY_STOP_WORDS, ATTRIBUTION_AFTER, RELATIVE_OPENERS, AGENCY_JOINERS, AGENCY_LEAD_WORDS, MAGNITUDE_MAX, MAGNITUDE_MIN, MEASURE_VERBS, OTHER_SHOCK_WORDS,
} from '../lang/en/magnitudes.js';
import { MONTHS } from '../lang/en/calendar.js';
import { readQuantities, spanIn, type QToken, type QuantityReading } from '../read/quantities.js';
import { valueAt } from '../claim-value.js';
import { SetMap } from '../set-cache.js';
import type { ClaimValue, Doc, MagnitudeRule } from '../types.js';
import { list, overTime, overTimeOf, ruleObject } from './common.js';
import { expectList, type KindSpec } from './types.js';

/** Words a cue may stand before its figure ("put the magnitude at 5.9", "measured the main quake at 6.1"). */
const CUE_BEFORE = 5;
/** Words a cue may stand after it ("6.1-magnitude": the hyphen between). */
const CUE_AFTER = 2;

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.'’]*[\p{L}\p{N}.])?|[-,;:()—–]/gu;
const BOUNDARY: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–']);
const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}{2,}$/u;
const DECIMAL_FIGURE = /^\d\.\d{1,2}$/;
/** Describing words before a described agency's head ("national seismology"): lower-case words. */
const DESCRIBING_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const DESCRIBED_REACH = 3;
const POSSESSIVE = /\p{L}[’']s$/u;

interface Word {
  text: string;
  lower: string;
  start: number;
}

interface Agency {
  start: number;
  end: number;
  key: string;
  /** As written ("U.S. Geological Survey", "USGS"). */
  text: string;
}

function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    // a full stop ends the sentence ("said.", "at 6.1."), not an abbreviation ("U.S.")
    const text = m[0].endsWith('.') && m[0].indexOf('.') === m[0].length - 1 ? m[0].slice(0, -1) : m[0];
    out.push({ text, lower: text.toLowerCase(), start: m.index });
  }
  return out;
}

/** The agencies a sentence names, in order (word ranges and keys). */
function agenciesIn(sentence: string, words: readonly Word[]): Agency[] {
  const out: Agency[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const acronym = AGENCY_ACRONYMS.get(w.lower);
    if (acronym !== undefined && ALL_UPPER.test(w.text)) {
      out.push({ start: k, end: k + 1, key: acronym, text: w.text });
      continue;
    }
    if (!AGENCY_HEADS.has(w.lower)) continue;
    if (!UPPER_FIRST.test(w.text)) {
      const described = describedAgency(sentence, words, k);
      if (described !== null) out.push(described);
      continue;
    }
    let j = k;
    let capitals = 1;
    while (j > 0) {
      const prev = words[j - 1] as Word;
      if (UPPER_FIRST.test(prev.text)) capitals++;
      else if (!(AGENCY_JOINERS.has(prev.lower) && j > 1 && UPPER_FIRST.test((words[j - 2] as Word).text))) break;
      j--;
    }
    while (j < k && (words[j] as Word).lower === 'the') j++;
    const written = (words[j] as Word).start;
    while (j < k && AGENCY_LEAD_WORDS.has((words[j] as Word).lower)) j++;
    // one capitalised word ("Office", a sentence's first word) is no agency's name
    if (capitals < 2 || j === k) continue;
    const key = words.slice(j, k + 1).map((x) => x.lower).join(' ').replace(/ - /g, '-');
    out.push({ start: j, end: k + 1, key, text: sentence.slice(written, w.start + w.text.length) });
  }
  return out;
}

/**
 * An agency described, not named: "the national seismology centre", "the country's own
 * seismological service", "the local institute" (head word `k`). Keyed by its describing words
 * ("national seismology centre"): a version naming it otherwise states another fact, never a
 * contradiction of it. At least one describing word ("the agency" alone describes nothing).
 */
function describedAgency(sentence: string, words: readonly Word[], k: number): Agency | null {
  let j = k;
  while (j > 0 && k - j < DESCRIBED_REACH && DESCRIBING_WORD.test((words[j - 1] as Word).text) && !AGENCY_STOP_WORDS.has((words[j - 1] as Word).lower)) j--;
  const before = words[j - 1];
  if (before === undefined || !(before.lower === 'the' || POSSESSIVE.test(before.text))) return null;
  const key = words.slice(j, k + 1).map((x) => x.lower).filter((x) => !AGENCY_LEAD_WORDS.has(x)).join(' ');
  if (!key.includes(' ')) return null;
  const w = words[k] as Word;
  return { start: j, end: k + 1, key, text: sentence.slice((words[j] as Word).start, w.start + w.text.length) };
}

/** Whether a word is a magnitude figure of another agency's clause (a decimal of 1-10). */
const isFigure = (w: Word | undefined): boolean => w !== undefined && DECIMAL_FIGURE.test(w.text);

/**
 * The agency a figure at word `f` is given by: one named in its clause (before it, else after it);
 * else one its clause hangs on ("The observatory, which measured the quake at magnitude 6.1") or
 * one the sentence credits after it (", the USGS said", "according to the USGS") with no other
 * figure between. A clause that describes an agency without its name ("while the country's own
 * seismology service measured it at 6.5") names none.
 */
function agencyAt(sentence: string, words: readonly Word[], f: number): Agency | null {
  const agencies = agenciesIn(sentence, words);
  if (agencies.length === 0) return null;
  // "rated 6.6 by the USGS and 6.3 by the local institute": the agency right after "by" gives it
  const by = words[f + 1]?.lower === 'by' ? agencies.find((a) => a.start === f + 2 || (a.start === f + 3 && words[f + 2]?.lower === 'the')) : undefined;
  if (by !== undefined) return by;
  let from = f;
  while (from > 0 && !BOUNDARY.has((words[from - 1] as Word).text)) from--;
  let to = f + 1;
  while (to < words.length && !BOUNDARY.has((words[to] as Word).text)) to++;
  const inBefore = agencies.filter((a) => a.end <= f && a.start >= from).pop();
  if (inBefore !== undefined) return inBefore;
  const inAfter = agencies.find((a) => a.start > f && a.end <= to);
  if (inAfter !== undefined) return inAfter;
  for (let k = from; k < to; k++) if (AGENCY_HEADS.has((words[k] as Word).lower)) return null;
  const clean = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (k !== f && isFigure(words[k])) return false;
    return true;
  };
  const last = agencies.filter((a) => a.end <= f).pop();
  if (last !== undefined && RELATIVE_OPENERS.has(words[from]?.lower ?? '') && (last.end === from || (last.end === from - 1 && words[last.end]?.text === ','))) return last;
  // "The US Geological Survey said the epicentre was … and measured 7.2": the one agency the sentence
  // names, the subject of its verb of saying, gives every figure after it
  if (agencies.length === 1 && last !== undefined && ATTRIBUTION_AFTER.has(words[last.end]?.lower ?? '') && clean(last.end, f)) return last;
  const next = agencies.find((a) => a.start > f);
  if (next === undefined || !clean(f + 1, next.end)) return null;
  const credited = ATTRIBUTION_AFTER.has(words[next.end]?.lower ?? '') || words[next.start - 1]?.lower === 'to' && words[next.start - 2]?.lower === 'according'
    || words[next.start - 2]?.lower === 'to' && words[next.start - 3]?.lower === 'according';
  return credited ? next : null;
}

/** The agency of a figure given by its offset in the sentence, or null. */
function agencyOf(sentence: string, at: number): Agency | null {
  const words = wordsOf(sentence);
  const f = words.findIndex((w) => w.start >= at);
  return f < 0 ? null : agencyAt(sentence, words, f);
}

/** Whether the figure is tied to a magnitude cue, and to no other shock. */
function isMagnitude(tokens: readonly QToken[], r: QuantityReading, cues: ReadonlySet<string>): boolean {
  const { start, end } = r.expr;
  if (r.expr.value < MAGNITUDE_MIN || r.expr.value > MAGNITUDE_MAX || r.high !== null || r.vague) return false;
  if (r.context.kind === 'background' || r.context.kind === 'superseded' || r.context.kind === 'projection') return false;
  // "the 6.9-magnitude quake on Aug 5": a day of a month
  if (MONTHS.has(tokens[start - 1]?.lower ?? '')) return false;
  // "a 5.1 aftershock", "an aftershock of magnitude 5.2", "60 aftershocks, the strongest of magnitude 4.8": another shock
  for (let k = 0; k < r.clause.end; k++) if (OTHER_SHOCK_WORDS.has((tokens[k] as QToken).lower)) return false;
  for (let k = Math.max(r.clause.start, start - CUE_BEFORE); k < start; k++) {
    const w = (tokens[k] as QToken).lower;
    if (cues.has(w)) return true;
    if (MEASURE_VERBS.has(w) && !r.integer) return true;
  }
  for (let k = end; k < Math.min(r.clause.end, end + CUE_AFTER); k++) if (cues.has((tokens[k] as QToken).lower)) return true;
  return false;
}

/**
 * The magnitudes of one document: figures tied to a cue, and a decimal that another agency gives
 * beside one in the same sentence ("rated 6.6 by the USGS and 6.3 by the local institute").
 */
function extractMagnitudes(doc: Doc, rule: MagnitudeRule, referenceDate: string | null): ClaimValue[] {
  const cues = new Set(rule.cues.map((c) => c.toLowerCase()));
  const out: ClaimValue[] = [];
  for (const ns of readQuantities(doc, referenceDate)) {
    const cued = ns.readings.filter((r) => isMagnitude(ns.tokens, r, cues));
    if (cued.length === 0) continue;
    const at = (r: QuantityReading): number => (ns.tokens[r.expr.numberStart] as QToken).start - ns.sentence.start;
    const cuedAgencies = new Set(cued.map((r) => agencyOf(ns.sentence.text, at(r))?.key ?? ''));
    for (const r of ns.readings) {
      if (!cued.includes(r) && !besideCued(ns.tokens, r, agencyOf(ns.sentence.text, at(r)), cuedAgencies)) continue;
      out.push(magnitudeValue(doc, rule, ns, r));
    }
  }
  return out;
}

/** A decimal of a magnitude's range, of no other shock, that an agency of its own gives beside a cued figure. */
function besideCued(tokens: readonly QToken[], r: QuantityReading, agency: Agency | null, cuedAgencies: ReadonlySet<string>): boolean {
  if (agency === null || cuedAgencies.has(agency.key) || r.integer || r.high !== null || r.vague) return false;
  if (r.expr.value < MAGNITUDE_MIN || r.expr.value > MAGNITUDE_MAX || (r.context.kind !== null && r.context.kind !== 'part')) return false;
  for (let k = 0; k < r.clause.end; k++) if (OTHER_SHOCK_WORDS.has((tokens[k] as QToken).lower)) return false;
  return true;
}

function magnitudeValue(doc: Doc, rule: MagnitudeRule, ns: ReturnType<typeof readQuantities>[number], r: QuantityReading): ClaimValue {
  const span = spanIn(ns, r);
  // this copy's own tokens (a reading's span is the first copy's: `spanIn`)
  const numberSpan = { start: (ns.tokens[r.expr.numberStart] as QToken).start, end: (ns.tokens[r.expr.end - 1] as QToken).end };
  const place = doc.version.map.place(numberSpan.start);
  return {
    rule: rule.id,
    version: doc.version.id,
    kind: 'magnitude',
    key: r.expr.exact,
    value: r.expr.value,
    qualifier: r.expr.qualifier,
    text: doc.version.text.slice(numberSpan.start, numberSpan.end),
    sentence: ns.sentence.text,
    span: span.start <= numberSpan.start ? numberSpan : span,
    line: place.line,
    column: place.column,
    uncertain: doc.version.uncertain.some((u) => numberSpan.start < u.end && u.start < numberSpan.end),
  };
}

/** The agencies of the set's figures, by sentence and figure: a sentence is read once. */
const agencies = new SetMap<string, Map<string, Agency | null>>();

/** The agency whose figure a value is. */
function valueAgency(v: ClaimValue): Agency | null {
  let bySentence = agencies.get(v.sentence);
  if (bySentence === undefined) agencies.set(v.sentence, (bySentence = new Map()));
  let agency = bySentence.get(v.text);
  if (agency === undefined) {
    const at = valueAt(v);
    bySentence.set(v.text, (agency = at < 0 ? null : agencyOf(v.sentence, at)));
  }
  return agency;
}

/**
 * The agency's key (KindSpec `factOf`). A figure whose agency the sentence does not name ("The
 * 5.9-magnitude quake") is a fact of its version only: two outlets' unattributed figures may be
 * two agencies', and are never set against each other nor against a named agency's.
 */
const agencyFact = (v: ClaimValue): string => valueAgency(v)?.key ?? `unattributed ${v.version}`;

/** "5.9 (National Geophysical Observatory)". */
const display = (v: ClaimValue): string => {
  const agency = valueAgency(v);
  return agency === null ? String(v.exact ?? v.value) : `${v.exact ?? v.value} (${agency.text})`;
};

export const magnitude: KindSpec<'magnitude'> = {
  kind: 'magnitude',
  schema: ruleObject(
    'magnitude',
    "An earthquake's magnitude as each agency gives it: one agency's figure is one fact, another agency's another.",
    {
      'over-time': overTime.optional(),
      expect: list(z.number().min(MAGNITUDE_MIN).max(MAGNITUDE_MAX), "'expect' must be a magnitude or a list of them")
        .optional()
        .describe('Pinned expected magnitude(s).'),
    },
    'A magnitude rule.',
  ),
  options: (data) => ({ overTime: overTimeOf(data), expect: expectList(data) }),
  extract: (doc, rule, ctx) => extractMagnitudes(doc, rule, ctx.referenceDate),
  comparison: 'scalar',
  numericOverTime: false,
  qualifiers: false,
  wholeVersion: true,
  factOf: agencyFact,
  omissions: false,
  compatible: (a, b) => a === b,
  matchesExpected: (key, expect) => expect.some((e) => key === String(e)),
  display,
  displayKey: (values) => (values[0] ? display(values[0]) : ''),
};
