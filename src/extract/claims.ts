import { valueAt } from '../claim-value.js';
import { boundsAgree, hedgeAllows } from '../kinds/hedges.js';
import {
  ATTACKER_COUNTED,
  ATTACKER_SELF_DEATH,
  BODY_NOUNS,
  EVENT_SUBJECT_NOUNS,
  EVENT_TOLL_VERBS,
  LEVEL_COUNT_VERBS,
  SITE_NOUNS,
  RECOVERY_VERBS,
  ROUND_NUMBER_WORDS,
  TOLL_NOUNS,
  TOTAL_BRINGING_VERBS,
  WHOLE_COUNT_OPENERS,
  WHOLE_COUNT_PHRASES,
  WHOLE_COUNT_WORDS,
  EVENT_ARTICLES,
} from '../lang/en/quantities.js';
import { PAST_PERFECT_WORDS, RESET_VERBS, REVISION_FILLERS, REVISION_OBJECT_NOUNS, REVISION_REACH, RISE_VERBS } from '../lang/en/revisions.js';
import { readTogether } from '../read/share.js';
import { ADMISSION_DISTANCE, CARE_DISTANCE, STAND_IN_DISTANCE, valueScope } from './quantity.js';
import { isSurnameOnlyKey, surnameKey } from '../read/names.js';
import type { ClaimValue, Doc, ExtractContext, Rule, RuleKind, ValueRole } from '../types.js';

/** A version to read claims from, with the reference date for its relative dates. */
export interface ClaimSource {
  id: string;
  date: string | null;
  /** Position in time order, when known (versions of one date are told apart by it). */
  rank?: number;
}

