/**
 * The `quantity` extractor: a filter of the version's figures (src/read/quantities.ts)
 * by a rule's cues and units.
 *
 * A figure belongs to the rule when
 * - `units` is not empty: its unit is one of them (same synonym class, see lang/en/units.ts),
 *   or the word right after the number is a cue ("three fatalities", "12 dead");
 * - `cues` is not empty: a cue is within `window` words in the same clause (cues.ts),
 *   or the unit / the word after the number is itself a cue;
 * - both empty: every count.
 * A rule with cues and no units counts people (a toll, the injured, arrests): the figure
 * has a person or casualty noun ("people", "children", "bodies", "lives") or no noun at
 * all, and is a whole number ("two earthquakes", "five houses", "a 6.1 quake" are not).
 *
 * Each value carries its role (headline, part, background, other): the reading gives
 * part/background/superseded; the headline is chosen across rules in claims.ts.
 * Key: String(value), or `${low}-${high}` for ranges and vague magnitudes ("hundreds":
 * 200-999); the qualifier is kept apart. Text: as written ("more than three years").
 */
import { canonicalUnit, INNER_STATE_MODIFIERS, INNER_STATE_PREPOSITIONS, STATE_WORDS, UNIT_HEAD } from '../lang/en/units.js';
import {
  ADMISSION_CUE_WORDS, ALL_FOUND_STATES, BARE_DEATH_VERBS, BENEFICIARY_PREPOSITIONS, DEATH_VERBS, DOWNWARD_REVISION_WORDS, FATAL_WORDS, FOUND_VERBS, LEVEL_COUNT_VERBS, ORDINAL_COUNT_NOUNS, PART_OPENERS, PERSON_NOUNS, RELATIVE_LEADS, RELATIVE_OPENERS,
  REVISION_VERBS, TOLL_NOUNS, CHARGE_COUNT_NOUNS, CHARGE_DEGREE_WORDS, DEAD_STAND_IN, KILLING_CHARGES, LIVING_VICTIM_WORDS, VICTIM_NOUNS, WHOLE_VICTIMS_LEADS,
} from '../lang/en/quantities.js';
import { notACount, readQuantities, spanIn, type FigureFacts, type NumberedSentence, type QToken, type QuantityReading } from '../read/quantities.js';
import type { ClaimValue, Doc, Extractor, QuantityRule, Rule, Span, ValueRole } from '../types.js';
import { compileCues, cueDistance, cueLengthAt, findCues, type CompiledCues } from './cues.js';
import type { Extent } from '../read/words.js';
import { APPOSITIVE_ASIDE_VERBS, BREAKDOWN_JOINS, COUNT_OF_FILLERS, EVENT_RANKING_WORDS, MAX_APPOSITIVE_ASIDE, NOUN_CUE_LEADS, OUTCOME_CLASSES, REACHED_VERBS, SET_TO_FILLERS } from '../lang/en/figure-scope.js';
import { SPEECH_VERBS } from '../lang/en/people.js';
import { REVISION_OBJECT_NOUNS } from '../lang/en/revisions.js';
import { scopedShares, type ScopedFigure } from '../read/quantity-roles.js';
import { SetCache } from '../set-cache.js';

export { canonicalUnit } from '../lang/en/units.js';

/** "31 of them", "12 of whom": a share of the figure said just before. */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['them', 'whom']);

/** (A loop, not `some`: no closure per value where this runs unoptimized.) */
function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const u = spans[k] as Span;
    if (span.start < u.end && u.start < span.end) return true;
  }
  return false;
}

/** A figure a casualty-like rule (cues, no units) may count: people or nothing named, whole. */
function countsPeople(r: QuantityReading): boolean {
  if (!r.integer) return false;
  if (r.unit === null) return true;
  const w = r.unit.word.toLowerCase();
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(r.unit.text.toLowerCase());
}

interface RuleFilter {
  rule: Rule;
  cues: CompiledCues;
  units: ReadonlySet<string>;
  /** The rule tracks one figure of the story (cues, compared by headline: claims.ts `hasHeadline`). */
  headline: boolean;
}

/** Facts of the readings, kept with them (`NumberedSentence.figures`): once for every copy of the sentence. */
function readingFacts(ns: NumberedSentence): FigureFacts[] {
  return (ns.figures.facts ??= newFacts(ns.readings));
}

/**
 * Made with `allowed` in place (filled in later, see `isCount`) and pushed into a list: every
 * facts object and list has one hidden class, whichever tier of V8 ran `map` (the optimized
 * code then meets no other shape and is not thrown away).
 */
/** FigureFacts as made here: every field present, `allowed` undefined until a rule asks. */
interface FactsInPlace {
  unit: string | null;
  people: boolean;
  allowed: boolean | undefined;
}

function newFacts(readings: readonly QuantityReading[]): FigureFacts[] {
  const facts: FigureFacts[] = [];
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n] as QuantityReading;
    // `allowed` is optional in the type (exactOptionalPropertyTypes: no undefined), present here from the start
    const made: FactsInPlace = { unit: r.unit === null ? null : canonicalUnit(r.unit.word), people: countsPeople(r), allowed: undefined };
    facts.push(made as unknown as FigureFacts);
  }
  return facts;
}

function isCount(ns: NumberedSentence, r: QuantityReading, facts: FigureFacts, unitAllowed: boolean): boolean {
  if (!unitAllowed) return r.count; // the reading's own `notACount(…, false)`
  return (facts.allowed ??= notACount(ns.tokens, r.expr, r.unit, true) === null);
}

/** Whether the figure is of the rule's kind at all: a count, of the rule's units (or people). */
function eligible(f: RuleFilter, ns: NumberedSentence, r: QuantityReading, facts: FigureFacts): boolean {
  const unitAllowed = facts.unit !== null && f.units.has(facts.unit) && !innerStates(ns.tokens, r);
  if (!isCount(ns, r, facts, unitAllowed)) return false;
  if (f.units.size > 0 && !unitAllowed && !nextIsCue(f, ns, r)) return false;
  return !(f.units.size === 0 && f.cues.length > 0 && !facts.people && !killingCharges(ns, r));
}

