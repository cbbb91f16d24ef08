/**
 * Precision on unseen wire copy (prec10). All sentences are written for these tests (fictional
 * storms, airlines, people and places).
 * 1. A named storm ("Typhoon Rai", "cyclone Bansi", "a hurricane named Odalys") and an airline
 *    or company ("Aerovías del Sur", "Transandina Airlines" ... "Transandina said") are no people,
 *    also where their name is used alone later; a real person of the same name keeps a title.
 * 2. A share in a relative aside ("Eight miners, two of whom were trapped, died"; "Eleven people,
 *    two of whom were children, were killed") is a part, never the headline of a toll, missing or
 *    injured claim: the head count takes the verb after the aside; a share of people who died is
 *    no count of the missing or the injured.
 * 3. A sentence that splits one outcome by place ("In Kessel, 12 people ... were killed, and in
 *    Dorvan four died") gives each place's share: parts with their places, not a headline. A lone
 *    place ("In Kessel, 12 people were killed.") and two outcomes keep their headlines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import type { ClaimValue, Doc, Rule } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';

const DATE = '2026-06-10';
const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];

/** The distinct values of `ruleId` in a one-version set (as the pipeline normalizes and reads it). */
function named(ruleId: string, text: string): string[] {
  const out = normalize({ id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(`${text}\n`) });
  if (isInputProblem(out)) throw new Error(out.message);
  const docs = new Map<string, Doc>([['a', analyze(out)]]);
  const table = extractClaims(RULES, [{ id: 'a', date: DATE }], docs, DATE, kindOf);
  return [...new Set((table.get(ruleId)?.get('a') ?? []).map((v) => String(v.value)))];
}
const people = (text: string): string[] => named('people-named', text);

describe('a named storm is no person, also where its name is used alone', () => {
  it('"Typhoon Rai" ... "Rai killed", capitalised or lower-case storm noun', () => {
    expect(people('Typhoon Rai hit the islands on Thursday. Rai killed 12 people, said Arturo Delgado. Rai then moved west.'))
      .toEqual(['Arturo Delgado']);
    expect(people('Hurricane Odalys hit Velas. Odalys killed 12 people. Odalys then moved west, said Luis Mora.')).toEqual(['Luis Mora']);
    expect(people('Storm Hollis cut power to 40,000 homes. Hollis also felled trees, and Hollis is expected to reach the capital on Friday.'))
      .toEqual([]);
    expect(people('Floods from cyclone Bansi swamped the delta. Bansi killed 30 people. Bansi later moved out to sea.')).toEqual([]);
  });

  it('"a typhoon named Rai", "the hurricane, named Odalys by forecasters"', () => {
    expect(people('A typhoon named Rai hit the islands. Rai killed 12 people.')).toEqual([]);
    expect(people('The hurricane, named Odalys by forecasters, hit Velas. Odalys then weakened, and Odalys moved out to sea.')).toEqual([]);
  });

  it('the name set off by commas: "The typhoon, Rai, killed", "Bansi, a Category 4 cyclone,"', () => {
    expect(people('The typhoon, Rai, killed 12 people. Rai then moved west.')).toEqual([]);
    expect(people('Rai, the 15th storm to hit the country this year, killed 12 people. Rai then moved west.')).toEqual([]);
    expect(people('Bansi, a Category 4 cyclone, flattened homes. Bansi then moved west.')).toEqual([]);
  });

  it('near misses: a person after a storm noun that is no storm\'s name stays a person', () => {
    // a title makes a person of the name, even in a story about a storm of that name
    expect(people('Typhoon Rai hit the islands. Captain Rai, the ferry\'s master, said the crossing was cancelled. Rai said he waited in port.'))
      .toEqual(['Rai']);
    expect(people('Captain Rai said the landing was rough. Rai has flown for 20 years.')).toEqual(['Rai']);
    // "the storm" ends a phrase; "storm" as a verb; a storm noun inside a person's apposition
    expect(people('After the storm Delgado said the town would rebuild. Delgado also said aid was coming.')).toEqual(['Delgado']);
    expect(people('After the storm, Delgado, exhausted, said the town would rebuild. Delgado also said aid was coming.')).toEqual(['Delgado']);
    expect(people('After the storm, Delgado, the mayor, said the town would rebuild. Delgado also said aid was coming.')).toEqual(['Delgado']);
    expect(people('Fans storm Mendez\'s house. Mendez said he was scared. Mendez called police.')).toEqual(['Mendez']);
    expect(people('Delgado, a storm chaser, filmed the tornado. Delgado said it was huge.')).toEqual(['Delgado']);
    expect(people('During the hurricane, Mora stayed home. Mora said the wind was deafening.')).toEqual(['Mora']);
  });
});

