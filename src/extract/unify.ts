/**
 * Cross-version unification of people values: a surname-only value ("Polyakova" in a
 * copy that never gives her first name) takes the key and display name of the unique
 * full-named person with that surname anywhere in the set. Values of other kinds, and
 * surnames shared by several full names, are left alone. Pure: returns new objects.
 */
import type { ClaimValue } from '../types.js';
import { hasGivenName, isSurnameOnlyKey, surnameKey } from './names.js';

export function unifyPeople(values: readonly ClaimValue[]): ClaimValue[] {
  // Full names per surname: surname → key → display name (first seen).
  const bySurname = new Map<string, Map<string, string>>();
  for (const v of values) {
    if (v.kind !== 'people' || isSurnameOnlyKey(v.key)) continue;
    const name = v.person?.name ?? String(v.value);
    if (!hasGivenName(name)) continue;
    const sur = surnameKey(name);
    const keys = bySurname.get(sur) ?? new Map<string, string>();
    if (!keys.has(v.key)) keys.set(v.key, name);
    bySurname.set(sur, keys);
  }
  return values.map((v) => {
    const copy: ClaimValue = { ...v, span: { ...v.span } };
    if (v.person) copy.person = { ...v.person };
    if (v.kind !== 'people' || !isSurnameOnlyKey(v.key)) return copy;
    const candidates = bySurname.get(v.key.replace(/^person:/u, ''));
    if (!candidates || candidates.size !== 1) return copy;
    const [key, name] = [...candidates][0] as [string, string];
    copy.key = key;
    copy.value = name;
    copy.person = { name, title: v.person?.title ?? null, key };
    return copy;
  });
}