/** States inside one country ("the rest in two other states", "five Mexican states"): not countries. */
function innerStates(t: readonly QToken[], r: QuantityReading): boolean {
  const unit = r.unit;
  if (unit === null || !STATE_WORDS.has(unit.word)) return false;
  if (INNER_STATE_MODIFIERS.has(t[unit.index - 1]?.lower ?? '')) return true;
  let k = r.extent.start - 1;
  if (t[k]?.lower === 'the') k--;
  return INNER_STATE_PREPOSITIONS.has(t[k]?.lower ?? '');
}

/**
 * "charged with 12 counts of murder": a count of charges of killing, one a person killed (not
 * "counts of attempted murder"). Only the rule whose cue the dead stand for takes it (`standsForDead`).
 */
function killingCharges(ns: NumberedSentence, r: QuantityReading): boolean {
  const unit = r.unit;
  if (unit === null || !CHARGE_COUNT_NOUNS.has(unit.word) || !r.integer || r.vague) return false;
  const t = ns.tokens;
  if (t[unit.index + 1]?.lower !== 'of') return false;
  let k = unit.index + 2;
  while (k < unit.index + 5 && CHARGE_DEGREE_WORDS.has(t[k]?.lower ?? '')) k++;
  return KILLING_CHARGES.has(t[k]?.lower ?? '');
}

/**
 * "Police name 12 victims of the bombing", "The 12 victims were aged between 19 and 64": the
 * victims a figure counts are the dead of the event when nothing in its clause says they are
 * hurt, in care, alive or harmed otherwise, and no noun before "victims" says whose they are
 * ("400 flood victims"); not a possessive ("12 victims' families"). Only all the victims: "the",
 * "all" or a verb of naming right before the figure ("Nine victims were buried" may be some).
 */
function deadVictims(ns: NumberedSentence, r: QuantityReading): boolean {
  const unit = r.unit;
  if (unit === null || !VICTIM_NOUNS.has(unit.word) || !r.integer || r.vague || r.context.kind !== null) return false;
  const t = ns.tokens;
  if (!WHOLE_VICTIMS_LEADS.has(t[r.expr.start - 1]?.lower ?? '')) return false;
  for (let k = r.expr.end; k < unit.index; k++) if (t[k]?.pos === 'NOUN' || t[k]?.pos === 'PROPN') return false;
  const after = t[unit.index + 1]?.text ?? '';
  if (after === "'" || after === '’' || after === "'s" || after === '’s') return false;
  for (let k = r.clause.start; k < r.clause.end; k++) if (LIVING_VICTIM_WORDS.has((t[k] as QToken).lower)) return false;
  return true;
}

/** A token that reads as the cue the dead stand for (DEAD_STAND_IN), to ask a rule's cues as `ordinalNounIsCue` does. */
const DEAD_TOKEN = { text: DEAD_STAND_IN, lower: DEAD_STAND_IN, lemma: DEAD_STAND_IN, pos: 'ADJ' } as QToken;

/**
 * A figure whose own noun stands for the dead (`killingCharges`, `deadVictims`), for a rule the
 * dead's cue belongs to: a weak cue (STAND_IN_DISTANCE), the toll only when the version states
 * no other ("names 12 victims" in the headline, "charged with 12 counts of murder").
 */
function standsForDead(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  return (killingCharges(ns, r) || deadVictims(ns, r)) && cueLengthAt([DEAD_TOKEN], 0, f.cues) > 0;
}

function nextIsCue(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  const unit = r.unit;
  if (r.expr.ordinal !== undefined) return unit !== null && ordinalNounIsCue(f, ns.tokens[unit.index], unit.word);
  return cueLengthAt(ns.tokens, r.expr.end, f.cues) > 0 || (unit !== null && cueLengthAt(ns.tokens, unit.index, f.cues) > 0);
}

/**
 * An ordinal count's noun read in the plural it counts ("a second death" = "two deaths"): a cue
 * when the rule's cue is that plural ("deaths", "bodies", "fatalities").
 */
function ordinalNounIsCue(f: RuleFilter, t: QToken | undefined, word: string): boolean {
  const plural = ORDINAL_COUNT_NOUNS.get(word);
  if (t === undefined || plural === undefined) return false;
  return cueLengthAt([{ ...t, lower: plural, lemma: word }], 0, f.cues) > 0;
}

/**
 * A cue right after the figure that describes the noun after it ("two injured passengers
 * died") is weaker than the verb of the clause: the figure goes to the rule of that verb when
 * it has one, and stays with this rule otherwise ("12 injured people were taken to hospital").
 */
const ATTRIBUTIVE_DISTANCE = 3;

function attributiveAfter(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  const n = cueLengthAt(ns.tokens, r.expr.end, f.cues);
  return n > 0 && ns.tokens[r.expr.end + n]?.pos === 'NOUN';
}

/**
 * A cue after the figure that only describes its people, whose clause then says what became of
 * them: "Three more passengers injured in the derailment died in hospital" (deaths), "Two
 * residents who had been unaccounted for turned up at relatives' homes" (found, not missing).
 * The cue right after the figure and its noun, or after "who had been …"; then a death or
 * found verb later in the figure's clause that is not this rule's own cue.
 */
function subjectMovesOn(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  if (ownNounDies(f, ns, r)) return true;
  let at = r.extent.end;
  if (ns.tokens[at]?.lower === 'who' || ns.tokens[at]?.lower === 'that') {
    while (at < r.extent.end + 4 && RELATIVE_LEADS.has(ns.tokens[at]?.lower ?? '')) at++;
  }
  const n = cueLengthAt(ns.tokens, at, f.cues);
  if (n === 0) return false;
  const next = ns.readings.find((x) => x.extent.start >= r.extent.end)?.extent.start ?? r.clause.end;
  // being found ends only a missing state: "368 injured and sick people had been rescued" stay injured
  const found = ALL_FOUND_STATES.has(ns.tokens[at]?.lower ?? '');
  // a bare "die" counts only as the verb right after the cue ("2 injured die"), not after a modal farther on
  const verb = verbAfter(ns.tokens, at + n);
  for (let k = at + n; k < Math.min(r.clause.end, next); k++) {
    const w = (ns.tokens[k] as QToken).lower;
    if (DEATH_VERBS.has(w) || (found && FOUND_VERBS.has(w)) || (k === verb && BARE_DEATH_VERBS.has(w))) return cueLengthAt(ns.tokens, k, f.cues) === 0;
  }
  return false;
}

