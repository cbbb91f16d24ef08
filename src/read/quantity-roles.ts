/**
 * What a figure is to the story, read from its clause (rule-independent):
 * - `background`: a figure about another, earlier event. Its clause (or the clause it
 *   hangs on: "since 2009, when some 4,000 people died") names another year, or says
 *   "ago", "anniversary", "last year", "previous"; or the sentence opens with such a
 *   clause ("In 2015, a quake killed 9,000").
 * - `part`: a share of a total: "including 6 children", "among them", "12 of the dead",
 *   the figures after "Of the 41 dead," and figures given with a place when another
 *   figure of the sentence also has one ("17 in Kelmar and six in Dorsk"), and people still
 *   in care ("six remained hospitalized").
 *   An increment ("4 more bodies", "12 new deaths") is a part of the total the story gives.
 * - `superseded`: an older figure given for comparison ("up from 45", "an earlier toll of 12").
 * - `inclusive`: a toll that counts the attacker ("six, including the gunman"), not the victims'.
 * - `projection`: a guess or a forecast ("the toll could exceed 1,000", "300 may have died").
 * - `increment`: the day's figure before ", bringing the toll to N" (a part of N that only a
 *   cue of its own makes the rule's: "18 bodies", not "the two survivors").
 * - `added`: an increment ("Divers found 5 more bodies on Tuesday", "Two more patients died") whose
 *   sentence gives neither the total it adds to (", bringing the toll to N": a part of N) nor a
 *   place ("200 more in the provincial capital": that place's share): a share of no total the
 *   copy states beside it, so never the headline and no part (role other).
 * - `miscount`: the people a revision says were counted wrongly ("two students had been counted
 *   twice"): neither the revised count nor the old one, and only its own cue's.
 * - `rank`: an ordinal count that names one in an order ("the second victim was found in a car") or
 *   one of a series over a period ("a third death on the mountain this season"): never the toll.
 * - `care`: people being treated now ("61 people were being treated in hospitals"): wire copy
 *   often gives its injured count so, so it is the count when the version gives no other one, and
 *   a share of the one it gives otherwise (src/extract/quantity.ts `CARE_DISTANCE`).
 */
import { isYearNumber, type QuantityExpr } from './numbers.js';
import {
  ALONG_WITH,
  AMONG_ADVERBS,
  BACKGROUND_PHRASES,
  BACKGROUND_WORDS,
  BE_WORDS,
  HOSPITAL_NOUNS,
  SHARE_FILLER,
  SHARE_ORIGIN_PREPOSITIONS,
  CARE_WORDS,
  COMPARISON_DETERMINERS,
  COMPARISON_SINCE,
  COMPARISON_SUPERLATIVES,
  MAX_COMPARISON_SPAN,
  SINCE_YEAR_FILLERS,
  EARLIER_STATEMENT_VERBS,
  INCLUSION_WORDS,
  INJURY_NOUNS,
  LEVEL_COUNT_VERBS,
  LEVEL_VERBS,
  INCREMENT_WORDS,
  FATAL_WORDS,
  DEATH_VERBS,
  PERPETRATOR_WORDS,
  PART_OF_WORDS,
  OUTCOME_NOUNS,
  ORDINAL_SERIES_PERIODS,
  PART_OPENERS,
  PATIENT_NOUNS,
  PLACE_REPORT_FILLERS,
  PLACE_REPORT_VERBS,
  SITE_NOUNS,
  PERIOD_WORDS,
  PLACE_NOUNS,
  PROJECTION_ADJECTIVES,
  PROJECTION_MODALS,
  RELATIVE_OPENERS,
  REVISION_VERBS,
  STATE_FILLER,
  STILL_WORDS,
  TREATED_WORDS,
  SEVERITY_ADVERBS,
  HARM_PARTICIPLES,
  SEVERE_SHARE_FILLER,
  SUPERSEDED_WORDS,
  SOURCE_FIGURE_VERBS,
  COUNT_STAND_INS,
  SOURCE_CONTRASTS,
  STATEMENT_ENDS,
  TOLL_NOUNS,
  TOTAL_BRINGING_VERBS,
  WHOLE_SCOPE_WORDS,
  OFFSET_LINKS,
  OFFSET_UNITS,
  OTHER_EVENT_LEADS,
} from '../lang/en/quantities.js';
import { REVISION_REASON_PHRASES } from '../lang/en/revisions.js';
import {
  ACCOUNT_VERBS, ELIDED_PART_ENDS, ELLIPSIS_LEADS, SINCE_FILLERS, ELIDED_PART_GAP, ELIDED_PART_PLACE_WORDS, NEIGHBOUR_WORDS, APPOSITIVE_ASIDE_VERBS, DATING_ASIDE_DETERMINERS, DATING_ASIDE_LEADS, MAX_APPOSITIVE_ASIDE, MISCOUNT_LEADS, OUTCOME_CLASSES, PLACE_SPLIT_LEADS,
  PLACE_SUBJECT_LEADS, RANKING_VERBS, SHARE_GROUP_DETERMINERS, SHARE_OF_WORDS, WORST_HIT_ADVERBS, WORST_HIT_VERBS,
} from '../lang/en/figure-scope.js';
import { MONTHS } from '../lang/en/calendar.js';
import { EN } from '../lang/en/index.js';
import { BUILDING_NOUNS, NATIONALS, NATIONALS_PREDICATE } from '../lang/en/places.js';
import type { Token } from '../types.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const YEAR_OR_DECADE = /^\d{4}s?$/;
const ING_END = /ing$/i;
const CAPITAL_FIRST = /^[A-Z]/;
const APOSTROPHE_S = /^['’]s$/u;
const LETTER_FIRST = /^\p{L}/u;
const NEIGHBOURING = /^(?:the )?neighbou?ring /;
const DIGIT_FIRST = /^\d/;

export interface FigureContext {
  kind: 'background' | 'part' | 'superseded' | 'inclusive' | 'projection' | 'increment' | 'added' | 'care' | 'miscount' | 'rank' | 'reference' | 'combined' | null;
  /** For a part: where ("Kelmar", "the capital"). */
  place?: string;
  /**
   * For a figure of no other kind given for one place ("more than 200 injured in Paktika", "In
   * Khost, 25 people were killed"): the place. Whether it is that place's share of a larger figure
   * the version gives without a place is decided across the version (`scopedShares`).
   */
  scope?: string;
  /**
   * For a part: a figure of people joined by "and" to a member with no figure ("two policemen
   * and a civilian"): a share of a total no figure gives, only its own cue's (no other figure's
   * cue reaches it through the sentence: extract/quantity.ts).
   */
  unnumberedPartner?: true;
}

interface Range {
  start: number;
  end: number;
}

const BOUNDARIES = new Set([',', ';', ':', '—', '(', ')', '"', '“', '”']);

function isBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return true;
  if (BOUNDARIES.has(t.text)) return true;
  // a dash with spaces around it ("Reuters) - A strong ..."), not a hyphen or a range
  const prev = tokens[k - 1];
  return (t.text === '-' || t.text === '–') && prev !== undefined && prev.end < t.start;
}

/** The clause around token `i`: between punctuation boundaries. */
export function clauseAt(tokens: readonly Token[], i: number): Range {
  let start = i;
  while (start > 0 && !isBoundary(tokens, start - 1)) start--;
  let end = i + 1;
  while (end < tokens.length && !isBoundary(tokens, end)) end++;
  return { start, end };
}

/** Units of time before "ago" that keep a figure the story's own ("a week ago", "two days ago"). */
const RECENT_UNITS: ReadonlySet<string> = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'night', 'nights']);

/** First words of the background phrases: most tokens start none. */
const BACKGROUND_FIRST: ReadonlySet<string> = new Set(BACKGROUND_PHRASES.map(([a]) => a));

/**
 * `compare`: a year that closes a superlative comparison ("the worst attack since 2015") is the
 * yardstick, not a date of the clause (false where the clause is the antecedent of a relative one
 * about that year: "the deadliest attack since 2015, when 80 people were killed").
 */
function hasBackgroundCue(tokens: readonly Token[], r: Range, year: number | null, skip: Range, compare = true): boolean {
  for (let k = r.start; k < r.end; k++) {
    if (k >= skip.start && k < skip.end) continue;
    const t = tokens[k] as Token;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && YEAR_OR_DECADE.test(t.text)) {
      const y = Number(t.text.slice(0, 4));
      if (isYearNumber(y) && y !== year && !(compare && comparedSince(tokens, k, r)) && !namesLaterEvent(tokens, k, skip)) return true;
    }
    // "the previous toll of 120" is this event's older figure (superseded), not another event's
    // "opened fire in a cafeteria a week ago": days or weeks ago is the story's own event, years ago another
    if (t.lower === 'ago' && RECENT_UNITS.has(tokens[k - 1]?.lower ?? '')) continue;
    // "killing 140 people … on the anniversary of a 1991 quake": the figure's event fell on the day, the past is the other event's
    if (t.lower === ANNIVERSARY && k >= skip.end && tokens[k + 1]?.lower === 'of') continue;
    if (BACKGROUND_WORDS.has(t.lower) && !TOLL_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
    const next = tokens[k + 1];
    if (next && k + 1 < r.end && BACKGROUND_FIRST.has(t.lower) && BACKGROUND_PHRASES.some(([a, b]) => t.lower === a && next.lower === b)) return true;
  }
  return false;
}

