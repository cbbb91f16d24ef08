/**
 * Cross-version unification of people values: a surname-only value ("Polyakova" in a
 * copy that never gives her first name) takes the key and display name of the unique
 * full-named person with that surname anywhere in the set; failing that, of the unique
 * full name holding that word ("Wenhua" → Li Wenhua, "Park" → Park Min-seo). A surname shared
 * by several full names of the same version ("Veldar": Tomas and Irena Veldar) is one of them,
 * already listed, and is dropped. A tentative
 * surname (seen once, as a speaker) that resolves to nobody is dropped. Values of other kinds, and
 * surnames shared by several full names, are left alone. Pure: returns new objects.
 */
import type { ClaimValue, Doc, Rule } from '../types.js';
import { NAME_PARTICLES, differentInitials, foldSurname, foldText, givenRoot, hasGivenName, isSurnameOnlyKey, personKey, surnameKey } from '../read/names.js';
import { findPeople, loneNames, organisationsNamed, stronglyNamedPeople, unconfirmedPeople } from '../read/people.js';
import { placesNamed } from '../read/people-candidates.js';
import { countriesByDemonym } from '../read/people-places.js';
import { isReignName } from '../read/people-short-forms.js';
import { ROYAL_TITLES } from '../lang/en/people.js';
import { personValues } from './people.js';
import { SetCache } from '../set-cache.js';

/** Person keys by the first doc of a set, with the docs they were read from: every rule of the set asks. */
const setKeysOf = new SetCache<Doc, { docs: readonly Doc[]; keys: ReadonlySet<string> }>();

/**
 * Keys of the names some version of the set reads as a person's with strong evidence (a title, a
 * role, "said", a given name), less those any version marks as a place or an organisation.
 */
export function setPersonKeys(docs: readonly Doc[]): ReadonlySet<string> {
  const first = docs[0];
  if (first === undefined) return new Set();
  const known = setKeysOf.get(first);
  if (known !== undefined && known.docs.length === docs.length && known.docs.every((d, k) => d === docs[k])) return known.keys;
  const keys = new Set<string>();
  const blocked = new Set<string>();
  for (const doc of docs) {
    for (const k of stronglyNamedPeople(doc)) keys.add(k);
    for (const k of placesNamed(doc)) blocked.add(k);
    for (const k of organisationsNamed(doc)) blocked.add(k);
  }
  for (const k of blocked) keys.delete(k);
  setKeysOf.set(first, { docs: [...docs], keys });
  return keys;
}

/**
 * A name one version reads as a person's is a person's in every version of the set: "Argentina's
 * Marcela Ruiz" lacks evidence where another version says "Argentine President Marcela Ruiz".
 * The versions naming such a name are read again with it, by the rule they were read with.
 */
export function withSetPeople(values: readonly ClaimValue[], docs: readonly Doc[], rule: Rule): ClaimValue[] {
  const confirmed = setPersonKeys(docs);
  const surnames = confirmed.size > 0 ? confirmedSurnames(confirmed) : undefined;
  const again = new Map<string, ClaimValue[]>();
  for (const doc of docs) {
    const extra = unconfirmedPeople(doc).filter((m) => confirmed.has(m.key));
    // "Dankert" alone here, "Prime Minister Ivo Dankert" in another version: his surname (one such person in the set)
    if (surnames !== undefined) for (const m of loneNames(doc)) if (surnames.get(surnameKey(m.text)) === 1) extra.push(m);
    if (extra.length === 0) continue;
    const people = [...findPeople(doc), ...extra].sort((a, b) => a.span.start - b.span.start);
    again.set(doc.version.id, personValues(doc, rule, people));
  }
  if (again.size === 0) return [...values];
  const out = values.filter((v) => !again.has(v.version));
  for (const list of again.values()) out.push(...list);
  return out;
}

/** How many of the set's people named in full (`setPersonKeys`) have each surname (folded). */
function confirmedSurnames(keys: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) {
    if (isSurnameOnlyKey(key)) continue;
    const sur = surnameKey(key.slice('person:'.length));
    out.set(sur, (out.get(sur) ?? 0) + 1);
  }
  return out;
}

/** Mentions without the names the set shows to be people's (a rule that lists no names of its own). */
export function withoutSetPeople(values: readonly ClaimValue[], docs: readonly Doc[]): ClaimValue[] {
  const people = setPersonKeys(docs);
  if (people.size === 0) return [...values];
  return values.filter((v) => !(String(v.value).includes(' ') && people.has(personKey(String(v.value)))));
}