/** Adverbs and perfect auxiliaries a figure's verb may come after ("later died", "have since died"); no modal. */
const VERB_LEADS_MAX = 3;
const PERFECT_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'since']);

/** The index of the verb at or after `k`, past adverbs and perfect auxiliaries (VERB_LEADS_MAX at most). */
function verbAfter(tokens: readonly QToken[], k: number): number {
  let v = k;
  while (v < k + VERB_LEADS_MAX && (tokens[v]?.pos === 'ADV' || PERFECT_WORDS.has(tokens[v]?.lower ?? ''))) v++;
  return v;
}

/**
 * "Toll rises to 5 as 2 wounded die", "Two injured have since died": the figure's own noun is the
 * rule's cue (the tagger reads "wounded" as a noun) and its verb, right after it, makes them dead:
 * a count of deaths, no count of the injured. Only the verb next to the figure (over adverbs and
 * "have"): "17 wounded as the gunman died" and "2 wounded could die" stay counts of the injured.
 */
function ownNounDies(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  const unit = r.unit;
  if (unit === null || unit.index !== r.extent.end - 1 || cueLengthAt(ns.tokens, unit.index, f.cues) !== 1) return false;
  const v = verbAfter(ns.tokens, r.extent.end);
  if (v >= r.clause.end) return false;
  const w = (ns.tokens[v] as QToken).lower;
  return (DEATH_VERBS.has(w) || BARE_DEATH_VERBS.has(w)) && cueLengthAt(ns.tokens, v, f.cues) === 0;
}

/**
 * Words between the figure and the cue that governs it (0: next to it), or null when no cue
 * governs it; a direct cue first, then an admission cue (`CueHits`). `blockers`: the extents of the sentence's counts; other counts block the way to
 * the cue, a year or a date in between does not. The figure's own extent may be among them:
 * the gaps `cueDistance` checks lie outside it.
 */
function ruleDistance(f: RuleFilter, ns: NumberedSentence, r: QuantityReading, all: CueHits, blockers: readonly Extent[]): number | null {
  if (f.cues.length === 0) return 0;
  // a count of charges is the rule's only by what its charge stands for
  if (r.unit !== null && CHARGE_COUNT_NOUNS.has(r.unit.word)) return standsForDead(f, ns, r) ? STAND_IN_DISTANCE : null;
  if (subjectMovesOn(f, ns, r)) return null;
  if (nextIsCue(f, ns, r)) return attributiveAfter(f, ns, r) ? ATTRIBUTIVE_DISTANCE : 0;
  const close = appositiveAsideEnd(ns, r);
  const hits = close < 0 ? beforeAside(all, describingAsideEnd(ns, r)) : outsideAside(all, r.extent.end, close);
  // the figure reaches its verb past its own aside, as if the aside were part of it (blockers in it are crossed)
  const value = close < 0 ? r.extent : { start: r.extent.start, end: close + 1 };
  const d = cueDistance(ns.tokens, value, hits.direct, f.rule.window, blockers) ?? countSetTo(ns, r, hits.direct) ?? subjectSetTo(f, ns, r, hits.direct, blockers);
  if (d !== null) return d;
  const weak = hits.weak.length === 0 ? null : cueDistance(ns.tokens, value, hits.weak, f.rule.window, blockers);
  if (weak !== null) return ADMISSION_DISTANCE + weak;
  return standsForDead(f, ns, r) ? STAND_IN_DISTANCE : null;
}

/** The cue hits before an aside's closing comma `aside` (all of them, not copied, when there is none: -1). */
function beforeAside(all: CueHits, aside: number): CueHits {
  if (aside < 0) return all;
  return { direct: all.direct.filter((h) => h.start < aside), weak: all.weak.filter((h) => h.start < aside) };
}

/** The cue hits outside an aside from `open` to `close` (a cue inside it is said of the aside's people). */
function outsideAside(all: CueHits, open: number, close: number): CueHits {
  const out = (h: Extent): boolean => h.end <= open || h.start > close;
  return { direct: all.direct.filter(out), weak: all.weak.filter(out) };
}

/**
 * The closing comma of an appositive aside set off right after a count of people that is the
 * subject of the verb after the aside: "Four people, a police officer and three civilians, died",
 * "At least seven people, among them two firefighters, were killed", "Six people, all members of
 * one family, died". The aside describes the count (its figures are a breakdown of it, or no
 * count of people at all), so the verb after it is the count's: a figure inside the aside
 * does not block the way to it (-1: no such aside). A share's relative clause ("Eleven people,
 * two of whom were children, were killed"; "…, three of which were officers, …") is such an
 * aside, verbs and all. An aside with a verb of its own ("Five
 * people, who had …,") or a count that is a verb's object ("killed 40 people, 12 of them
 * children, injured 100") is not one; nor a clause after the verb ("Four people died, two of
 * them children, and three were injured": the figure is not right before the comma).
 */
function appositiveAsideEnd(ns: NumberedSentence, r: QuantityReading): number {
  const t = ns.tokens;
  const open = r.extent.end;
  // (a head dated by the verb's clause, "…, were killed in the 2004 tsunami", is background and keeps its verb too)
  const head = r.context.kind === null || r.context.kind === 'background';
  if (t[open]?.text !== ',' || !head || r.unit === null || !countsPeople(r) || !subjectPlace(ns, r)) return -1;
  // a share of the count ("one of them badly injured"): its participle is the share's state, no verb of the aside's own
  const back = t[open + 3]?.lower ?? '';
  const share = t[open + 1]?.pos === 'NUM' && t[open + 2]?.lower === 'of' && (BACK_REFERENCES.has(back) || back === 'which');
  // a relative clause on the share ("two of whom were children", "three of which were officers"): its verbs are the share's
  const relative = share && back !== 'them';
  let close = -1;
  for (let k = open + 1; k < Math.min(t.length, open + 2 + MAX_APPOSITIVE_ASIDE); k++) {
    const x = t[k] as QToken;
    if (x.text === ',') { close = k; break; }
    if (ASIDE_BREAKS.has(x.text)) return -1;
    const verb = x.pos === 'VERB' && !APPOSITIVE_ASIDE_VERBS.has(x.lower) && !(share && STATE_PARTICIPLE.test(x.lower));
    if (!relative && (x.pos === 'AUX' || verb)) return -1;
  }
  if (close < open + 2) return -1;
  let verb = close + 1;
  if (t[verb]?.pos === 'ADV') verb++; // "…, later died"
  if (!verbAt(t[verb])) return -1;
  // only an aside with a count in it, or a share ("one of them injured": no count, but its cue is
  // the share's), changes the reading: one without is crossed already
  return share || ns.readings.some((x) => x.count && x.extent.start > open && x.extent.end <= close) ? close : -1;
}

