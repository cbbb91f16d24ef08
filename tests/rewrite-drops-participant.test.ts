/**
 * A declared rewrite of a story whose list of who took part names a leader drops that leader:
 * an omission at the rule's severity (a warning), citing the rewritten story, even when few
 * versions name the leader (another outlet's own list left the leader out).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const sets = tempSets();
afterAll(() => sets.cleanup());

const PREVIEW = `Leaders gather to honour Kestria's former president

TOLVEN, Kestria (AP) — Leaders from seven countries have confirmed they will attend Sunday's state funeral for former President Arvo Lindqvist. Among those expected are Marovian President Elena Dusk, Prime Minister Tomas Reyne of Ardell and Chancellor Willem Oster of Pravia.
`;
const AFTER = `Thousands bid farewell to Kestria's Lindqvist

TOLVEN, Kestria (AP) — Leaders from nine countries attended the state funeral of former President Arvo Lindqvist on Sunday. Among the foreign leaders were Marovian President Elena Dusk, Ardell's Prime Minister Tomas Reyne, Pravian Chancellor Willem Oster and Queen Ilse of Valmark.
`;
const OTHER = `Kestria buries former leader Lindqvist

TOLVEN, Kestria (Reuters) - Heads of state from nine countries attended the funeral of Arvo Lindqvist on Sunday. Marovian President Elena Dusk, Queen Ilse of Valmark and Prime Minister Tomas Reyne of Ardell sat in the front row.
`;
const REWRITE = `Kestria's Farewell to Lindqvist: What Happened

Leaders from nine countries came to Tolven for the funeral. Notable attendees included Marovian President Elena Dusk, Ardell's Prime Minister Tomas Reyne and Queen Ilse of Valmark.
`;
const MANIFEST = `version: 1
order: date
versions:
  - { id: v1, date: 2026-02-13, time: "10:00", source: AP }
  - { id: v2, date: 2026-02-15, time: "16:00", source: AP }
  - { id: v3, date: 2026-02-15, time: "17:00", source: Reuters }
  - { id: v4, date: 2026-02-16, time: "09:00", source: news portal (rewrite of v2) }
`;

describe('a rewrite that drops a leader from the list it rewrote', () => {
  it('is a warning omission citing the rewritten story', async () => {
    const dir = sets.write({ 'v1.txt': PREVIEW, 'v2.txt': AFTER, 'v3.txt': OTHER, 'v4.txt': REWRITE }, MANIFEST);
    const report = await check([dir], { rules: [CORE] });
    const f = (report.sets[0]?.findings ?? []).filter((x) => x.rule === 'participants' && x.subject.includes('Oster') && x.versions.includes('v4'));
    expect(f.map((x) => [x.type, x.severity])).toEqual([['omission', 'warning']]);
    expect(f[0]?.evidence.some((e) => e.version === 'v2')).toBe(true);
  });

  it('another outlet that leaves the leader out of its own list stays info', async () => {
    const dir = sets.write({ 'v1.txt': PREVIEW, 'v2.txt': AFTER, 'v3.txt': OTHER, 'v4.txt': REWRITE }, MANIFEST);
    const report = await check([dir], { rules: [CORE] });
    const f = (report.sets[0]?.findings ?? []).filter((x) => x.rule === 'participants' && x.versions.includes('v3') && x.type === 'omission');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });
});
