/**
 * Precision on people counts and tolls (prec14). All sentences are written for these tests
 * (fictional places, people, outlets and disasters).
 * 1. A share of people ("Thirty-four of the 112 people on board were rescued") counts people too,
 *    and the state of its predicate is the share's, not the whole's: "34 rescued" in one version
 *    and "Thirty-four of the 112 people ... were rescued" in another agree.
 * 2. "N people survived" is a state of people: with a known order, a count of survivors that falls
 *    a day later is an update, not a contradiction.
 * 3. With no order known, a lower bound close under an exact figure ("more than 80 injured", "83
 *    injured") says the same; a message never drops a hedge ("says 80" for "more than 80").
 * 4. Two versions a manifest gives the same date and time are concurrent: a different toll is a
 *    contradiction at the rule's severity, not a "stale" copy because later versions keep the other.
 * 5. "toll reaches 31", "raising/bringing the death toll to 31" say the toll rose: with no order
 *    known, the pair is the capped "likely an update" warning.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { kindOf } from '../src/kinds/index.js';
import type { ClaimValue, Finding } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const temp = tempSets();
afterAll(() => temp.cleanup());

/** The findings of a set; `times` (id -> "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM") writes a manifest. */
async function findingsOf(files: Record<string, string>, times?: Record<string, string>): Promise<Finding[]> {
  const texts = Object.fromEntries(Object.entries(files).map(([id, text]) => [`${id}.txt`, text]));
  const manifest =
    times === undefined
      ? undefined
      : ['version: 1', 'order: date', 'versions:', ...Object.entries(times).flatMap(([id, when]) => [
          `  - id: ${id}`,
          `    date: ${when.slice(0, 10)}`,
          ...(when.length > 10 ? [`    time: "${when.slice(11)}"`] : []),
        ])].join('\n') + '\n';
  const report = await check([temp.write(texts, manifest)], { rules: [CORE] });
  return report.sets[0]?.findings ?? [];
}

const brief = (fs: readonly Finding[], rule: string): string[] => fs.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.type}: ${f.message}`);
const people = (text: string): ClaimValue[] => versionClaims(text, '2026-05-11').get('people-count') ?? [];
const stateOf = (x: ClaimValue | undefined): string => (x === undefined ? 'none' : kindOf('quantity').factOf?.(x) ?? '');
const find = (xs: readonly ClaimValue[], n: number): ClaimValue | undefined => xs.find((x) => x.value === n);

describe('1. a share of people: "Thirty-four of the 112 people on board were rescued"', () => {
  it('reads the share as a count of people in the predicate\'s state, and the whole without it', () => {
    const xs = people('Thirty-four of the 112 people on board the night train were rescued from the carriages, the railway said.');
    expect(find(xs, 34)?.unit).toBe('people');
    expect(stateOf(find(xs, 34))).toBe('people rescued: people');
    expect(stateOf(find(xs, 112))).toBe('');
  });

  it('keeps the state of the whole when the verb is inside its phrase ("the 40 people evacuated were ...")', () => {
    const xs = people('Twelve of the 40 people evacuated from the hostel were children, the fire brigade said.');
    expect(stateOf(find(xs, 40))).toBe('people evacuated: people');
    expect(stateOf(find(xs, 12))).toBe('');
  });

  it('gives no state to either side when no auxiliary says where the predicate starts', () => {
    const xs = people('Two of the 14 passengers survived.');
    expect(stateOf(find(xs, 14))).toBe('');
  });

  it('leaves "of the dead" alone (an outcome noun is no unit of a share of people)', () => {
    const xs = versionClaims('Eleven of the 41 dead were children, the governor said.', '2026-05-11').get('people-count') ?? [];
    expect(find(xs, 11)).toBeUndefined();
  });

  const lede = 'Night train derails in Vessel Gorge\n\nKARST, Ostmark (AP) — A night train left the rails in the Vessel Gorge on Sunday, killing at least 9 people, officials said.\n\n';
  it('"34 people have been rescued" and "Thirty-four of the 112 people ... were rescued" agree', async () => {
    const fs = await findingsOf(
      {
        r1: `${lede}Thirty-four people have been rescued from the carriages, a railway spokesman said.\n`,
        r2: `${lede}Thirty-four of the 112 people on board were rescued from the carriages, a railway spokesman said.\n`,
      },
      { r1: '2026-05-10T20:00', r2: '2026-05-11T08:00' },
    );
    expect(brief(fs, 'people-count')).toEqual([]);
  });

  it('near miss: two outlets of the same time with 34 and 51 rescued still contradict', async () => {
    const fs = await findingsOf(
      {
        r1: `${lede}Thirty-four people have been rescued from the carriages, a railway spokesman said.\n`,
        r2: `${lede}Fifty-one people have been rescued from the carriages, a railway spokesman said.\n`,
      },
      { r1: '2026-05-11T08:00', r2: '2026-05-11T08:00' },
    );
    expect(brief(fs, 'people-count').join('\n')).toMatch(/contradiction/);
  });
});

describe('2. survivors over time', () => {
  const crash = (toll: number, survivors: string, more = ''): string =>
    `Cargo plane crash toll at ${toll}\n\nMORRA, Belgrove (AP) — A chartered plane carrying 60 people crashed on approach to Morra airfield, killing ${toll} people, officials said.\n\n${more}${survivors} survived the crash, the airfield's director Pim Sollet said.\n`;

  it('a count of survivors that falls a day later is an update, not a contradiction', async () => {
    const fs = await findingsOf(
      {
        c1: crash(8, 'Fifty-two people'),
        c2: crash(9, 'Fifty-one people', 'A woman injured in the crash died in hospital overnight. '),
      },
      { c1: '2026-05-10T20:00', c2: '2026-05-11T09:00' },
    );
    const found = brief(fs, 'people-count');
    expect(found.join('\n')).not.toMatch(/contradiction/);
    expect(found.join('\n')).toMatch(/update/);
  });

  it('near miss: two outlets of the same time with 52 and 47 survivors contradict', async () => {
    const fs = await findingsOf(
      { c1: crash(8, 'Fifty-two people'), c2: crash(8, 'Forty-seven people') },
      { c1: '2026-05-11T09:00', c2: '2026-05-11T09:00' },
    );
    expect(brief(fs, 'people-count').join('\n')).toMatch(/contradiction/);
  });
});

