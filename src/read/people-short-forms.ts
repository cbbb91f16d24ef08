/**
 * Names of one word (people.ts, after the candidates): the full name a short form stands for
 * ("Lammy" → David Lammy, by surname or any word of the name), a couple sharing a surname ("Joe
 * and Ann Brett"), a monarch's own name ("King Tomas"), a given name after a kin noun ("his wife,
 * Anouk"), and the surnames used alone that a document still reads as people (the recurring
 * subject of a verb, a speaker). Kept apart from the candidates (people-candidates.ts): it reads
 * the whole document's candidates at once, not one run.
 */
import type { Doc, Token } from '../types.js';
import { foldSurname, surnameKey } from './names.js';
import { KIN_LEADS, KIN_NOUNS, PEOPLE_GROUP_WORDS, ROYAL_TITLES, isPersonNounOrPlural } from '../lang/en/people.js';
import { isGivenName } from './person-evidence.js';
import { tight } from './people-runs.js';
import { countriesByDemonym, locatedWords } from './people-places.js';
import { thingNames } from './people-things.js';
import { REGNAL, surnameOfCandidate, type Candidate } from './people-candidates.js';

const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'stated', 'states', 'wrote', 'writes',
  'argued', 'argues', 'warned', 'warns', 'explained', 'explains', 'insisted', 'insists', 'acknowledged',
  'testified', 'tweeted', 'posted', 'announced', 'announces', 'claimed', 'claims', 'suggested', 'suggests',
]);

/** A speech verb within 8 tokens after the name, in the same sentence ("Polyakova from the X noted"). */
function attributes(doc: Doc, c: Candidate): boolean {
  for (let j = c.end; j < c.end + 8; j++) {
    const tok = doc.tokens[j];
    if (!tok || tok.sentence !== c.sentence) return false;
    if (ATTRIBUTION_VERBS.has(tok.lower)) return true;
    // "Meteorology, Climatology and Geophysics Agency said": a list of name parts.
    if (tok.text === ',' || tok.text === ';' || tok.lower === 'and' || tok.lower === 'or') return false;
  }
  return false;
}

export function isModifier(next: Token | undefined): boolean {
  return next !== undefined && next.type === 'word' && next.text === next.lower && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * Surnames used alone, never introduced in full (a copy that starts mid-story, or an
 * AI rewrite that drops first names): kept when the word is never after a locative
 * preposition anywhere in the document ("in Bakhmut" marks a place), and either occurs
 * at least twice as a one-word candidate with at least one use as the subject of a
 * verb ("Rubio wrote", "Rubio also spoke"), or is the speaker of a statement
 * ("Polyakova from the Center ... noted"); and never the name of a storm or a company
 * (people-things.ts: "Typhoon Rai" ... "Rai killed 12", "Transandina Airlines" ... "Transandina said").
 */
export function recurringSubjects(doc: Doc, cands: readonly Candidate[]): Map<string, Strength> {
  const counts = new Map<string, number>();
  const subject = new Set<string>();
  const speakers = new Set<string>();
  for (const c of cands) {
    if (c.words !== 1) continue;
    // A capitalised common noun ("Organisers said") is tagged NOUN and has a lemma of its own.
    const first = doc.tokens[c.start];
    if (first && (first.pos !== 'PROPN' || first.lemma !== first.lower)) continue;
    const tok = { lower: c.text.toLowerCase() };
    // "Families of the missing kept a vigil", "Survivors said": people named by what they are
    if (isPersonNounOrPlural(tok.lower) || PEOPLE_GROUP_WORDS.has(tok.lower)) continue;
    // "Local officials said", "Election workers": a capitalised modifier of a common noun.
    if (isModifier(doc.tokens[c.end])) continue;
    counts.set(tok.lower, (counts.get(tok.lower) ?? 0) + 1);
    let j = c.end;
    while (doc.tokens[j]?.pos === 'ADV') j++;
    const verb = doc.tokens[j];
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !tight(doc.tokens[j - 1], verb)) subject.add(tok.lower);
    if (attributes(doc, c)) speakers.add(tok.lower);
  }
  const located = locatedWords(doc);
  // the words that would be kept, asked whether the document names a storm or a company by them
  const kept = new Set<string>();
  for (const [word, n] of counts) if (speakers.has(word) || (n >= 2 && subject.has(word))) kept.add(word);
  const things = thingNames(doc, kept);
  // "Tarsia was represented by …" where the document says "the Tarsian embassy": a country
  const countries = countriesByDemonym(doc, kept);
  const out = new Map<string, Strength>();
  for (const [word, n] of counts) {
    if (located.has(word) || things.has(word) || countries.has(word)) continue;
    if (n >= 2 && (subject.has(word) || speakers.has(word))) out.set(surnameKey(word), 'strong');
    else if (speakers.has(word)) out.set(surnameKey(word), 'tentative');
  }
  return out;
}

