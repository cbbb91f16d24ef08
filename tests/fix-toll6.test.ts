/**
 * Death tolls and injured counts read from wire copy: a person's age after a singular noun is no
 * count; an elided later part of a breakdown by place is a part; messages quote figures as written.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { ClaimValue } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const claims = (text: string): Map<string, ClaimValue[]> => versionClaims(text, '2026-05-18');
const roles = (values: readonly ClaimValue[] | undefined): string[] =>
  (values ?? []).map((x) => `${x.key}/${x.role}${x.place ? `@${x.place}` : ''}`);
const toll = (text: string): string[] => roles(claims(text).get('death-toll'));
const hurt = (text: string): string[] => roles(claims(text).get('injured'));

describe('an age after a singular person noun is no count', () => {
  it('"a woman, 34, died in hospital" gives no toll of 34', () => {
    expect(toll('A woman, 34, died in hospital late on Sunday, a spokesman for the regional health service said.')).toEqual([]);
  });
  it('"A girl, 7, was among the dead" leaves the toll alone', () => {
    expect(toll('The car plowed into spectators along the parade route, killing six people. A girl, 7, was among the dead.'))
      .toEqual(['6/headline']);
  });
  it('"her son, 12, was wounded" and "the driver, 58, was hurt" are ages of the injured', () => {
    expect(hurt('Her son, 12, was wounded in the leg, relatives said.')).toEqual([]);
    expect(hurt('The driver, 58, was hurt when the bus left the road.')).toEqual([]);
  });
  it('"the man, 45, was arrested" is no count either', () => {
    expect(toll('Police said the man, 45, was arrested at the scene after the stabbing that killed two people.')).toEqual(['2/headline']);
  });
  it('counts still read: "killed 9, injured 20" and "a police officer, 12 civilians"', () => {
    const both = claims('The gunman killed 9, injured 20 and then fled in a stolen van.');
    expect(roles(both.get('death-toll'))).toEqual(['9/headline']);
    expect(roles(both.get('injured'))).toEqual(['20/headline']);
    expect(toll('The blast killed a police officer, 12 civilians and a child.')).toContain('12/part');
  });
});

describe('an elided later part of a breakdown by place is a part', () => {
  it('"Vaskor district counted 41 dead, Ulmen 27 and Tosvik 33"', () => {
    expect(toll('The storm killed 101 people across the province. Vaskor district counted 41 dead, Ulmen 27 and Tosvik 33.'))
      .toEqual(['101/headline', '41/part@Vaskor district', '27/part@Ulmen', '33/part@Tosvik']);
  });
  it('after "N in <place>" and with "reported N deaths"', () => {
    expect(toll('The storm killed 101 people, 41 in Vaskor, Ulmen 27 and Tosvik 33.'))
      .toEqual(['101/headline', '41/part@Vaskor', '27/part@Ulmen', '33/part@Tosvik']);
    expect(toll('The floods killed 88 people. Orrin county reported 50 deaths, Hale 30 and Brisk 8, officials said.'))
      .toEqual(['88/headline', '50/part@Orrin county', '30/part@Hale', '8/part@Brisk']);
  });
  it('a name before a figure is no place without a breakdown before it', () => {
    expect(toll('The flood killed 41 people in Vaskor, and Mayor Lund 2 said.')).toEqual(['41/headline']);
    expect(toll('The crash killed 41 people on March 27.')).toEqual(['41/headline']);
  });
});

// ---------------------------------------------------------------- messages quote each figure as written

const sets = tempSets();
afterAll(() => sets.cleanup());
const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const fire = (toll: string, date?: string): string =>
  `${date === undefined ? '' : ` date ${date}\n`}BRELL, Osterland (AP) — A fire swept through a crowded market hall in the city of Brell on Friday, ` +
  `and ${toll} people died, officials said.\n\nFirefighters battled the blaze for six hours before bringing it under control.\n`;

async function tollMessages(files: Record<string, string>): Promise<string[]> {
  const report = await check([sets.write(files)], { rules: [CORE] });
  return report.sets[0]!.findings.filter((f) => f.rule === 'death-toll').map((f) => `${f.type}: ${f.message}`);
}

describe('a contradiction quotes a hedged figure as written', () => {
  it('order unknown: "more than 30" is not quoted as 31', async () => {
    const messages = await tollMessages({ 'a.txt': fire('more than 30'), 'b.txt': fire('31'), 'c.txt': fire('28') });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^contradiction: Death toll: c says 28 people; b says 31 people and a says more than 30 people/);
  });
  it('versions of the same time: each version with its own figure', async () => {
    const day = '2026-05-18';
    const messages = await tollMessages({ 'a.txt': fire('more than 30', day), 'b.txt': fire('31', day), 'c.txt': fire('28', day) });
    expect(messages).toEqual(['contradiction: Death toll: c says 28 people; a version of the same time says 31 people (b) and more than 30 people (a)']);
  });
  it('versions that all state the figure exactly are named together', async () => {
    const messages = await tollMessages({ 'a.txt': fire('31'), 'b.txt': fire('31'), 'c.txt': fire('28') });
    expect(messages[0]).toMatch(/^contradiction: Death toll: c says 28 people; a and b say 31 people/);
  });
});
