/**
 * A rise that a later version withdraws by name ("lowered the toll to 31 from 35") was the
 * standing figure, not a wrong copy: an update, then a downward revision; a same-day copy with
 * another figure in between still contradicts it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { revisedFrom } from '../src/check/revision.js';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const V1 = `Ferry fire off Tarvel island kills at least 28

PORT ENNIS, Lusmark (AP) — A fire swept through a passenger ferry off Tarvel island on Friday, killing at least 28 people, the coast guard said.`;
const V2 = `Tarvel ferry fire toll climbs to 35

PORT ENNIS, Lusmark (Reuters) - The death toll from Friday's ferry fire off Tarvel island rose to 35 on Saturday after divers recovered seven more bodies from the lower deck, the coast guard said.`;
const V3 = `Ferry fire: 33 dead off Tarvel

The ferry fire off Tarvel island has killed 33 people, a regional health official told this newspaper on Saturday.`;
const V4 = `Lusmark lowers ferry fire toll to 31

PORT ENNIS, Lusmark (AP) — The coast guard on Sunday lowered the death toll from Friday's ferry fire off Tarvel island to 31 from 35, saying four victims had been counted twice by two hospitals.`;

describe('a rise withdrawn later by name', () => {
  it('is an update, then a downward revision; no outlier contradiction', async () => {
    const f = await sets.findings({ v1: ['2026-05-08', V1], v2: ['2026-05-09', V2], v3: ['2026-05-10', V3], v4: ['2026-05-11', V4] }, 'death-toll');
    const summary = f.map((x) => `${x.type} ${x.versions.join(',')}`);
    expect(summary).toContain('update v2');
    expect(summary).toContain('update v4');
    expect(f.some((x) => x.type === 'contradiction' && x.versions.includes('v2'))).toBe(false);
  });

  it('without the withdrawal the lone higher figure is still the outlier', async () => {
    const v4 = V4.replace(' lowered the death toll', ' said the death toll').replace(' to 31 from 35, saying four victims had been counted twice by two hospitals', ' was 31');
    const f = await sets.findings({ v1: ['2026-05-08', V1], v2: ['2026-05-09', V2], v3: ['2026-05-10', V3], v4: ['2026-05-11', v4.replace('lowers', 'says')] }, 'death-toll');
    expect(f.some((x) => x.type === 'contradiction' && x.versions.includes('v2'))).toBe(true);
  });
});

describe('revisedFrom', () => {
  it('reads the withdrawn figure after "from" in a downward revision', () => {
    expect(revisedFrom('Officials lowered the toll to 31 from 35.', '31', 35)).toBe(true);
    expect(revisedFrom('The ministry revised the number of injured down to 287 from 310.', '287', 310)).toBe(true);
    expect(revisedFrom('Officials lowered the toll to 31 from 35.', '31', 34)).toBe(false);
    expect(revisedFrom('The toll rose to 31 from 28.', '31', 28)).toBe(false);
    expect(revisedFrom('Survivors were flown to 31 hospitals from 35 villages.', '31', 35)).toBe(false);
  });
});
