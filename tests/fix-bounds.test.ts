/**
 * A bound the exact figure satisfies is no contradiction ("more than 50 dead" after "58 dead",
 * "more than 300 injured" beside "412 injured"), and a copy that repeats a toll a correction
 * withdrew ("lowered the toll to 81 from 87") is stale, not a rise back. Sentences written for
 * these tests (a ferry capsizing and a hotel fire in fictional places).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { lateCopies } from '../src/align/late-copies.js';
import { boundHolds, roundMark, sameStatement } from '../src/kinds/hedges.js';
import type { ClaimValue, Finding, Qualifier } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const fig = (value: number, qualifier: Qualifier | null, text = String(value)): ClaimValue =>
  ({ kind: 'quantity', key: String(value), value, qualifier, text }) as unknown as ClaimValue;

/** Findings of `rule` for versions in the listed order; `times` gives each a date and time (same entries: same time). */
async function findings(files: Record<string, string>, rule: string, times?: Record<string, string>): Promise<Finding[]> {
  const manifest =
    times === undefined
      ? undefined
      : `version: 1\norder: listed\nversions:\n${Object.entries(times)
          .map(([id, t]) => `  - {id: ${id}, date: ${t.split(' ')[0]}, time: "${t.split(' ')[1]}"}`)
          .join('\n')}\n`;
  const dir = sets.write(Object.fromEntries(Object.entries(files).map(([id, text]) => [`${id}.txt`, text])), manifest);
  const report = await check([dir], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
}

const brief = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.severity} ${f.type} ${f.versions.join(' ')}`);

const ferry = (headline: string, lede: string): string =>
  `${headline}\n\nPORT ELDRIN, Qorvath (Reuters) - ${lede}\n\nThe vessel was carrying about 300 passengers and crew between the islands of Seva and Mornholm, the operator said.\n`;

describe('boundHolds, roundMark, sameStatement', () => {
  it('a bound the exact figure satisfies holds, either way round', () => {
    expect(boundHolds(fig(100, 'more-than'), fig(112, null))).toBe(true);
    expect(boundHolds(fig(100, 'more-than'), fig(250, null))).toBe(true);
    expect(boundHolds(fig(50, 'fewer-than'), fig(46, null))).toBe(true);
    expect(boundHolds(fig(150, 'more-than'), fig(112, null))).toBe(false);
    expect(boundHolds(fig(100, 'more-than'), fig(100, null))).toBe(false);
    expect(boundHolds(fig(100, 'about'), fig(104, null))).toBe(false); // not a bound
    expect(boundHolds(fig(100, 'more-than'), fig(112, 'at-least'))).toBe(false); // not an exact figure
  });
  it('round marks are figures of one significant digit (or 1.5, 2.5 ...) or words; counts are not', () => {
    for (const n of [20, 50, 100, 300, 1000, 150, 2500]) expect(roundMark(fig(n, 'more-than')), String(n)).toBe(true);
    for (const n of [12, 37, 410, 104, 1150]) expect(roundMark(fig(n, 'at-least')), String(n)).toBe(false);
    expect(roundMark(fig(12, 'more-than', 'more than a dozen'))).toBe(true);
  });
  it('in unknown order a round mark the exact figure satisfies says the same; a count bound does not', () => {
    expect(sameStatement(fig(300, 'more-than'), fig(412, null))).toBe(true);
    expect(sameStatement(fig(412, null), fig(300, 'more-than'))).toBe(true);
    expect(sameStatement(fig(12, 'at-least'), fig(29, null))).toBe(false);
    expect(sameStatement(fig(500, 'more-than'), fig(412, null))).toBe(false);
  });
});

describe('a later bound the earlier exact toll satisfies', () => {
  const first = ferry('Ferry capsizes off Qorvath, 58 dead', 'A passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, killing 58 people, the coast guard said.');
  it('"more than 50" after 58 is at most an info, never a contradiction or stale', async () => {
    const later = ferry('More than 50 dead as Qorvath ferry capsizes', 'More than 50 people were killed when a passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: first, v2: later }, 'death-toll', { v1: '2031-03-07 09:00', v2: '2031-03-07 18:00' });
    expect(fs.every((f) => f.severity === 'info' && f.type !== 'stale' && f.type !== 'contradiction')).toBe(true);
  });
  it('"more than 20" far under 58 is a vaguer restatement (info), not a regression', async () => {
    const later = ferry('Qorvath ferry disaster kills more than 20', 'More than 20 people were killed when a passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: first, v2: later }, 'death-toll', { v1: '2031-03-07 09:00', v2: '2031-03-08 10:00' });
    expect(brief(fs)).toEqual(['info qualifier-change v2']);
    expect(fs[0]?.message).toContain('compatible, less precise');
  });
  it('a bound that an earlier version already gave, repeated after the exact figure, stays stale', async () => {
    const early = ferry('At least 41 dead as ferry capsizes off Qorvath', 'At least 41 people were killed when a passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: early, v2: first, v3: early }, 'death-toll', { v1: '2031-03-07 08:00', v2: '2031-03-07 14:00', v3: '2031-03-08 07:00' });
    expect(brief(fs).filter((f) => f.includes('stale'))).toEqual(['warning stale v3']);
  });
  it('near miss: of the same time, "more than 70" beside 58 still contradicts', async () => {
    const other = ferry('More than 70 dead as Qorvath ferry capsizes', 'More than 70 people were killed when a passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: first, v2: other }, 'death-toll', { v1: '2031-03-07 09:00', v2: '2031-03-07 09:00' });
    expect(fs.filter((f) => f.type === 'contradiction')).toHaveLength(1);
  });
  it('of the same time, "more than 50" beside 58 agrees', async () => {
    const other = ferry('More than 50 dead as Qorvath ferry capsizes', 'More than 50 people were killed when a passenger ferry capsized in heavy seas off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: first, v2: other }, 'death-toll', { v1: '2031-03-07 09:00', v2: '2031-03-07 09:00' });
    expect(fs.filter((f) => f.type === 'contradiction' || f.type === 'stale')).toEqual([]);
  });
});

describe('a bound and an exact figure in unknown order (file names)', () => {
  const hotel = (injured: string): string =>
    `Fire guts hotel in Varnel\n\nVARNEL, Estrovia (AFP) - Nine people died and ${injured} were injured when fire swept through a hotel in the port city of Varnel overnight, officials said.\n\nFirefighters fought the blaze for six hours.\n`;
  it('"more than 200 injured" and "263 injured" do not contradict', async () => {
    const fs = await findings({ '1-afp': hotel('more than 200'), '2-ap': hotel('263 people') }, 'injured');
    expect(fs.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
  it('near miss: "more than 300 injured" against "263 injured" still contradicts', async () => {
    const fs = await findings({ '1-afp': hotel('more than 300'), '2-ap': hotel('263 people') }, 'injured');
    expect(fs.filter((f) => f.type === 'contradiction')).toHaveLength(1);
  });
});

describe('a copy that repeats the toll a correction withdrew', () => {
  const rose = ferry('Qorvath ferry toll rises to 87', 'The death toll from the capsizing of a passenger ferry off the coast of Qorvath rose to 87 on Saturday, the coast guard said.');
  const lowered = ferry(
    'Qorvath lowers ferry toll to 81',
    'Qorvath authorities on Saturday evening lowered the death toll from the ferry disaster to 81 from 87, saying six bodies had been counted twice.',
  );
  const times = { v1: '2031-03-08 08:00', v2: '2031-03-08 20:00', v3: '2031-03-09 07:00' };
  it('a verbatim copy of the first take published after the correction is stale, not a rise', async () => {
    const fs = await findings({ v1: rose, v2: lowered, v3: rose }, 'death-toll', times);
    expect(brief(fs)).toContain('warning stale v3');
    expect(fs.some((f) => f.type === 'update' && f.versions.includes('v3'))).toBe(false);
    expect(fs.find((f) => f.type === 'stale')?.message).toContain('corrected');
  });
  it('a reworded copy that gives the withdrawn figure without saying it rose is stale too', async () => {
    const copy = ferry('87 dead in Qorvath ferry disaster', 'A passenger ferry capsized off the coast of Qorvath on Friday, killing 87 people, the coast guard said.');
    const fs = await findings({ v1: rose, v2: lowered, v3: copy }, 'death-toll', times);
    expect(brief(fs)).toContain('warning stale v3');
  });
  it('the stale copy is no base: a later "more than 80" is compared with the correction (no finding)', async () => {
    const vague = ferry('Qorvath ferry toll corrected to more than 80', 'More than 80 people died when a passenger ferry capsized off the coast of Qorvath on Friday, the coast guard said.');
    const fs = await findings({ v1: rose, v2: lowered, v3: rose, v4: vague }, 'death-toll', { ...times, v4: '2031-03-09 12:00' });
    expect(fs.filter((f) => f.versions.includes('v4'))).toEqual([]);
  });
  it('near miss: a genuine rise after the correction stays an update', async () => {
    const more = ferry('Qorvath ferry toll rises to 84', 'The death toll from the ferry disaster off Qorvath rose to 84 on Sunday after divers recovered three more bodies, the coast guard said.');
    const fs = await findings({ v1: rose, v2: lowered, v3: more }, 'death-toll', times);
    expect(brief(fs)).toContain('info update v3');
    expect(fs.some((f) => f.type === 'stale')).toBe(false);
  });
  it('near miss: a rise back to the same figure, told in a sentence of its own, stays an update', async () => {
    const back = ferry('Qorvath ferry toll rises to 87', 'The death toll from the ferry disaster off Qorvath rose to 87 on Sunday after divers recovered six more bodies from the hull, the coast guard said.');
    const fs = await findings({ v1: rose, v2: lowered, v3: back }, 'death-toll', times);
    expect(fs.some((f) => f.type === 'stale')).toBe(false);
  });
});

describe('late copies: a version that repeats an earlier one word for word after the story moved on', () => {
  const first = ['Ferry toll rises to 87.', 'The ferry capsized on Friday.', 'Divers searched the hull.', 'Twelve people are missing.', 'The operator apologised.'];
  const moved = ['Toll lowered to 81.', 'Six bodies were counted twice.', 'Nine people are missing.', 'Divers searched the hull.', 'The inquiry opens Monday.'];
  it('finds the copy, with its page furniture, and only when a version between them moved on', () => {
    const copy = [...first, 'Most read: 1.'];
    expect(lateCopies([{ id: 'a', rank: 0, sentences: first }, { id: 'b', rank: 1, sentences: moved }, { id: 'c', rank: 2, sentences: copy }])).toEqual(new Map([['c', 'a']]));
    // two takes in a row that say the same: no late copy
    expect(lateCopies([{ id: 'a', rank: 0, sentences: first }, { id: 'b', rank: 1, sentences: first }, { id: 'c', rank: 2, sentences: copy }]).size).toBe(0);
  });
  it('near miss: a later take that keeps most paragraphs but rewrites the lede is no copy', () => {
    const update = ['Ferry toll rises to 93 as divers reach the lower deck of the capsized vessel.', 'The ferry capsized on Friday.', 'Divers searched the hull.', 'Eight people are still missing after divers reached the lower deck, the coast guard said.', 'The operator apologised.'];
    expect(lateCopies([{ id: 'a', rank: 0, sentences: first }, { id: 'b', rank: 1, sentences: moved }, { id: 'c', rank: 2, sentences: update }]).size).toBe(0);
  });
});

describe('a changing count after a late copy is compared with the latest version that is no copy', () => {
  const take = (headline: string, lede: string, missing: string): string =>
    `${headline}\n\nPORT ELDRIN, Qorvath (Reuters) - ${lede}\n\n${missing}\n\nThe vessel was carrying about 300 passengers and crew between the islands of Seva and Mornholm, the operator said.\n\nDivers from three navies joined the search on Saturday, and the coast guard closed the strait to shipping.\n\nRelatives waited for news at the ferry terminal in Port Eldrin, where the operator set up a help desk.\n`;
  const v1 = take('Qorvath ferry toll rises to 87', 'The death toll from the capsizing of a passenger ferry off the coast of Qorvath rose to 87 on Saturday, the coast guard said.', 'Nineteen people were missing.');
  const v2 = `Qorvath lowers ferry toll to 81\n\nPORT ELDRIN, Qorvath (AP) - Qorvath authorities on Saturday evening lowered the death toll from the ferry disaster to 81 from 87, saying six bodies had been counted twice.\n\nNineteen people were missing, the coast guard said, and the search would go on through the night.\n\nThe ferry's owner said it would cooperate with the inquiry.\n`;
  const v4 = `Qorvath ferry search narrows\n\nPORT ELDRIN, Qorvath (AFP) - Divers searching the capsized ferry off Qorvath on Sunday narrowed their search to the lower deck.\n\nFifteen people were missing, the coast guard said.\n`;
  it('the update names the last version before the copy, not the copy', async () => {
    const fs = await findings({ v1, v2, v3: v1, v4 }, 'missing', { v1: '2031-03-08 08:00', v2: '2031-03-08 20:00', v3: '2031-03-09 07:00', v4: '2031-03-09 15:00' });
    const update = fs.find((f) => f.type === 'update' && f.versions.includes('v4'));
    expect(update?.message).toContain('(v2)');
    expect(update?.message).not.toContain('(v3)');
  });
});
