/**
 * What a count of countries counts. Ceremony, summit and memorial copy gives several counts
 * of countries that are not one fact: "heads of state from 17 countries attended" (countries
 * whose leaders came), "delegations from 50 countries" (countries represented at all),
 * "condolences poured in from 120 countries", "broadcast live in 40 countries". Only figures
 * of the same counted thing are compared (KindSpec `factOf`); a figure whose counted thing
 * is not told ("a coalition of 30 countries") is compared with the others of its sort only.
 */
import {
  ARRIVAL_WORDS,
  BROADCAST_WORDS,
  CONDOLENCE_NOUNS,
  COUNTRY_LINKS,
  CROWD_NOUNS,
  DELEGATE_NOUNS,
  EVACUATE_INFINITIVES,
  EVACUATION_ORDER_NOUNS,
  EVACUATION_ORDER_VERBS,
  EVACUATION_STEM,
  GROUP_JOINERS,
  HEAD_OF_GOVERNMENT_LEADS,
  INCREMENT_WORDS,
  LEADER_NOUNS,
  NOT_A_STATE,
  PEOPLE_GROUP_UNITS,
  PEOPLE_PLACES,
  PEOPLE_STATES,
  PLACE_IN,
  PLACE_TO_VERBS,
  PLAN_AFTER_WORDS,
  PLAN_BEFORE_WORDS,
  PLAN_HELPERS,
  PLAN_INFINITIVES,
  PLAN_STOPS,
  PLACE_PREPOSITIONS,
  PREDICATE_AUXILIARIES,
  RESCUED_ALIVE_PARTICLES,
  RESCUED_ALIVE_VERBS,
  SHELTER_CENTRE_LEADS,
  SHELTER_CENTRES,
  SIGNING_WORDS,
  STAYING_STATES,
  STATE_NOT_YET,
  TAKING_PART_WORDS,
  UNDER_ORDERS_STATE,
  VICTIM_NOUNS,
} from '../lang/en/attendance.js';
import { PERSON_NOUNS } from '../lang/en/quantities.js';
import { EN } from '../lang/en/index.js';
import { canonicalUnit } from '../lang/en/units.js';
import { valueAt } from '../claim-value.js';
import { parseQuantity } from '../read/numbers.js';
import type { ClaimValue } from '../types.js';

/** The counted things; '' is a count whose counted thing the sentence does not tell. */
export type CountedThing = 'represented' | 'leaders' | 'crowd' | 'victims' | 'condolences' | 'broadcast' | 'signed' | '';

const COUNTRY = canonicalUnit('countries');

/** How many words before the figure the group that came "from N countries" is read. */
const GROUP_WORDS = 10;
/** How many words after the figure what the countries did is read ("28 countries sent delegations"). */
const AFTER_WORDS = 6;
/** How many words before "in N countries" a broadcast word is looked for ("was broadcast live in"). */
const BROADCAST_BEFORE = 4;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’-]+|[,;:—–()]/gu) ?? [];
const CLAUSE_END = new Set([';', ':', '—', '–', '(', ')']);

/** What the value's count of countries counts ('' for a figure of another unit). */
export function countedThing(v: ClaimValue): CountedThing {
  // most values of most rules count people or things: the unit, already a class head, says so at once
  if (v.unit === undefined || (v.unit !== COUNTRY && canonicalUnit(v.unit) !== COUNTRY)) return '';
  const at = valueAt(v);
  if (at < 0) return '';
  const before = wordsOf(v.sentence.slice(0, at));
  const after = wordsOf(v.sentence.slice(at + v.text.length));
  const link = before[before.length - 1] ?? '';
  if (COUNTRY_LINKS.has(link)) return groupBefore(before);
  if (link === 'by') return deedBy(before[before.length - 2] ?? '');
  if (link === 'in') return before.slice(-1 - BROADCAST_BEFORE, -1).some((w) => BROADCAST_WORDS.has(w)) ? 'broadcast' : '';
  return deedAfter(after);
}