/** A verb, or a past participle the tagger read as an adjective ("Nine people, …, drowned/ADJ when …"). */
function verbAt(x: QToken | undefined): boolean {
  return x !== undefined && (x.pos === 'VERB' || x.pos === 'AUX' || (x.pos === 'ADJ' && PAST_PARTICIPLE.test(x.lower)));
}

const PAST_PARTICIPLE = /ed$/;
const STATE_PARTICIPLE = /(?:ed|en|hurt)$/;

/** Punctuation that ends or breaks an appositive aside before its closing comma (a hyphen, "a 12-year-old boy", does not). */
const ASIDE_BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!', '(', ')', '—', '–', '"', '“', '”']);

/**
 * Whether nothing before the figure in its clause makes it an object: no verb, but one of
 * speech ("Police said four people, …, died").
 */
function subjectPlace(ns: NumberedSentence, r: QuantityReading): boolean {
  for (let k = r.clause.start; k < r.extent.start; k++) {
    const x = ns.tokens[k] as QToken;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !SPEECH_VERBS.has(x.lower)) return false;
  }
  return true;
}

/**
 * The closing comma of an aside that describes the noun before it, when the figure lies inside
 * it and the sentence goes on with that noun's verb: "Sister Maren, who ran an orphanage for
 * 200 children, died", "the patriarch of the church, which has some 40 million members, died",
 * "the gunman, who shot 12 people, killed himself". A cue past that comma is said of the noun,
 * not of the figure (-1: no such aside). Not for a figure that opens the aside ("The victims,
 * 23 men, …": an apposition that counts the noun) or a share ("…, including four children,
 * died"), nor when the noun is a figure's own ("Twelve people, …").
 */
function describingAsideEnd(ns: NumberedSentence, r: QuantityReading): number {
  const t = ns.tokens;
  const open = r.clause.start - 1;
  const close = r.clause.end;
  if (t[open]?.text !== ',' || t[close]?.text !== ',' || r.extent.start === open + 1 || r.context.kind === 'part') return -1;
  const head = t[open - 1];
  if (head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || ns.readings.some((x) => x.extent.end === open)) return -1;
  const next = t[close + 1];
  const goesOn = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || RELATIVE_OPENERS.has(next.lower));
  return goesOn ? close : -1;
}

/** How far back from "to N" the count noun a verb sets may stand ("revised the number of people wounded in … to nine"). */
const COUNT_SET_REACH = 20;


/** How far into its clause the count noun that is the subject of "rose to N" may start ("The death toll", "Ecuador's death toll"). */
const SUBJECT_CUE_REACH = 4;
/** Punctuation past which a subject no longer reaches its verb. */
const SUBJECT_BREAKS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')']);

/**
 * "The death toll from last week's magnitude 7.8 earthquake that flattened towns along the coast
 * has risen to 654": the cue at the head of its clause is the subject of the verb that sets the
 * figure ("risen to", "stood at"), however long the subject runs past the rule's window, with no
 * other count between them. As far as the window: a nearer cue wins.
 */
function subjectSetTo(f: RuleFilter, ns: NumberedSentence, r: QuantityReading, hits: readonly Extent[], blockers: readonly Extent[]): number | null {
  const t = ns.tokens;
  const to = r.extent.start - 1;
  let verb = to;
  // "The death toll from … has reached 589": a verb of level right before the figure, no "to"
  if (t[to]?.lower === 'to' || t[to]?.lower === 'at') {
    verb = to - 1;
    while (verb > to - 3 && SET_TO_FILLERS.has(t[verb]?.lower ?? '')) verb--;
  } else if (!REACHED_VERBS.has(t[to]?.lower ?? '')) return null;
  if (!setsCount(t[verb]?.lower ?? '')) return null;
  const head = hits.find((h) => h.end <= verb && h.start >= r.clause.start && h.start - r.clause.start <= SUBJECT_CUE_REACH && t[h.end - 1]?.pos === 'NOUN');
  if (head === undefined || blockers.some((b) => b.start >= head.end && b.end <= to)) return null;
  for (let k = head.end; k < verb; k++) if (SUBJECT_BREAKS.has(t[k]?.lower ?? '')) return null;
  return f.rule.window;
}

const setsCount = (w: string): boolean => REVISION_VERBS.has(w) || DOWNWARD_REVISION_WORDS.has(w) || LEVEL_COUNT_VERBS.has(w);

/**
 * "Authorities revised the number of people wounded in Monday's shooting at the school to nine
 * from 11", "the number of injured in the three districts has risen to 40": a verb that revises
 * or moves a count noun ("number", "toll", …) sets the figure after "to", and the cue the count
 * is "of" names what it counts, however long the object between them (0, as "toll rose to 9").
 */
