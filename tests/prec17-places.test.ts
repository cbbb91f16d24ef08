/**
 * Place omissions that are noise (prec17), on sentences written for these tests: a place named
 * only as the scene of an earlier event (a background figure: "In 2019, the collapse of a mill in
 * Dorrin killed 14 people") is not compared across versions, and "23 Velorians" names Veloria.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { mentionPresence } from '../src/extract/mention.js';
import { check } from '../src/index.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import type { Doc, Finding } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';

const sets = tempSets();
afterAll(() => sets.cleanup());

const LEDE = 'KARSK (Reuters) - A grain warehouse collapsed in Karsk on Monday, killing four workers, the city fire service said.';
const RESCUE = 'Rescuers searched the rubble through the night for two workers still missing, the fire service said.';
const HISTORY = 'In 2019, the collapse of a flour mill in Dorrin killed 14 people.';
const OWNER = 'The owner of the warehouse, the Tessin Grain Company, said it was cooperating with investigators.';

async function placeFindings(files: Record<string, string>): Promise<Finding[]> {
  const report = await check([sets.write(files)]);
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'places-and-orgs-named');
}
const version = (date: string, paragraphs: readonly string[]): string => ` date ${date}\nWarehouse collapse kills four in Karsk\n\n${paragraphs.join('\n\n')}\n`;

describe('a place of an earlier event is not an omission', () => {
  it('"Dorrin", named only in the background sentence of three versions, is not missing from the fourth', async () => {
    const findings = await placeFindings({
      'a.txt': version('2026-10-19', [LEDE, RESCUE, OWNER, HISTORY]),
      'b.txt': version('2026-10-19', [LEDE, RESCUE, OWNER, HISTORY]),
      'c.txt': version('2026-10-19', [LEDE, RESCUE, HISTORY, OWNER]),
      'd.txt': version('2026-10-19', [LEDE, RESCUE, 'Warehouse collapses have been rare in the region.']),
    });
    expect(findings.filter((f) => f.message.includes('Dorrin'))).toEqual([]);
  });
  it('near miss: a body of the story itself missing from the fourth is still an omission', async () => {
    const findings = await placeFindings({
      'a.txt': version('2026-10-19', [LEDE, RESCUE, OWNER, HISTORY]),
      'b.txt': version('2026-10-19', [LEDE, RESCUE, OWNER, HISTORY]),
      'c.txt': version('2026-10-19', [LEDE, RESCUE, HISTORY, OWNER]),
      'd.txt': version('2026-10-19', [LEDE, RESCUE, 'Warehouse collapses have been rare in the region.']),
    });
    expect(findings.some((f) => f.message.includes('Tessin Grain Company') && f.versions.includes('d'))).toBe(true);
  });
});

describe('a people\'s name names its country', () => {
  const docOf = (text: string): Map<string, Doc> => {
    const out = normalize({ id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(`${text}\n`) });
    if (isInputProblem(out)) throw new Error(out.message);
    return new Map([['a', analyze(out)]]);
  };
  it('"23 Velorians" names Veloria, "an Ostlander" names Ostland, "Karsken officials"... not Karsk', () => {
    expect(mentionPresence(docOf('Twenty-three Velorians were among the dead.'))('a', 'mention:veloria')).toBe(true);
    expect(mentionPresence(docOf('One of the injured was an Ostlander on holiday.'))('a', 'mention:ostland')).toBe(true);
    expect(mentionPresence(docOf('Karsken officials said the road was closed.'))('a', 'mention:karsk')).toBe(false);
  });
  it('near miss: the people\'s name in lower case or inside a longer word names nothing', () => {
    expect(mentionPresence(docOf('The velorian wine harvest was late this year.'))('a', 'mention:veloria')).toBe(false);
    expect(mentionPresence(docOf('Crowds filled the Velorianum hall on Sunday.'))('a', 'mention:veloria')).toBe(false);
  });
});