/**
 * "killing at least 140 people … on the anniversary of a 1991 quake that killed thousands": a year
 * after the figure that labels a noun after "of" ("of a 1991 quake", "of the 1985 earthquake")
 * names another event the clause mentions, not the figure's time. "were killed in the 1998
 * cyclone" names the figure's own event; before the figure ("The 1991 quake killed 9,500") the
 * year is the subject's: both date the figure.
 */
const ANNIVERSARY = 'anniversary';

function namesLaterEvent(tokens: readonly Token[], k: number, figure: Range): boolean {
  if (k < figure.end) return false;
  const before = tokens[k - 1]?.lower ?? '';
  return (before === 'a' || before === 'an' || before === 'the') && tokens[k - 2]?.lower === 'of' && tokens[k + 1]?.pos === 'NOUN';
}

/**
 * "the worst attack since 2015", "the deadliest flooding in the region since March 1998", "the
 * first clash since the 1990s": the year at `k` closes a comparison of this event with the past
 * (a superlative or ordinal after a determiner, then "since", within `r`), so it does not date the
 * figure. A number between them ("the worst-hit district, 45 dead since 2019") makes "since" the
 * count's own span, not the comparison's.
 */
function comparedSince(tokens: readonly Token[], k: number, r: Range): boolean {
  let s = k - 1;
  while (s > r.start && s >= k - 3 && (SINCE_YEAR_FILLERS.has(tokens[s]?.lower ?? '') || MONTHS.has(tokens[s]?.lower ?? ''))) s--;
  if (tokens[s]?.lower !== COMPARISON_SINCE) return false;
  for (let j = s - 1; j >= r.start && j >= s - MAX_COMPARISON_SPAN; j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'NUM' || DIGIT_FIRST.test(t.text)) return false;
    const word = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    if (COMPARISON_SUPERLATIVES.has(word) && isComparisonLead(tokens, j)) return true;
  }
  return false;
}

/** A determiner (or an ordinal after a hyphen: "the second-deadliest") right before the superlative at `j`. */
function isComparisonLead(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]?.lower ?? '';
  if (before === '-') return COMPARISON_DETERMINERS.has(tokens[j - 2]?.lower ?? '');
  return COMPARISON_DETERMINERS.has(before) || tokens[j]?.lower.includes('-') === true;
}

const isParticiple = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && ING_END.test(t.text);

function isBackground(tokens: readonly Token[], expr: QuantityExpr, year: number | null, figureClause: Range, verbClause: Range | null): boolean {
  const own = { start: expr.start, end: expr.end };
  if (afterAnotherEvent(tokens, figureClause, own)) return true;
  // the clause of the verb a subject set off by an aside leads to dates it as its own would
  if (verbClause !== null && hasBackgroundCue(tokens, verbClause, year, own)) return true;
  let clause = figureClause;
  // a participle clause that goes on from a relative one ("..., when a plane crashed in 2016,
  // killing 71 people") is about the same earlier event
  if (clause.start > 1 && isParticiple(tokens[clause.start])) {
    const before = clauseAt(tokens, clause.start - 2);
    if (RELATIVE_OPENERS.has(tokens[before.start]?.lower ?? '')) clause = { start: before.start, end: clause.end };
    // "... struck Kira district in 2015, killing 43 people": the participle is the dated clause's
    // ("the deadliest since 2015, killing 43" compares, and dates nothing)
    else if (tokens[clause.start - 1]?.text === ',' && hasBackgroundCue(tokens, before, year, own)) {
      // "… on Saturday, near where a devastating quake struck five years ago, killing at least 70":
      // a clause of place is an aside, and the participle is the main clause's
      if (!placeAside(tokens, before)) return true;
      const main = before.start > 1 && tokens[before.start - 1]?.text === ',' ? clauseAt(tokens, before.start - 2) : null;
      if (main === null || hasBackgroundCue(tokens, main, year, own)) return true;
    }
  }
  // a clause that hangs on the one before it ("..., when some 4,000 people died")
  while (clause.start > 1 && RELATIVE_OPENERS.has(tokens[clause.start]?.lower ?? '')) {
    clause = { start: clauseAt(tokens, clause.start - 2).start, end: clause.end };
    // over a short aside without a verb between the dated clause and the relative one ("in 2009,
    // for independence leader Karel Voss, when about 200,000 people lined the streets")
    if (clause.start > 1 && tokens[clause.start - 1]?.text === ',' && shortVerblessAside(tokens, clause.start, figureClause.start - 1)) {
      clause = { start: clauseAt(tokens, clause.start - 2).start, end: clause.end };
    }
  }
  // "the worst at a school since 15 people were killed at Columbine": the event compared with;
  // "the deadliest since February, when 17 people were killed": the one "since" names
  if (sinceEvent(tokens, figureClause, own)) return true;
  // a comparison closes only in the figure's own clause: a year in the clause a relative one hangs
  // on ("the deadliest attack since 2015, when 80 died") is the relative clause's date
  const antecedent = { start: clause.start, end: figureClause.start };
  if (antecedent.end > antecedent.start && hasBackgroundCue(tokens, antecedent, year, own, false)) return true;
  if (hasBackgroundCue(tokens, figureClause, year, own) || datingAside(tokens, clause, year, own)) return true;
  // an opening clause that sets the scene for the sentence ("In 2015, ...", "Two years ago, ...")
  const opening = clauseAt(tokens, 0);
  return opening.end < clause.start && opening.end - opening.start <= 5 && hasBackgroundCue(tokens, opening, year, own);
}

/** Words at most before "where" that opens a clause of place ("not far from where"). */
const PLACE_ASIDE_LEAD = 3;

/** A clause of place set off as an aside: "near where …", "not far from where …", "where …". */
function placeAside(tokens: readonly Token[], clause: Range): boolean {
  for (let k = clause.start; k < clause.end && k <= clause.start + PLACE_ASIDE_LEAD; k++) {
    if (tokens[k]?.lower === 'where') return true;
  }
  return false;
}

/**
 * "since 15 people were killed at Columbine", "since February, when 17 people were killed": the
 * figure's clause opens with "since" (over a subject before the figure), or is a relative clause
 * ("when …") on a clause whose last words are "since" and a date: a past event the story is
 * compared with.
 */
function sinceEvent(tokens: readonly Token[], clause: Range, own: Range): boolean {
  for (let k = own.start - 1; k >= clause.start && k >= own.start - SINCE_REACH; k--) {
    const w = tokens[k]?.lower;
    if (w === 'since') return true;
    if (!SINCE_FILLERS.has(w ?? '')) break;
  }
  if (!RELATIVE_OPENERS.has(tokens[clause.start]?.lower ?? '') || tokens[clause.start - 1]?.text !== ',') return false;
  // "since February," / "since last year," / "since 2012," right before the relative clause
  for (let k = clause.start - 2; k >= 0 && k >= clause.start - 2 - SINCE_REACH; k--) {
    if (tokens[k]?.lower === 'since') return true;
    if (isBoundary(tokens, k)) return false;
  }
  return false;
}
/** Words between "since" and what it names. */
const SINCE_REACH = 4;