/**
 * How sure a lone surname is: `strong` (after a title head, or the recurring subject of a
 * verb), `tentative` (one statement: "Polyakova ... noted", but also "Ryanair said"). A
 * tentative name is kept only if the set names a person with that surname in full.
 */
type Strength = 'strong' | 'tentative';

/** Full names introduced in a document, for resolving short forms. */
interface NameIndex {
  /** key → display (first occurrence). */
  display: Map<string, string>;
  bySurname: Map<string, Set<string>>;
  /** Any word of a full name (folded) → keys ("wenhua" and "li" → Li Wenhua). */
  byWord: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, word: string, key: string): void {
  const set = map.get(word) ?? new Set<string>();
  set.add(key);
  map.set(word, set);
}

export function indexFullNames(doc: Doc, cands: readonly Candidate[]): NameIndex {
  const index: NameIndex = { display: new Map(), bySurname: new Map(), byWord: new Map() };
  for (const c of cands) {
    if (c.words < 2) continue;
    const { text, key } = c;
    if (!index.display.has(key)) index.display.set(key, text);
    addTo(index.bySurname, surnameOfCandidate(c), key);
    for (const w of c.lower) addTo(index.byWord, foldSurname(w), key);
  }
  return index;
}

/** The one full name a short form stands for: by surname, else by any word of the name. */
export function resolveShortForm(index: Pick<NameIndex, 'bySurname' | 'byWord'>, text: string, surname = surnameKey(text)): string | undefined {
  const bySurname = index.bySurname.get(surname);
  if (bySurname) return bySurname.size === 1 ? [...bySurname][0] : undefined;
  const byWord = index.byWord.get(foldSurname(text));
  return byWord && byWord.size === 1 ? [...byWord][0] : undefined;
}

/** A name ending in a regnal number ("Felipe VI", "Carl XVI Gustaf" is none: its number is inside). */
export function isReignName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 2 && REGNAL.test(words[words.length - 1] ?? '');
}

/** "his wife, Anouk", "with her husband Tom": a lone given name after a possessive kin noun. */

export function kinBefore(doc: Doc, c: Candidate): boolean {
  let k = c.titleStart - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const before = doc.tokens[k - 1]?.lower ?? '';
  return KIN_NOUNS.has(doc.tokens[k]?.lower ?? '') && KIN_LEADS.has(before);
}

/** A lone name right after a royal title ("King Tomas", "Pope Leo"): the monarch's own name. */
export function royalShortForm(doc: Doc, c: Candidate): boolean {
  return c.titleStart < c.start && ROYAL_TITLES.has(doc.tokens[c.start - 1]?.lower ?? '');
}

/**
 * "Joe and Ann Brett": a lone given name joined by "and" to a two-word name is a couple
 * sharing the surname ("Joe Brett"), not a short form of anyone.
 */
export function coupleName(doc: Doc, c: Candidate, byStart: ReadonlyMap<number, Candidate>): string | undefined {
  if (c.titleStart !== c.start || !isGivenName(c.text) || doc.tokens[c.end]?.lower !== 'and') return undefined;
  const partner = byStart.get(c.end + 1);
  if (partner === undefined || partner.words !== 2 || !isGivenName(partner.lower[0] ?? '')) return undefined;
  const space = partner.text.indexOf(' ');
  return space < 0 ? undefined : `${c.text} ${partner.text.slice(space + 1)}`;
}