describe('an airline or a company is no person', () => {
  it('airlines named in Spanish or Portuguese, before "said"', () => {
    expect(people('Aerovías del Sur flight 2141 crashed. Aerovías del Sur said the crew was experienced.')).toEqual([]);
    expect(people('Aerolíneas Andinas flight 55 crashed. Aerolíneas Andinas said the crew was experienced.')).toEqual([]);
    expect(people('Líneas Aéreas Serranas said the plane was inspected, said Ana Gil.')).toEqual(['Ana Gil']);
    expect(named('places-and-orgs-named', 'Aerovías del Sur said its flight landed safely.')).toContain('Aerovías del Sur');
  });

  it('the short name of a company named in full: "Transandina Airlines" ... "Transandina said"', () => {
    expect(people('Transandina Airlines flight 402 crashed. Transandina said the crew was experienced. Transandina also said the plane was new.'))
      .toEqual([]);
    expect(people('Shares of Kessler Holdings fell. Kessler said it would cut jobs, and Kessler also said it would sell its port unit.')).toEqual([]);
  });

  it('near misses: the founder named in full keeps the short form; a person of that name with no company keeps it', () => {
    expect(people('Anna Kessler founded Kessler Holdings. Kessler said profits fell.')).toEqual(['Anna Kessler']);
    expect(people('Transandina chief executive Paolo Ferri said the crew was experienced. Ferri said the plane was new.')).toEqual(['Paolo Ferri']);
    expect(people('Kessler said profits fell. Kessler also said the firm would hire.')).toEqual(['Kessler']);
  });
});

/** The values of `rule` in a one-paragraph version, as "value/role". */
function values(text: string, rule: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v: ClaimValue) => `${v.value}/${v.role ?? 'none'}`);
}

describe('a share in an "N of whom / of which" relative aside is a part', () => {
  it('the head count takes the verb after the aside (toll, injured, missing)', () => {
    expect(values('Eleven people, two of whom were children, were killed when the bus crashed near Orbel.', 'death-toll'))
      .toEqual(['11/headline', '2/part']);
    expect(values('Police said 16 people, six of whom were women, were injured in the stampede at Varsk station.', 'injured'))
      .toEqual(['16/headline', '6/part']);
    expect(values('Nine fishermen, four of whom were from Tesk, are missing after their boat capsized.', 'missing'))
      .toEqual(['9/headline', '4/part']);
    // "of which" (said of people in some copy): the share is no headline ("other", as after the head's verb)
    const which = values('Twelve soldiers, three of which were officers, were killed in the ambush near Lessen.', 'death-toll');
    expect(which.filter((v) => v.endsWith('/headline'))).toEqual(['12/headline']);
    expect(which).toHaveLength(2);
  });

  it("after the head's own verb the share stays a part (as before)", () => {
    expect(values('Eleven people were killed, two of whom were children, when the bus crashed near Orbel.', 'death-toll'))
      .toEqual(['11/headline', '2/part']);
    expect(values('At least 25 people died, seven of whom were children, the health ministry in Dalmor said.', 'death-toll'))
      .toEqual(['25/headline', '7/part']);
  });

  it('a share of the dead that was trapped, missing or injured is no count of the missing or injured', () => {
    const aside = 'Eight miners, two of whom were trapped, died in the collapse at the Kessa pit, officials said.';
    expect(values(aside, 'death-toll')).toEqual(['8/headline']);
    expect(values(aside, 'missing')).toEqual(['2/part']);
    expect(values('Eight miners died, two of whom had been trapped for days, officials said.', 'missing')).toEqual(['2/part']);
    expect(values('Eight miners, two of them trapped for days, died in the collapse.', 'missing')).toEqual(['2/part']);
    const found = 'Ten climbers, three of whom were missing for two days, were found dead on the ridge.';
    expect(values(found, 'death-toll')).toEqual(['10/headline']);
    expect(values(found, 'missing')).toEqual(['3/part']);
  });

  it('near misses: a share that is the whole count of its rule stays a headline', () => {
    // the head was carried, rescued or injured: the share's verb states the rule's whole count
    expect(values('The bus was carrying 40 passengers, 12 of whom were killed.', 'death-toll')).toEqual(['12/headline']);
    expect(values('Twenty people were injured, two of whom later died in hospital.', 'death-toll')).toEqual(['2/headline']);
    expect(values('Six people were rescued, five of whom were injured.', 'injured')).toEqual(['5/headline']);
    expect(values('Six people were rescued, five of them with injuries.', 'injured')).toEqual(['5/headline']);
  });
});

