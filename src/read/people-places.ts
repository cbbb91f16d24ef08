/**
 * Places that are not people: the words around a capitalised name that make it a place ("south
 * of Capo Sorbo", "in Winder Georgia", "the provinces of Farah and Badghis", "Kelmar's
 * governor", "in Herat, Farah, and Badghis"). Read by the candidates (people-candidates.ts), which
 * drop such names, and by the short forms (people-short-forms.ts), where a word used as a place is
 * no lone surname. Kept apart because it reads place words, not names or titles.
 */
import type { Doc, Token } from '../types.js';
import { CALENDAR_WORDS, PLACE_NAMES } from './names.js';
import { COUNTRY_DEMONYM_ENDINGS, LOCATIVES_BEFORE_PLACE_WORD } from '../lang/en/places.js';
import { LOCATIVE_PREPOSITIONS, PLACE_NOUNS_AFTER, PLACE_OF_HEADS, PLACE_POSSESSIONS } from '../lang/en/people.js';
import { isGivenName } from './person-evidence.js';
import { APOSTROPHE_S, isUpperStart, type NameWord } from './people-runs.js';
import { SetCache } from '../set-cache.js';

/** The name at `start` follows "<place word> of" ("south of", "the port of"). */
export function placeOf(doc: Doc, start: number): boolean {
  const head = doc.tokens[start - 2];
  return doc.tokens[start - 1]?.lower === 'of' && head !== undefined && head.text === head.lower && PLACE_OF_HEADS.has(head.lower);
}

/**
 * "the provinces of Farah and Badghis", "the towns of Amatrice, Accumoli and Arquata": a name
 * joined only by commas, "and" or "or" to a name read as a place (`placeEnd`, where it ends) is
 * a place too, unless it starts with a known given name ("... south of Kessa and Ana Ruiz said").
 */
export function listedAfterPlace(doc: Doc, start: number, placeEnd: number, words: readonly NameWord[]): boolean {
  if (placeEnd < 0 || start <= placeEnd || start - placeEnd > 2 || isGivenName(words[0]?.text ?? '')) return false;
  for (let i = placeEnd; i < start; i++) {
    const t = doc.tokens[i]?.lower;
    if (t !== ',' && t !== 'and' && t !== 'or') return false;
  }
  return true;
}

/**
 * "in Winder Georgia", "near Dunmore Ohio": after a locative preposition, a name of two words
 * whose last is a known country or state and whose first is no known given name is a town and its
 * state written without the comma ("Paris Hilton" keeps her given name).
 */
export function townAndState(doc: Doc, words: readonly NameWord[], start: number): boolean {
  if (words.length !== 2 || !PLACE_NAMES.has(words[1]?.lower ?? '') || isGivenName(words[0]?.text ?? '')) return false;
  const before = doc.tokens[start - 1]?.lower ?? '';
  return before === 'to' || LOCATIVE_PREPOSITIONS.has(before);
}


/**
 * Capitalised words a document uses as places: after a locative preposition ("in Bakhmut"),
 * also past a country's possessive and its adjectives ("in Ecuador's central Andes"), right
 * before a landform's or a settlement's noun ("the Sangalpa volcano erupted", "Kelmar Province"),
 * before a possessive of a place's office or people ("Kelmar's governor"), and listed with such a
 * place ("in Farah and Badghis", "in Herat, Farah, and Badghis").
 */
export function locatedWords(doc: Doc): Set<string> {
  const located = new Set<string>();
  // the last token of the last place read (a place of several words: "in San Pedro and Kessa"),
  // and whether that place was an item after a bare comma ("Herat, Farah, and …")
  let lastPlace = -1;
  let commaItem = false;
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i] as Token;
    if (!isUpperStart(tok.text)) continue;
    const listed = listedWithPlace(doc, i, lastPlace, commaItem);
    if (placeWordAt(doc, i) || listed !== null) {
      located.add(tok.lower);
      commaItem = listed === ',';
      if (!CALENDAR_WORDS.has(tok.lower)) lastPlace = i; // "In March, Ruiz said": a month leads no list of places
    } else if (lastPlace === i - 1) {
      lastPlace = i; // "San Pedro": the place goes on
    }
  }
  return located;
}

/** Whether the capitalised token at `i` is used as a place by the words around it (see `locatedWords`). */
function placeWordAt(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  // "KESSELBY, Marrovia (AP) —", "TOLVAR, Dravia, May 3 (Reuters) -": the country of a wire dateline
  if (doc.tokens[i - 1]?.text === ',' && (next?.text === '(' || next?.text === ',') && datelineCityBefore(doc, i - 1)) return true;
  // "the Kelmar district", "Kelmar Province"
  if (next !== undefined && PLACE_NOUNS_AFTER.has(next.lower) && (next.text === next.lower || isUpperStart(next.text))) return true;
  // "Kelmar's governor", "Kelmar’s residents"
  const owned = doc.tokens[i + 2];
  if (next !== undefined && APOSTROPHE_S.test(next.text) && owned !== undefined && owned.text === owned.lower && PLACE_POSSESSIONS.has(owned.lower)) return true;
  let k = i - 1;
  while (k > 0 && doc.tokens[k]?.pos === 'ADJ' && !isUpperStart(doc.tokens[k]?.text ?? '')) k--;
  if (APOSTROPHE_S.test(doc.tokens[k]?.text ?? '') && isUpperStart(doc.tokens[k - 1]?.text ?? '')) k -= 2;
  return LOCATIVES_BEFORE_PLACE_WORD.has(doc.tokens[k]?.lower ?? '');
}

