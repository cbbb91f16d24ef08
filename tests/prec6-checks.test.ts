/**
 * Checks over time on wire copy: a version that corrects its own lede later on ("Police later
 * revised the toll to 12"), a preview's count of countries expected against the count of those
 * who came, and which version a contradiction is reported against when the figures tie.
 * Sentences written for these tests (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const shown = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.type} ${f.versions.join(',')}: ${f.message}`);

describe('a version that revises its own lede', () => {
  const lede = 'A bus plunged into a ravine outside the mountain town of Velko on Monday, killing 14 people, police said.';
  it('is an update of the earlier figure, and the copy that follows it is not stale', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-03-02', lede],
        b: ['2026-03-03', `${lede}\n\nThe driver survived with a broken leg.\n\nPolice later revised the toll to 12, saying two bodies had been counted twice.`],
        c: ['2026-03-04', 'Funerals were held on Wednesday for the 12 people killed when a bus plunged into a ravine outside Velko.'],
      },
      'death-toll',
    );
    expect(shown(findings)).toEqual([expect.stringMatching(/^update b: Death toll was revised down from 14 people \(a\) to 12 \(b\)/)]);
  });
  it('also when the version names the figure it replaced after the new one ("to 12 from 14", "had earlier said 14")', async () => {
    for (const b of [
      `${lede}\n\nOn Tuesday police lowered the toll to 12 from 14.`,
      'The death toll from the bus crash near Velko was revised to 12 on Tuesday. Police had earlier said 14 people were killed.',
    ]) {
      const findings = await sets.findings({ a: ['2026-03-02', lede], b: ['2026-03-03', b] }, 'death-toll');
      expect(shown(findings)).toEqual([expect.stringMatching(/^update b: Death toll was revised down from 14 people \(a\) to 12 \(b\)/)]);
    }
  });
  it('whatever verb sets the figure anew ("updated the toll to 12")', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-03-02', lede],
        b: ['2026-03-03', `${lede}\n\nThe regional governor, Ana Mirescu, later updated the toll to 12 after a recount at the morgue in Sarvo.`],
      },
      'death-toll',
    );
    expect(shown(findings)).toEqual([expect.stringMatching(/^update b: Death toll was revised down from 14 people \(a\) to 12 \(b\)/)]);
  });
});