describe('3. hedges with no order known', () => {
  const story = (hurt: string): string =>
    `Bridge collapse in Tolvar\n\nTOLVAR (AP) — A footbridge over the Tolvar canal collapsed during a parade on Saturday, killing four people, police said.\n\nThe collapse also injured ${hurt}, police chief Anka Merlo said.\n`;

  it('"more than 80 injured" and "83 injured" agree', async () => {
    const fs = await findingsOf({ a: story('more than 80 people'), b: story('83 people') });
    expect(brief(fs, 'injured')).toEqual([]);
  });

  it('"more than 40" (a round mark) and "83": in either order no statement is false (tests/fix-bounds.test.ts)', async () => {
    const fs = await findingsOf({ a: story('more than 40 people'), b: story('83 people') });
    expect(brief(fs, 'injured').join('\n')).not.toMatch(/contradiction/);
  });
  it('near miss: "more than 90" and "83" still disagree, and the message keeps the hedge', async () => {
    const fs = await findingsOf({ a: story('more than 90 people'), b: story('83 people') });
    const found = brief(fs, 'injured').join('\n');
    expect(found).toMatch(/contradiction/);
    expect(found).toMatch(/more than 90/);
  });
});

describe('4. versions of the same date and time', () => {
  const toll = (n: string, outlet: string): string =>
    `Warehouse fire toll: ${n}\n\nLENSK (${outlet}) — ${n} people were killed when fire swept through a furniture warehouse in Lensk on Thursday, the regional health office said.\n`;

  it('two outlets at the same time with 17 and 15 dead contradict at the rule\'s severity (not stale)', async () => {
    const fs = await findingsOf(
      { f1: toll('Nine', 'AP'), f2: toll('Seventeen', 'AP'), f3: toll('Fifteen', 'Lensk Radio'), f4: toll('Seventeen', 'Portal') },
      { f1: '2026-05-07T10:00', f2: '2026-05-08T18:00', f3: '2026-05-08T18:00', f4: '2026-05-08T21:00' },
    );
    const found = brief(fs, 'death-toll');
    expect(found.join('\n')).not.toMatch(/stale/);
    expect(found).toContainEqual(expect.stringMatching(/^error contradiction: .*f3 says 15/));
  });

  it('near miss: with dates and no times, the day\'s lower figure later versions drop is still stale', async () => {
    const fs = await findingsOf(
      { f1: toll('Nine', 'AP'), f2: toll('Seventeen', 'AP'), f3: toll('Fifteen', 'Lensk Radio'), f4: toll('Seventeen', 'Portal') },
      { f1: '2026-05-07', f2: '2026-05-08', f3: '2026-05-08', f4: '2026-05-09' },
    );
    expect(brief(fs, 'death-toll').join('\n')).toMatch(/warning stale: .*f3 still says 15/);
  });
});

describe('5. words of a rising toll with no order known', () => {
  const earlier = 'Gas blast kills 29 in Varno market\n\nVARNO (AP) — A gas cylinder exploded in a crowded market in Varno on Friday, killing 29 people, police said.\n';

  it('"toll reaches 31" is rise evidence: a capped warning, likely an update', async () => {
    const later = 'Varno blast toll reaches 31\n\nVARNO (AP) — Two people hurt in a market gas explosion in Varno died overnight, doctors said.\n';
    const found = brief(await findingsOf({ a: earlier, b: later }), 'death-toll');
    expect(found).toEqual([expect.stringMatching(/^warning contradiction: .*b says the figure rose to 31: likely an update/)]);
  });

  it('", bringing the death toll to 31" is rise evidence too', async () => {
    const later = 'Varno market blast: 31 dead\n\nVARNO (AP) — Two people hurt in a market gas explosion in Varno died overnight, bringing the death toll to 31, doctors said.\n';
    const found = brief(await findingsOf({ a: earlier, b: later }), 'death-toll');
    expect(found).toEqual([expect.stringMatching(/^warning contradiction: .*likely an update/)]);
  });

  it('near miss: "the toll stands at 31" says nothing of a rise: the contradiction keeps the rule\'s severity', async () => {
    const later = 'Varno market blast: 31 dead\n\nVARNO (AP) — The toll from a market gas explosion in Varno stands at 31, doctors said.\n';
    const found = brief(await findingsOf({ a: earlier, b: later }), 'death-toll');
    expect(found).toEqual([expect.stringMatching(/^error contradiction: .*the order of the versions is unknown/)]);
  });
});