/** The values of `rule` as "value/role@place". */
function placed(text: string, rule: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v: ClaimValue) => `${v.value}/${v.role ?? 'none'}${v.place ? `@${v.place}` : ''}`);
}

describe('a sentence that splits one toll by place gives each place\'s share', () => {
  it('"In X, N ..., and in Y M ...": both figures are parts of their places', () => {
    expect(placed('In Kessel, 12 people, three of them children, were killed, and in Dorvan four died.', 'death-toll'))
      .toEqual(['12/part@Kessel', '3/part', '4/part@Dorvan']);
    expect(placed('In Kessel 12 people were killed; in Dorvan, four died.', 'death-toll')).toEqual(['12/part@Kessel', '4/part@Dorvan']);
    expect(placed('In the Kessel district, 12 people were killed, while in the Dorvan district four people died.', 'death-toll'))
      .toEqual(['12/part@the Kessel district', '4/part@the Dorvan district']);
    // the later figure elliptic
    expect(placed('In Kessel, at least 12 people were killed, and in Dorvan four.', 'death-toll')).toEqual(['12/part@Kessel', '4/part@Dorvan']);
  });

  it('after the version\'s own toll too, each with its place', () => {
    const text = 'At least 16 people were killed in the storm. In Kessel, 12 people were killed, and in Dorvan four died.';
    expect(placed(text, 'death-toll')).toEqual(['16/headline', '12/part@Kessel', '4/part@Dorvan']);
  });

  it('near misses: a lone place, two outcomes, one area, a month, a place not opening the figure\'s clause', () => {
    expect(values('In Kessel, 12 people were killed.', 'death-toll')).toEqual(['12/headline']);
    const outcomes = 'In Kessel, 12 people were killed, and in Dorvan four were injured.';
    expect(values(outcomes, 'death-toll')).toEqual(['12/headline']);
    expect(values(outcomes, 'injured')).toEqual(['4/headline']);
    expect(values('In Kessel, 12 people were killed, and in Dorvan four were rescued.', 'death-toll')).toEqual(['12/headline']);
    expect(headlinesOf('In Kessel, 12 people were killed, and in Kessel city four died.')).toEqual(['12/headline']);
    expect(headlinesOf('In March, 12 people were killed, and in April four died.')).toEqual(['12/headline']);
    expect(headlinesOf('In Kessel, police said 12 people were killed, and in Dorvan four died.')).toEqual(['12/headline']);
  });
});

const headlinesOf = (text: string): string[] => values(text, 'death-toll').filter((v) => v.endsWith('/headline'));
