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
  GROUP_JOINERS,
  HEAD_OF_GOVERNMENT_LEADS,
  LEADER_NOUNS,
  SIGNING_WORDS,
  TAKING_PART_WORDS,
  VICTIM_NOUNS,
} from '../lang/en/attendance.js';
import { canonicalUnit } from '../lang/en/units.js';
import { valueAt } from '../claim-value.js';
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
