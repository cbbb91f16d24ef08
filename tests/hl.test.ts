/**
 * The headline figure of a version: a hedged round figure gives way to the precise toll the
 * same version gives later, and a count of bodies recovered gives way to the larger toll
 * stated right after it. Text written for these tests (fictional places, wire style).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { ClaimValue } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const claims = (text: string, date = '2026-04-14'): Map<string, ClaimValue[]> => versionClaims(text, date);

const show = (x: ClaimValue): string => `${x.key}${x.qualifier ? '~' + x.qualifier : ''}/${x.role}`;
const roles = (text: string, id = 'death-toll'): string[] => (claims(text).get(id) ?? []).map(show);

const headline = (text: string, id = 'death-toll'): string | undefined =>
  (claims(text).get(id) ?? []).find((x) => x.role === 'headline')?.key;

const sets = tempSets();
afterAll(() => sets.cleanup());
const writeSet = sets.write;

const LEDE = 'TIRSK, Parvia (AP) — ';

describe('a hedged round headline gives way to the precise toll the hedge allows', () => {
  it('"over a dozen" gives way to the lede\'s 14', () => {
    const text = `Over a dozen killed as bus plunges into Velka gorge\n\nKARSO, Drevia (AP) — A crowded bus plunged into a gorge near the mountain town of Karso on Monday, killing 14 people, police said.`;
    expect(roles(text)).toEqual(['12~more-than/other', '14/headline']);
  });
  it('"more than 3,000" gives way to a counted "at least 3,617"', () => {
    const text = `Floods in Ostmark kill more than 3,000\n\nVELDEN, Ostmark (Reuters) — Floods that swept through southern Ostmark have killed at least 3,617 people, the disaster agency said on Tuesday.`;
    expect(roles(text)).toEqual(['3000~more-than/other', '3617~at-least/headline']);
  });
  it('"more than 40" gives way to "at least 43" in an early sentence, not in the headline line', () => {
    const text = `${LEDE}Storms killed more than 40 people across Parvia this week. At least 43 people died, among them 11 children, the interior ministry said on Friday.`;
    expect(headline(text)).toBe('43');
  });
  it('a hedge that does not allow the later figure changes nothing ("more than 3,000", then "2,400")', () => {
    const allowed = `Floods in Ostmark kill more than 3,000\n\nVELDEN, Ostmark (Reuters) — Floods have killed at least 3,617 people, the agency said.`;
    const other = `Floods in Ostmark kill more than 3,000\n\nVELDEN, Ostmark (Reuters) — Floods have killed at least 2,400 people in the south alone, the agency said.`;
    expect(headline(allowed)).toBe('3617');
    expect(headline(other)).toBe('3000');
  });
  it('a lower bound below the round mark is no refinement ("nearly 2,000", then "at least 2,150")', () => {
    const within = `Nearly 2,000 dead in Parvia quake\n\n${LEDE}The earthquake has killed at least 1,960 people, officials said.`;
    const beyond = `Nearly 2,000 dead in Parvia quake\n\n${LEDE}The earthquake has killed at least 2,150 people, officials said.`;
    expect(headline(within)).toBe('1960');
    expect(headline(beyond)).toBe('2000');
  });
});

describe('bodies found on the day give way to the toll stated next', () => {
  it('takes the toll of the next sentence, not the nine bodies recovered', () => {
    const text = `KARSO, Drevia (AP) — Rescuers recovered nine bodies from the rubble of a collapsed market in Karso on Monday. The death toll now stands at 61, officials said.`;
    expect(roles(text)).toEqual(['9/other', '61/headline']);
  });
  it('and the toll of the next paragraph, in the passive', () => {
    const text = `MIRELNA, Drevia (AP) — Eleven bodies were pulled from the flooded mine shaft on Tuesday.\n\nThe toll has climbed to 38, the mining ministry said.`;
    expect(headline(text)).toBe('38');
  });
  it('keeps the finds when they are said to be the whole count ("in all")', () => {
    const whole = `KARSO, Drevia (AP) — Rescuers have recovered 58 bodies in all from the market. The death toll now stands at 61, officials said.`;
    const day = `KARSO, Drevia (AP) — Rescuers have recovered 58 bodies from the market. The death toll now stands at 61, officials said.`;
    const sameSentence = `KARSO, Drevia (AP) — Rescuers recovered nine bodies from the market on Monday, and the death toll now stands at 61, officials said.`;
    expect(headline(whole)).toBe('58');
    expect(headline(day)).toBe('61');
    expect(headline(sameSentence)).toBe('61');
  });
  it('two copies, one leading with the day\'s finds, agree on the toll', async () => {
    const dir = writeSet({
      'a.txt': ' date 2026-04-13\nMarket collapse in Karso kills 61\n\nKARSO, Drevia (AP) — The collapse of a covered market in Karso has killed 61 people, officials said on Monday.\n',
      'b.txt': ' date 2026-04-13\nRescuers comb Karso market ruins\n\nKARSO, Drevia (Reuters) — Rescuers recovered nine bodies from the rubble of the collapsed market in Karso on Monday. The death toll now stands at 61, officials said.\n',
    });
    const report = await check([dir], { rules: [CORE] });
    const toll = report.sets[0]!.findings.filter((f) => f.rule === 'death-toll' && f.type === 'contradiction');
    expect(toll).toEqual([]);
  });
});