/**
 * "Presidents and envoys from 28 countries", "heads of state and government from 17
 * countries", "condolences poured in from 120 countries": the nouns of the group read back
 * from the link word over joiners ("and", "of state") and verbs of coming. A group that
 * names anyone besides leaders (envoys, ministers) counts every country represented.
 */
function groupBefore(before: readonly string[]): CountedThing {
  const found = new Set<CountedThing>();
  let k = before.length - 1;
  while (k >= 0 && COUNTRY_LINKS.has(before[k] as string)) k--;
  for (const stop = Math.max(0, k - GROUP_WORDS); k >= stop; k--) {
    const w = before[k] as string;
    const thing = nounThing(w, before[k - 1] ?? '');
    if (thing !== '') found.add(thing);
    else if (CLAUSE_END.has(w) || !(w === ',' || GROUP_JOINERS.has(w) || ARRIVAL_WORDS.has(w))) break;
  }
  return strongest(found);
}

/** The counted thing a noun of a group names ("envoys": represented), or ''. */
function nounThing(w: string, previous: string): CountedThing {
  if (CONDOLENCE_NOUNS.has(w)) return 'condolences';
  if (w === 'minister' || w === 'ministers') return HEAD_OF_GOVERNMENT_LEADS.has(previous) ? 'leaders' : 'represented';
  if (DELEGATE_NOUNS.has(w)) return 'represented';
  if (LEADER_NOUNS.has(w)) return 'leaders';
  if (CROWD_NOUNS.has(w)) return 'crowd';
  return VICTIM_NOUNS.has(w) ? 'victims' : '';
}

/** Of the things a group names, the widest: leaders and envoys together are every country represented. */
function strongest(found: ReadonlySet<CountedThing>): CountedThing {
  for (const t of ['condolences', 'represented', 'leaders', 'crowd', 'victims'] as const) if (found.has(t)) return t;
  return '';
}

/** "signed by 32 countries", "a summit attended by 40 countries": the verb before "by" tells what they did. */
function deedBy(verb: string): CountedThing {
  if (SIGNING_WORDS.has(verb)) return 'signed';
  return TAKING_PART_WORDS.has(verb) ? 'represented' : '';
}

/** "28 countries were represented", "17 countries sent their heads of state", "32 countries signed". */
function deedAfter(after: readonly string[]): CountedThing {
  const clause: string[] = [];
  for (const w of after.slice(0, AFTER_WORDS)) {
    if (w === ',' || CLAUSE_END.has(w)) break;
    clause.push(w);
  }
  const found = new Set<CountedThing>();
  clause.forEach((w, i) => found.add(nounThing(w, clause[i - 1] ?? '')));
  const named = strongest(found);
  if (named !== '' && named !== 'crowd' && named !== 'victims') return named;
  if (clause.some((w) => SIGNING_WORDS.has(w))) return 'signed';
  return clause.some((w) => TAKING_PART_WORDS.has(w)) ? 'represented' : '';
}

/**
 * Whether a count of countries counts those expected to come, not those who came: "Heads of state
 * from 14 countries have confirmed they will attend", "Leaders from 14 countries to attend
 * memorial", "Among those expected are leaders from 14 countries". A preview's count and a later
 * count of who came are one fact whose plan changed (check/scalar.ts `plansMet`), no contradiction.
 * Read in the figure's clause: after it, its first verb past helping words ("have", "are") or the
 * headline's "to attend"; before it, a word of expecting. A comparison ("than the 14 expected")
 * or another figure ends the reading.
 */
export function isPlannedCount(v: ClaimValue): boolean {
  if (v.unit === undefined || (v.unit !== COUNTRY && canonicalUnit(v.unit) !== COUNTRY)) return false;
  const at = valueAt(v);
  if (at < 0) return false;
  const after = clauseAfter(v.sentence.slice(at + v.text.length));
  if (after[0] !== undefined && canonicalUnit(after[0]) === COUNTRY) after.shift();
  if (after[0] === 'to') return PLAN_INFINITIVES.has(after[1] ?? '');
  for (const w of after.slice(0, AFTER_WORDS)) {
    if (PLAN_AFTER_WORDS.has(w)) return true;
    if (!PLAN_HELPERS.has(w)) break;
  }
  const before = clauseBefore(v.sentence.slice(0, at)).slice(-GROUP_WORDS);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k] as string;
    if (PLAN_STOPS.has(w) || isFigureWord(w)) return false;
    if (PLAN_BEFORE_WORDS.has(w)) return true;
  }
  return false;
}