/**
 * People values without the names some version of the set marks as a place: "Marina di Sorbo"
 * is a person to the copy that only says "brought ashore at Marina di Sorbo", but another
 * copy names "the port of Marina di Sorbo".
 */
export function withoutPlaces(values: readonly ClaimValue[], docs: readonly Doc[]): ClaimValue[] {
  const places = new Set<string>();
  for (const doc of docs) for (const place of placesNamed(doc)) places.add(place);
  // a lone name another version uses as a country by its people's name ("Tarsia" … "the Tarsian embassy")
  const lone = new Set<string>();
  for (const v of values) if (v.kind === 'people' && isSurnameOnlyKey(v.key) && !v.key.includes(' ')) lone.add(v.key.slice('person:'.length));
  if (lone.size > 0) for (const doc of docs) for (const w of countriesByDemonym(doc, lone)) places.add(`person:${w}`);
  if (places.size === 0) return [...values];
  return values.filter((v) => v.kind !== 'people' || !places.has(v.key));
}

export function unifyPeople(values: readonly ClaimValue[]): ClaimValue[] {
  const names = indexNames(values);
  const fuller = fullerNames(names.bySurname);
  for (const [key, longer] of leadingParts(values)) if (!fuller.has(key)) fuller.set(key, longer);
  for (const [key, first] of invertedNames(values)) if (!fuller.has(key)) fuller.set(key, first);
  const fullIn = fullNamesByVersion(values);
  const resolved = values.map((v) => resolvePerson(v, names, fuller, fullIn));
  // A tentative lone surname ("Ryanair said") that names nobody of the set is dropped.
  return resolved.filter((v): v is ClaimValue => v !== null && v.person?.tentative !== true);
}

/**
 * Two-word names written in both orders across the set ("Shinzo Abe" in one outlet, "Abe Shinzo" in
 * another, which follows the Japanese order): one person, named as the set first names them.
 */
function invertedNames(values: readonly ClaimValue[]): Map<string, { key: string; name: string }> {
  const firstOf = new Map<string, { key: string; name: string }>(); // the two words, sorted -> the first full name
  const out = new Map<string, { key: string; name: string }>();
  for (const v of values) {
    if (v.kind !== 'people' || isSurnameOnlyKey(v.key)) continue;
    // the written words, not the key (whose given name is its root: "Abe" → "abraham")
    const name = v.person?.name ?? String(v.value);
    const words = foldText(name).split(/\s+/u);
    if (words.length !== 2 || v.key.split(' ').length !== 2) continue;
    const pair = [...words].sort().join(' ');
    const first = firstOf.get(pair);
    if (first === undefined) firstOf.set(pair, { key: v.key, name });
    else if (first.key !== v.key) out.set(v.key, first);
  }
  return out;
}

/** Full names per surname, and per any word of the name: word → key → display name (first seen). */
interface NameIndex {
  bySurname: Map<string, Map<string, string>>;
  byWord: Map<string, Map<string, string>>;
}

function indexNames(values: readonly ClaimValue[]): NameIndex {
  const index: NameIndex = { bySurname: new Map(), byWord: new Map() };
  // The versions repeat their people: a key with the name last indexed for it adds nothing
  // (addName keeps the first name of a key), so its name is not split and folded again.
  const indexed = new Map<string, string>();
  for (const v of values) {
    if (v.kind !== 'people' || isSurnameOnlyKey(v.key)) continue;
    const name = v.person?.name ?? String(v.value);
    if (indexed.get(v.key) === name) continue;
    indexed.set(v.key, name);
    if (!hasGivenName(name)) continue;
    addName(index.bySurname, surnameKey(name), v.key, name);
    for (const w of foldText(name).split(/\s+/u)) if (!NAME_PARTICLES.has(w)) addName(index.byWord, foldSurname(w), v.key, name);
  }
  return index;
}

/** Version -> the keys of the full names it gives. */
function fullNamesByVersion(values: readonly ClaimValue[]): Map<string, Set<string>> {
  const fullIn = new Map<string, Set<string>>();
  for (const v of values) {
    if (v.kind !== 'people' || isSurnameOnlyKey(v.key)) continue;
    let keys = fullIn.get(v.version);
    if (keys === undefined) fullIn.set(v.version, (keys = new Set()));
    keys.add(v.key);
  }
  return fullIn;
}

type Fuller = ReadonlyMap<string, { key: string; name: string }>;

