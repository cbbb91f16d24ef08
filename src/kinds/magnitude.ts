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
 * ("measured it at 6.1"), in a sentence that names the agency (a capitalised name ending in
 * "Survey", "Observatory", "Institute" …, or "USGS", "EMSC": lang/en/magnitudes.ts). A figure whose
 * agency is not named is no value: two outlets' unattributed figures may be two agencies'.
 */
import { z } from 'zod';
import {
  AGENCY_ACRONYMS, AGENCY_HEADS, ATTRIBUTION_AFTER, RELATIVE_OPENERS, AGENCY_JOINERS, AGENCY_LEAD_WORDS, MAGNITUDE_MAX, MAGNITUDE_MIN, MEASURE_VERBS, OTHER_SHOCK_WORDS,
} from '../lang/en/magnitudes.js';
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
    if (!AGENCY_HEADS.has(w.lower) || !UPPER_FIRST.test(w.text)) continue;
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

/** The magnitudes of one document: figures tied to a cue, in a sentence that names their agency. */
function extractMagnitudes(doc: Doc, rule: MagnitudeRule, referenceDate: string | null): ClaimValue[] {
  const cues = new Set(rule.cues.map((c) => c.toLowerCase()));
  const out: ClaimValue[] = [];
  for (const ns of readQuantities(doc, referenceDate)) {
    for (const r of ns.readings) {
      if (!isMagnitude(ns.tokens, r, cues)) continue;
      const span = spanIn(ns, r);
      // this copy's own tokens (a reading's span is the first copy's: `spanIn`)
      const numberSpan = { start: (ns.tokens[r.expr.numberStart] as QToken).start, end: (ns.tokens[r.expr.end - 1] as QToken).end };
      if (agencyOf(ns.sentence.text, numberSpan.start - ns.sentence.start) === null) continue;
      const place = doc.version.map.place(numberSpan.start);
      out.push({
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
      });
    }
  }
  return out;
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

/** The agency's key (KindSpec `factOf`). */
const agencyFact = (v: ClaimValue): string => valueAgency(v)?.key ?? '';

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