/** A word that is a figure of its own ("14", "1,200"): another count's clause begins. */
const isFigureWord = (w: string): boolean => /^\d/.test(w);

/**
 * The fact a count of people in a state states, or '' (KindSpec `factOf` of a quantity, for
 * `compare: sentence` rules that collect every "N people": check/scalar.ts compares the values of
 * one state across sentences). "About 2,800 people were staying in tents" and "Some 4,100 people
 * were living in tents" are one fact: "people in tents", with the unit ("families" are not
 * "people") and any place the sentence gives the figure for ("in Kelmar"). No state, an increment
 * ("another 300 people"), an earlier figure ("up from 2,800") or a year in the sentence (another
 * event): '', compared sentence by sentence only.
 */
export function peopleState(v: ClaimValue): string {
  if (v.unit === undefined || !(PERSON_NOUNS.has(v.unit) || PEOPLE_GROUP_UNITS.has(v.unit))) return '';
  const at = valueAt(v);
  if (at < 0 || /\b(?:19|20)\d\d\b/.test(v.sentence) || isIncrement(v, at)) return '';
  const before = clauseBefore(v.sentence.slice(0, at));
  let after = clauseAfter(v.sentence.slice(at + v.text.length));
  if (before.some((w) => NOT_A_STATE.has(w)) || after.some((w) => NOT_A_STATE.has(w))) return '';
  // the state word is read in the last words before the figure; a place's "in" may lie further
  // back ("The number of people in shelters rose to 1,450": in shelters)
  let ownFrom = Math.max(0, before.length - STATE_BEFORE);
  // "Eighty-eight of the 173 people on board were rescued": the predicate's state is the share's
  if (after[0] === 'of') after = shareFrom(after, v.unitText);
  else if (partitiveWhole(before)) [ownFrom, after] = [before.length, wholeOf(after)];
  const state = stateIn(before, ownFrom) || stateIn(wordsOf(v.text).slice(-1)) || stateIn(after.slice(0, STATE_AFTER)) ||
    phraseState(before.slice(ownFrom), after.slice(0, STATE_AFTER), v.sentence);
  if (state === '') return '';
  const place = placeIn(v.sentence.slice(0, at)) || placeIn(ownClauseAfter(v.sentence.slice(at + v.text.length)));
  return `people ${state}: ${v.unit}${place === '' ? '' : ` in ${place}`}`;
}

/** How far into the clause after a figure the "to" of "were ordered to evacuate" and the "under" of "under orders" may stand. */
const PHRASE_LEAD = 4;

/**
 * A state that a phrase names, no single word (lang/en/attendance.ts): "pulled 14 people out
 * alive", "Sixty people were pulled from the water alive" (rescued); "forcing 6,000 residents to
 * evacuate", "were ordered to evacuate", "were under evacuation orders", "while 9,000 remained
 * under orders" in a sentence about evacuation (evacuated). `own` are the words before the figure
 * in its state window, `after` those after it; none when the verb is not yet ("could be pulled
 * out alive", "may be ordered to evacuate").
 */
