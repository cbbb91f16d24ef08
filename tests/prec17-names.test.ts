/**
 * Names that are no places or organisations (prec17), on sentences written for these tests:
 * - a numbered service noun is no part of the operator's name ("Dunmore Air Flight 604" names
 *   Dunmore Air), and an early version naming a member inside a longer run is not "not yet" naming it;
 * - "10:30 AM", "101.7 FM": a time of day or a radio band after a figure is no acronym of a body;
 * - "Get the Harbour Wrap in your inbox": a newsletter line is page furniture;
 * - "Harbour Fire: Key Facts and Latest Updates": a heading with a label's colon is in title case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import type { ClaimValue } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const DATE = '2026-10-20';

const values = (ruleId: string, text: string): ClaimValue[] => normalizedClaims(ruleId, text, DATE);
const places = (text: string): string[] => [...new Set(values('places-and-orgs-named', text).map((v) => String(v.value)))];

describe('a numbered service noun is no part of an operator\'s name', () => {
  it('"Dunmore Air Flight 604 from Port Vell" names Dunmore Air', () => {
    const found = places('Dunmore Air Flight 604 from Port Vell landed safely in Karsk after a bird strike, the airline said.\n\nA Dunmore Air spokeswoman said no one was hurt.');
    expect(found).toContain('Dunmore Air');
    expect(found).not.toContain('Dunmore Air Flight');
  });
  it('near miss: a service noun inside a name with no number after it stays ("Skyline Coach Company")', () => {
    expect(places('Buses run by the Skyline Coach Company resumed service to Karsk on Friday.')).toContain('Skyline Coach Company');
  });

  const sets = tempSets();
  afterAll(() => sets.cleanup());
  const later = (n: number): string =>
    `Bird strike forces jet down near Karsk\n\nKARSK (AP) — A Dunmore Air jet made an emergency landing in Karsk on Monday after a bird strike, update ${n}.\n\nA Dunmore Air spokeswoman said none of the 140 passengers was hurt.\n`;
  it('an early version naming it only as "Dunmore Air Flight 604" is not "not yet" naming Dunmore Air', async () => {
    const dir = sets.write({
      '1.txt': ` date 2026-10-19\nJet lands after bird strike\n\nKARSK (AP) — Dunmore Air Flight 604 from Port Vell landed in Karsk on Monday after a bird strike, officials said.\n`,
      '2.txt': ` date 2026-10-20\n${later(2)}`,
      '3.txt': ` date 2026-10-21\n${later(3)}`,
    });
    const findings = (await check([dir])).sets[0]?.findings ?? [];
    expect(findings.filter((f) => f.type === 'not-yet-reported' && f.message.includes('Dunmore Air'))).toEqual([]);
  });
  it('near miss: an early version that never names the airline is still "not yet" naming it', async () => {
    const dir = sets.write({
      '1.txt': ` date 2026-10-19\nJet lands after bird strike\n\nKARSK (AP) — A passenger jet from Port Vell landed in Karsk on Monday after a bird strike, officials said.\n`,
      '2.txt': ` date 2026-10-20\n${later(2)}`,
      '3.txt': ` date 2026-10-21\n${later(3)}`,
    });
    const findings = (await check([dir])).sets[0]?.findings ?? [];
    expect(findings.filter((f) => f.type === 'not-yet-reported' && f.message.includes('Dunmore Air')).map((f) => f.versions)).toEqual([['1']]);
  });
});

describe('marks after a figure, newsletter lines and label headings name nothing', () => {
  it('"10:30 AM" and "101.7 FM" are no places or bodies', () => {
    const found = places('Updated Oct. 20, 2026 10:30 AM\n\nFlood water reached the Karsk bridge overnight, the river authority said.\n\nFollow our coverage on 101.7 FM.');
    expect(found).not.toContain('AM');
    expect(found).not.toContain('FM');
  });
  it('near miss: an acronym after a figure that is no time or band stays ("40 NATO troops")', () => {
    expect(places('About 40 NATO troops helped clear the Karsk bridge, the river authority said.')).toContain('NATO');
  });
  it('"Get the Harbour Wrap in your inbox" is a newsletter line; a sentence about warnings by e-mail is not', () => {
    expect(findBoilerplate('Get the Harbour Wrap in your inbox. Sign up for our free newsletter\n').map((b) => b.kind)).toEqual(['chrome']);
    expect(findBoilerplate('Get the latest flood warnings from the river authority, the mayor told residents.\n')).toEqual([]);
  });
  it('"Harbour Fire: Key Facts and Latest Updates" is a heading: its words are no places', () => {
    const found = places('Harbour Fire: Key Facts and Latest Updates\n\nA fire destroyed two warehouses at the Karsk harbour on Monday, the fire service said.');
    expect(found).not.toContain('Key Facts');
    expect(found).not.toContain('Latest Updates');
  });
  it('near miss: a colon heading of a place named in the text keeps the place', () => {
    const found = places('Karsk Harbour Fire: Key Facts\n\nA fire destroyed two warehouses at Karsk harbour on Monday, the fire service said.\n\nKarsk officials said the port would reopen.');
    expect(found).toContain('Karsk');
  });
});