function countSetTo(ns: NumberedSentence, r: QuantityReading, hits: readonly Extent[]): number | null {
  const t = ns.tokens;
  const to = r.extent.start - 1;
  if (t[to]?.lower !== 'to') return null;
  let verb = to - 1;
  while (verb > to - 3 && SET_TO_FILLERS.has(t[verb]?.lower ?? '')) verb--;
  for (let j = to - 2; j >= Math.max(r.clause.start, to - COUNT_SET_REACH); j--) {
    if (!REVISION_OBJECT_NOUNS.has((t[j] as QToken).lower) || t[j + 1]?.lower !== 'of') continue;
    let k = j - 1;
    while (k > j - 3 && SET_TO_FILLERS.has(t[k]?.lower ?? '')) k--;
    if (!setsCount(t[k]?.lower ?? '') && !setsCount(t[verb]?.lower ?? '')) return null;
    let c = j + 2;
    while (c < j + 4 && COUNT_OF_FILLERS.has(t[c]?.lower ?? '')) c++;
    const named = hits.some((h) => h.start === c);
    // another count of people in the object may be what the cue counts ("… in the attack that killed three rose to 12")
    const between = ns.readings.some((x) => x !== r && x.count && countsPeople(x) && x.extent.start > j && x.extent.end <= to);
    return named && !between ? 0 : null;
  }
  return null;
}

/**
 * Distances from this on come from an admission cue ("taken to hospital"): claims.ts makes such
 * a figure the headline only when no figure of a direct cue ("injured") is there to be it.
 */
export const ADMISSION_DISTANCE = 100;

/**
 * Distances from this on are of people being treated now (`care`, read/quantity-roles.ts): like an
 * admission, the count only when nothing direct is there; else a share of it (claims.ts).
 */
export const CARE_DISTANCE = 2 * ADMISSION_DISTANCE;

/**
 * The distance of a figure whose own noun stands for the dead (`standsForDead`): weaker than a
 * direct cue, and kept only as the version's headline (claims.ts): "charged with seven counts of
 * murder" next to "eight have died" is no second reading of the toll.
 */
export const STAND_IN_DISTANCE = ADMISSION_DISTANCE + ADMISSION_DISTANCE / 2 + 0.5; // no sum of words and commas

/** A cue that says where people were taken ("taken to hospital"), not that they were hurt. */
function admissionCue(tokens: readonly QToken[], hit: Extent): boolean {
  return hit.end - hit.start > 1 && ADMISSION_CUE_WORDS.has(tokens[hit.start]?.lower ?? '');
}

/**
 * A cue in a ranking of the event among others ("making it one of the world's deadliest school
 * massacres", "the worst massacre in decades"): it names the kind of event, it counts no one.
 */