function phraseState(own: readonly string[], after: readonly string[], sentence: string): string {
  const alive = after.indexOf('alive');
  if (alive >= 0) {
    const words = [...own, ...after.slice(0, alive)];
    for (let k = words.length - 1; k >= 0; k--) {
      if (!RESCUED_ALIVE_VERBS.has(words[k] as string)) continue;
      if (STATE_NOT_YET.has(words[k - 1] ?? '')) return '';
      // after the figure the verb is said of it ("were pulled out alive"), not done by it ("rescuers pulled survivors out alive")
      if (k >= own.length && !(RESCUED_ALIVE_PARTICLES.has(words[k + 1] ?? '') && !words.slice(k + 1).some(isFigureWord))) return '';
      return 'rescued';
    }
  }
  const done = (verb: string, lead: string): boolean => EVACUATION_ORDER_VERBS.has(verb) && !STATE_NOT_YET.has(lead);
  if (after[0] === 'to' && EVACUATE_INFINITIVES.has(after[1] ?? '') && done(own[own.length - 1] ?? '', own[own.length - 2] ?? '')) return 'evacuated';
  const to = after.indexOf('to');
  if (to > 0 && to < PHRASE_LEAD && EVACUATE_INFINITIVES.has(after[to + 1] ?? '') && done(after[to - 1] as string, after[to - 2] ?? '')) return 'evacuated';
  const under = after.indexOf('under');
  if (under < 0 || under >= PHRASE_LEAD || STATE_NOT_YET.has(after[under - 1] ?? '')) return '';
  const order = after.findIndex((w, k) => k > under && k <= under + 3 && EVACUATION_ORDER_NOUNS.has(w));
  if (order < 0) return '';
  const named = after.slice(under + 1, order).some((w) => w.startsWith(EVACUATION_STEM));
  return named || sentence.toLowerCase().includes(EVACUATION_STEM) ? UNDER_ORDERS_STATE : '';
}

/** How many words a share's "of the 173 people" may take before its noun. */
const SHARE_OF_WORDS = 6;

/**
 * The words after a share of people ("Eighty-eight [of the 173 people on board were rescued]",
 * its noun `unit` read from the whole: read/quantities.ts) from which its state is read: those
 * of its predicate, past the whole's noun and an auxiliary ("were rescued"); none when the
 * clause has no predicate there (the state words before one describe the whole).
 */
function shareFrom(after: readonly string[], unit: string | undefined): string[] {
  const noun = unit?.toLowerCase();
  const end = noun === undefined ? -1 : after.slice(0, SHARE_OF_WORDS).indexOf(noun);
  if (end < 0) return after.slice();
  const aux = after.findIndex((w, k) => k > end && PREDICATE_AUXILIARIES.has(w));
  return aux < 0 ? [] : after.slice(aux);
}

/** Whether the figure is the whole of a share ("Eighty-eight of the [173 people]"): its clause so far ends in a figure and "of (the)". */
function partitiveWhole(before: readonly string[]): boolean {
  let k = before.length - 1;
  if (before[k] === 'the') k--;
  if (before[k] !== 'of') return false;
  const w = before[k - 1];
  return w !== undefined && (/^\d/.test(w) || parseQuantity(w) !== null);
}

/**
 * The words of a whole's own phrase ("people evacuated" in "Twelve of the 40 people evacuated were
 * children"): up to the share's predicate; none when no auxiliary marks where it starts ("Two of
 * the 12 people survived": the verb may be the share's).
 */
function wholeOf(after: readonly string[]): string[] {
  const aux = after.findIndex((w) => PREDICATE_AUXILIARIES.has(w));
  return aux < 0 ? [] : after.slice(0, aux);
}

/** Whether a fact of `factOf` is a state of people (`peopleState`): compared across sentences. */
export const isPeopleState = (fact: string): boolean => fact.startsWith('people ');

/** What a state of people says of them, for a finding's subject: "rescued alive", "in shelters". */
export function stateWords(fact: string): string {
  const colon = fact.indexOf(': ');
  return isPeopleState(fact) && colon > 0 ? fact.slice('people '.length, colon) : '';
}

/** How many words before the figure its verb is read ("evacuated about 2,000 people"), and after it its state. */
const STATE_BEFORE = 3;
const STATE_AFTER = 8;
/** How far before a place noun its "in" is read ("in 11 emergency shelters"). */
const PLACE_IN_WORDS = 3;

/** The words of the figure's clause before it, nearest last: back to a comma or a clause end. */
function clauseBefore(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    if (w === ',' || CLAUSE_END.has(w)) out.length = 0;
    else out.push(w);
  }
  return out;
}