/** "days after a magnitude 8.1 quake killed at least 90 people": an offset in time to another event before the figure in its clause. */
function afterAnotherEvent(tokens: readonly Token[], clause: Range, own: Range): boolean {
  for (let k = clause.start; k + 2 < own.start; k++) {
    if (OFFSET_UNITS.has(tokens[k]?.lower ?? '') && OFFSET_LINKS.has(tokens[k + 1]?.lower ?? '') && OTHER_EVENT_LEADS.has(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** Words of tokens [from, to) are at most MAX_APPOSITIVE_ASIDE, none a verb: an aside ("for leader Karel Voss"). */
function shortVerblessAside(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_APPOSITIVE_ASIDE || to <= from) return false;
  for (let k = from; k < to; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return false;
  return true;
}

/**
 * The clause of the verb an appositive aside leads to, for the count of people it is set off
 * after ("About 250 people, 80 of them children, were killed in the 2004 tsunami") and for a
 * figure in the aside: the count and its aside are that verb's subject, so what dates that
 * clause dates them (null: no such aside; the same aside as src/extract/quantity.ts reads).
 */
function verbClauseAfterAside(tokens: readonly Token[], extents: readonly Range[], n: number, clause: Range): Range | null {
  const ext = extents[n] as Range;
  const heads = ext.end === clause.end; // the figure is the count the aside follows
  // most figures: no mark of an aside next to their clause (no clause read)
  if (!ASIDE_MARKS.has(tokens[heads ? clause.end : clause.start - 1]?.text ?? '')) return null;
  const aside = heads ? clauseAt(tokens, clause.end + 1) : clause;
  const open = aside.start - 1;
  const mark = tokens[open]?.text ?? '';
  if (!ASIDE_MARKS.has(mark) || tokens[aside.end]?.text !== mark || aside.end - aside.start > MAX_APPOSITIVE_ASIDE) return null;
  // a figure in the aside: a count with its noun right before the opening mark
  if (!heads && (tokens[open - 1]?.pos !== 'NOUN' || !extents.some((e) => e.end === open))) return null;
  for (let k = aside.start; k < aside.end; k++) {
    const x = tokens[k] as Token;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !APPOSITIVE_ASIDE_VERBS.has(x.lower))) return null;
  }
  let verb = aside.end + 1;
  if (tokens[verb]?.pos === 'ADV') verb++;
  const v = tokens[verb];
  if (v === undefined || (v.pos !== 'VERB' && v.pos !== 'AUX' && !(v.pos === 'ADJ' && PAST_PARTICIPLE.test(v.lower)))) return null;
  return clauseAt(tokens, verb);
}

/** Marks that open and close an appositive aside ("Four people, …, died", "Four people — … — died"). */
const ASIDE_MARKS: ReadonlySet<string> = new Set([',', '—', '–', '-']);
const PAST_PARTICIPLE = /ed$/;

/**
 * "The last deadly quake in the valley, in 1997, killed 47 people", "The worst quake in the
 * region, a 1987 tremor, killed 1,200": a short aside set off by commas between the subject and
 * the verb that opens the figure's clause dates that clause as a year inside it would. An aside
 * with a verb of its own ("the government, which took power in 2021, said") dates only itself.
 */
function datingAside(tokens: readonly Token[], clause: Range, year: number | null, own: Range): boolean {
  let v = clause.start;
  if (tokens[v]?.pos === 'ADV') v++;
  if (tokens[clause.start - 1]?.text !== ',' || (tokens[v]?.pos !== 'VERB' && tokens[v]?.pos !== 'AUX')) return false;
  const aside = clauseAt(tokens, clause.start - 2);
  if (aside.start < 2 || tokens[aside.start - 1]?.text !== ',' || aside.end - aside.start > MAX_DATING_ASIDE) return false;
  for (let k = aside.start; k < aside.end; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return false;
  const lead = tokens[aside.start]?.lower ?? '';
  const dated = DATING_ASIDE_LEADS.has(lead) || tokens[aside.end - 1]?.lower === 'ago'
    || (DATING_ASIDE_DETERMINERS.has(lead) && YEAR_OR_DECADE.test(tokens[aside.start + 1]?.text ?? ''));
  return dated && hasBackgroundCue(tokens, aside, year, own);
}

/** Words of a dating aside at most ("in 1997", "a 1987 tremor", "in March 2009", "two decades ago"). */
const MAX_DATING_ASIDE = 4;

function isSuperseded(tokens: readonly Token[], expr: QuantityExpr, clause: Range, extents: readonly Range[]): boolean {
  const a = tokens[expr.start - 2]?.lower;
  const b = tokens[expr.start - 1]?.lower;
  if (b === 'from' && (a === 'up' || a === 'down')) return true;
  // "revised the number of victims to 14, from 13"
  if (b === 'from' && tokens.slice(Math.max(0, expr.start - 10), expr.start).some((t) => REVISION_VERBS.has(t.lower))) return true;
  // "an earlier toll of 12", "officials had earlier put the toll at 12"
  for (let k = Math.max(clause.start, expr.start - 6); k < expr.start; k++) {
    if (SUPERSEDED_WORDS.has(tokens[k]?.lower ?? '')) return true;
  }
  return earlierStatement(tokens, expr, clause) || asideBeforeLevel(tokens, clause, extents) || otherSourcesFigure(tokens, expr, extents);
}

/**
 * "… climbed to 142, the agency said, while the health ministry put the figure at 149": another
 * source's figure after a contrast word that follows a figure of the sentence. Read as an older
 * figure is (role `other`, taken by the rule of the figure before it): told, not the version's own.
 */
function otherSourcesFigure(tokens: readonly Token[], expr: QuantityExpr, extents: readonly Range[]): boolean {
  if (tokens[expr.start - 1]?.lower !== 'at') return false;
  let k = expr.start - 2;
  if (!COUNT_STAND_INS.has(tokens[k]?.lower ?? '')) return false;
  while (k > 0 && (tokens[k - 1]?.pos === 'DET' || tokens[k - 1]?.pos === 'PRON' || tokens[k - 1]?.lower === 'death')) k--;
  if (!SOURCE_FIGURE_VERBS.has(tokens[k - 1]?.lower ?? '')) return false;
  let before = -1;
  for (const e of extents) if (e.end <= k && e.end > before) before = e.end;
  if (before < 0) return false;
  for (let j = before; j < k; j++) if (SOURCE_CONTRASTS.has(tokens[j]?.lower ?? '')) return true;
  return false;
}

/**
 * "The death toll, which stood at 120 on Tuesday, rose to 150", "The number of dead, 120 on
 * Tuesday, reached 150": a figure in an aside between the count and the verb that gives its new
 * level (a figure right after it) is the older one.
 */
function asideBeforeLevel(tokens: readonly Token[], clause: Range, extents: readonly Range[]): boolean {
  if (tokens[clause.start - 1]?.text !== ',' || tokens[clause.end]?.text !== ',') return false;
  let k = clause.end + 1;
  let verb = false;
  for (; k < clause.end + 5 && LEVEL_VERBS.has(tokens[k]?.lower ?? ''); k++) verb ||= LEVEL_COUNT_VERBS.has(tokens[k]?.lower ?? '');
  return verb && k > clause.end + 1 && extents.some((e) => e.start === k);
}

/**
 * "the state had said the quake killed at least 500 people and injured 2,000": "had" and a verb
 * of telling before the figure in its clause, the figure an earlier statement the story has
 * moved on from.
 */
function earlierStatement(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  for (let k = Math.max(clause.start, expr.start - 12); k < expr.start - 1; k++) {
    if (tokens[k]?.lower === 'had' && EARLIER_STATEMENT_VERBS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return reportedEarlier(tokens, expr);
}

/** How far before its figure "earlier said" may stand, past the clause of the statement ("… has earlier said at a news conference that more than 15 …"). */
const EARLIER_REACH = 20;

/** "The president has earlier said at a press conference that more than 15 people were dead": told as said earlier. */
function reportedEarlier(tokens: readonly Token[], expr: QuantityExpr): boolean {
  for (let k = expr.start - 2; k >= 0 && k >= expr.start - EARLIER_REACH; k--) {
    const w = tokens[k]?.lower ?? '';
    if (STATEMENT_ENDS.has(w)) return false;
    if (w === 'earlier' && EARLIER_STATEMENT_VERBS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "… saying two injured students had been counted twice": the figure is the error a revision
 * explains, neither the revised count nor the old one (never the headline). The phrase must be
 * the figure's own predicate, not anywhere in its clause.
 */
function countedInError(tokens: readonly Token[], own: Range | undefined): boolean {
  if (own === undefined) return false;
  let k = own.end;
  while (k < own.end + 4 && MISCOUNT_LEADS.has(tokens[k]?.lower ?? '')) k++;
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.text === '-' ? tokens[k + 2]?.lower : tokens[k + 1]?.lower; // "double-counted"
  return a !== undefined && REVISION_REASON_PHRASES.some(([x, y]) => x === a && y === b);
}

/** Words between a figure and its place phrase ("17 [people were] in Kelmar", "one [each] in Toho"). */
const PLACE_FILLER = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'died', 'killed', 'dead', 'people', 'injured', 'hurt', 'of', 'them',
  'reported', 'confirmed', 'recorded', 'registered', 'counted', 'each', 'missing', 'unaccounted', 'for',
]);

// Words of a lasting state (STILL_WORDS) are filler only before "missing" or "unaccounted" ("20
// [remain unaccounted for] in Asakura"): "seven were still in hospital" names no place of the event.

function isPlaceFiller(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (PLACE_FILLER.has(w)) return true;
  if (!STILL_WORDS.has(w)) return false;
  const next = tokens[k + 1]?.lower ?? '';
  return next === 'missing' || next === 'unaccounted' || (STILL_WORDS.has(next) && isPlaceFiller(tokens, k + 1));
}

/** Prepositions of a place phrase after a figure: "17 in Kelmar", "nine from Sarkuh" (where the dead came from). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'from']);

/** The place phrase after a figure ("in Kelmar", "from Sarkuh", "in the village of Dorsk", "elsewhere"), or null. */
export function placeAfter(tokens: readonly Token[], from: number): string | null {
  let k = from;
  while (k < from + 4 && isPlaceFiller(tokens, k)) k++;
  const prep = tokens[k];
  if (prep?.lower === 'elsewhere') return 'elsewhere';
  if (prep === undefined || !PLACE_PREPOSITIONS.has(prep.lower)) return null;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  while (tokens[j]?.pos === 'ADJ' && !CAPITAL_FIRST.test(tokens[j]?.text ?? '')) j++;
  const head = tokens[j];
  if (head === undefined) return null;
  let end: number;
  if (CAPITAL_FIRST.test(head.text) && head.pos === 'PROPN') {
    end = j;
    for (;;) {
      if (tokens[end + 1] !== undefined && CAPITAL_FIRST.test(tokens[end + 1]?.text ?? '') && tokens[end + 1]?.pos === 'PROPN') end++;
      else if (hyphenJoined(tokens, end + 1)) end += 2; // "Al-Haouz", "Port-au-Prince"
      else break;
    }
    if (PLACE_NOUNS.has(tokens[end + 1]?.lower ?? '')) end++; // Sichuan province
    // "killed in Velikh temple crush", "dead in Tarsk collapse": the name modifies the event's noun, it is where the event was
    else if (eventNounAfter(tokens[end + 1])) return null;
  } else if (PLACE_NOUNS.has(head.lower)) {
    end = j;
    if (tokens[end + 1]?.lower === 'of' && CAPITAL_FIRST.test(tokens[end + 2]?.text ?? '')) end += 2;
  } else {
    return null;
  }
  // words as written: no space inside "Al-Haouz"
  let text = '';
  for (let m = k + 1; m <= end; m++) {
    const t = tokens[m] as Token;
    text += m > k + 1 && (tokens[m - 1] as Token).end < t.start ? ` ${t.text}` : t.text;
  }
  return text;
}

/** A common noun in lower case right after a place's name ("Velikh temple crush", "Tarsk collapse"), not a place noun. */
function eventNounAfter(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && !CAPITAL_FIRST.test(t.text) && !PLACE_NOUNS.has(t.lower) && !SITE_NOUNS.has(t.lower);
}

/** A hyphen at `k` written without spaces between two words: "Al-Haouz", "Port-au-Prince". */
function hyphenJoined(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return dash?.text === '-' && prev !== undefined && next !== undefined && prev.end === dash.start && dash.end === next.start && LETTER_FIRST.test(next.text);
}

function partOpener(tokens: readonly Token[], expr: QuantityExpr, clause: Range, own: Range): boolean {
  for (let k = clause.start; k < expr.start; k++) {
    if (!PART_OPENERS.has(tokens[k]?.lower ?? '')) continue;
    // "Four rescuers were among the 61 killed", "Among the 56 dead were 12 children": the figure
    // right after "among the" names the whole the share is taken from
    // (headline style: "Nine from Sarn among 29 killed in temple crush")
    if (tokens[k]?.lower === 'among' && (k + 1 === expr.start || (tokens[k + 1]?.lower === 'the' && k + 2 === expr.start))) continue;
    return true;
  }
  const after = tokens[expr.end];
  return (after?.lower === 'of' && PART_OF_WORDS.has(tokens[expr.end + 1]?.lower ?? '')) || shareApposition(tokens, own, clause);
}

/** Most words of a share's people and where they are from, between its figure and "among" ("Estlanders", "residents of Sarn district"). */
const AMONG_SUBJECT_WORDS = 6;

/**
 * A share said to be among a group: "Three children were among the dead", "Ten Estlanders are now
 * among the dead", "Nine residents of Sarn district were among the 29", "Nine from Sarn among 29
 * killed" (a headline, no verb). Between the figure and "among": capitalised words (a demonym the
 * tagger leaves as no unit), where the people are from ("of/from <place>"), a verb of being and
 * adverbs. Undefined: no such share; else the place they are from, or null.
 */
function amongShare(tokens: readonly Token[], own: Range): string | null | undefined {
  let k = own.end;
  let place: string | null = null;
  while (k < own.end + 2 && CAPITAL_FIRST.test(tokens[k]?.text ?? '') && tokens[k]?.pos === 'PROPN') k++;
  if (SHARE_ORIGIN_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    let end = k + 1;
    if (tokens[end]?.lower === 'neighbouring' || tokens[end]?.lower === 'neighboring' || tokens[end]?.lower === 'the') end++;
    const first = end;
    while (end < first + AMONG_SUBJECT_WORDS && CAPITAL_FIRST.test(tokens[end]?.text ?? '') && tokens[end]?.pos === 'PROPN') end++;
    if (end === first) return undefined;
    if (PLACE_NOUNS.has(tokens[end]?.lower ?? '')) end++; // "Sarn district"
    place = tokens.slice(first, end).map((t) => t.text).join(' ');
    k = end;
  }
  const verb = BE_WORDS.has(tokens[k]?.lower ?? ''); // "Three children were among the dead": a share of them
  if (verb) k++;
  for (const stop = k + 3; verb && k < stop && AMONG_ADVERBS.has(tokens[k]?.lower ?? ''); ) k++;
  if (tokens[k]?.lower !== 'among') return undefined;
  // a headline with no verb: only after where the people are from ("Nine from Sarn among 29 killed")
  return verb || place !== null ? place : undefined;
}

/**
 * "All eight crew members were among the dead, along with 89 passengers", "Ten Estlanders are
 * among the dead, along with 58 Ardenians, 23 Morvanians and seven people from other countries":
 * figures after "along with" that goes on a clause of "among" are shares too. Only figures, nouns,
 * commas and "and" between "along with" and the figure.
 */
function alongWithAmong(tokens: readonly Token[], expr: QuantityExpr): boolean {
  for (let k = expr.start - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.lower === ALONG_WITH[1] && tokens[k - 1]?.lower === ALONG_WITH[0]) {
      for (let j = k - 2; j >= 0; j--) if (tokens[j]?.lower === 'among') return true;
      return false;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.type === 'punctuation' && t.text !== ',')) return false;
  }
  return false;
}

/** Marks that set off an apposition: "Most of the dead, 45, were …", "Most of the dead (45) were …". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set([',', '(', '—']);

/**
 * "Most of the dead, 45, were in Kalvari province", "Nearly half of the victims, 19, were
 * children": a figure set off right after a share of a group ("most / half / some of the …")
 * counts that share, not the group.
 */
function shareApposition(tokens: readonly Token[], own: Range, clause: Range): boolean {
  if (own.start !== clause.start || !APPOSITION_OPENERS.has(tokens[own.start - 1]?.text ?? '')) return false;
  const before = clauseAt(tokens, own.start - 2);
  for (let k = before.start; k + 2 < before.end; k++) {
    if (SHARE_OF_WORDS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of' && SHARE_GROUP_DETERMINERS.has(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Of the 41 dead, 30 were in Alder County ...": figures after the opening total are parts; so
 * are those after an opening that names the total without a figure ("Of the total, more than
 * 630 were in the valley", "Of those killed, 12 were children").
 */
function afterOpeningTotal(tokens: readonly Token[], extents: readonly Range[], n: number): boolean {
  // "Of the 41 dead, …", "Among the reported deaths, 504 were in …"
  if ((tokens[0]?.lower !== 'of' && tokens[0]?.lower !== 'among') || !OPENING_TOTAL_DETERMINERS.has(tokens[1]?.lower ?? '')) return false;
  const own = extents[n];
  if (own === undefined) return false;
  if (extents[0]?.start === 2) return n > 0 && clauseAt(tokens, 2).end <= own.start; // "Of the 41 dead, ..."
  // no figure in the opening: it names the whole ("Of the total,", "Of those killed,")
  const opening = clauseAt(tokens, 1);
  if (tokens[opening.end]?.text !== ',' || opening.end - opening.start > 4 || opening.end > own.start) return false;
  return !extents.some((e) => e.start < opening.end);
}

const OPENING_TOTAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these']);

/** The place phrase after a figure ends in "alone": the figure is one place's share. */
function alone(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'alone') return true;
    if (isBoundary(tokens, k)) return false;
  }
  return false;
}

/** A figure that continues a list without a verb of its own ("..., and six in Dorsk"). */
function elliptic(tokens: readonly Token[], extent: Range): boolean {
  const before = tokens[extent.start - 1]?.lower ?? '';
  return ELLIPSIS_LEADS.has(before);
}

/** "The death toll in Halvan province alone rose to 5,500": a place before the figure, with "alone". */
function aloneBefore(tokens: readonly Token[], expr: QuantityExpr, clause: Range): string | null {
  for (let k = clause.start; k < expr.start; k++) {
    if (tokens[k]?.lower !== 'alone') continue;
    for (let j = k - 1; j >= clause.start; j--) {
      if (['in', 'at'].includes(tokens[j]?.lower ?? '')) return placeAfter(tokens, j);
    }
  }
  return null;
}

/** The clause of a figure says it is about the whole: "statewide", "overall", "the total". */
function wholeScope(tokens: readonly Token[], extent: Range): boolean {
  const clause = clauseAt(tokens, extent.start);
  for (let k = clause.start; k < clause.end; k++) if (WHOLE_SCOPE_WORDS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

function inClause(tokens: readonly Token[], clause: Range, word: string): boolean {
  for (let k = clause.start; k < clause.end; k++) if (tokens[k]?.lower === word) return true;
  return false;
}

function partContext(tokens: readonly Token[], expr: QuantityExpr, extents: readonly Range[], n: number, clause: Range): FigureContext | null {
  const own = extents[n] as Range;
  // "Three Australians were injured", "two Britons were among the dead": a country's citizens
  const nationals = tokens[expr.end];
  // (their own predicate right after them: "three Austrians and a guide, were rescued" is an aside)
  if (nationals !== undefined && NATIONALS.has(nationals.lower) && NATIONALS_PREDICATE.has(tokens[expr.end + 1]?.lower ?? '')
    && (extents.length > 1 || inClause(tokens, clause, 'among'))) return { kind: 'part', place: nationals.text };
  const before = aloneBefore(tokens, expr, clause) ?? openingAlone(tokens, clause) ?? placeSplit(tokens, extents, n) ?? rankedPlace(tokens, extents, n)
    ?? accountedPlace(tokens, own.start) ?? elidedPlace(tokens, extents, n);
  if (before !== null) return { kind: 'part', place: before };
  const place = eventPlace(placeAfter(tokens, own.end) ?? placeBefore(tokens, own.start));
  const among = amongShare(tokens, own);
  if (among !== undefined) {
    const from = among ?? place;
    return from === null ? { kind: 'part' } : { kind: 'part', place: from };
  }
  if (partOpener(tokens, expr, clause, own) || afterOpeningTotal(tokens, extents, n) || alongWithAmong(tokens, expr)) {
    return place === null ? { kind: 'part' } : { kind: 'part', place };
  }
  if (place === null) return null;
  // "more than 12,000 died in Sichuan province alone"; "95 in neighbouring Kessaly" (another country's share)
  if (alone(tokens, own.end) || NEIGHBOURING.test(place)) return { kind: 'part', place };
  // "11 dead in the county as the statewide toll reaches 17"
  if (extents.some((e, m) => m !== n && wholeScope(tokens, e))) return { kind: 'part', place };
  // a breakdown: "17 in Kelmar and six in Dorsk" (the later figure elliptic, with its own place)
  const later = (m: number): Range | undefined => extents[Math.max(m, n)];
  const placed = (e: Range): boolean => placeAfter(tokens, e.end) !== null || placeBefore(tokens, e.start) !== null;
  const breakdown = extents.some((e, m) => (m !== n && placed(e) && elliptic(tokens, later(m) ?? e)) || (m > n && elidedPlace(tokens, extents, m) !== null));
  return breakdown ? { kind: 'part', place } : null;
}

/** Most words of a place's name in an "in <place>" that opens a figure's clause ("in the Kessel district"). */
const OPENING_PLACE_WORDS = 5;

/**
 * The "in" of an "in <place>" that opens the clause of the figure starting at `start`, at the
 * sentence's start or after a clause's lead ("In Kessel, 12 people", "…, and in Dorvan four
 * died", "In the Kessel district, 12 …"), or -1.
 */
function openingIn(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  if (tokens[k]?.text === ',') k--;
  const last = k;
  for (; k >= 0 && k > last - OPENING_PLACE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'in' || !(CAPITAL_FIRST.test(t.text) || PLACE_NOUNS.has(t.lower) || t.lower === 'the')) break;
  }
  if (k === last || tokens[k]?.lower !== 'in') return -1;
  const lead = tokens[k - 1];
  return lead === undefined || PLACE_SPLIT_LEADS.has(lead.lower) ? k : -1;
}

/** How many words may stand between the two outcomes of a combined count ("killed or were missing"). */
const COMBINED_GAP = 2;

/**
 * A count of two outcomes at once: "208 dead or missing", "208 people had been killed or were
 * missing", "12 dead and missing": neither outcome's count (no toll, no missing count).
 */
function combinedOutcomes(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  // "The number of people killed or missing … rises to more than 200": the count named before the figure
  if (namedCombinedCount(tokens, expr)) return true;
  // the first outcome word after the figure decides ("208 dead or missing", not "12 dead and 40 missing")
  for (let k = expr.end; k < clause.end && k < expr.end + 4; k++) {
    if (OUTCOME_CLASSES.has(tokens[k]?.lower ?? '')) return joinedOutcomes(tokens, k);
  }
  return false;
}

/** Whether two outcomes of different classes are joined at `k` ("killed or missing", "dead or were missing"). */
function joinedOutcomes(tokens: readonly Token[], k: number): boolean {
  const first = OUTCOME_CLASSES.get(tokens[k]?.lower ?? '');
  if (first === undefined) return false;
  const join = tokens[k + 1]?.lower;
  if (join !== 'or' && join !== 'and') return false;
  for (let j = k + 2; j < k + 3 + COMBINED_GAP && j < tokens.length; j++) {
    const second = OUTCOME_CLASSES.get(tokens[j]?.lower ?? '');
    if (second !== undefined) return second !== first;
    const t = tokens[j] as Token;
    if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** "The number of people killed or missing … rises to more than 200": a count of two outcomes named before the figure, with no other figure between. */
function namedCombinedCount(tokens: readonly Token[], expr: QuantityExpr): boolean {
  for (let k = expr.start - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    // another figure between ends the search, not one of time ("in three years")
    if ((t.pos === 'NUM' && !TIME_UNITS.has(tokens[k + 1]?.lower ?? '')) || t.text === '.' || t.text === ';') return false;
    if (COUNT_NOUN_LEADS.has(t.lower) && tokens[k + 1]?.lower === 'of') {
      for (let j = k + 2; j < expr.start && j < k + 8; j++) if (joinedOutcomes(tokens, j)) return true;
      return false;
    }
  }
  return false;
}
const COUNT_NOUN_LEADS: ReadonlySet<string> = new Set(['number', 'count', 'toll', 'total']);
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'decade', 'decades']);

/** The first outcome word in tokens [from, to) (OUTCOME_CLASSES), undefined: none, null: a verb of another outcome first. */
function outcomeIn(tokens: readonly Token[], from: number, to: number): 'dead' | 'hurt' | 'missing' | undefined | null {
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const outcome = OUTCOME_CLASSES.get(t.lower);
    if (outcome !== undefined) return outcome;
    if (t.pos === 'VERB') verb = true;
  }
  return verb ? null : undefined;
}

/**
 * "In Kessel, 12 people, three of them children, were killed, and in Dorvan four died": a
 * sentence that splits one outcome by place, each figure after an "in <place>" opening its
 * clause, for two places or more; each figure is its place's share (the place returned), not the
 * headline. Not for two outcomes ("…, and in Dorvan four were injured"), nor a lone place ("In
 * Kessel, 12 people were killed": the sentence's figure may still be the count).
 */
function placeSplit(tokens: readonly Token[], extents: readonly Range[], n: number): string | null {
  const own = extents[n] as Range;
  const at = openingIn(tokens, own.start);
  if (at < 0) return null; // most figures end here
  const place = eventPlace(placeAfter(tokens, at));
  if (place === null) return null;
  // the figures opened by a place, in order, each with the words up to the next one's opening
  const opened: { extent: Range; at: number }[] = [];
  for (const e of extents) {
    const k = e === own ? at : openingIn(tokens, e.start);
    if (k >= 0) opened.push({ extent: e, at: k });
  }
  const outcomes = opened.map((o, m) => outcomeIn(tokens, o.extent.end, opened[m + 1]?.at ?? tokens.length));
  const mine = outcomes[opened.findIndex((o) => o.extent === own)];
  const lower = place.toLowerCase();
  for (let m = 0; m < opened.length; m++) {
    const other = opened[m] as { extent: Range; at: number };
    if (other.extent === own) continue;
    // another place ("in Kessel" and "in Kessel city" are one area; "in March" is when)
    const otherPlace = eventPlace(placeAfter(tokens, other.at))?.toLowerCase();
    if (otherPlace === undefined || otherPlace.includes(lower) || lower.includes(otherPlace)) continue;
    // one outcome: the same word class, or none said after the later figure ("and in Dorvan four")
    const theirs = outcomes[m];
    const first = other.extent.start < own.start ? theirs : mine;
    const later = other.extent.start < own.start ? mine : theirs;
    if (first !== undefined && first !== null && (later === first || later === undefined)) return place;
  }
  return null;
}

/**
 * "Tolvar district was worst hit with 24 deaths, followed by Ambru with 13 and Hesk with nine": a
 * ranking of places by their share, each figure after "<place> with"; each is its place's share
 * (the place returned). The worst-hit place's figure on its own ("Orsk was hardest hit with 12
 * deaths"); a place before "with" otherwise only when another figure of the sentence is ranked
 * too ("followed by Ambru with 13"): "Rescuers reached Dorvan with 40 soldiers" names no share.
 */
function rankedPlace(tokens: readonly Token[], extents: readonly Range[], n: number): string | null {
  const own = extents[n] as Range;
  if (tokens[own.start - 1]?.lower !== 'with') return null; // most figures end here
  const worst = worstHitPlace(tokens, own.start - 1);
  if (worst !== null) return worst;
  const place = placeBeforeWith(tokens, own.start - 1);
  if (place === null) return null;
  for (let m = 0; m < extents.length; m++) {
    const e = extents[m] as Range;
    if (m === n || tokens[e.start - 1]?.lower !== 'with') continue;
    if (worstHitPlace(tokens, e.start - 1) !== null || placeBeforeWith(tokens, e.start - 1) !== null) return place;
  }
  return null;
}

/** The place named right before the "with" at `w` ("Ambru with", "Hesk district with"), after a lead ("followed by", "and", ","). */
function placeBeforeWith(tokens: readonly Token[], w: number): string | null {
  let end = w;
  if (PLACE_NOUNS.has(tokens[end - 1]?.lower ?? '')) end--;
  const first = placeRun(tokens, end);
  if (first === end) return null;
  const lead = tokens[first - 1]?.lower ?? '';
  const ranked = (lead === 'by' && RANKING_VERBS.has(tokens[first - 2]?.lower ?? '')) || PLACE_SUBJECT_LEADS.has(lead);
  return ranked ? tokens.slice(first, w).map((t) => t.text).join(' ') : null;
}

/** "Tolvar district was worst hit with": the place that opens the clause of the "with" at `w`, or null. */
function worstHitPlace(tokens: readonly Token[], w: number): string | null {
  // "was worst hit with", "was hit hardest, with"
  const v = tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
  const a = tokens[v]?.lower ?? '';
  const b = tokens[v - 1]?.lower ?? '';
  if (!(WORST_HIT_VERBS.has(a) && WORST_HIT_ADVERBS.has(b)) && !(WORST_HIT_ADVERBS.has(a) && WORST_HIT_VERBS.has(b))) return null;
  let k = v - 2;
  if (tokens[k]?.lower === 'the') k--; // "was the worst hit"
  if (tokens[k]?.pos !== 'AUX') return null;
  let end = k;
  if (PLACE_NOUNS.has(tokens[end - 1]?.lower ?? '')) end--;
  const first = placeRun(tokens, end);
  if (first === end || (first > 0 && !isBoundary(tokens, first - 1) && tokens[first - 1]?.lower !== 'the')) return null;
  return tokens.slice(first, k).map((t) => t.text).join(' ');
}

/**
 * "Velka province accounted for 31 of the dead and neighbouring Osk province for 9", "... and the
 * harbour district for 12": the place whose share the figure after "accounted for" (or after
 * "<place> for", the verb elided, once the sentence said "accounted for") is, or null.
 */
function accountedPlace(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.lower !== 'for') return null; // most figures end here
  let end = start - 1;
  if (ACCOUNT_VERBS.has(tokens[end - 1]?.lower ?? '')) end--;
  else {
    let said = false;
    for (let k = 0; k < end - 1 && !said; k++) said = ACCOUNT_VERBS.has((tokens[k] as Token).lower) && tokens[k + 1]?.lower === 'for';
    if (!said) return null;
  }
  if (!PLACE_NOUNS.has(tokens[end - 1]?.lower ?? '')) return null;
  let first = placeRun(tokens, end - 1);
  // a place named by a common noun after "the" ("the harbour district")
  if (first === end - 1 && tokens[end - 2]?.pos === 'NOUN' && tokens[end - 3]?.lower === 'the') first = end - 2;
  if (first === end - 1) return null;
  if (NEIGHBOUR_WORDS.has(tokens[first - 1]?.lower ?? '')) first--;
  if (tokens[first - 1]?.lower === 'the') first--;
  const lead = tokens[first - 1];
  if (lead !== undefined && !PLACE_SUBJECT_LEADS.has(lead.lower)) return null;
  return tokens.slice(first, end).map((t) => t.text).join(' ');
}

/**
 * "Vaskor district counted 41 dead, Ulmen 27 and Tosvik 33": a place's name right before a
 * figure whose noun and verb are elided, after "," or "and", continuing a breakdown whose figure
 * before is a place's own (or elided the same way); the place, or null.
 */
function elidedPlace(tokens: readonly Token[], extents: readonly Range[], n: number): string | null {
  const own = extents[n] as Range;
  if (n === 0 || !CAPITAL_FIRST.test(tokens[own.start - 1]?.text ?? '')) return null; // most figures end here
  const first = placeRun(tokens, own.start);
  if (first === own.start || own.start - first > ELIDED_PART_PLACE_WORDS || !PLACE_SUBJECT_LEADS.has(tokens[first - 1]?.lower ?? '')) return null;
  const next = tokens[own.end];
  if (next !== undefined && !ELIDED_PART_ENDS.has(next.lower)) return null;
  const prev = extents[n - 1] as Range;
  if (first - 1 - prev.end > ELIDED_PART_GAP || tokens.slice(prev.end, first - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const prevPlace = placeBefore(tokens, prev.start) ?? placeAfter(tokens, prev.end) ?? elidedPlace(tokens, extents, n - 1);
  return prevPlace === null ? null : eventPlace(tokens.slice(first, own.start).map((t) => t.text).join(' '));
}

/** Words of a place named as the subject of its figure ("Orvan county reported 45 deaths and Kessel county 12"). */
const placeRun = (tokens: readonly Token[], end: number): number => {
  let k = end;
  while (k > 0 && tokens[k - 1]?.pos === 'PROPN' && CAPITAL_FIRST.test(tokens[k - 1]?.text ?? '')) k--;
  return k;
};

/**
 * The place named right before a figure as its subject: "Kessel county 12" after "and", or
 * "Orvan county reported 45 deaths", "Orvan county now reports 45 dead", "Orvan county has
 * recorded 45 deaths" (a name and a place noun, then a verb of reporting).
 */
function placeBefore(tokens: readonly Token[], start: number): string | null {
  let end = start;
  if (PLACE_REPORT_VERBS.has(tokens[end - 1]?.lower ?? '')) {
    end--;
    // "now reports", "has recorded", "has now recorded"
    for (let n = 0; n < 2 && PLACE_REPORT_FILLERS.has(tokens[end - 1]?.lower ?? ''); n++) end--;
  }
  if (!PLACE_NOUNS.has(tokens[end - 1]?.lower ?? '')) return null;
  const first = placeRun(tokens, end - 1);
  if (first === end - 1) return null;
  const lead = tokens[first - 1];
  if (lead !== undefined && !PLACE_SUBJECT_LEADS.has(lead.lower)) return null;
  return tokens.slice(first, end).map((t) => t.text).join(' ');
}

/** "In Orvan county alone, 45 people died": the sentence opens with a place and "alone". */
function openingAlone(tokens: readonly Token[], clause: Range): string | null {
  const opening = clauseAt(tokens, 0);
  if (opening.end > clause.start || tokens[opening.end - 1]?.lower !== 'alone') return null;
  return openingPlace(tokens, clause);
}

/** The place of an opening "In Khost," / "In Orvan county alone," before the figure's clause. */
function openingPlace(tokens: readonly Token[], clause: Range): string | null {
  if (tokens[0]?.lower !== 'in') return null;
  const opening = clauseAt(tokens, 0);
  if (opening.end > clause.start || opening.end > 6 || tokens[opening.end]?.text !== ',') return null;
  return placeAfter(tokens, 0);
}

/**
 * The place a figure of no other kind is given for: after it ("200 injured in Paktika"), as its
 * subject ("Orvan county reported 45 deaths") or opening its sentence ("In Khost, 25 were
 * killed"). Not a day or a month ("in March" is when).
 */
function scopeOf(tokens: readonly Token[], own: Range, clause: Range): string | null {
  const place = eventPlace(scopePhrase(tokens, own, clause));
  if (place === null || place === 'elsewhere') return null;
  // a site ("at Texas school", "died in hospital", "at Ruvara District Hospital") is where, not an area's share
  const last = place.toLowerCase().split(' ').pop() ?? '';
  return SITE_NOUNS.has(last) || BUILDING_NOUNS.has(last) || CARE_WORDS.has(last) ? null : place;
}

/** An area after the figure is "in" one ("200 injured in Paktika"; "nine from Sarkuh" is where the dead came from). */
function scopePhrase(tokens: readonly Token[], own: Range, clause: Range): string | null {
  let k = own.end;
  while (k < own.end + 4 && isPlaceFiller(tokens, k)) k++;
  if (tokens[k]?.lower === 'in') return placeAfter(tokens, own.end);
  return placeBefore(tokens, own.start) ?? openingPlace(tokens, clause) ?? countIn(tokens, own, clause) ?? wherePlace(tokens, clause);
}

/** Most words of a place's phrase before ", where" ("in the Karvo district, where ..."). */
const WHERE_PLACE_WORDS = 5;

/**
 * "Most of the dead were in the Karvo district, where 38 bodies had been recovered, and in the
 * harbour district, where 19 people died": a figure in a "where" clause right after "in <place>"
 * is given for that place (a share only when the version gives a larger figure without a place).
 */
function wherePlace(tokens: readonly Token[], clause: Range): string | null {
  if (tokens[clause.start]?.lower !== 'where' || tokens[clause.start - 1]?.text !== ',') return null; // most figures end here
  const comma = clause.start - 1;
  for (let j = comma - 2; j >= Math.max(0, comma - WHERE_PLACE_WORDS - 1); j--) {
    const w = tokens[j]?.lower ?? '';
    if (w !== 'in' && w !== 'at') continue;
    // "in the harbour district": a common noun before a place noun
    if (j === comma - 4 && tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.pos === 'NOUN' && PLACE_NOUNS.has(tokens[j + 3]?.lower ?? '')) {
      return tokens.slice(j + 1, comma).map((t) => t.text).join(' ');
    }
    const place = placeAfter(tokens, j);
    const words = place === null ? 0 : place.split(' ').length;
    // the place phrase reaches the comma ("the district" after "in", not "in 2015 the")
    return place !== null && j + 1 + words + (tokens[j + 1]?.lower === 'the' && !place.startsWith('the') ? 1 : 0) === comma ? place : null;
  }
  return null;
}

/** "The death toll in Orvan county stood at 45", "the number of dead in Kasta rose to 90": the count's own place. */
function countIn(tokens: readonly Token[], own: Range, clause: Range): string | null {
  for (let k = clause.start + 1; k < own.start - 1; k++) {
    const noun = tokens[k - 1]?.lower ?? '';
    if (tokens[k]?.lower === 'in' && (TOLL_NOUNS.has(noun) || OUTCOME_NOUNS.has(noun))) return placeAfter(tokens, k);
  }
  return null;
}

/** A place phrase that names a place, not a day or a month ("injured in Tuesday's derailment", "in March"). */
function eventPlace(place: string | null): string | null {
  const head = place?.split(' ')[0]?.toLowerCase() ?? '';
  return MONTHS.has(head) || EN.calendar.weekdays.includes(head) ? null : place;
}


/** A figure of one rule in one version, as `scopedShares` weighs it; null: not a candidate (a part, an older figure). */
export interface ScopedFigure {
  value: number;
  high: number | null;
  vague: boolean;
  scope: string | undefined;
}

/**
 * Figures given for one place ("more than 200 injured in Paktika", "In Khost, 25 people were
 * killed") are that place's share when the version has given the rule's figure before without a
 * place (or for another place), and larger ("1,500 injured across the country", "hundreds injured"): a breakdown, not a
 * second headline. The first figure of a rule stays the count, whatever its place ("Nearly 2,000
 * dead in Parvia quake", "killed 12 in Sarvan, bringing to 150 the number killed this month").
 */
export function scopedShares(figures: readonly (ScopedFigure | null)[]): boolean[] {
  const shares: boolean[] = [];
  const wholes: ScopedFigure[] = [];
  for (const f of figures) {
    if (f === null) {
      shares.push(false);
      continue;
    }
    const area = f.scope?.toLowerCase();
    // a whole given for a wider area ("hundreds injured in the north of Velmora") is one too; not one for the same place
    shares.push(area !== undefined && !f.vague && wholes.some((w) => !sameArea(w.scope, area) && contains(w, f)));
    wholes.push(f);
  }
  return shares;
}

const sameArea = (a: string | undefined, b: string): boolean => a !== undefined && (a.toLowerCase().includes(b) || b.includes(a.toLowerCase()));

/** Whether the whole `w` is larger than the share `f`: "hundreds" (200-999) contains "more than 200". */
const contains = (w: ScopedFigure, f: ScopedFigure): boolean =>
  w.value > f.value || (w.vague && w.high !== null && w.value >= f.value && w.high > f.value);


/** "About 25 seriously injured people were airlifted …": the gravest cases, a share (lang/en/quantities.ts SEVERITY_ADVERBS). */
function severeShare(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  if (!SEVERITY_ADVERBS.has(tokens[expr.end]?.lower ?? '') || !HARM_PARTICIPLES.has(tokens[expr.end + 1]?.lower ?? '')) return false;
  let k = expr.end + 2;
  while (k < clause.end && SEVERE_SHARE_FILLER.has(tokens[k]?.lower ?? '')) k++;
  return k < clause.end && tokens[k]?.pos === 'VERB';
}

/**
 * People in care: "six people remained hospitalized", "nine are still in hospital", "two in
 * critical condition" are a share of the injured at one moment (`part`); "61 people were being
 * treated in hospitals" and "26 people are in hospital" are how wire copy gives its injured count
 * as often as a share (`care`);
 * "three were treated in hospital" is no state (null).
 */
/**
 * "X and Y were identified Saturday as the two girls wounded": people named as one group of the
 * story's (by "as the"), a part of its count, not the count.
 */
function namedAsGroup(tokens: readonly Token[], expr: QuantityExpr): boolean {
  let k = expr.numberStart - 1;
  if (tokens[k]?.lower !== 'the') return false;
  k--;
  return tokens[k]?.lower === 'as';
}

/**
 * "Family members of all five victims declined to speak": "of all" before a figure points back to
 * a set the story counted already (the victims shot, not only the dead), no statement of a count;
 * so does a share of it ("Most of the 20 children killed were shot more than once").
 */
function allOf(tokens: readonly Token[], expr: QuantityExpr): boolean {
  let k = expr.numberStart - 1;
  // "Most of the 20 children killed were shot more than once": a share of a group counted already
  if (tokens[k]?.lower === 'the' && tokens[k - 1]?.lower === 'of' && SHARE_QUANTIFIERS.has(tokens[k - 2]?.lower ?? '')) return true;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'all') k -= 2; // "of all of the five"
  else if (tokens[k]?.lower === 'all') k--;
  else return false;
  // inside a phrase of something else's ("Family members of all five victims"); "All nine
  // victims were passengers" and "All five crew members were among the dead" say the count
  return tokens[k]?.lower === 'of';
}

/** Words of a share before "of the N" ("most of the 20 children", "half of the 40 injured"). */
const SHARE_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'half', 'none', 'several', 'each', 'both', 'few', 'majority']);

/** Where "died at the …" places a death on the site ("at the school", "at the scene"). */
const SITE_DEATH_REACH = 4;

/**
 * "One girl died at the school": one death placed on the site, a part of a toll that other deaths
 * (the attacker's, later ones in hospital) complete, not the story's count. One only: "Two students
 * died at the school" may be a lede's whole toll.
 */
function loneSiteDeath(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  if (tokens[expr.numberStart]?.lower !== 'one' && tokens[expr.numberStart]?.text !== '1') return false;
  for (let k = expr.end; k < Math.min(clause.end, expr.end + SITE_DEATH_REACH); k++) {
    if (!DEATH_VERBS.has(tokens[k]?.lower ?? '')) continue;
    return tokens[k + 1]?.lower === 'at' && tokens[k + 2]?.lower === 'the' && SITE_NOUNS.has(tokens[k + 3]?.lower ?? '');
  }
  return false;
}

function careState(tokens: readonly Token[], expr: QuantityExpr, clause: Range): 'part' | 'care' | null {
  // "Two of the 13 wounded remain in critical condition": the state is the share's, the whole is the count
  if (wholeOfShare(tokens, expr)) return null;
  if (severeShare(tokens, expr, clause)) return 'part';
  const care = (from: number): boolean => {
    for (let j = from; j < Math.min(clause.end, from + 3); j++) if (CARE_WORDS.has(tokens[j]?.lower ?? '')) return true;
    return false;
  };
  let still = false;
  for (let k = expr.end; k < Math.min(clause.end, expr.end + 6); k++) {
    if (STILL_WORDS.has(tokens[k]?.lower ?? '')) {
      if (care(k + 1)) return 'part';
      still = true;
    }
    // "still being treated" is a lasting state, a share; "being treated for burns" the count
    if (tokens[k]?.lower === 'being' && TREATED_WORDS.has(tokens[k + 1]?.lower ?? '')) {
      if (treatedForHarm(tokens, k + 2)) return null;
      return still || treatedForOther(tokens, k + 2) || countsPatients(tokens, expr, k) ? 'part' : 'care';
    }
  }
  let k = expr.end;
  let be = false;
  let share = false;
  for (; k < clause.end && STATE_FILLER.has(tokens[k]?.lower ?? ''); k++) {
    const w = (tokens[k] as Token).lower;
    be ||= BE_WORDS.has(w);
    share ||= SHARE_FILLER.has(w);
  }
  if (tokens[k]?.lower !== 'in' || !care(k + 1)) return null;
  // "26 people are in hospital" (no "of them", "still"): people in care now, like "being treated in hospital"
  const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return be && !share && HOSPITAL_NOUNS.has(tokens[at]?.lower ?? '') ? 'care' : 'part';
}

/** Whether the figure is the whole a figure right before it takes a share of: "Two of the 13 wounded". */
function wholeOfShare(tokens: readonly Token[], expr: QuantityExpr): boolean {
  let k = expr.start - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of') return false;
  const share = tokens[k - 1];
  return share !== undefined && (share.pos === 'NUM' || DIGIT_FIRST.test(share.text));
}

/**
 * "Some 240 patients were being treated": patients are people in care whatever brought them
 * there (an outbreak's cases), a share; "61 people", "61 others", "61 injured" are the event's.
 */
function countsPatients(tokens: readonly Token[], expr: QuantityExpr, to: number): boolean {
  for (let k = expr.end; k < to; k++) if (PATIENT_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "… being treated for typhoid": an illness, not a harm of the event (patients in care, a share). */
function treatedForOther(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.lower === 'for';
}

/** "… being treated for burns and injuries": harm named right after "for" (up to 3 words on). */
function treatedForHarm(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.lower !== 'for') return false;
  for (let k = from + 1; k < from + 4; k++) if (INJURY_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "Six people, including the gunman, were killed": a count with the attacker in it. */
function withPerpetrator(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  const from = clause.start;
  // the clause of the figure and the parenthetical right after it
  const end = Math.min(tokens.length, expr.end + 8);
  for (let k = from; k < end; k++) {
    if (!INCLUSION_WORDS.has(tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j < Math.min(end + 2, k + 4); j++) {
      // "including the suspect's mother" counts a victim
      if (PERPETRATOR_WORDS.has(tokens[j]?.lower ?? '') && !APOSTROPHE_S.test(tokens[j + 1]?.text ?? '')) return true;
    }
  }
  return false;
}

/**
 * "4 more bodies", "12 new deaths": an exact figure followed by an increment word (not "more
 * than"; "scores more were hurt" is a vague count, read as such).
 */
function isIncrement(tokens: readonly Token[], expr: QuantityExpr): boolean {
  if (expr.qualifier === 'several' || expr.qualifier === 'range') return false;
  return INCREMENT_WORDS.has(tokens[expr.end]?.lower ?? '') && tokens[expr.end + 1]?.lower !== 'than' && !otherOutcomeMore(tokens, expr);
}

/** How far before "and" the dead of "17 people were killed and 15 more …" are read. */
const MORE_AFTER_DEAD_REACH = 4;

/**
 * "17 people were killed and 15 more were taken to hospitals", "Seventeen were killed and fourteen
 * more hospitalized": "more" beyond the dead of the clause before, said of another outcome, is a
 * whole count of that outcome, not an increment ("killed 40, and 4 more died in hospital" is one).
 */
function otherOutcomeMore(tokens: readonly Token[], expr: QuantityExpr): boolean {
  const join = tokens[expr.start - 1]?.lower;
  if (join !== 'and' && join !== 'while') return false;
  let dead = false;
  for (let k = expr.start - 2; k >= Math.max(0, expr.start - 2 - MORE_AFTER_DEAD_REACH); k--) if (FATAL_WORDS.has(tokens[k]?.lower ?? '')) dead = true;
  if (!dead) return false;
  for (let k = expr.end + 1; k <= expr.end + 3; k++) if (FATAL_WORDS.has(tokens[k]?.lower ?? '') || DEATH_VERBS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/**
 * The context of an increment ("4 more bodies"): a part of the total its sentence brings the count
 * to, or of the place it names (the place kept); else `added` (see the module comment).
 */
function addedTo(tokens: readonly Token[], expr: QuantityExpr, extents: readonly Range[], n: number, clause: Range): FigureContext {
  if (broughtToTotal(tokens, extents, n)) return { kind: 'part' };
  const share = partContext(tokens, expr, extents, n, clause);
  if (share !== null) return share;
  // an area, not a site ("died in hospital" says where, as for a scope)
  const place = scopeOf(tokens, extents[n] as Range, clause);
  return place === null ? { kind: 'added' } : { kind: 'part', place };
}

/** Words before a figure a modal governs it from ("may have killed up to a 1,000"). */
const PROJECTION_REACH = 6;

/**
 * A figure governed by a modal: before it in its clause ("the death toll could exceed 1,000",
 * "is expected to reach 500") or right after it and its noun ("300 people may have died").
 * "May" the month is capitalised; a modal is lower case.
 */
function isProjection(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  const modal = (k: number): boolean => {
    const t = tokens[k];
    if (t === undefined) return false;
    if (PROJECTION_MODALS.has(t.text)) return true;
    return PROJECTION_ADJECTIVES.has(t.lower) && tokens[k + 1]?.lower === 'to';
  };
  for (let k = Math.max(clause.start, expr.start - PROJECTION_REACH); k < expr.start; k++) if (modal(k)) return true;
  for (let k = expr.end; k < Math.min(clause.end, expr.end + 3); k++) if (modal(k)) return true;
  return false;
}

/**
 * A figure followed in its sentence by ", bringing/taking/raising the toll to N" (N another
 * figure of the sentence): the day's increment, a part of that total. Not when the total is a
 * period's ("bringing to 150 the number killed this year": then the figure is the event's).
 */
function broughtToTotal(tokens: readonly Token[], extents: readonly Range[], n: number): boolean {
  const own = extents[n] as Range;
  // a span of time between them counts nothing ("Another 179 people have been confirmed dead almost
  // three days after the quake, bringing the overall toll to close to 600")
  let m = n + 1;
  const span = (r: Range): boolean => OFFSET_UNITS.has(tokens[r.end - 1]?.lower ?? '') || OFFSET_UNITS.has(tokens[r.end]?.lower ?? '');
  while (extents[m] !== undefined && span(extents[m] as Range)) m++;
  const next = extents[m];
  if (next === undefined) return false;
  let verb = -1;
  for (let k = own.end; k < next.start; k++) {
    if (tokens[k]?.text === ';') return false;
    if (TOTAL_BRINGING_VERBS.has(tokens[k]?.lower ?? '')) verb = k;
  }
  if (verb < 0 || tokens[verb - 1]?.text !== ',') return false;
  let to = false;
  for (let k = verb + 1; k < next.start; k++) if (tokens[k]?.lower === 'to') to = true;
  if (!to) return false;
  const end = clauseAt(tokens, next.start).end;
  for (let k = verb + 1; k < end; k++) if (PERIOD_WORDS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/**
 * "a third death on the mountain this season", "a second fatality since March", "a fourth death so
 * far": after the ordinal's noun, in its clause, "since", or "this"/"so" before a period word.
 */
function ordinalSeries(tokens: readonly Token[], expr: QuantityExpr, clause: Range): boolean {
  for (let k = expr.end + 1; k < clause.end; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'since') return true;
    if ((w === 'this' || w === 'so') && ORDINAL_SERIES_PERIODS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The context of the `n`-th figure of a sentence. `year`: the year the version was written. */
/** Tags of the words that may stand between two figures one verb lists ("caused 9,500 fatalities, injuries to 30,000 people"). */
const NOUN_LIST_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADP', 'ADJ', 'PUNCT', 'CCONJ', 'DET']);

/**
 * A figure listed, with no verb of its own, right after one of an earlier event: "a 1985 quake
 * caused around 9,500 fatalities, injuries to 30,000 people and …" (the comma ends the first
 * figure's clause, not the list).
 */
function listedAfterBackground(tokens: readonly Token[], extents: readonly Range[], n: number, year: number | null): boolean {
  const prev = extents[n - 1];
  const own = extents[n];
  if (prev === undefined || own === undefined || own.start - prev.end > 4) return false;
  let comma = false;
  for (let k = prev.end; k < own.start; k++) {
    const t = tokens[k] as Token;
    if (!NOUN_LIST_TAGS.has(t.pos) || t.text === ';' || t.text === '—') return false;
    comma ||= t.text === ',';
  }
  if (!comma) return false; // in one clause, the figure's own reading already saw the date
  const expr = { start: prev.start, end: prev.end } as QuantityExpr;
  return isBackground(tokens, expr, year, clauseAt(tokens, prev.start), null);
}

export function figureContext(
  tokens: readonly Token[],
  expr: QuantityExpr,
  extents: readonly Range[],
  n: number,
  year: number | null,
  clause: Range = clauseAt(tokens, expr.numberStart),
): FigureContext {
  // `clause`: the figure's clause, read once for every test below (and kept on the reading)
  if (isBackground(tokens, expr, year, clause, verbClauseAfterAside(tokens, extents, n, clause))) return { kind: 'background' };
  if (listedAfterBackground(tokens, extents, n, year)) return { kind: 'background' };
  if (expr.ordinal !== undefined && (expr.ordinal === 'definite' || ordinalSeries(tokens, expr, clause))) return { kind: 'rank' };
  if (isSuperseded(tokens, expr, clause, extents)) return { kind: 'superseded' };
  if (countedInError(tokens, extents[n])) return { kind: 'miscount' };
  const inCare = careState(tokens, expr, clause);
  if (inCare === 'part' || loneSiteDeath(tokens, expr, clause) || namedAsGroup(tokens, expr)) return { kind: 'part' };
  if (allOf(tokens, expr)) return { kind: 'reference' };
  if (combinedOutcomes(tokens, expr, clause)) return { kind: 'combined' };
  if (isIncrement(tokens, expr)) return addedTo(tokens, expr, extents, n, clause);
  if (broughtToTotal(tokens, extents, n)) return { kind: 'increment' };
  if (withPerpetrator(tokens, expr, clause)) return { kind: 'inclusive' };
  if (isProjection(tokens, expr, clause)) return { kind: 'projection' };
  // a share the clause names ("61 people were being treated in hospitals, including 14 children") stays one
  const part = partContext(tokens, expr, extents, n, clause);
  if (part !== null) return part;
  if (inCare === 'care') return { kind: 'care' };
  const scope = scopeOf(tokens, extents[n] as Range, clause);
  return scope === null ? { kind: null } : { kind: null, scope };
}
