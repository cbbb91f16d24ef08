/**
 * Precision and recall on who took part and on names that are no people (prec21). Every sentence
 * is written for these tests (fictional countries, places and people).
 * 1. Attendance wording: "sat in the front row", "laid a wreath", "spoke during the service" read as
 *    taking part; the person mourned, named by surname in a eulogy sentence ("calling Farrand ..."),
 *    does not take part. A version with no sentence on who took part does not vote on the list and
 *    lacks no one; a rewrite that drops a name from a reworded copy of a list is a warning, while
 *    another outlet's own list (with guests of its own) stays info.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Finding } from '../src/types.js';
import { check } from '../src/index.js';
import { normalizedClaims } from './helpers/version-claims.js';
import { tempSets } from './helpers/temp-set.js';

const DATE = '2027-05-22';
const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

const temp = tempSets();
afterAll(() => temp.cleanup());

const took = (text: string): string[] => [...new Set(normalizedClaims('participants', text, DATE).map((v) => String(v.value)))];

/** Findings of `rule` for a set with a manifest. */
async function findingsOf(files: Record<string, string>, manifest: string, rule: string): Promise<Finding[]> {
  const report = await check([temp.write(files, manifest)], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
}

describe('attendance wording reads as taking part', () => {
  it('"sat in the front row", "laid a wreath", "spoke during the service"', () => {
    expect(took('Quellish President Anton Mirek and Vardanian Prime Minister Sofia Lenart sat in the front row of Brezna Cathedral on Saturday.'))
      .toEqual(['Anton Mirek', 'Sofia Lenart']);
    expect(took('Chancellor Petra Vonk laid a wreath at the foot of the catafalque before the choir sang.')).toEqual(['Petra Vonk']);
    expect(took('Crown Prince Halvard Brink and Chancellor Petra Vonk laid wreaths at the coffin.')).toEqual(['Halvard Brink', 'Petra Vonk']);
    expect(took('President Ilan Drossel spoke during the 90-minute service, his voice breaking.')).toEqual(['Ilan Drossel']);
  });

  it('near misses: other laying, sitting and speaking are no attendance', () => {
    expect(took('Prosecutors laid charges against Tomas Reiner on Monday.')).toEqual([]);
    expect(took('Finance Minister Greta Holm laid out a plan to cut the deficit by half.')).toEqual([]);
    expect(took('Greta Holm sat on the central bank board for six years.')).toEqual([]);
    expect(took('Greta Holm spoke to reporters outside parliament on Friday.')).toEqual([]);
  });

  it('the person mourned, by surname in a eulogy sentence, takes no part; a relative named in full does', () => {
    const text = [
      'Telmaria held a state funeral on Saturday for former Prime Minister Odile Farrand.',
      'President Ilan Drossel delivered the eulogy, calling Farrand "the quiet architect of our peace."',
      'Her son, Luc Farrand, also spoke at the service.',
    ].join('\n\n');
    const names = took(text);
    expect(names).toContain('Ilan Drossel');
    expect(names).toContain('Luc Farrand');
    expect(names).not.toContain('Farrand');
    expect(names).not.toContain('Odile Farrand');
  });
});

const MANIFEST = [
  'version: 1',
  'order: date',
  'versions:',
  '  - {id: w1, date: 2027-05-21, time: "18:00", source: Wire}',
  '  - {id: w2, date: 2027-05-22, time: "15:00", source: Wire}',
  '  - {id: r1, date: 2027-05-22, time: "16:30", source: Other agency}',
  '  - {id: p1, date: 2027-05-23, time: "08:00", source: Portal}',
  '',
].join('\n');

const PREVIEW = [
  'Leaders gather in Brezna for Farrand funeral',
  'BREZNA, Telmaria (Wire) — Foreign leaders began arriving in Brezna on Friday for the state funeral of former Prime Minister Odile Farrand, who died on May 14 aged 91.',
  'The service at Brezna Cathedral will begin at 10 a.m., the government said.',
].join('\n\n');

const WIRE = [
  'Telmaria bids farewell to Odile Farrand',
  'BREZNA, Telmaria (Wire) — Thousands lined the streets of Brezna on Saturday as the coffin of former Prime Minister Odile Farrand was carried to the cathedral.',
  'Among the foreign leaders were Quellish President Anton Mirek, Vardanian Prime Minister Sofia Lenart, Osterby Chancellor Petra Vonk and Dalmeric President Jurgen Hallström.',
  'President Ilan Drossel gave the main eulogy.',
].join('\n\n');

const OTHER_AGENCY = [
  'Leaders and crowds mourn Farrand in Brezna',
  'BREZNA (Other) - Crowds filled the square outside Brezna Cathedral on Saturday for the funeral of former Prime Minister Odile Farrand.',
  'Anton Mirek, Sofia Lenart, Petra Vonk and Jurgen Hallström sat in the front row beside President Ilan Drossel.',
].join('\n\n');

/** A portal's rewrite of the wire story that drops one leader from the reworded list. */
const REWRITE = [
  'Telmaria Says Farewell to Odile Farrand',
  'Thousands lined the streets of Brezna on Saturday as the coffin of former Prime Minister Odile Farrand was carried to the cathedral.',
  'Notable attendees included Quellish President Anton Mirek, Vardanian Prime Minister Sofia Lenart and Dalmeric President Jurgen Hallström.',
  'President Ilan Drossel gave the main eulogy.',
].join('\n\n');

describe('a leader dropped from a reworded list', () => {
  it('is a warning for the rewrite, judged against the versions with a list', async () => {
    const found = await findingsOf({ 'w1.txt': PREVIEW, 'w2.txt': WIRE, 'r1.txt': OTHER_AGENCY, 'p1.txt': REWRITE }, MANIFEST, 'participants');
    const vonk = found.filter((f) => f.subject === 'Petra Vonk');
    expect(vonk.map((f) => [f.type, f.severity, f.versions.join(',')])).toEqual([['omission', 'warning', 'p1']]);
    // the preview names no one taking part: it is no list that lacks a leader
    expect(found.filter((f) => f.versions.includes('w1') && f.type !== 'not-yet-reported')).toEqual([]);
  });

  it('without the other outlet (no list of its own in r1) the wire and the rewrite still decide', async () => {
    const bare = OTHER_AGENCY.split('\n\n').slice(0, 2).join('\n\n');
    const found = await findingsOf({ 'w1.txt': PREVIEW, 'w2.txt': WIRE, 'r1.txt': bare, 'p1.txt': REWRITE }, MANIFEST, 'participants');
    expect(found.filter((f) => f.subject === 'Petra Vonk').map((f) => [f.severity, f.versions.join(',')])).toEqual([['warning', 'p1']]);
    expect(found.filter((f) => (f.versions.includes('r1') || f.versions.includes('w1')) && f.severity !== 'info')).toEqual([]);
  });

  it('near miss: another outlet\'s own list with a guest of its own leaves a leader out as info only', async () => {
    const own = [
      'Telmaria Says Farewell to Odile Farrand',
      'Thousands lined the streets of Brezna on Saturday as the coffin of former Prime Minister Odile Farrand was carried to the cathedral.',
      'Guests included Quellish President Anton Mirek, Vardanian Prime Minister Sofia Lenart, Dalmeric President Jurgen Hallström and Bishop Amalia Stroud.',
    ].join('\n\n');
    const found = await findingsOf({ 'w1.txt': PREVIEW, 'w2.txt': WIRE, 'r1.txt': OTHER_AGENCY, 'p1.txt': own }, MANIFEST, 'participants');
    const vonk = found.filter((f) => f.subject === 'Petra Vonk' || (f.members ?? []).includes('Petra Vonk'));
    expect(vonk.length).toBeGreaterThan(0);
    expect(vonk.every((f) => f.severity === 'info')).toBe(true);
  });
});

const named = (text: string, rule = 'people-named'): string[] => [...new Set(normalizedClaims(rule, text, DATE).map((v) => String(v.value)))];

describe('the country of a wire dateline is a place, not a person', () => {
  const text = [
    'World leaders to join Telmaria\'s farewell to former Prime Minister Odile Farrand',
    'BREZNA, Telmaria (AP) — Foreign leaders began arriving in the capital on Friday for the state funeral of Odile Farrand.',
    'Farrand, who led Telmaria through two decades of reform, died on May 14 aged 91.',
    'Telmaria last held a state funeral of this size in 2011.',
  ].join('\n\n');

  it('"BREZNA, Telmaria (AP)": Telmaria is read as a place wherever the copy names it', () => {
    expect(named(text)).not.toContain('Telmaria');
    expect(named(text, 'places-and-orgs-named')).toContain('Telmaria');
  });

  it('near misses: a surname after a comma in prose, and a person named like a country, stay people', () => {
    const prose = [
      'Interior Minister Georg Telmaria said the border would reopen on Monday.',
      'Telmaria said the army would help. Telmaria added that 40 roads were shut.',
    ].join('\n\n');
    expect(named(prose)).toContain('Georg Telmaria');
    // a comma after capitals that are no dateline ("NATO, Kessler said") leaves the name alone
    expect(named('Defence Minister Anna Kessler spoke to NATO envoys on Monday. At NATO, Kessler said the alliance would send 300 troops.')).toContain('Anna Kessler');
  });
});

describe('crowds of mourners and pilgrims are counts of people', () => {
  it('"about 45,000 mourners filled the ... Stadium", "more than 200,000 pilgrims"', () => {
    const crowd = normalizedClaims('people-count', 'About 45,000 mourners filled Brezna National Stadium on Saturday for the service.', DATE);
    expect(crowd.map((v) => v.value)).toEqual([45000]);
    expect(normalizedClaims('people-count', 'More than 200,000 pilgrims had gathered at the shrine by dawn.', DATE).map((v) => v.value)).toEqual([200000]);
  });

  it('near miss: a crowd count is no death toll', () => {
    expect(normalizedClaims('death-toll', 'About 45,000 mourners filled Brezna National Stadium on Saturday for the service.', DATE)).toEqual([]);
  });
});

describe('a title-case heading with an auxiliary names no place', () => {
  it('"How Deadly Was the Storm?" gives no place "Deadly Was"; a real place in the text stays', () => {
    const text = ['How Deadly Was the Storm?', 'The storm hit the port of Vessa Marin and the town of Orlek on Monday.'].join('\n\n');
    const places = named(text, 'places-and-orgs-named');
    expect(places.some((p) => /Was/u.test(p))).toBe(false);
    expect(places).toEqual(expect.arrayContaining(['Orlek']));
  });

  it('near miss: a dateline in capitals keeps a place name holding "DO"', () => {
    const text = 'SANTO ANTONIO DO NORTE, Brazil (Reuters) - Floods cut the main road on Monday, officials said.';
    expect(named(text, 'places-and-orgs-named').some((p) => /DO NORTE/u.test(p))).toBe(true);
  });
});