/** The words of the figure's clause after it: up to a comma or a clause end. */
function clauseAfter(text: string): string[] {
  const out: string[] = [];
  const words = wordsOf(text);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (CLAUSE_END.has(w) || (w === ',' && !inList(words, k))) break;
    if (w !== ',') out.push(w);
  }
  return out;
}

/**
 * Whether the comma at `k` joins the items of a list of single words ("2,500 rescuers, soldiers
 * and volunteers were working"): the word after it is followed by another comma or "and"/"or".
 */
function inList(words: readonly string[], k: number): boolean {
  const item = words[k + 1];
  const next = words[k + 2];
  return item !== undefined && item !== ',' && !CLAUSE_END.has(item) && (next === ',' || next === 'and' || next === 'or');
}

/**
 * The state a state word among `words` from `from` on names (the first), '' when none or when it is
 * not yet ("to be evacuated"). A place people stay in names a state after "in" only ("in makeshift
 * tents"), read in the words before `from` too.
 */
function stateIn(words: readonly string[], from = 0): string {
  let staying = '';
  for (let k = from; k < words.length; k++) {
    const w = words[k] as string;
    const state = PEOPLE_STATES[w];
    if (state === undefined) continue;
    if (PEOPLE_PLACES.has(w) && !placeLead(words, k)) continue;
    if (SHELTER_CENTRES.has(w) && !SHELTER_CENTRE_LEADS.has(words[k - 1] ?? '')) continue;
    if (STATE_NOT_YET.has(words[k - 1] ?? '')) return staying;
    // "sheltering in 63 relief camps": the place after a word of staying names the state
    if (STAYING_STATES.has(w) && staying === '') {
      staying = state;
      continue;
    }
    return staying !== '' && !PEOPLE_PLACES.has(w) ? staying : state;
  }
  return staying;
}

/** Whether a place noun at `k` is where people are: "in (makeshift) tents", "moved to relief camps" (not "to be moved to"). */
function placeLead(words: readonly string[], k: number): boolean {
  for (let j = Math.max(0, k - PLACE_IN_WORDS); j < k; j++) {
    const x = words[j] as string;
    if (PLACE_IN.has(x)) return true;
    // "moved to relief camps", not "could be moved to relief camps" (not yet)
    if (x === 'to' && PLACE_TO_VERBS.has(words[j - 1] ?? '')) return !STATE_NOT_YET.has(words[j - 2] ?? '');
  }
  return false;
}

/** "another 300 people", "300 more people", "an additional 300": a part added to a total. "More than 300" is a hedge. */
function isIncrement(v: ClaimValue, at: number): boolean {
  const previous = wordsOf(v.sentence.slice(0, at)).pop() ?? '';
  if (INCREMENT_WORDS.has(previous) || previous === 'from') return true;
  const words = wordsOf(v.text);
  return words.some((w, k) => INCREMENT_WORDS.has(w) && !(w === 'more' && words[k + 1] === 'than'));
}

/** Words that open another clause after a figure's: a place there is another event's ("before the storm made landfall near Dorsk"). */
const OTHER_CLAUSE = new Set([...EN.clauses.subordinators, ...EN.clauses.contrasts, 'where', 'which', 'who']);

/** The text after a figure up to the end of its clause: a comma, a clause mark, or a word opening another clause. */
function ownClauseAfter(text: string): string {
  const cut = text.split(/[,;:—–(]/)[0] ?? '';
  const m = /\b(\p{L}+)\b/gu;
  for (let w = m.exec(cut); w !== null; w = m.exec(cut)) if (OTHER_CLAUSE.has((w[1] as string).toLowerCase())) return cut.slice(0, w.index);
  return cut;
}

/** The capitalised words after a place preposition in `text` ("in the Dorsk valley": "Dorsk"), joined; '' when none. */
function placeIn(text: string): string {
  const places: string[] = [];
  const re = /\b(\p{L}+)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (PLACE_PREPOSITIONS.has((m[1] as string).toLowerCase())) places.push(m[2] as string);
  }
  return places.join(', ');
}