/** A copy of `v`, its person named by the set's fullest name for them; null for a lone surname that is ambiguous in its version. */
function resolvePerson(v: ClaimValue, names: NameIndex, fuller: Fuller, fullIn: ReadonlyMap<string, Set<string>>): ClaimValue | null {
  const copy: ClaimValue = { ...v, span: { ...v.span } };
  if (v.person) copy.person = { ...v.person };
  if (v.kind !== 'people') return copy;
  const longer = fuller.get(v.key);
  if (longer) return renamed(copy, longer.key, longer.name);
  if (!isSurnameOnlyKey(v.key)) return copy;
  // "Wenhua" → Li Wenhua: by surname, else by any word of a unique full name.
  const short = v.key.replace(/^person:/u, '');
  const all = names.bySurname.get(short) ?? names.byWord.get(short);
  // "King Tomas", "Ulf III": a monarch's name resolves to a reign name only, never to "Tomas Brenner"
  const candidates = all && isRoyal(v) ? reignNamesOf(all) : all;
  // "Veldar" next to Tomas Veldar and Irena Veldar in the same version: one of them, already listed
  if (candidates && candidates.size > 1 && [...candidates.keys()].some((k) => fullIn.get(v.version)?.has(k) === true)) return null;
  if (!candidates || candidates.size !== 1) return copy;
  const [only, shortName] = [...candidates][0] as [string, string];
  // "Echeverría" → Ramón Echeverría → Ramón Echeverría Solís
  const { key, name } = fuller.get(only) ?? { key: only, name: shortName };
  return renamed(copy, key, name);
}

function renamed(copy: ClaimValue, key: string, name: string): ClaimValue {
  copy.key = key;
  copy.value = name;
  copy.person = { name, title: copy.person?.title ?? null, key };
  return copy;
}

/** A people value naming a monarch: after a royal title ("Queen Ines"), or a reign name ("Ulf III"). */
function isRoyal(v: ClaimValue): boolean {
  const title = (v.person?.title ?? '').toLowerCase().split(/\s+/u);
  return ROYAL_TITLES.has(title[title.length - 1] ?? '') || isReignName(v.text ?? String(v.value));
}

/** The names of a candidate map that are reign names ("Felipe VI"). */
function reignNamesOf(names: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...names].filter(([, name]) => isReignName(name)));
}

function addName(map: Map<string, Map<string, string>>, word: string, key: string, name: string): void {
  const keys = map.get(word) ?? new Map<string, string>();
  if (!keys.has(key)) keys.set(key, name);
  map.set(word, keys);
}

/**
 * A name whose words lead a longer name of the set is the same person, when that longer name
 * is the only one: a double surname written in full or not ("Ramón Echeverría" and "Ramón
 * Echeverría Solís": same given name, same first surname). Two longer names ("... Solís",
 * "... Palma": a father and a son) leave it alone.
 */
function leadingParts(values: readonly ClaimValue[]): Map<string, { key: string; name: string }> {
  const names = new Map<string, string>();
  for (const v of values) {
    if (v.kind !== 'people' || isSurnameOnlyKey(v.key)) continue;
    const name = v.person?.name ?? String(v.value);
    if (!names.has(v.key) && hasGivenName(name)) names.set(v.key, name);
  }
  const words = new Map([...names].map(([key, name]) => [key, foldText(name).split(/\s+/u)]));
  const out = new Map<string, { key: string; name: string }>();
  for (const [key, mine] of words) {
    if (mine.length < 2) continue;
    const longer = [...words].filter(([k, theirs]) => k !== key && theirs.length > mine.length && mine.every((w, i) => theirs[i] === w));
    if (longer.length !== 1) continue;
    const [k] = longer[0] as [string, string[]];
    out.set(key, { key: k, name: names.get(k) ?? '' });
  }
  return out;
}

/**
 * A name whose given names are all part of a longer name with the same surname is the
 * same person ("Tayyip Erdogan" and "Recep Tayyip Erdogan"), when that longer name is unique.
 */
function fullerNames(bySurname: ReadonlyMap<string, ReadonlyMap<string, string>>): Map<string, { key: string; name: string }> {
  const out = new Map<string, { key: string; name: string }>();
  // given names by their root ("Joe Biden" and "Joseph R. Biden": joseph ⊂ joseph r.)
  const given = (name: string): string[] => foldText(name).split(/\s+/).slice(0, -1).map(givenRoot);
  for (const keys of bySurname.values()) {
    if (keys.size < 2) continue;
    const entries = [...keys];
    for (const [key, name] of entries) {
      const mine = given(name);
      const longer = entries.filter(([k, other]) => {
        if (k === key) return false;
        const theirs = given(other);
        return theirs.length > mine.length && mine.every((g) => theirs.includes(g)) && !differentInitials(name, other);
      });
      if (longer.length === 1) {
        const [k, other] = longer[0] as [string, string];
        out.set(key, { key: k, name: other });
      }
    }
  }
  return out;
}
