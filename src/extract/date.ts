/**
 * The `date` extractor: the dates of a version (read/date-spans.ts) tied to a rule by its cues.
 *
 * A date belongs to the rule when a cue is within `window` words in the same clause,
 * with no other resolved date in between (cues.ts); empty cues: every date.
 * Key and value: the start ISO date for a day or part of a day, else `start..end`; in a set
 * without any version date, a bare weekday of the past is kept as its name ("sunday").
 */
import type { ClaimValue, DateValue, Doc, Extractor, ExtractContext, Rule, Sentence, Span, Token } from '../types.js';
import { datePhrases, inVersionTense, resolvePhrases, versionFutureWeekdays, type DatePhrase, type DateReading, type ResolvedDates } from '../read/date-spans.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import { dateKey } from '../read/dates.js';
import { sentenceWords, type Extent } from '../read/words.js';
import { CLOCK_WORDS, EVENT_CEREMONY, EVENT_INCIDENT, INCIDENT_WORDS, PAST_ONLY_CUES, LEVEL_CHANGE_VERBS, OFFSET_WORDS, RELATIVE_WORDS, STATEMENT_VERBS, UPDATE_STAMP_LABELS, UPDATE_STAMP_WORDS } from '../lang/en/calendar.js';
import { closesPlace, dateEvent, describesNoun, mainCeremony, offsetAt, possessedIncident } from '../read/date-events.js';
import { compileCues, cueNear, findCues, type CompiledCues } from './cues.js';
import { SetCache } from '../set-cache.js';

/** (A loop, not `some`: no closure per value where this runs unoptimized.) */
function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const u = spans[k] as Span;
    if (span.start < u.end && u.start < span.end) return true;
  }
  return false;
}

/**
 * A relative clause right after the date's own noun is about the dated thing ("the 2010 floods,
 * which killed 1,700"): up to this many words between the date and the relative word.
 */
const NOUN_OF_DATE = 2;

function isComma(t: Token | undefined): boolean {
  return t?.text === ',';
}

/**
 * A cue after the date that is another clause's: a noun past the verb right after the date (the
 * verb's object), one past a relative word on a later noun ("bodies recovered on Wednesday from
 * the snow that buried the camp": the burial is the snow's), or one past the comma that closes a
 * relative clause holding the date ("the minister, who visited on Wednesday, said the state would
 * pay for the funerals"). Cues before the date are unchanged.
 */
