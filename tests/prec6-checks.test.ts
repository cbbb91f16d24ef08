/**
 * Checks over time on wire copy: a version that corrects its own lede later on ("Police later
 * revised the toll to 12"), a preview's count of countries expected against the count of those
 * who came, and which version a contradiction is reported against when the figures tie.
 * Sentences written for these tests (fictional places and people).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isPlannedCount } from '../src/kinds/counted.js';
import type { ClaimValue, Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

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

const countries = (text: string): ClaimValue[] => (versionClaims(text, '2026-06-10').get('countries-count') ?? []).filter((x) => x.unit !== undefined);
const planned = (text: string): boolean[] => countries(text).map(isPlannedCount);

describe('a count of countries expected to come', () => {
  it('is read from the verb after the count, the headline future, or a word of expecting before it', () => {
    expect(planned('Heads of state and government from 14 countries have confirmed they will attend the funeral in Tessaly on Saturday.')).toEqual([true]);
    expect(planned('Leaders from 14 countries to attend memorial for former president Vance')).toEqual([true]);
    expect(planned('Presidents and prime ministers from 14 countries are expected at the ceremony in Tessaly.')).toEqual([true]);
    expect(planned('Delegations from 30 countries are due to arrive in Tessaly on Friday, the protocol office said.')).toEqual([true]);
    expect(planned('Among those expected are leaders from 14 countries, the foreign ministry said.')).toEqual([true]);
  });
  it('not for a count of those who came', () => {
    expect(planned('Leaders from 16 countries joined thousands of mourners in Tessaly on Saturday.')).toEqual([false]);
    expect(planned('Leaders from 16 countries attended the service that will be broadcast on Sunday.')).toEqual([false]);
    expect(planned('Officials confirmed that leaders from 16 countries attended the funeral.')).toEqual([false]);
    expect(planned('Leaders from 16 countries attended rather than the 14 expected, officials said.').slice(0, 1)).toEqual([false]);
    expect(planned('Leaders from 16 countries traveled to Tessaly for the funeral.')).toEqual([false]);
  });

  const preview =
    'Heads of state and government from 14 countries have confirmed they will attend the memorial for former president Arlo Vance in Tessaly on Saturday, officials said.';
  it('and a later count of those who came: an update, not a contradiction', async () => {
    const findings = await sets.findings(
      {
        m1: ['2026-06-10', preview],
        m2: ['2026-06-13', 'Leaders from 16 countries joined thousands of mourners in Tessaly on Saturday for the memorial of former president Arlo Vance.'],
      },
      'countries-count',
    );
    expect(shown(findings)).toEqual([expect.stringMatching(/^update m2: Counts of countries: m2 says 16 countries, where m1 gave 14 countries as expected/)]);
  });
  it('two counts of those who came that differ still contradict each other', async () => {
    const findings = await sets.findings(
      {
        m1: ['2026-06-10', preview],
        m2: ['2026-06-13', 'Leaders from 16 countries joined thousands of mourners in Tessaly on Saturday for the memorial of former president Arlo Vance.'],
        m3: ['2026-06-14', 'Leaders from 18 countries joined thousands of mourners in Tessaly on Saturday for the memorial of the former president.'],
      },
      'countries-count',
    );
    expect(shown(findings.filter((f) => f.type === 'contradiction'))).toEqual(['contradiction m3: Counts of countries: m3 says 18 countries; m2 says 16 countries']);
  });
});

describe('a contradiction where the figures tie', () => {
  it('is reported against the version the contradicting copy follows, not the first one', async () => {
    const findings = await sets.findings(
      {
        v1: ['2026-06-10', 'Leaders from 14 countries attended a state dinner in Tessaly on Friday on the eve of the memorial for Arlo Vance.'],
        v2: ['2026-06-13', 'Leaders from 16 countries joined thousands of mourners in Tessaly on Saturday for the memorial of former president Arlo Vance.'],
        v3: ['2026-06-14', 'Leaders from 18 countries joined thousands of mourners in Tessaly on Saturday for the memorial of the former president.'],
      },
      'countries-count',
    );
    expect(shown(findings.filter((f) => f.type === 'contradiction'))).toContainEqual('contradiction v3: Counts of countries: v3 says 18 countries; v2 says 16 countries');
  });
});