/** What reading claims needs of a rule kind; src/kinds/ provides it (`kindOf`). */
export interface KindReader {
  extract(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[];
  /** Values of one rule across all versions, once all are read, with the versions' docs (see KindSpec). */
  acrossVersions?(values: ClaimValue[], docs: readonly Doc[], rule: Rule): ClaimValue[];
}

export type KindReaders = (kind: RuleKind) => KindReader;

/** Values of every rule in every version: rule id -> version id -> values. */
export type ClaimTable = Map<string, Map<string, ClaimValue[]>>;

/**
 * Runs every rule's extractor over every version. People are unified across the set
 * (a surname alone takes the full name given elsewhere), and a quantity rule without
 * cues (every "N people") leaves out the figures a rule with cues (a toll) claims.
 */
export function extractClaims(
  rules: readonly Rule[],
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): ClaimTable {
  const extracted: ClaimTable = new Map(rules.map((rule) => [rule.id, extractRule(rule, versions, docs, setDate, kinds)]));
  const cued = rules.filter(hasHeadline);
  for (const v of versions) ownFigures(cued.map((r) => extracted.get(r.id)?.get(v.id) ?? []));
  const claimed = claimedSpans(rules, extracted);
  for (const rule of rules) {
    const values = extracted.get(rule.id);
    if (!values) continue;
    const kept = isCollector(rule) ? withoutClaimed(values, claimed) : values;
    if (rule.kind === 'quantity') extracted.set(rule.id, withRoles(kept, hasHeadline(rule), versions));
    else if (rule.kind === 'date' && rule.expect.length === 0) extracted.set(rule.id, withDateRoles(kept, versions, setDate));
    else extracted.set(rule.id, kept);
  }
  return extracted;
}

/** A date more than this many days before the version's own date is about another event. */
const BACKGROUND_DAYS = 31;
/** A date beginning more than this many days before the set's first version is about another event. */
const BEFORE_FIRST_DAYS = 7;

const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Dates of earlier events ("the 2006 typhoon", "the floods of 2010", "Last month, a fire …")
 * are background: they are shown, but only the dates of this event are compared across
 * versions. A date is background when it ends a month before its version's date, or begins
 * a week before the set's first version: no first report of a story comes a week after its
 * event, and a period that reaches that far back ("last month", "this year") is too vague
 * to date this one.
 */
function withDateRoles(values: Map<string, ClaimValue[]>, versions: readonly ClaimSource[], setDate: string | null): Map<string, ClaimValue[]> {
  const dated = versions.map((v) => v.date).filter((d): d is string => d !== null).sort();
  const firstLimit = dated.length > 0 ? daysBefore(dated[0] as string, BEFORE_FIRST_DAYS) : null;
  const dateOf = new Map(versions.map((v) => [v.id, v.date]));
  const out = new Map<string, ClaimValue[]>();
  for (const [version, list] of values) {
    const ref = dateOf.get(version) ?? setDate;
    const ownLimit = ref === null ? null : daysBefore(ref, BACKGROUND_DAYS);
    const earlier = (x: ClaimValue): boolean =>
      x.date !== undefined && ((ownLimit !== null && x.date.end < ownLimit) || (firstLimit !== null && x.date.start < firstLimit));
    const dated: ClaimValue[] = [];
    for (const x of list) dated.push(earlier(x) ? { ...x, role: 'background' as const } : x);
    out.set(version, dated);
  }
  return out;
}

/** A quantity rule with cues tracks one figure of the story (a toll): each version has a headline. */
export function hasHeadline(rule: Rule): boolean {
  return rule.kind === 'quantity' && rule.cues.length > 0 && rule.compare !== 'sentence';
}

const spanKey = (x: ClaimValue): string => `${x.span.start}:${x.span.end}`;

/**
 * One figure, one claim: a figure that several cue rules took ("killing 12 people and
 * injuring dozens": 12 is near "killing" and "injuring") stays with the rule whose cue is
 * closest. `lists` are the values of each cued rule in one version; they are filtered in place.
 */
function ownFigures(lists: ClaimValue[][]): void {
  const best = new Map<string, number>();
  for (const x of lists.flat()) {
    const d = x.cueDistance ?? 0;
    best.set(spanKey(x), Math.min(best.get(spanKey(x)) ?? Infinity, d));
  }
  for (const list of lists) {
    const kept = list.filter((x) => (x.cueDistance ?? 0) <= (best.get(spanKey(x)) ?? Infinity));
    // not splice(0, n, ...kept): spreading 100,000 figures of a 2 MiB version overflowed the stack
    list.length = 0;
    for (const x of kept) list.push(x);
  }
}

/**
 * Roles of a quantity rule's values: the reading marked parts, background figures and
 * superseded or vague ones; of the rest, the first in the version (headline, lede) is the
 * headline of a rule that has one, and the others are `other`.
 */
/**
 * The first strong statement of the figure; a rounded one ("Nearly two dozen killed",
 * "about 300", "deaths pass 100") gives way to the exact figure the same version gives later
 * and its hedge allows ("Twenty-three people lost their lives", "104 people have died"), and
 * a count of the day's finds to the larger toll stated right after it (`tollAfterFinds`). A figure
 * an explicit revision sets later in the version ("Police later revised the toll to 12") replaces
 * it (`lastReset`).
 */
function headlineOf(sorted: readonly ClaimValue[]): ClaimValue | undefined {
  const all = sorted.filter((x) => x.role === undefined);
  // a figure of an admission cue ("taken to hospital") only when no direct one is there
  const direct = all.filter((x) => (x.cueDistance ?? 0) < ADMISSION_DISTANCE);
  const candidates = direct.length > 0 ? direct : all;
  const opening = candidates[0];
  const reset = opening === undefined ? undefined : lastReset(candidates);
  if (reset !== undefined && opening !== undefined && correctionOf(reset, opening)) return reset;
  const found = opening === undefined ? undefined : (tollAfterFinds(opening, candidates) ?? wholeAfter(opening, candidates) ?? riseAfterTitle(opening, candidates) ?? opening);
  const first = found === undefined ? undefined : (ledeTellingAttacker(found, candidates) ?? ledeHedging(found, candidates) ?? found);
  if (first === undefined || !rounded(first)) return first;
  return candidates.find((x) => refines(first, x)) ?? first;
}

/**
 * The figure a later revision sets ("killed 14 people" in the lede, then "Police later revised the
 * toll to 12, saying two bodies had been counted twice"): the version's count is the revised one.
 * Only a figure after the opening one, and only an explicit revision (`setAnew`); the last one,
 * and none that a toll stated after it moved on from ("… lowered the toll to 12. Two more died on
 * Tuesday, bringing the toll to 14").
 */
function lastReset(candidates: readonly ClaimValue[]): ClaimValue | undefined {
  for (let n = candidates.length - 1; n > 0; n--) {
    const x = candidates[n] as ClaimValue;
    if (x.high !== undefined || !setAnew(x)) continue;
    const later = candidates.slice(n + 1).some((y) => y.value !== x.value && statesToll(y));
    return later ? undefined : x;
  }
  return undefined;
}

/** How far a correction may move the figure it corrects (a factor): a count set far off it is another count (a province's). */
const CORRECTION_FACTOR = 2;

/** Whether `reset` may correct `opening`: another value, within CORRECTION_FACTOR of it. */
function correctionOf(reset: ClaimValue, opening: ClaimValue): boolean {
  const a = Number(reset.value);
  const b = Number(opening.value);
  return a !== b && a * CORRECTION_FACTOR >= b && a <= b * CORRECTION_FACTOR;
}

/**
 * "revised the toll to 12", "corrected the number of dead to 12 from 14", "The toll was later
 * lowered to 12": a revision verb (RESET_VERBS) in the figure's clause, then only fillers or a
 * count noun and its words ("the number of dead") up to the "to" right before the figure. Not
 * "had revised" (a revision the story has moved on from).
 */
function setAnew(x: ClaimValue): boolean {
  const at = valueAt(x);
  if (at < 0) return false;
  const before = x.sentence.slice(0, at);
  const clause = wordsOf(before.slice(lastBreak(before) + 1)).slice(-REVISION_REACH);
  if (clause[clause.length - 1] !== 'to') return false;
  for (let k = clause.length - 2; k >= 0; k--) {
    if (!RESET_VERBS.has(clause[k] as string)) continue;
    if (PAST_PERFECT_WORDS.has(clause[k - 1] ?? '') || PAST_PERFECT_WORDS.has(clause[k - 2] ?? '')) return false;
    const between = clause.slice(k + 1, -1);
    return between.every((w) => REVISION_FILLERS.has(w)) || between.some((w) => REVISION_OBJECT_NOUNS.has(w));
  }
  return false;
}

/** Index of the last clause-ending mark in `text` (-1: none). */
function lastBreak(text: string): number {
  let last = -1;
  for (let k = 0; k < text.length; k++) if (CLAUSE_END.test(text[k] as string)) last = k;
  return last;
}

/** "about 300", "nearly two dozen", or a round mark passed ("deaths pass 100", "more than 40", "over a dozen"). */
function rounded(x: ClaimValue): boolean {
  if (x.qualifier === 'about' || x.qualifier === 'nearly') return true;
  if (x.qualifier !== 'more-than' || typeof x.value !== 'number' || !Number.isInteger(x.value) || x.value < 10) return false;
  return x.value % 10 === 0 || wordsOf(x.text).some((w) => ROUND_NUMBER_WORDS.has(w));
}

/**
 * Whether `x` is the precise figure behind the rounded `first`: an exact figure its hedge allows
 * ("more than 2,800" and "2,862"), or a counted lower bound it allows ("more than 3,000" and
 * "at least 3,617": the count the round mark stands for). A figure the hedge does not allow
 * ("more than 3,000" and "2,400") is another statement, not this one made precise.
 */
function refines(first: ClaimValue, x: ClaimValue): boolean {
  if (x.qualifier === null) return boundsAgree(first, x);
  if (x.qualifier !== 'at-least' || first.high !== undefined || x.high !== undefined) return false;
  return hedgeAllows(first.qualifier, Number(first.value), Number(x.value));
}

/** The toll stated after a count of bodies found is at most this many lines on (the next paragraph). */
const NEXT_PARAGRAPH_LINES = 2;
/** How many words before a figure a toll statement's noun and verb are looked for ("the death toll now stands at"). */
const TOLL_STATEMENT_WORDS = 8;

/**
 * The toll a story states right after the day's finds: "Rescuers recovered nine bodies from the
 * rubble on Monday. The death toll now stands at 61." The nine are a part of the 61, not the
 * headline. Only a larger toll in the same or next paragraph, stated as one ("the toll stands
 * at / rose to N", "bringing the total to N"), and only when the finds are not the whole count
 * ("recovered 61 bodies in all").
 */
function tollAfterFinds(first: ClaimValue, candidates: readonly ClaimValue[]): ClaimValue | undefined {
  if (!countsFinds(first)) return undefined;
  return candidates.find(
    (y) =>
      y.span.start > first.span.start &&
      y.line - first.line <= NEXT_PARAGRAPH_LINES &&
      y.high === undefined &&
      Number(y.value) > Number(first.value) &&
      statesToll(y),
  );
}

/**
 * "recovered nine bodies", "Twelve bodies were pulled from the river": a count of bodies found,
 * not said to be all ("61 bodies in all", "the toll of 61 bodies"). Read up to the end of the
 * figure's clause: a toll stated after a comma is the one to take, not a reason to keep the finds.
 */
function countsFinds(x: ClaimValue): boolean {
  if (x.high !== undefined || x.unit === undefined || !BODY_NOUNS.has(x.unit)) return false;
  const at = valueAt(x);
  if (at < 0) return false;
  const after = x.sentence.slice(at + x.text.length).search(CLAUSE_END);
  const words = wordsOf(after < 0 ? x.sentence : x.sentence.slice(0, at + x.text.length + after));
  if (!words.some((w) => RECOVERY_VERBS.has(w)) || words.some((w) => WHOLE_COUNT_WORDS.has(w))) return false;
  return !WHOLE_COUNT_PHRASES.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/**
 * The whole count a version gives after an opening figure that is one of its parts: "The small
 * town of Thumane had the highest toll, with 26 people killed … In all, 51 people died." A larger
 * exact or lower-bound figure in a sentence opening with "In all", "All told" (WHOLE_COUNT_OPENERS).
 */
function wholeAfter(first: ClaimValue, candidates: readonly ClaimValue[]): ClaimValue | undefined {
  if (opensWhole(first)) return undefined;
  const atSite = siteFigure(first);
  return candidates.find((y) => y.span.start > first.span.start && y.high === undefined && y.qualifier !== 'at-most' && y.qualifier !== 'fewer-than' && Number(y.value) > Number(first.value) && (opensWhole(y) || (atSite && eventToll(y))));
}

/** The lede of a title is within this many lines after it (a byline, a dateline between). */
const LEDE_LINES = 6;
/** A title has at most this many words and no closing full stop. */
const TITLE_WORDS = 25;

/**
 * A title that lags its own lede: "Quake kills at least 30 in northern Tavria" over "The death toll
 * … rose to 52 on Friday". The lede tells the toll moved on: its larger figure, right after a rise
 * verb and "to" (RISE_VERBS), is the version's figure; the title is an update's leftover (reported
 * by check/self-contradiction.ts).
 */
function riseAfterTitle(first: ClaimValue, candidates: readonly ClaimValue[]): ClaimValue | undefined {
  if (!isTitleLine(first)) return undefined;
  return candidates.find((y) => y.line > first.line && y.line - first.line <= LEDE_LINES && y.high === undefined && Number(y.value) > Number(first.value) && risesTo(y));
}

function isTitleLine(x: ClaimValue): boolean {
  const words = wordsOf(x.sentence);
  return words.length <= TITLE_WORDS && !/[.!?]["”’]?\s*$/u.test(x.sentence);
}

/** "… rose to 52", "has climbed to 52", "raising the death toll … to 52", "has reached 52": a rise verb within a few words before "to" and the figure, or right before it. */
function risesTo(y: ClaimValue): boolean {
  const at = valueAt(y);
  if (at < 0) return false;
  const before = wordsOf(y.sentence.slice(0, at));
  const last = before[before.length - 1] ?? '';
  if (RISE_VERBS.has(last)) return true; // "has reached 413"
  if (last !== 'to') return false;
  return before.slice(-RISE_REACH - 1, -1).some((w) => RISE_VERBS.has(w));
}

/**
 * The lede's statement of a title's figure when it tells whether the attacker is counted ("10 dead
 * in college shooting" over "Ten people, including the gunman, were killed"; "9 killed" over "the
 * nine people killed by a gunman who then shot himself"): the same figure, read where the words
 * that tell the two counts apart are (kinds/quantity.ts `withAttacker`).
 */
function ledeTellingAttacker(first: ClaimValue, candidates: readonly ClaimValue[]): ClaimValue | undefined {
  if (!isTitleLine(first) || ATTACKER_SELF_DEATH.test(first.sentence) || ATTACKER_COUNTED.test(first.sentence)) return undefined;
  return candidates.find((y) => y.line > first.line && y.line - first.line <= LEDE_LINES && y.key === first.key && (ATTACKER_SELF_DEATH.test(y.sentence) || ATTACKER_COUNTED.test(y.sentence)));
}

/**
 * The lede's hedged statement of a title's bare figure: "Afghanistan earthquake death toll rises to
 * 2,000" over "The death toll … has risen sharply to more than 2,000 people". A title drops the
 * hedge for room; the lede says what the figure is (a bound, not an exact count).
 */
function ledeHedging(first: ClaimValue, candidates: readonly ClaimValue[]): ClaimValue | undefined {
  if (!isTitleLine(first) || (first.qualifier ?? null) !== null || first.high !== undefined) return undefined;
  return candidates.find((y) => y.line > first.line && y.line - first.line <= LEDE_LINES && Number(y.value) === Number(first.value)
    && y.high === undefined && HEDGES.has(y.qualifier ?? ''));
}
// (not "at least": "toll rises to 29" over "rose to at least 29" is the commonest pair of wire copy,
// and the checks read a title's bare figure with its lede's lower bound already, check/qualifier.ts)
const HEDGES: ReadonlySet<string> = new Set(['more-than', 'about', 'nearly']);

/** How many words before a figure's "to" its rise verb may stand ("raising the death toll from Thursday's earthquake to 52"). */
const RISE_REACH = 8;

/** How many words a sentence may give before its event noun ("The powerful quake has killed …"). */
const EVENT_SUBJECT_REACH = 4;

/** "The quake has killed 273 people": the event, with "the", opens the figure's sentence and a verb of its toll comes before the figure. */
function eventToll(y: ClaimValue): boolean {
  const at = valueAt(y);
  if (at < 0) return false;
  const words = wordsOf(y.sentence.slice(0, at));
  // the story's own event, opening the sentence with an article ("The quake has killed 273", "A powerful
  // quake struck …, killing at least five"; "In May, an explosion at a boiler … killed 13" is another)
  if (!EVENT_ARTICLES.has(words[0] ?? '')) return false;
  const subject = words.slice(0, EVENT_SUBJECT_REACH).findIndex((w) => EVENT_SUBJECT_NOUNS.has(w));
  return subject >= 0 && words.slice(subject + 1).some((w) => EVENT_TOLL_VERBS.has(w));
}

/** A figure given at a site, a building or a camp named before it in its sentence ("at a collapsed school …, where 19 … died"). */
function siteFigure(x: ClaimValue): boolean {
  const at = valueAt(x);
  if (at < 0) return false;
  if (wordsOf(x.sentence.slice(0, at)).some((w) => SITE_NOUNS.has(w))) return true;
  // "at least one person was killed … when a building collapsed in the town of X": one site's dead
  const after = wordsOf(x.sentence.slice(at));
  const when = after.indexOf('when');
  return when >= 0 && after.slice(when + 1, when + 4).some((w) => SITE_NOUNS.has(w));
}

/** Whether the figure's sentence opens with a whole-count phrase and the figure follows in its first clause. */
function opensWhole(y: ClaimValue): boolean {
  const at = valueAt(y);
  if (at < 0) return false;
  const words = wordsOf(y.sentence.slice(0, at));
  return words.length <= 6 && WHOLE_COUNT_OPENERS.some((p) => p.every((w, i) => words[i] === w));
}

/** A figure given as the level of the toll: "the death toll now stands at 61", "bringing the total to 48". */
function statesToll(y: ClaimValue): boolean {
  const at = valueAt(y);
  if (at < 0) return false;
  const before = wordsOf(y.sentence.slice(0, at)).slice(-TOLL_STATEMENT_WORDS);
  return before.some((w) => TOLL_NOUNS.has(w)) && before.some((w) => LEVEL_COUNT_VERBS.has(w) || TOTAL_BRINGING_VERBS.has(w));
}

const CLAUSE_END = /[,;:—]/u;
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * The lists of values here and in withDateRoles are pushed, not mapped: `map` makes a holey list in
 * the interpreter and a packed one in optimized code, and the checks, which read every list, were
 * thrown away (wrong map) on meeting the kind they had not met before.
 */
function withRoles(values: Map<string, ClaimValue[]>, headline: boolean, versions: readonly ClaimSource[] = []): Map<string, ClaimValue[]> {
  const sortedBy = new Map<string, ClaimValue[]>();
  const firsts = new Map<string, ClaimValue | undefined>();
  for (const [version, list] of values) {
    const sorted = [...list].sort((a, b) => a.span.start - b.span.start);
    sortedBy.set(version, sorted);
    firsts.set(version, headline ? headlineOf(sorted) : undefined);
  }
  // every version's headline is settled before any role is given: giving one deletes the cue distance careShare reads
  const heads = careHeadlines(firsts, versions);
  if (headline) placeShares(heads, sortedBy, versions);
  const out = new Map<string, ClaimValue[]>();
  for (const [version, sorted] of sortedBy) {
    const first = heads.get(version);
    // a figure read through its noun alone ("12 counts of murder") is kept only as the headline
    if (sorted.some((x) => x.cueDistance === STAND_IN_DISTANCE && x !== first)) {
      const kept = sorted.filter((x) => x.cueDistance !== STAND_IN_DISTANCE || x === first);
      sorted.length = 0;
      for (const x of kept) sorted.push(x);
    }
    for (let n = 0; n < sorted.length; n++) {
      const x = sorted[n] as ClaimValue;
      // people in care that are not the count are a share of it
      giveRole(x, x.role ?? (x === first ? 'headline' : (x.cueDistance ?? 0) >= CARE_DISTANCE ? 'part' : 'other'));
    }
    out.set(version, sorted);
  }
  return out;
}

/** Each version's headline, or none where it is people in care that are a share of another version's count. */
function careHeadlines(firsts: ReadonlyMap<string, ClaimValue | undefined>, versions: readonly ClaimSource[]): Map<string, ClaimValue | undefined> {
  const dateOf = new Map(versions.map((v) => [v.id, v.date ?? '']));
  const heads = new Map<string, ClaimValue | undefined>();
  for (const [version, first] of firsts) {
    const share = first !== undefined && (first.cueDistance ?? 0) >= CARE_DISTANCE && careShare(first, firsts, dateOf);
    heads.set(version, share ? undefined : first);
  }
  return heads;
}

/**
 * A version whose headline figure is given for one place ("At least 19 people have been killed in
 * Tolvar district") while other versions break the count down by that place ("The toll in Tolvar
 * district rose to 19", a part with its place) and a version of the same time or before gives a
 * larger count not for that place (the province's 31): that place's share, a part with its place,
 * not the version's count (the version's next candidate, if any, heads it). A story about that place
 * alone never gives it as a part, so its figure stays the headline.
 */
function placeShares(heads: Map<string, ClaimValue | undefined>, sortedBy: ReadonlyMap<string, ClaimValue[]>, versions: readonly ClaimSource[]): void {
  let byId: Map<string, ClaimSource> | undefined;
  for (const [version, head] of heads) {
    const scope = head === undefined ? undefined : valueScope(head);
    if (head === undefined || scope === undefined) continue; // most versions
    const area = scope.toLowerCase();
    let brokenDown = false;
    for (const [other, list] of sortedBy) {
      if (other !== version && list.some((x) => x.role === 'part' && x.place !== undefined && sameArea(x.place, area))) brokenDown = true;
    }
    if (!brokenDown) continue;
    byId ??= new Map(versions.map((v) => [v.id, v]));
    const self = byId.get(version);
    const wider = [...heads].some(([other, w]) => {
      if (other === version || w === undefined || w.high !== undefined || !(Number(w.value) > Number(head.value))) return false;
      const theirs = valueScope(w);
      if (theirs !== undefined && sameArea(theirs, area)) return false;
      return notLater(byId?.get(other), self);
    });
    if (!wider) continue;
    head.role = 'part';
    head.place = scope;
    heads.set(version, headlineOf(sortedBy.get(version) ?? []));
  }
}

/**
 * Whether version `a` is of the same time as `b` or before it: by date, and on one date by the
 * time order (a manifest's times); true when either is undated (the order is unknown).
 */
function notLater(a: ClaimSource | undefined, b: ClaimSource | undefined): boolean {
  if (a?.date == null || b?.date == null) return true;
  if (a.date !== b.date) return a.date < b.date;
  return a.rank === undefined || b.rank === undefined || a.rank <= b.rank;
}

/** Whether two place names are one area ("Tolvar district" and "Tolvar"); `b` in lower case. */
const sameArea = (a: string, b: string): boolean => a.toLowerCase().includes(b) || b.includes(a.toLowerCase());

/**
 * People in care are a share of a larger direct count that a version of the same time or before
 * gives ("13 wounded", then "nine were being treated in hospital"); a later, larger count is the
 * count that rose since.
 */
function careShare(care: ClaimValue, firsts: ReadonlyMap<string, ClaimValue | undefined>, dateOf: ReadonlyMap<string, string>): boolean {
  const when = dateOf.get(care.version) ?? '';
  for (const x of firsts.values()) {
    if (x === undefined || (x.cueDistance ?? 0) >= ADMISSION_DISTANCE || Number(x.value) <= Number(care.value)) continue;
    const then = dateOf.get(x.version) ?? '';
    if (when === '' || then === '' || then <= when) return true;
  }
  return false;
}

/**
 * The value without its cue distance (internal to extraction) and with its role, keys in the
 * same order as `{ ...rest, role }` would give (the report keeps that order). Done in place: the
 * values are extraction's own (extract/quantity.ts makes a new one per call), and `cueDistance`
 * is their last key, whose delete V8 undoes to the map before it (the object stays fast). A copy
 * per value was the largest allocation of this file.
 */
function giveRole(x: ClaimValue, role: ValueRole): void {
  delete x.cueDistance;
  if (x.role === undefined) x.role = role;
}

/** Whether a version names a person anywhere, whatever the rule's cues (for list rules). */
export function presence(
  rule: Rule,
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): (version: string, key: string) => boolean {
  return presenceIn(extractRule({ ...rule, cues: [] }, versions, docs, setDate, kinds));
}

/** Whether a version names a member, from the values of a rule without cues (`presence`). */
export function presenceIn(values: ReadonlyMap<string, readonly ClaimValue[]>): (version: string, key: string) => boolean {
  const keys = new Map([...values].map(([id, list]) => [id, new Set(list.map((x) => x.key))]));
  // "President Trump" names the "Donald Trump" of another version: a surname alone, of no other person there
  const surnames = new Map([...values].map(([id, list]) => [id, loneSurnames(list)]));
  return (version, key) => (keys.get(version)?.has(key) ?? false) || (key.startsWith(PERSON_KEY) && (surnames.get(version)?.has(surnameKey(key.slice(PERSON_KEY.length))) ?? false));
}

const PERSON_KEY = 'person:';

/** The surnames a version names alone ("Trump") and by no full name of another person ("Ivanka Trump"). */
function loneSurnames(list: readonly ClaimValue[]): Set<string> {
  const alone = new Set<string>();
  const full = new Map<string, number>();
  for (const x of list) {
    if (!x.key.startsWith(PERSON_KEY)) continue;
    const name = x.key.slice(PERSON_KEY.length);
    if (isSurnameOnlyKey(x.key)) alone.add(surnameKey(name));
    else full.set(surnameKey(name), (full.get(surnameKey(name)) ?? 0) + 1);
  }
  for (const s of [...alone]) if ((full.get(s) ?? 0) > 0) alone.delete(s);
  return alone;
}

function extractRule(
  rule: Rule,
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): Map<string, ClaimValue[]> {
  const kind = kinds(rule.kind);
  // the versions of a set share the readings of their identical sentences (read/share.ts)
  readTogether(docs.values());
  // indexed loops: no iterator results where this runs before it is optimized (once per rule and set)
  const all: ClaimValue[] = [];
  for (let k = 0; k < versions.length; k++) {
    const v = versions[k] as ClaimSource;
    const doc = docs.get(v.id);
    if (doc === undefined) continue;
    const found = kind.extract(doc, rule, { referenceDate: v.date ?? setDate });
    for (let n = 0; n < found.length; n++) all.push(found[n] as ClaimValue);
  }
  const unified = kind.acrossVersions?.(all, [...docs.values()], rule) ?? all;
  const values = new Map<string, ClaimValue[]>();
  for (let k = 0; k < versions.length; k++) values.set((versions[k] as ClaimSource).id, []);
  for (let n = 0; n < unified.length; n++) {
    const x = unified[n] as ClaimValue;
    values.get(x.version)?.push(x);
  }
  return values;
}

/**
 * A quantity rule without cues collects every "N people"; a figure that a rule with
 * cues already claims (a toll) is reported there, not twice.
 */
function isCollector(rule: Rule): boolean {
  return rule.kind === 'quantity' && rule.cues.length === 0;
}

function claimedSpans(rules: readonly Rule[], extracted: ReadonlyMap<string, Map<string, ClaimValue[]>>): Map<string, ClaimValue[]> {
  const claimed = new Map<string, ClaimValue[]>();
  for (const rule of rules) {
    if (rule.kind !== 'quantity' || isCollector(rule)) continue;
    for (const [version, values] of extracted.get(rule.id) ?? []) {
      claimed.set(version, [...(claimed.get(version) ?? []), ...values]);
    }
  }
  return claimed;
}

function withoutClaimed(values: Map<string, ClaimValue[]>, claimed: ReadonlyMap<string, ClaimValue[]>): Map<string, ClaimValue[]> {
  const overlaps = (a: ClaimValue, b: ClaimValue): boolean => a.span.start < b.span.end && b.span.start < a.span.end;
  return new Map(
    [...values].map(([version, list]) => [
      version,
      list.filter((x) => !(claimed.get(version) ?? []).some((c) => overlaps(c, x))),
    ]),
  );
}