function ranksEvent(tokens: readonly QToken[], hit: Extent): boolean {
  for (let k = hit.start - 1; k >= 0 && k >= hit.start - RANKING_REACH; k--) {
    const w = tokens[k] as QToken;
    if (EVENT_RANKING_WORDS.has(w.lower)) return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * A one-word cue that is also a verb, used as one: "The suspect lives about 1½ miles from the
 * school" (no lives lost). As the noun it follows a figure, a determiner or a possessive ("40 lives",
 * "claimed the lives of", "lost their lives"): lang/en/figure-scope.ts NOUN_CUE_LEADS.
 */
function cueAsVerb(tokens: readonly QToken[], hit: Extent): boolean {
  if (hit.end - hit.start !== 1) return false;
  const leads = NOUN_CUE_LEADS.get(tokens[hit.start]?.lower ?? '');
  if (leads === undefined) return false;
  const before = tokens[hit.start - 1];
  return before === undefined || !(before.pos === 'NUM' || DIGIT_START.test(before.text) || leads.has(before.lower));
}
const DIGIT_START = /^\d/u;

/** How many nouns and adjectives may stand between a ranking word and the cue ("deadliest mass school massacres"). */
const RANKING_REACH = 3;

/** A cue used as the noun of the people something is done for ("the search for the missing"): it counts no one. */
function beneficiary(tokens: readonly QToken[], hit: Extent): boolean {
  return tokens[hit.start - 1]?.lower === 'the' && BENEFICIARY_PREPOSITIONS.has(tokens[hit.start - 2]?.lower ?? '');
}

/**
 * A cue used as an adjective of a noun ("an injured worker", "the dead man") counts no one; nor
 * does one whose noun a death verb follows ("as wounded student dies": the student is dead now).
 */
function attributive(tokens: readonly QToken[], hit: { start: number; end: number }): boolean {
  const before = tokens[hit.start - 1]?.lower ?? '';
  // "the injured count rose to 900": the cue names the count, it describes no one
  if (tokens[hit.end]?.pos !== 'NOUN' || TOLL_NOUNS.has(tokens[hit.end]?.lower ?? '')) return false;
  if (['a', 'an', 'the'].includes(before)) return true;
  let k = hit.end;
  while (k < hit.end + 2 && tokens[k + 1]?.pos === 'NOUN') k++;
  const verb = tokens[k + 1]?.lower ?? '';
  return DEATH_VERBS.has(verb) || BARE_DEATH_VERBS.has(verb);
}

/**
 * Distances of a sentence's figures. A part or an older figure that no cue reaches on its
 * own ("Of the 41 dead, 30 were in Alder County and 11 in Brook County"; "rose to 61, up
 * from 45") belongs to the claim of the figure it breaks down or follows.
 */
function sentenceDistances(f: RuleFilter, ns: NumberedSentence): ReadonlyArray<number | null> {
  // they look only inside the sentence, so every copy of it in the set has the same (a rule's filter is made from the rule alone)
  const byRule = (ns.figures.distances ??= []);
  for (let k = 0; k < byRule.length; k += 2) if (byRule[k] === f.rule) return byRule[k + 1] as ReadonlyArray<number | null>;
  const distances = readDistances(f, ns);
  byRule.push(f.rule, distances);
  return distances;
}

/**
 * Distances of a sentence none of whose figures the rule may take (no distance: no value).
 * Read only. Not frozen, as are none of the lists it stands among: a frozen array has a hidden
 * class of its own, which the optimized readers of these lists would meet late and deopt on.
 */
const NO_DISTANCES: ReadonlyArray<number | null> = [];

/** No cue hits, no blockers: shared (read only; not frozen, as NO_DISTANCES). */
const NO_EXTENTS: readonly Extent[] = [];

/** The first reading the rule may take, or -1 when none (most sentences and rules: no list made). */
function firstEligible(f: RuleFilter, ns: NumberedSentence): number {
  const facts = readingFacts(ns);
  const readings = ns.readings;
  for (let n = 0; n < readings.length; n++) if (eligible(f, ns, readings[n] as QuantityReading, facts[n] as FigureFacts)) return n;
  return -1;
}

/** Whether the rule may take reading `n` (its facts are read once per sentence: see `readingFacts`). */
function eligibleAt(f: RuleFilter, ns: NumberedSentence, n: number): boolean {
  return eligible(f, ns, ns.readings[n] as QuantityReading, readingFacts(ns)[n] as FigureFacts);
}

/**
 * The cue hits of a sentence that may govern a figure (not attributive ones), split once per
 * sentence and rule (not per figure): direct cues ("injured"), and admission cues ("taken to
 * hospital"), which govern a figure only when no direct one does.
 */
interface CueHits {
  direct: readonly Extent[];
  weak: readonly Extent[];
}

/** No hits (read only, as NO_EXTENTS). */
const NO_HITS: CueHits = { direct: NO_EXTENTS, weak: NO_EXTENTS };

function governingHits(f: RuleFilter, ns: NumberedSentence): CueHits {
  if (f.cues.length === 0) return NO_HITS;
  let direct: Extent[] | null = null;
  let weak: Extent[] | null = null;
  for (const h of findCues(ns.tokens, f.cues)) {
    if (attributive(ns.tokens, h) || beneficiary(ns.tokens, h) || ranksEvent(ns.tokens, h) || cueAsVerb(ns.tokens, h)) continue;
    if (admissionCue(ns.tokens, h)) (weak ??= []).push(h);
    else (direct ??= []).push(h);
  }
  return direct === null && weak === null ? NO_HITS : { direct: direct ?? NO_EXTENTS, weak: weak ?? NO_EXTENTS };
}

/** The extents of the sentence's counts. */
function countExtents(ns: NumberedSentence): readonly Extent[] {
  const out: Extent[] = [];
  for (let n = 0; n < ns.readings.length; n++) {
    const x = ns.readings[n] as QuantityReading;
    if (x.count) out.push(x.extent);
  }
  return out;
}

function readDistances(f: RuleFilter, ns: NumberedSentence): ReadonlyArray<number | null> {
  const first = firstEligible(f, ns);
  if (first < 0) return NO_DISTANCES; // most sentences, for most rules
  // cue hits only matter to an eligible figure of a rule with cues
  const hits = governingHits(f, ns);
  const blockers = hits !== NO_HITS ? countExtents(ns) : NO_EXTENTS;
  const distances = governedDistances(f, ns, first, hits, blockers);
  let nearest = Infinity;
  for (let n = 0; n < distances.length; n++) {
    const d = distances[n] as number | null;
    if (d !== null && d < nearest) nearest = d;
  }
  if (nearest === Infinity) return distances;
  // parts and older figures no cue reaches take the nearest governed figure's distance + 1 (in place: the list is new)
  for (let n = first; n < distances.length; n++) {
    const kind = (ns.readings[n] as QuantityReading).context.kind;
    if (distances[n] !== null || !eligibleAt(f, ns, n)) continue;
    if (kind === 'part') distances[n] = partDistance(ns, n, distances, nearest);
    // an older figure follows the one it was replaced by ("rose to 900 from 640"), of whichever rule
    else if (kind === 'superseded') distances[n] = n > 0 ? followed(distances[n - 1]) : nearest + 1;
  }
  membersFollowTotals(f, ns, distances);
  return distances;
}

const followed = (d: number | null | undefined): number | null => (d === null || d === undefined ? null : d + 1);

/**
 * The distance of a part no cue reaches: its whole's when the part refers back to the figure
 * right before it ("96 people were injured, 31 of them seriously, and seven were still
 * missing"; "killed 22 people, including five children, and injured dozens"): the share is of
 * that figure, so only a rule that takes it takes the share. A member of a list with an
 * unnumbered member takes none. Else the nearest governed figure's.
 */
function partDistance(ns: NumberedSentence, n: number, distances: ReadonlyArray<number | null>, nearest: number): number | null {
  const r = ns.readings[n] as QuantityReading;
  if (r.context.unnumberedPartner) return null; // only its own cue's
  const whole = referredWhole(ns, n);
  if (whole >= 0) return followed(distances[whole]);
  if (r.context.place !== undefined) {
    // a breakdown by place: a member that continues the one before it takes its rule ("38 had
    // been confirmed dead in Menda and three in Dulan, and 612 others were injured": three dead)
    const prev = ns.readings[n - 1];
    if (prev?.context.place !== undefined && BREAKDOWN_JOINS.has(ns.tokens[r.extent.start - 1]?.lower ?? '')) return followed(distances[n - 1]);
    // a member that says its own outcome is that outcome's rule's, which its cue reaches
    if (statesOutcome(ns, r)) return null;
  }
  return nearest + 1;
}


/** Whether an outcome word ("dead", "injured") follows a figure in its clause, before the next figure. */
function statesOutcome(ns: NumberedSentence, r: QuantityReading): boolean {
  const next = ns.readings.find((x) => x.extent.start >= r.extent.end);
  const end = Math.min(r.clause.end, next?.extent.start ?? ns.tokens.length);
  for (let k = r.extent.end; k < end; k++) if (OUTCOME_CLASSES.has(ns.tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * The figure a share refers back to, or -1: the count of people right before it when the share
 * says "N of them / of whom", or when a part opener ("including", "among them") opens the
 * clause right after that figure's.
 */
function referredWhole(ns: NumberedSentence, n: number): number {
  const t = ns.tokens;
  const r = ns.readings[n] as QuantityReading;
  let w = n - 1;
  while (w >= 0 && !(ns.readings[w] as QuantityReading).count) w--; // a year or a date between is no whole
  const whole = ns.readings[w];
  if (whole === undefined || !countsPeople(whole) || whole.total !== undefined) return -1;
  const of = t[r.expr.end]?.lower === 'of' && BACK_REFERENCES.has(t[r.expr.end + 1]?.lower ?? '');
  if (of) return w;
  let opener = false;
  // the whole's own clause may go on ("18 people were killed, among them four police officers")
  for (let k = Math.max(whole.extent.end, whole.clause.end); k < r.extent.start; k++) {
    const x = t[k] as QToken;
    if (PART_OPENERS.has(x.lower)) opener = true;
    else if (x.type !== 'punctuation' && !(x.lower === 'them' && t[k - 1]?.lower === 'among')) return -1;
  }
  return opener ? w : -1;
}

/**
 * Each eligible reading's distance to the cue that governs it (null: none, or not eligible);
 * `first` is the first eligible one. The list holds nulls from the start (one hidden class,
 * whatever it ends with), of the exact length (see `nullsOf`); no list of flags is made.
 * People in care rank after direct and admission cues (CARE_DISTANCE).
 */
function governedDistances(f: RuleFilter, ns: NumberedSentence, first: number, hits: CueHits, blockers: readonly Extent[]): Array<number | null> {
  const distances = nullsOf(ns.readings.length);
  for (let n = first; n < ns.readings.length; n++) {
    if (n !== first && !eligibleAt(f, ns, n)) continue;
    const r = ns.readings[n] as QuantityReading;
    const d = ruleDistance(f, ns, r, hits, blockers);
    distances[n] = d !== null && r.context.kind === 'care' ? CARE_DISTANCE + d : d;
  }
  return distances;
}

/** Nulls to copy lists from (read only). */
const NULLS: ReadonlyArray<number | null> = Array.from({ length: 32 }, () => null);

/**
 * `n` nulls: a slice of NULLS (a list of the length asked, of the kind a list pushed with nulls
 * has), or pushed past its length (a list grown by `push` has room for 17 at least: most of the
 * distances' allocation).
 */
function nullsOf(n: number): Array<number | null> {
  if (n <= NULLS.length) return NULLS.slice(0, n);
  const out: Array<number | null> = [];
  for (let k = 0; k < n; k++) out.push(null);
  return out;
}

/**
 * The members of a group of people ("two students and two teachers were killed") are parts of
 * the rule that takes the group's total, and of no other (not of the injured figure after it).
 * A rule without a headline figure (every "N people", compared sentence by sentence) keeps the
 * members as written and not their sum: a changed member would otherwise be reported twice.
 */
function membersFollowTotals(f: RuleFilter, ns: NumberedSentence, distances: Array<number | null>): void {
  for (let n = 0; n < distances.length; n++) {
    const total = (ns.readings[n] as QuantityReading).total;
    if (total === undefined) continue;
    const t = ns.readings.indexOf(total);
    const d = distances[t] ?? null;
    if (!f.headline) distances[t] = null;
    else distances[n] = d === null ? null : distances[n] ?? d + 1;
  }
}

/**
 * "Seven of the survivors were injured", "Six people were rescued, five of them with injuries":
 * a share of another group (not of this rule's count) that this rule's cue states is the whole
 * count, not a part. "Eleven of the injured …" and "87 were hurt, 12 of them seriously" stay parts.
 */
function wholeOfAnotherGroup(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  const t = ns.tokens;
  const e = r.expr.end;
  if (r.context.kind !== 'part' || r.context.place !== undefined || t[e]?.lower !== 'of') return false;
  const group = t[e + 1]?.lower ?? '';
  if (group === 'them' || group === 'whom') {
    // the total "them" stands for is this rule's count when its own clause has the cue; and a
    // share of the dead is no whole count of the missing or injured ("Eight miners, two of whom
    // were trapped, died")
    const total = ns.readings.filter((x) => x.extent.end <= r.extent.start).pop();
    if (total === undefined || clauseHasCue(f, ns, total.clause.start, total.clause.end) || totalDied(ns, total, r)) return false;
  } else if (group !== 'the' && group !== 'those' && group !== 'these') return false;
  else if (cueLengthAt(t, e + 2, f.cues) > 0) return false;
  else if (cueOfNumberedWhole(f, ns, r)) return false;
  return clauseHasCue(f, ns, e + 2, r.clause.end);
}

/** Words between a whole's noun and its relative clause's cue ("people who died", "people who were killed"). */
const RELATIVE_CUE_REACH = 3;

/**
 * "three of the 10 people who died", "Two of the 13 wounded": the share of a numbered whole whose
 * noun or own relative clause is the rule's cue: the whole is this rule's count and the share a
 * part of it, not another group's whole.
 */
function cueOfNumberedWhole(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): boolean {
  const whole = ns.readings.find((x) => x.extent.start > r.extent.start);
  if (whole === undefined || whole.extent.start > r.expr.end + 2) return false;
  // "Two of the 13 wounded": the whole's noun is the cue
  if ((whole.unit !== null && cueLengthAt(ns.tokens, whole.unit.index, f.cues) > 0) || cueLengthAt(ns.tokens, whole.extent.end, f.cues) > 0) return true;
  const rel = whole.extent.end;
  if (!RELATIVE_WHO.has(ns.tokens[rel]?.lower ?? '')) return false;
  return clauseHasCue(f, ns, rel + 1, Math.min(ns.tokens.length, rel + 1 + RELATIVE_CUE_REACH));
}
const RELATIVE_WHO: ReadonlySet<string> = new Set(['who', 'that', 'whom']);

/**
 * Whether the people of `total` are dead by its own verb: in its clause ("Eight miners died, two
 * of whom had been trapped") or right after the aside that holds the share `r` ("Eight miners,
 * two of whom were trapped, died").
 */
function totalDied(ns: NumberedSentence, total: QuantityReading, r: QuantityReading): boolean {
  const t = ns.tokens;
  for (let k = total.clause.start; k < total.clause.end; k++) if (FATAL_WORDS.has((t[k] as QToken).lower)) return true;
  const close = appositiveAsideEnd(ns, total);
  if (close < r.extent.end) return false;
  // the verb after the aside, over an adverb and an auxiliary ("…, later died", "…, were killed", "…, were found dead")
  for (let k = close + 1; k < Math.min(t.length, close + 5); k++) {
    const x = t[k] as QToken;
    if (FATAL_WORDS.has(x.lower)) return true;
    if (x.pos !== 'ADV' && x.pos !== 'AUX' && x.lower !== 'found') return false;
  }
  return false;
}

function clauseHasCue(f: RuleFilter, ns: NumberedSentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cueLengthAt(ns.tokens, k, f.cues) > 0) return true;
  return false;
}

function roleOf(f: RuleFilter, ns: NumberedSentence, r: QuantityReading): ValueRole | undefined {
  // a member of a group is a part of its total, which only a rule with a headline takes
  if (r.total !== undefined && !f.headline && r.context.kind === 'part') return r.vague ? 'other' : undefined;
  if (r.context.kind === 'part' && wholeOfAnotherGroup(f, ns, r)) return undefined;
  if (r.context.kind === 'background' || r.context.kind === 'part') return r.context.kind;
  if (r.context.kind === 'increment') return 'part';
  if (r.context.kind === 'superseded' || r.context.kind === 'inclusive' || r.context.kind === 'projection' || r.vague) return 'other';
  if (r.context.kind === 'miscount' || r.context.kind === 'rank' || r.context.kind === 'added' || r.context.kind === 'reference' || r.context.kind === 'combined') return 'other';
  return undefined; // a candidate for the headline, decided across rules (claims.ts)
}

function toValue(doc: Doc, f: RuleFilter, ns: NumberedSentence, r: QuantityReading, distance: number): ClaimValue {
  const rule = f.rule;
  const { expr } = r;
  const span = spanIn(ns, r);
  const place = doc.version.map.place(span.start);
  const value: ClaimValue = {
    rule: rule.id,
    version: doc.version.id,
    kind: 'quantity',
    key: r.high === null ? expr.exact : `${expr.exact}-${expr.highExact ?? String(r.high)}`,
    value: expr.value,
    qualifier: expr.qualifier,
    text: doc.version.text.slice(span.start, span.end),
    sentence: ns.sentence.text,
    span,
    line: place.line,
    column: place.column,
    uncertain: overlapsAny(span, doc.version.uncertain),
  };
  if (r.high !== null) value.high = r.high;
  if (String(expr.value) !== expr.exact) value.exact = expr.exact;
  if (expr.highExact !== null && String(expr.high) !== expr.highExact) value.highExact = expr.highExact;
  if (r.unit !== null) value.unit = UNIT_HEAD.get(r.unit.word) ?? r.unit.word;
  if (r.unit !== null) value.unitText = r.unit.text;
  const role = roleOf(f, ns, r);
  if (role !== undefined) value.role = role;
  if (r.context.place !== undefined) value.place = r.context.place;
  // the last key: claims.ts deletes it once roles are given (a delete of the last key keeps the object fast)
  value.cueDistance = distance;
  return value;
}

/** Filters by rule: made once per rule, not once per version (a rule is never changed). */
const filterOf = new WeakMap<Rule, RuleFilter>();

function ruleFilter(rule: QuantityRule): RuleFilter {
  let filter = filterOf.get(rule);
  if (filter === undefined) {
    const headline = rule.cues.length > 0 && rule.compare !== 'sentence';
    filter = { rule, cues: compileCues(rule.cues, true), units: new Set(rule.units.map(canonicalUnit)), headline };
    filterOf.set(rule, filter);
  }
  return filter;
}

/** Quantity values of one rule in one document. */
export function extractQuantities(doc: Doc, rule: QuantityRule, referenceDate: string | null = null): ClaimValue[] {
  const filter = ruleFilter(rule);
  const out: ClaimValue[] = [];
  const scoped: Array<ScopedFigure | null> = [];
  for (const ns of readQuantities(doc, referenceDate)) {
    const distances = sentenceDistances(filter, ns);
    for (let n = 0; n < ns.readings.length; n++) {
      const distance = distances[n];
      if (distance === null || distance === undefined) continue;
      const r = ns.readings[n] as QuantityReading;
      const value = toValue(doc, filter, ns, r, distance);
      out.push(value);
      scoped.push(value.role === undefined || r.vague ? scopedFigure(r) : null);
      if (r.context.kind === null && r.context.scope !== undefined) VALUE_SCOPES.set(value, r.context.scope);
    }
  }
  // a place's figure beside the version's larger one without a place is that place's share
  if (filter.headline) scopedShares(scoped).forEach((share, k) => share && Object.assign(out[k] as ClaimValue, { role: 'part', place: scoped[k]?.scope }));
  if (filter.headline) partsSaidAgain(out);
  return out;
}

/**
 * A figure the version gave before as one place's part, said again without a place ("killing at
 * least 41 people in Kelmar province and 23 in neighbouring Tosvik" ... "officials there said the
 * toll of 23 covered only villages reachable by road"): that part again, not the version's total.
 * Only an exact figure equal to an earlier part of another sentence, itself given for no other place.
 */
function partsSaidAgain(out: ClaimValue[]): void {
  let parts: ClaimValue[] | null = null;
  for (const x of out) {
    if (x.role === 'part' && x.place !== undefined && x.high === undefined) (parts ??= []).push(x);
  }
  if (parts === null) return;
  for (const x of out) {
    if (x.role !== undefined || x.high !== undefined) continue;
    const scope = VALUE_SCOPES.get(x);
    const part = parts.find((p) => p.key === x.key && p.span.end <= x.span.start && p.sentence !== x.sentence && (scope === undefined || samePlace(p.place, scope)));
    if (part === undefined) continue;
    x.role = 'part';
    x.place = part.place as string;
  }
}

/** Whether two place phrases name one place ("neighbouring Tosvik", "Tosvik"). */
const samePlace = (a: string | undefined, b: string): boolean => {
  const [x, y] = [(a ?? '').toLowerCase(), b.toLowerCase()];
  return x !== '' && (x.includes(y) || y.includes(x));
};

/** The place a value of no other kind is given for ("killed in Tolvar district"), kept off the value (claims.ts reads it). */
const VALUE_SCOPES = new SetCache<ClaimValue, string>();

/** The place a candidate figure is given for, if any ("19 people have been killed in Tolvar district"). */
export function valueScope(x: ClaimValue): string | undefined {
  return VALUE_SCOPES.get(x);
}

const scopedFigure = (r: QuantityReading): ScopedFigure | null =>
  r.context.kind !== null ? null : { value: Number(r.expr.value), high: r.high, vague: r.vague, scope: r.context.scope };

export const quantityExtractor: Extractor<'quantity'> = {
  kind: 'quantity',
  extract(doc, rule, ctx) {
    return extractQuantities(doc, rule, ctx.referenceDate);
  },
};