/** Letters of a dateline's city, all capitals ("KESSELBY", "PORT SELLA"). */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Whether the words before the comma at `comma` are a wire dateline's city in capitals, and
 * nothing but it opens the sentence ("KESSELBY, ..."; not "the NATO summit, Dravia (AP)").
 */
function datelineCityBefore(doc: Doc, comma: number): boolean {
  const first = doc.tokens[comma - 1];
  if (first === undefined || !CAPITALS.test(first.text)) return false;
  const sentence = doc.sentences[first.sentence];
  if (sentence === undefined) return false;
  for (let k = sentence.tokenStart; k < comma; k++) {
    const t = doc.tokens[k] as Token;
    if (t.type === 'word' ? !CAPITALS.test(t.text) : t.type !== 'spacing' && t.pos !== 'SPACE') return false;
  }
  return true;
}

/** Most items of a list of places read ahead to find its "and"/"or". */
const LIST_ITEMS_MAX = 6;

/**
 * "Farah and Badghis", "Herat, Farah, and Badghis": how the capitalised token at `i` is the next
 * item of a list whose item before ends at `lastPlace` ("and" or ","; null: it is not). An item
 * after a bare comma counts only when the list goes on to an "and"/"or" ("In Kessa, Ruiz said"
 * is no list); ", and" only after such an item ("in Saudi Arabia, and Ruiz met" joins clauses);
 * and no item is followed by a verb ("in Kessa and Ruiz said": Ruiz is the next clause's subject).
 */
function listedWithPlace(doc: Doc, i: number, lastPlace: number, commaItem: boolean): 'and' | ',' | null {
  if (lastPlace < 0 || i - lastPlace > 3) return null;
  const a = doc.tokens[lastPlace + 1];
  let join: 'and' | ',' | null = null;
  if (i - lastPlace === 2) join = joins(a) ? 'and' : a?.text === ',' && listGoesOn(doc, i) ? ',' : null;
  else if (i - lastPlace === 3 && commaItem && a?.text === ',' && joins(doc.tokens[lastPlace + 2])) join = 'and';
  if (join === null) return null;
  let end = i + 1;
  while (isUpperStart(doc.tokens[end]?.text ?? '')) end++;
  const after = doc.tokens[end]?.pos;
  return after === 'VERB' || after === 'AUX' ? null : join;
}

function joins(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === 'and' || t.lower === 'or');
}

/** Whether a list item starting at `i` is followed, over more comma-set items, by "and"/"or". */
function listGoesOn(doc: Doc, i: number): boolean {
  let j = i;
  for (let items = 0; items < LIST_ITEMS_MAX; items++) {
    while (isUpperStart(doc.tokens[j]?.text ?? '')) j++;
    const t = doc.tokens[j]?.lower;
    if (t === 'and' || t === 'or') return true;
    if (t !== ',') return false;
    const after = doc.tokens[j + 1]?.lower;
    if (after === 'and' || after === 'or') return true;
    if (!isUpperStart(doc.tokens[j + 1]?.text ?? '')) return false;
    j++;
  }
  return false;
}

/** Shortest stem a demonym ending may follow ("Tarsia" -> "Tars"): a short word ("Ana", "Lia") is no country's name. */
const DEMONYM_STEM = 3;

/** Country words a document reads by their demonym, per doc and asked word (`countriesByDemonym`). */
const demonymCountriesOf = new SetCache<Doc, Map<string, boolean>>();

/**
 * The words of `words` (lower case, one-word names) that a document uses as a country's name by
 * its people's name (COUNTRY_DEMONYM_ENDINGS): "Tarsia" where it says "the Tarsian embassy",
 * "Tarsian President X" or "two Tarsians". The demonym must be capitalised and used as one: plural,
 * or before another word ("Tarsian embassy", "Tarsian President"); neither it nor the word may be a
 * known given name ("Julia" and "Julian Brant"). Asked only for the few words that would be lone
 * surnames.
 */
export function countriesByDemonym(doc: Doc, words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (words.size === 0) return out;
  let known = demonymCountriesOf.get(doc);
  if (known === undefined) demonymCountriesOf.set(doc, (known = new Map()));
  const forms = new Map<string, string>(); // demonym (singular or plural) -> the word
  for (const w of words) {
    const seen = known.get(w);
    if (seen !== undefined) {
      if (seen) out.add(w);
      continue;
    }
    known.set(w, false);
    if (isGivenName(w)) continue;
    for (const [end, people] of COUNTRY_DEMONYM_ENDINGS) {
      if (!w.endsWith(end) || w.length - end.length < DEMONYM_STEM) continue;
      const d = w.slice(0, w.length - end.length) + people;
      forms.set(d, w).set(`${d}s`, w);
    }
  }
  if (forms.size === 0) return out;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const w = forms.get(tok.lower);
    if (w === undefined || out.has(w) || !isUpperStart(tok.text) || isGivenName(tok.text)) continue;
    const next = tokens[i + 1];
    const plural = tok.lower.endsWith('s') && !w.endsWith('s');
    if (plural || (next !== undefined && next.type === 'word' && next.sentence === tok.sentence)) {
      out.add(w);
      known.set(w, true);
    }
  }
  return out;
}
