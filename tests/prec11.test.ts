/**
 * Precision on untuned wire copy (prec11). All sentences are written for these tests (fictional
 * places and people).
 * 1. "Toll rises to 6 as 2 wounded die": wounded people whose own verb is a death verb are dead
 *    now, no count of the injured (not the injured rule's value; the toll keeps them). A bare
 *    "die" counts only right after its subject: "2 wounded could die" and "12 wounded as the
 *    suspect dies" stay injured counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimValue, Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';
import { check } from '../src/index.js';
import { roundsTo } from '../src/kinds/hedges.js';
import { join } from 'node:path';

const DATE = '2026-07-14';
const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

const claims = (rule: string, text: string): ClaimValue[] => versionClaims(text, DATE).get(rule) ?? [];
const shown = (rule: string, text: string): string[] => claims(rule, text).map((v) => `${String(v.value)} ${v.role ?? ''}`.trim());
const headline = (rule: string, text: string): string | undefined => claims(rule, text).find((v) => v.role === 'headline')?.text;

const dated = datedSets();
const temp = tempSets();
afterAll(() => {
  dated.cleanup();
  temp.cleanup();
});

/** Findings of `rule` for a set of undated files (file-name order). */
async function undatedFindings(files: Record<string, string>, rule: string): Promise<Finding[]> {
  const report = await check([temp.write(files)], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
}

describe('wounded people who die are no count of the injured', () => {
  it('"as 2 wounded die", "as three injured die": the toll\'s, not the injured headline', () => {
    const text = 'Toll in Halden bus crash climbs to 9 as 3 injured die';
    expect(shown('injured', text)).toEqual([]);
    expect(headline('death-toll', text)).toBe('9');
    expect(shown('injured', 'Ferry fire toll on Lake Orsa rises to 6 as two wounded die')).toEqual([]);
    expect(shown('injured', 'Quarry blast toll reaches 4 as 2 wounded succumb')).toEqual([]);
  });

  it('"have since died", "later died" after a figure whose noun is the cue', () => {
    expect(shown('injured', 'Two wounded have since died, the county hospital said.')).toEqual([]);
    expect(shown('injured', 'Police said three injured later died.')).toEqual([]);
  });

  it('the injured headline is then the count the version gives for the injured', () => {
    const text = [
      'Toll in Tarrow depot shooting rises to 6 as 2 wounded die',
      'A gunman killed four people and wounded 11 at the Tarrow bus depot on Friday, police said. Nine of the wounded remain in hospital.',
    ].join('\n\n');
    expect(headline('injured', text)).toBe('11');
    expect(headline('death-toll', text)).toBe('6');
  });

  it('near misses: a modal, another subject\'s death, people still in hospital', () => {
    // "could die" is a fear, not a death: still a figure of the injured rule
    expect(claims('injured', 'Two wounded could die, doctors at Orrin General said.').map((v) => v.value)).toEqual([2]);
    // the suspect died, the 12 are wounded
    expect(headline('injured', 'Gunfire at Orrin depot leaves 12 wounded as suspect dies in standoff')).toBe('12 wounded');
    expect(headline('injured', 'Blast at Vesna chemical plant: 6 dead, 40 injured')).toBe('40');
    expect(claims('injured', 'Officials said 14 wounded remain in hospital.').map((v) => v.value)).toEqual([14]);
    // the verb is not next to the figure: "17 wounded" is the injured count of the sentence
    expect(headline('injured', 'The attack left 17 wounded; two of them died on Sunday.')).toBe('17 wounded');
  });

  it('no injured contradiction between the first take and the update that says 2 wounded died', async () => {
    const first = 'Gunman kills 4, wounds 11 at Tarrow bus depot\n\nTARROW (AP) — A gunman opened fire at the Tarrow bus depot on Friday, killing four people and wounding 11 others, police said.\n';
    const update = 'Toll in Tarrow depot shooting rises to 6 as 2 wounded die\n\nTARROW (AP) — Two people wounded at the Tarrow bus depot died overnight, raising the toll to six, police said Saturday.\n\nA gunman killed four people and wounded 11 on Friday before police shot him.\n';
    const found = await undatedFindings({ 'a.txt': first, 'b.txt': update }, 'injured');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    const dFound = await dated.findings({ a: ['2026-07-10', first], b: ['2026-07-11', update] }, 'injured');
    expect(dFound.filter((f) => f.type === 'contradiction' || f.type === 'stale' || f.type === 'update')).toEqual([]);
  });
});

/**
 * 2. A local copy whose lede gives one district's toll ("At least 14 people have been killed in
 *    Orsk district") in a set whose other versions give the province's larger toll and break it
 *    down by that district: the district's share (a part with its place), not a contradiction of
 *    the province's toll. A story about that district alone keeps its figure as the headline.
 *    A ranking of places ("Orsk district was worst hit with 21 deaths, followed by Lunn with 12")
 *    gives each place's share.
 */
const day = (time: string): string => `2026-09-03T${time}`;

/** The death-toll values (value role place) of each version and the toll's findings, of a set with dates. */
async function tollSet(files: Record<string, readonly [string, string]>): Promise<{ values: Record<string, string[]>; findings: Finding[] }> {
  const manifest = ['version: 1', 'order: date', 'versions:', ...Object.entries(files).flatMap(([id, [when]]) => [
    `  - id: ${id}`, `    date: ${when.slice(0, 10)}`, `    time: "${when.slice(11)}"`,
  ])].join('\n');
  const texts = Object.fromEntries(Object.entries(files).map(([id, [, text]]) => [`${id}.txt`, text]));
  const report = await check([temp.write(texts, `${manifest}\n`)], { rules: [CORE] });
  const set = report.sets[0];
  const claim = set?.claims.find((c) => c.rule === 'death-toll');
  const values = Object.fromEntries(Object.entries(claim?.values ?? {}).map(([id, list]) => [id, list.map((v) => `${String(v.value)} ${v.role ?? ''}${v.place ? ` ${v.place}` : ''}`)]));
  return { values, findings: (set?.findings ?? []).filter((f) => f.rule === 'death-toll') };
}

const provinceFirst = 'Landslides kill at least 10 in Serrat province\n\nVALDE, Serrat (AP) — Landslides set off by three days of rain buried homes across Serrat province on Tuesday, killing at least 10 people, officials said.\n\nSix of the dead were in Orsk district and four in Lunn, provincial spokesman Karel Voss said.\n';
const provinceUpdate = 'Serrat landslide toll rises to 26\n\nVALDE, Serrat (AP) — The death toll from landslides in Serrat province rose to 26 on Tuesday evening as soldiers dug through the mud, officials said.\n\nThe toll in Orsk district rose to 14 from six, while Lunn reported nine deaths and Tabor three, spokesman Karel Voss said.\n';
const districtCopy = 'Orsk Herald\n\nOrsk buries its dead\n\nORSK: At least 14 people have been killed in Orsk district since the hillside gave way above the old market, the district administrator said on Tuesday night.\n\nShops in the town stayed shut.\n';

describe('a district\'s toll in a set about the province', () => {
  it('is the district\'s share, not a contradiction of the province\'s toll', async () => {
    const { values, findings } = await tollSet({ a: [day('06:00'), provinceFirst], b: [day('18:00'), provinceUpdate], c: [day('22:00'), districtCopy] });
    expect(values.c).toEqual(['14 part Orsk district']);
    expect(values.b?.[0]).toBe('26 headline');
    expect(findings.filter((f) => f.type === 'contradiction' || f.type === 'stale')).toEqual([]);
    expect(findings.filter((f) => f.type === 'update').map((f) => f.message)).toEqual(['Death toll rose from at least 10 (a) to 26 (b)']);
  });

  it('near miss: a story about the district alone keeps the district\'s toll as its headline (a stale copy stays stale)', async () => {
    const first = 'Landslide kills 9 in Orsk district\n\nORSK (AP) — A landslide buried homes above the market in Orsk district on Tuesday, killing at least nine people, officials said.\n';
    const update = 'Orsk landslide toll rises to 14\n\nORSK (AP) — At least 14 people have been killed in Orsk district since the hillside gave way on Tuesday, officials said.\n';
    const { values, findings } = await tollSet({ a: [day('06:00'), first], b: [day('18:00'), update], c: [day('22:00'), first] });
    expect(values.b?.[0]).toBe('14 headline');
    expect(findings.filter((f) => f.type === 'stale').map((f) => f.versions)).toEqual([['c']]);
  });

  it('near miss: with no larger count beside it, the district copy is the count', async () => {
    const { values } = await tollSet({ a: [day('06:00'), provinceFirst], c: [day('22:00'), districtCopy] });
    // the first take's 10 is not larger than 14: no province count to be a share of
    expect(values.c).toEqual(['14 headline']);
  });

  it('near miss: a larger count given only later is the count that rose since', async () => {
    const { values } = await tollSet({ c: [day('05:00'), districtCopy], b: [day('18:00'), provinceUpdate] });
    expect(values.c).toEqual(['14 headline']);
  });
});

describe('a ranking of places by their share of the toll', () => {
  const placed = (text: string): string[] => claims('death-toll', text).map((v) => `${String(v.value)} ${v.role ?? ''}${v.place ? ` ${v.place}` : ''}`);

  it('"X district was worst hit with 24 deaths, followed by Y with 13 and Z with nine": parts with their places', () => {
    const text = 'Landslides in Serrat province have killed at least 40 people, officials said on Thursday. Orsk district was worst hit with 21 deaths, followed by Lunn with 12 and Tabor with seven, provincial spokesman Karel Voss said.';
    expect(placed(text)).toEqual(['40 headline', '21 part Orsk district', '12 part Lunn', '7 part Tabor']);
    expect(placed('The storm killed 31 people; Kessel was the hardest hit with 14 dead.')).toEqual(['31 headline', '14 part Kessel']);
  });

  it('near misses: one place "with" a figure that ranks nothing keeps its reading', () => {
    expect(claims('people-count', 'Rescuers reached Dorvan with 40 soldiers on Monday.').map((v) => v.place)).toEqual([undefined]);
    expect(claims('people-count', 'The governor arrived in Dorvan with 40 soldiers and left Kessel with 12 police officers.').map((v) => v.place)).toEqual([undefined, undefined]);
  });
});

/**
 * 3. A rewrite that rounds an exact figure ("nearly 30 injured" where the other versions give 26):
 *    a change of wording on the rewrite (a qualifier change), not an update that makes the
 *    accurate later copy stale, nor a contradiction. "nearly 30" after an exact 12, or next to a
 *    version that gives 29, is still a change of the figure.
 */
describe('a rounded figure in a rewrite', () => {
  const wire = (n: string): string => `Blast at Merrow paint factory kills 2\n\nMERROW (AP) — An explosion tore through the Merrow paint factory on Thursday, killing two workers and injuring ${n} others, fire officials said.\n\nThe cause of the blast was not yet known.\n`;
  const rewrite = 'What we know about the Merrow factory blast\n\nAn explosion at a paint factory in Merrow has left two people dead and nearly 30 injured, according to officials.\n\nInvestigators are looking into the cause.\n';
  const local = (n: string): string => `Merrow mourns two factory workers\n\nTwo workers died in Thursday's explosion at the Merrow paint factory, fire chief Ilse Brandt said. ${n} people were injured.\n`;

  it('roundsTo: a round figure that an exact one rounds to, past its hedge', () => {
    expect(roundsTo('nearly', 20, 17)).toBe(true);
    expect(roundsTo('nearly', 30, 26)).toBe(true);
    expect(roundsTo('about', 20, 23)).toBe(true);
    expect(roundsTo('about', 300, 260)).toBe(true);
    expect(roundsTo('nearly', 20, 12)).toBe(false);
    expect(roundsTo('nearly', 20, 21)).toBe(false); // "nearly" is under
    expect(roundsTo('nearly', 100, 93)).toBe(false);
    expect(roundsTo('more-than', 20, 17)).toBe(false);
    expect(roundsTo('nearly', 15, 13)).toBe(false); // not a round figure
    expect(roundsTo(null, 20, 17)).toBe(false);
  });

  it('order known: no update to "nearly 30" and no stale 26 after it; a qualifier change on the rewrite', async () => {
    const found = await dated.findings({ a: ['2026-05-21', wire('26')], b: ['2026-05-22', rewrite], c: ['2026-05-23', local('Twenty-six')] }, 'injured');
    expect(found.filter((f) => f.type === 'update' || f.type === 'stale' || f.type === 'contradiction')).toEqual([]);
    const changed = found.filter((f) => f.type === 'qualifier-change');
    expect(changed.map((f) => [f.versions, f.severity])).toEqual([[['b'], 'warning']]);
    expect(changed[0]?.message).toBe('Injured: b says "nearly 30" (nearly 30), a rounding of the exact 26 others that a and c give');
  });

  it('order unknown: no contradiction quoting "30" without its hedge', async () => {
    const found = await undatedFindings({ 'a.txt': wire('26'), 'b.txt': rewrite, 'c.txt': local('Twenty-six') }, 'injured');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    expect(found.filter((f) => f.type === 'qualifier-change').map((f) => f.versions)).toEqual([['b']]);
  });

  it('near miss: "nearly 30" after an exact 12 is a change of the figure, not a rounding', async () => {
    const found = await dated.findings({ a: ['2026-05-21', wire('12')], b: ['2026-05-22', rewrite], c: ['2026-05-23', local('Twelve')] }, 'injured');
    expect(found.some((f) => f.message.includes('rounding'))).toBe(false);
    expect(found.some((f) => f.type !== 'qualifier-change' && f.message.includes('30'))).toBe(true);
  });

  it('near miss: a version that gives 29 says the count rose: an update, no rounding', async () => {
    const found = await dated.findings({ a: ['2026-05-21', wire('26')], b: ['2026-05-22', rewrite], c: ['2026-05-23', local('Twenty-nine')] }, 'injured');
    expect(found.some((f) => f.message.includes('rounding'))).toBe(false);
    expect(found.filter((f) => f.type === 'update').map((f) => f.message)).toContain('Injured rose from 26 others (a) to nearly 30 (b)');
  });

  it('near miss: order known and no version after the rewrite keeps 26: the rise stands', async () => {
    const found = await dated.findings({ a: ['2026-05-21', wire('26')], b: ['2026-05-22', rewrite] }, 'injured');
    expect(found.filter((f) => f.type === 'update').map((f) => f.message)).toEqual(['Injured rose from 26 others (a) to nearly 30 (b)']);
  });
});