function cueInOtherClause(tokens: readonly Token[], date: Extent, hit: Extent): boolean {
  if (hit.start < date.end) return false;
  let comma = false;
  // "on Tuesday, a day after a strong earthquake": the quake is another moment's
  for (let k = date.end + 1; k < hit.start; k++) if (offsetAt(tokens, k)) return true;
  // "… searched for survivors Monday after a deadly earthquake devastated the region": the quake is before that day
  if (OFFSET_WORDS.has(tokens[date.end]?.lower ?? '') && hit.start > date.end) return true;
  // a date before its clause's verb dates that verb, and a noun cue past it is the verb's object
  // ("Officials on Wednesday revised the toll from a stampede": the revision is dated, not the stampede)
  if (tokens[hit.start]?.pos === 'NOUN' && tokens[date.end]?.pos === 'VERB' && hit.start > date.end) return true;
  for (let k = date.end, words = 0; k < hit.start; k++) {
    if (isComma(tokens[k])) comma = true;
    else if (RELATIVE_WORDS.has(tokens[k]?.lower ?? '') && words > NOUN_OF_DATE) return true;
    else words++;
  }
  if (!comma) return false;
  for (let k = date.start - 1; k >= 0 && !isComma(tokens[k]); k--) {
    if (RELATIVE_WORDS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** A date phrase a rule takes, resolved: the phrase as read in the copy at `SharedPhrases.base`. */
interface TakenDate {
  phrase: DatePhrase;
  date: DateValue;
  /** The event the date is tied to (read/date-events.ts), or null. */
  event: string | null;
}

/**
 * A sentence's date phrases, read once per shape (share.ts); spans are those of the copy at
 * `base`. Which of them a rule takes, resolved, depends only on the sentence's words and the
 * reference date: kept here by reference date and rule, for every copy.
 */
interface SharedPhrases {
  base: number;
  phrases: readonly DatePhrase[];
  /** By reference date and rule: a short list (a set has few reference dates and date rules), not two Maps per sentence. */
  taken: TakenBy[];
}

interface TakenBy {
  referenceDate: string | null;
  rule: Rule;
  /** The weekdays its version reads forward (`inVersionTense`) among the sentence's phrases, '' when none. */
  forward: string;
  dates: readonly TakenDate[];
}

const phrasesOf = new SetCache<SentenceShape, SharedPhrases>();

/** The date phrases of a sentence, read once for every copy of it in the set. */
function sentencePhrases(doc: Doc, sentence: Sentence): SharedPhrases {
  const shape = sentenceShape(doc, sentence);
  let shared = phrasesOf.get(shape);
  if (shared === undefined) phrasesOf.set(shape, (shared = { base: sentence.start, phrases: datePhrases(doc, sentenceWords(doc, sentence)), taken: [] }));
  return shared;
}

/**
 * The dates of a sentence's phrases that resolve and that a cue of the rule is near (every date
 * without cues). The other resolved dates block the way to a cue; a date's own extent among the
 * blockers blocks nothing (the gaps `cueNear` reads lie outside it), so one list serves them all.
 */
function takenDates(rule: Rule, cues: CompiledCues, tokens: readonly Token[], phrases: readonly DatePhrase[], referenceDate: string | null, memo: ResolvedDates): TakenDate[] {
  const resolved = resolvePhrases(phrases, referenceDate, memo, true);
  const out: TakenDate[] = [];
  if (resolved.length === 0) return out;
  const hits = findCues(tokens, cues);
  const blockers: Extent[] = [];
  for (let n = 0; n < resolved.length; n++) blockers.push((resolved[n] as DateReading).extent);
  for (let n = 0; n < resolved.length; n++) {
    const { extent, date } = resolved[n] as DateReading;
    const event = dateEvent(tokens, extent);
    // "… when an earthquake struck western Nepal, officials said on Sunday": the statement's day
    if (event === null && statementDate(tokens, extent)) continue;
    // a date tied to the event's own word (read/date-events.ts, which does not count articles,
    // prepositions and names: "killed four people at a bank in the town of Marlow on Tuesday")
    // is the rule's when a cue of it is in the date's clause, however far
    const own = event === EVENT_INCIDENT && datesIncidents(rule) && possessedIncident(tokens, extent);
    if (cues.length > 0 && !own && !cueNear(tokens, extent, ownHits(tokens, extent, hits), rule.window, blockers) && (event === null || ownHits(tokens, extent, hits).length === 0)) continue;
    // a day after the copy's own, in a clause of the future, near only words of what already happened ("The
    // 14-year-old accused in the shooting … that killed four people is expected to appear before a judge
    // Friday morning"): a hearing's day
    // (an incident is never ahead of the copy: such a date is another act's)
    const ahead = referenceDate !== null && date.start >= referenceDate && phraseOf(phrases, extent).ownFuture;
    if (ahead && (event === null || event === EVENT_INCIDENT) && cues.length > 0 && !cueNear(tokens, extent, plannable(tokens, ownHits(tokens, extent, hits)), rule.window, blockers)) continue;
    out.push({ phrase: phraseOf(phrases, extent), date, event: ahead && event === EVENT_INCIDENT ? null : event });
  }
  return out;
}


/** Whether "as of" / "as at" ends at `k`, over a clock time: the moment a count was made ("89 dead as of 8 p.m. Tuesday"). */
function asOf(tokens: readonly Token[], k: number): boolean {
  for (let n = 0; n < 4 && k >= 0 && (DIGITS.test(tokens[k]?.text ?? '') || CLOCK_WORDS.has(tokens[k]?.lower ?? '')); n++) k--;
  return (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'at') && tokens[k - 1]?.lower === 'as';
}
const DIGITS = /^\d/u;

/** "Update 3:19 a.m. EDT Oct. 2: The death toll …": a date in the label that opens a live page's entry. */
function updateStamp(tokens: readonly Token[], extent: Extent): boolean {
  if (!UPDATE_STAMP_LABELS.has(tokens[0]?.lower ?? '') || extent.end > UPDATE_STAMP_WORDS) return false;
  for (let k = 1; k < extent.start; k++) if (tokens[k]?.pos === 'VERB') return false;
  for (let k = extent.end; k < extent.end + 2; k++) {
    const t = tokens[k]?.text;
    if (t === ':' || t === '—' || t === '–' || t === '-') return true;
  }
  return false;
}

/**
 * Whether the date at `extent` comes right after a verb of saying (past "on"): "officials said on
 * Sunday"; or after a count's new level: "the toll climbed to 142 on Wednesday" (the change's day).
 */
function statementDate(tokens: readonly Token[], extent: Extent): boolean {
  let k = extent.start - 1;
  if (asOf(tokens, k) || updateStamp(tokens, extent)) return true;
  if (tokens[k]?.lower === 'on') k--;
  if (STATEMENT_VERBS.has(tokens[k]?.lower ?? '')) return true;
  return tokens[k]?.pos === 'NUM' && tokens[k - 1]?.lower === 'to' && LEVEL_CHANGE_VERBS.has(tokens[k - 2]?.lower ?? '');
}

/** The hits that may name something still to come: not a word of what already happened (PAST_ONLY_CUES). */
function plannable(tokens: readonly Token[], hits: readonly Extent[]): readonly Extent[] {
  for (let k = 0; k < hits.length; k++) {
    if (PAST_ONLY_CUES.has(tokens[(hits[k] as Extent).start]?.lower ?? '')) return hits.filter((h) => !PAST_ONLY_CUES.has(tokens[h.start]?.lower ?? ''));
  }
  return hits;
}

/** Whether a rule dates the story's incident: one of its cues is a word of the incident (lang/en/calendar.ts INCIDENT_WORDS). */
function datesIncidents(rule: Rule): boolean {
  return rule.cues.some((c) => INCIDENT_WORDS.has(c.toLowerCase()));
}

/** The hits not in another clause than the date's (`cueInOtherClause`): the same list when none is. */
function ownHits(tokens: readonly Token[], extent: Extent, hits: readonly Extent[]): readonly Extent[] {
  const own = (hit: Extent): boolean => !cueInOtherClause(tokens, extent, hit) && !closesPlace(tokens, hit) && !describesNoun(tokens, hit.start);
  for (let k = 0; k < hits.length; k++) if (!own(hits[k] as Extent)) return hits.filter(own);
  return hits;
}

/** resolvePhrases keeps the phrases' extents: the phrase of a reading is the one with its extent. */
function phraseOf(phrases: readonly DatePhrase[], extent: Extent): DatePhrase {
  for (let k = 0; k < phrases.length; k++) if ((phrases[k] as DatePhrase).extent === extent) return phrases[k] as DatePhrase;
  return undefined as unknown as DatePhrase; // (never: as `find(…) as DatePhrase`)
}

/** Dates resolved per document and reference date (the Doc is immutable; the cache dies with it). */
const resolvedOf = new SetCache<Doc, Map<string | null, ResolvedDates>>();

function resolvedDates(doc: Doc, referenceDate: string | null): ResolvedDates {
  let byReference = resolvedOf.get(doc);
  if (byReference === undefined) resolvedOf.set(doc, (byReference = new Map()));
  let memo = byReference.get(referenceDate);
  if (memo === undefined) byReference.set(referenceDate, (memo = new Map()));
  return memo;
}

/**
 * The dates a rule takes in one sentence, read once per shape, reference date, rule and the
 * weekdays the version reads forward (`forward`). `memo`: the doc's resolved dates.
 */
function sentenceDates(doc: Doc, sentence: Sentence, rule: Rule, cues: CompiledCues, shared: SharedPhrases, days: ReadonlySet<string>, referenceDate: string | null, memo: ResolvedDates): readonly TakenDate[] {
  const phrases = inVersionTense(shared.phrases, days);
  const forward = phrases === shared.phrases ? '' : [...days].join(' ');
  for (const t of shared.taken) if (t.rule === rule && t.referenceDate === referenceDate && t.forward === forward) return t.dates;
  const dates = takenDates(rule, cues, sentenceWords(doc, sentence), phrases, referenceDate, memo);
  shared.taken.push({ referenceDate, rule, forward, dates });
  return dates;
}

/**
 * The bare weekdays a document reads forward throughout (date-spans.ts `versionFutureWeekdays`):
 * per document, not per rule.
 */
const futureDaysOf = new SetCache<Doc, ReadonlySet<string>>();

function versionDays(doc: Doc): ReadonlySet<string> {
  let days = futureDaysOf.get(doc);
  if (days === undefined) futureDaysOf.set(doc, (days = versionFutureWeekdays(doc.sentences.map((s) => sentencePhrases(doc, s).phrases))));
  return days;
}

/** Date values of one rule in one document. */
export function extractDates(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[] {
  const cues = compileCues(rule.cues);
  const memo = resolvedDates(doc, ctx.referenceDate);
  const out: ClaimValue[] = [];
  const days = versionDays(doc);
  for (const sentence of doc.sentences) {
    // the sentence's words only when its dates are read (a copy takes the first copy's)
    const shared = sentencePhrases(doc, sentence);
    if (shared.phrases.length === 0) continue; // most sentences: no date to resolve
    const delta = sentence.start - shared.base;
    for (const { phrase, date, event } of sentenceDates(doc, sentence, rule, cues, shared, days, ctx.referenceDate, memo)) {
      const span = delta === 0 ? phrase.span : { start: phrase.span.start + delta, end: phrase.span.end + delta };
      const key = dateKey(date);
      const place = doc.version.map.place(span.start);
      out.push({
        rule: rule.id,
        version: doc.version.id,
        kind: 'date',
        key,
        value: key,
        qualifier: null,
        date,
        text: phrase.text,
        sentence: sentence.text,
        span,
        line: place.line,
        column: place.column,
        uncertain: overlapsAny(span, doc.version.uncertain),
        event: event === EVENT_CEREMONY ? storyCeremony(doc) : event,
      });
    }
  }
  return incidentFirst(out);
}

/** The ceremony a document is about (read/date-events.ts `mainCeremony`), read once per document. */
const ceremonyOf = new SetCache<Doc, string | null>();

function storyCeremony(doc: Doc): string | null {
  let found = ceremonyOf.get(doc);
  if (found === undefined) ceremonyOf.set(doc, (found = mainCeremony(doc.tokens)));
  return found;
}

/** Granularities of a date that names one day (as kinds/date.ts). */
const ONE_DAY: ReadonlySet<string> = new Set(['day', 'part-of-day', 'weekday']);
/** A day of the story's incident. */
const isIncidentDay = (x: ClaimValue): boolean => x.event === EVENT_INCIDENT && x.date !== undefined && ONE_DAY.has(x.date.granularity);
/** A day tied to an event (the incident, a ceremony). */
const hasEvent = (x: ClaimValue): boolean => x.event !== undefined && x.event !== null && x.date !== undefined && ONE_DAY.has(x.date.granularity);

/**
 * The version's dates with the first day of its incident first (the report's headline date) when
 * the first date is tied to no event: a lede often dates a statement or a plan before the incident ("Kesselby was in shock on
 * Thursday as families mourned ten people killed when a student opened fire … on Wednesday",
 * "Prosecutors on Thursday charged the suspect in Tuesday's shooting"). The others keep their order.
 */
function incidentFirst(values: ClaimValue[]): ClaimValue[] {
  if (values.length < 2 || hasEvent(values[0] as ClaimValue)) return values;
  const at = values.findIndex(isIncidentDay);
  if (at <= 0) return values;
  const out = [values[at] as ClaimValue];
  for (let n = 0; n < values.length; n++) if (n !== at) out.push(values[n] as ClaimValue);
  return out;
}

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  extract(doc, rule, ctx) {
    return extractDates(doc, rule, ctx);
  },
};
