/**
 * Two outlets' own lists of one event differ by design; a name cut from one copy of a list does
 * not. In a set of two versions (where one version is a majority), a member only one version
 * names is a warning against the other only when the other has a near-copy of the naming
 * sentence; otherwise the members fold into one info finding. Texts written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(sets.cleanup);

/** Participants findings of versions all dated 2026-03-10. */
const participants = (files: Record<string, string>): Promise<Finding[]> =>
  sets.findings(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, ['2026-03-10', text] as const])), 'participants');

const OPENING = 'Leaders from across the region gathered in Corvel on Tuesday for the funeral of former President Anselm Ardrey, who died last week at 91.';
const CLOSING = 'The service at the cathedral lasted three hours, and thousands lined the route of the procession.';

describe('attendee lists of two versions', () => {
  it('two outlets listing different mourners: one info fold per version, no warning', async () => {
    const a = `${OPENING}\n\nAmong the mourners were President Livia Marsh of Estrava, Prime Minister Tomas Brandt of Halden and King Oren of Vallmark.\n\n${CLOSING}\n`;
    const b = `Foreign dignitaries at the funeral included Chancellor Ida Severin of Norrholm and President Paulo Quental of Serrana, officials said.\n\n${OPENING}\n\n${CLOSING}\n`;
    const found = await participants({ a, b });
    expect(found.filter((f) => f.severity === 'warning')).toEqual([]);
    const folds = found.filter((f) => f.members !== undefined);
    // a lacks one participant of b, Paulo Quental, whom the dropped-fact check reports for a (with
    // the sentence a left out): that fold folds into it (check/redundant.ts), b's stays
    expect(folds.map((f) => f.versions[0]).sort()).toEqual(['b']);
    expect(folds.every((f) => f.severity === 'info' && /named by one version only/.test(f.message))).toBe(true);
  });

  it('a name cut from a copy of the same list sentence is still a warning', async () => {
    const list = (names: string): string => `${OPENING}\n\nAmong the mourners were ${names}.\n\n${CLOSING}\n`;
    const a = list('President Livia Marsh of Estrava, Prime Minister Tomas Brandt of Halden and King Oren of Vallmark');
    const b = list('President Livia Marsh of Estrava and King Oren of Vallmark');
    const found = await participants({ a, b });
    expect(found.filter((f) => f.severity === 'warning').map((f) => [f.type, f.subject, f.versions])).toEqual([['omission', 'Tomas Brandt', ['b']]]);
  });
});
