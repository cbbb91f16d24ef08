/**
 * A company that speaks ("Dunmore Air said in a statement") is no person: a name whose last word
 * is a company's head ("Air", "Holdings", "Shipping") is read as an organisation. A person of the
 * same surname, and a name that starts with a given name, stay people.
 */
import { describe, expect, it } from 'vitest';
import { normalizedClaims } from './helpers/version-claims.js';

const DATE = '2026-04-02';
const named = (rule: string, text: string): string[] => [...new Set(normalizedClaims(rule, text, DATE).map((v) => String(v.value)))];

describe('companies named as speakers', () => {
  const text = 'A plane operated by Dunmore Air crashed near Velka on Tuesday, killing 12 people.\n\n"We are devastated," Dunmore Air said in a statement. Kessler Holdings, which owns the airline, said it would help the families.';

  it('"Dunmore Air said", "Kessler Holdings … said" name no people, and are organisations', () => {
    expect(named('people-named', text)).toEqual([]);
    expect(named('places-and-orgs-named', text)).toEqual(expect.arrayContaining(['Dunmore Air', 'Kessler Holdings']));
  });

  it('a person of the company\'s name still is one: "Anders Holm of Holm Shipping said"', () => {
    const people = named('people-named', 'Anders Holm of Holm Shipping said the ferry had been inspected in March. Holm Shipping owns four ferries.');
    expect(people).toContain('Anders Holm');
    expect(people).not.toContain('Holm Shipping');
  });
});
