import { describe, expect, it } from 'vitest';
import { checkRule, orderVersions, similarity, type OrderedVersion } from '../src/check/index.js';
import { dropRedundant } from '../src/check/redundant.js';
import { factKey } from '../src/findings.js';
import type { Finding } from '../src/types.js';
import { majorityOf } from '../src/majority.js';
import type { ClaimValue, Qualifier, Rule } from '../src/types.js';

function rule(over: Partial<Rule> = {}): Rule {
  // A quantity rule unless `over` says another kind (the fields of other kinds are then unread).
  return {
    id: 'toll', label: 'Death toll', kind: 'quantity', severity: 'error', cues: [], units: [], window: 8, compare: 'headline',
    overTime: null, names: [], expect: [], replaces: [], source: { file: 'r.yaml', line: 1, column: 1 }, ...over,
  } as Rule;
}

let offset = 0;
function qv(version: string, value: number, sentence: string, qualifier: Qualifier | null = null, uncertain = false): ClaimValue {
  offset += 10;
  return {
    rule: 'toll', version, kind: 'quantity', key: String(value), value, qualifier, text: String(value), sentence,
    span: { start: offset, end: offset + 1 }, line: 3, column: 5, uncertain,
  };
}
function person(version: string, name: string): ClaimValue {
  return {
    rule: 'att', version, kind: 'people', key: `person:${name.toLowerCase()}`, value: name, qualifier: null, text: name,
    sentence: `${name} attended.`, span: { start: 0, end: name.length }, line: 1, column: 1, uncertain: false,
  };
}

function versions(...ids: string[]): OrderedVersion[] {
  return ids.map((id, rank) => ({ id, rank, date: null, time: null, role: null, source: null }));
}

function run(r: Rule, vs: OrderedVersion[], values: Record<string, ClaimValue[]>, present?: (v: string, k: string) => boolean) {
  const map = new Map(vs.map((v) => [v.id, values[v.id] ?? []]));
  return checkRule({ rule: r, values: map, versions: vs, paths: new Map(), similarity, ...(present ? { present } : {}) });
}

const S = 'A flood killed three people in the valley on Monday, officials said.';

describe('scalar claims', () => {
  it('equal values give no finding', () => {
    const f = run(rule(), versions('a', 'b', 'c'), { a: [qv('a', 3, S)], b: [qv('b', 3, S)], c: [qv('c', 3, S)] });
    expect(f).toEqual([]);
  });

  it('one version with another number is a contradiction naming it and both values', () => {
    const f = run(rule(), versions('a', 'b', 'c'), { a: [qv('a', 3, S)], b: [qv('b', 4, S)], c: [qv('c', 3, S)] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ type: 'contradiction', versions: ['b'], actual: '4', expected: '3', severity: 'error' });
    expect(f[0]?.evidence.map((e) => e.version)).toEqual(['b', 'a', 'c']);
  });

  it('an extra number in an unrelated sentence is not a contradiction', () => {
    const f = run(rule(), versions('a', 'b'), {
      a: [qv('a', 3, S)],
      b: [qv('b', 3, S), qv('b', 40, 'In 1998 a storm in another province killed 40 people.')],
    });
    expect(f).toEqual([]);
  });

  it('a changed number in a matching sentence is a contradiction even when the old one remains elsewhere', () => {
    const f = run(rule(), versions('a', 'b'), {
      a: [qv('a', 3, S), qv('a', 3, 'The three victims were named.')],
      b: [qv('b', 4, S), qv('b', 3, 'The three victims were named.')],
    });
    expect(f.map((x) => [x.type, x.versions])).toEqual([['contradiction', ['b']]]);
  });

  it('a pinned expectation is the reference', () => {
    const f = run(rule({ expect: [3] }), versions('a', 'b'), { a: [qv('a', 4, S)], b: [qv('b', 4, S)] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ type: 'contradiction', versions: ['a', 'b'], expected: '3' });
  });

  it('a different qualifier on the same number is a qualifier change', () => {
    const f = run(rule(), versions('a', 'b', 'c'), {
      a: [qv('a', 3, S, 'more-than')], b: [qv('b', 3, S, 'more-than')], c: [qv('c', 3, S)],
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ type: 'qualifier-change', versions: ['c'], severity: 'warning' });
  });

  it('around vs approximately is not a change', () => {
    const f = run(rule(), versions('a', 'b'), { a: [qv('a', 30, S, 'about')], b: [qv('b', 30, S, 'about')] });
    expect(f).toEqual([]);
  });

  it('a later version without the value is an omission; an earlier one is not yet reported', () => {
    const f = run(rule(), versions('a', 'b', 'c'), { b: [qv('b', 3, S)] });
    expect(f.map((x) => [x.type, x.versions])).toEqual([
      ['omission', ['c']],
      ['not-yet-reported', ['a']],
    ]);
  });

  it('a value read from a repaired span is unreadable, never a contradiction', () => {
    const f = run(rule(), versions('a', 'b'), { a: [qv('a', 3, S)], b: [qv('b', 8, S, null, true)] });
    expect(f.map((x) => x.type)).toEqual(['unreadable']);
  });
});

describe('over time', () => {
  const r = rule({ overTime: 'non-decreasing' });
  it('rising tolls are updates in order, an old figure later is stale', () => {
    const f = run(r, versions('v1', 'v2', 'v3', 'v4'), {
      v1: [qv('v1', 12, S)], v2: [qv('v2', 15, S)], v3: [qv('v3', 21, S, 'at-least')], v4: [qv('v4', 15, S)],
    });
    expect(f.filter((x) => x.type !== 'qualifier-change').map((x) => [x.type, x.versions, x.actual])).toEqual([
      ['update', ['v2'], '15'],
      ['update', ['v3'], 'at least 21'],
      ['stale', ['v4'], '15'],
    ]);
  });
  it('concurrent versions that disagree contradict', () => {
    const vs: OrderedVersion[] = versions('a', 'b').map((v) => ({ ...v, rank: 0 }));
    const f = run(r, vs, { a: [qv('a', 12, S)], b: [qv('b', 15, S)] });
    expect(f.map((x) => x.type)).toEqual(['contradiction']);
  });
});

describe('membership claims', () => {
  const r = rule({ id: 'att', label: 'Attendees', kind: 'people', severity: 'warning' });
  it('a name missing from a later version is an omission, from an earlier one not yet reported', () => {
    const f = run(r, versions('early', 'mid', 'late'), {
      early: [person('early', 'Ana Ruiz')],
      mid: [person('mid', 'Ana Ruiz'), person('mid', 'Tom Berg')],
      late: [person('late', 'Tom Berg')],
    });
    expect(f.map((x) => [x.type, x.subject, x.versions])).toEqual([
      ['omission', 'Ana Ruiz', ['late']],
      ['not-yet-reported', 'Tom Berg', ['early']],
    ]);
  });
  it('a member still named elsewhere in the version is an info-level omission', () => {
    const cued = { ...r, cues: ['attended'] };
    const f = run(cued, versions('a', 'b'), { a: [person('a', 'Ana Ruiz')] }, (v, k) => v === 'b' && k === 'person:ana ruiz');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ type: 'omission', severity: 'info', versions: ['b'] });
  });
  it('a rule without cues has no context to name a member outside of: named anywhere, nothing lacks', () => {
    const f = run(r, versions('a', 'b'), { a: [person('a', 'Ana Ruiz')] }, (v, k) => v === 'b' && k === 'person:ana ruiz');
    expect(f).toEqual([]);
  });
});

describe('membership claims: name omissions need a clear majority', () => {
  const r = rule({ id: 'named', label: 'People named', kind: 'people', severity: 'warning' });
  const ids = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
  /** Values for six versions: `holders` name each person. */
  const six = (holders: Record<string, string[]>): Record<string, ClaimValue[]> =>
    Object.fromEntries(ids.map((id) => [id, Object.entries(holders).filter(([, vs]) => vs.includes(id)).map(([name]) => person(id, name))]));

  it('majorityOf: all the others up to three versions, then max(3, ceil(2n/3))', () => {
    expect([2, 3, 4, 5, 6, 7, 9, 12].map(majorityOf)).toEqual([1, 2, 3, 4, 4, 5, 6, 8]);
  });

  it('reports a name four of six versions carry, and folds rarer names into one info finding per version', () => {
    const f = run(r, versions(...ids), six({
      'Ana Ruiz': ['v1', 'v2', 'v3', 'v4'], // 4 of 6: reported where missing
      'Tom Berg': ['v1', 'v2', 'v3'], // 3 of 6: folded
      'Lia Moss': ['v1', 'v4'], // 2 of 6: folded
    }));
    expect(f.filter((x) => x.members === undefined).map((x) => [x.type, x.subject, x.versions])).toEqual([['omission', 'Ana Ruiz', ['v5', 'v6']]]);
    const folded = f.filter((x) => x.members !== undefined).map((x) => [x.versions, x.members, x.severity]);
    expect(folded).toEqual([
      [['v4'], ['Tom Berg'], 'info'],
      [['v5'], ['Tom Berg', 'Lia Moss'], 'info'],
      [['v6'], ['Tom Berg', 'Lia Moss'], 'info'],
      [['v2'], ['Lia Moss'], 'info'],
      [['v3'], ['Lia Moss'], 'info'],
    ]);
    expect(f.find((x) => x.versions[0] === 'v5' && x.members)?.message).toBe('People named: v5 also lacks Tom Berg, Lia Moss (each in fewer than 4 of 6 versions)');
  });

  it('with three versions a name must be in both others; an early version lacking only rare later names says nothing', () => {
    const f = run(r, versions('a', 'b', 'c'), {
      a: [person('a', 'Ana Ruiz')],
      b: [person('b', 'Ana Ruiz'), person('b', 'Tom Berg')],
      c: [],
    });
    expect(f.map((x) => [x.type, x.subject, x.versions])).toEqual([
      ['omission', 'Ana Ruiz', ['c']],
      ['omission', 'Tom Berg', ['c']],
    ]);
    expect(f[1]?.members).toEqual(['Tom Berg']);
  });

  it('a name cut from a sentence stays a deleted mention and leaves the folded finding', () => {
    const f = run(r, versions('a', 'b', 'c'), {
      a: [person('a', 'Tom Berg'), person('a', 'Lia Moss')],
      b: [],
      c: [],
    });
    const cut = keyedLoss({ rule: 'deleted-mention', type: 'deleted-mention' as const, severity: 'warning' as const, subject: 'Tom Berg', versions: ['b'], message: 'cut', evidence: [] });
    const out = dropRedundant([cut, ...f]);
    expect(out.map((x) => [x.type, x.versions, x.members ?? null])).toEqual([
      ['deleted-mention', ['b'], null],
      ['omission', ['b'], ['Lia Moss']],
      ['omission', ['c'], ['Tom Berg', 'Lia Moss']],
    ]);
    expect(out[0]?.alsoReportedBy).toEqual(['named']);
    expect(out[1]?.message).toBe('People named: b also lacks Lia Moss (each in fewer than 2 of 3 versions)');
  });

  it('one not-yet-reported finding when two list rules say the same name is not yet in a version', () => {
    const values = { a: [], b: [person('b', 'Tom Berg')], c: [person('c', 'Tom Berg')] };
    const attended = run(rule({ id: 'participants', label: 'Participants', kind: 'people', severity: 'warning' }), versions('a', 'b', 'c'), values);
    const named = run(r, versions('a', 'b', 'c'), values);
    const out = dropRedundant([...attended, ...named]);
    expect(out.map((x) => [x.rule, x.type, x.versions, x.alsoReportedBy])).toEqual([['participants', 'not-yet-reported', ['a'], ['named']]]);
  });

  it('one fold per version when two list rules fold the same names', () => {
    const values = { a: [person('a', 'Tom Berg'), person('a', 'Lia Moss')], b: [], c: [] };
    const named = run(r, versions('a', 'b', 'c'), values);
    const attended = run(rule({ id: 'participants', label: 'Participants', kind: 'people', severity: 'warning' }), versions('a', 'b', 'c'), { ...values, a: [person('a', 'Tom Berg')] });
    const out = dropRedundant([...attended, ...named]);
    expect(out.map((x) => [x.rule, x.versions, x.members, x.alsoReportedBy])).toEqual([
      ['named', ['b'], ['Tom Berg', 'Lia Moss'], ['participants']],
      ['named', ['c'], ['Tom Berg', 'Lia Moss'], ['participants']],
    ]);
  });
});

describe('orderVersions', () => {
  it('uses the manifest order and says so', () => {
    const o = orderVersions([{ id: 'b', dateLine: null }, { id: 'a', dateLine: '2024-01-02' }], {
      path: 'set/factlint.set.yaml', order: ['b', 'a'], versions: { b: { date: '2024-01-01' } },
    });
    expect(o.order).toBe('manifest');
    expect(o.versions.map((v) => [v.id, v.rank, v.date])).toEqual([['b', 0, '2024-01-01'], ['a', 1, '2024-01-02']]);
  });
  it('falls back to date lines, with same-day versions concurrent', () => {
    const o = orderVersions([{ id: 'x', dateLine: '2024-01-02' }, { id: 'y', dateLine: '2024-01-01' }, { id: 'z', dateLine: '2024-01-02' }], null);
    expect(o.order).toBe('date-line');
    expect(o.versions.map((v) => [v.id, v.rank])).toEqual([['y', 0], ['x', 1], ['z', 1]]);
  });
  it('falls back to file names when some dates are missing, and says so', () => {
    const o = orderVersions([{ id: 'b', dateLine: '2024-01-02' }, { id: 'a', dateLine: null }], null);
    expect(o.order).toBe('file-name');
    expect(o.note).toMatch(/only 1 of 2/);
    expect(o.setDate).toBe('2024-01-02');
  });
});

describe('many-valued generic claims', () => {
  it('versions that report different figures in unrelated sentences do not contradict', () => {
    const f = run(rule(), versions('a', 'b'), {
      a: [qv('a', 12, 'The flood killed 12 people on Monday.')],
      b: [qv('b', 23, 'Hospitals treated 23 people for injuries.'), qv('b', 600, 'About 600 people were evacuated from the valley.')],
    });
    expect(f.filter((x) => x.type === 'contradiction')).toEqual([]);
  });
});

describe('over time: outliers', () => {
  it('a raised figure that later versions do not repeat is a contradiction of that version, not an update', () => {
    const r = rule({ overTime: 'non-decreasing' });
    const f = run(r, versions('a', 'b', 'c', 'd'), {
      a: [qv('a', 3, S)], b: [qv('b', 4, S)], c: [qv('c', 3, S)], d: [qv('d', 3, S)],
    });
    expect(f.map((x) => [x.type, x.versions, x.actual, x.expected])).toEqual([['contradiction', ['b'], '4', '3']]);
  });
});

describe('orderVersions: manifest with equal dates', () => {
  it('treats consecutive entries with the same date and time as concurrent', () => {
    const o = orderVersions([{ id: 'a', dateLine: null }, { id: 'b', dateLine: null }, { id: 'c', dateLine: null }], {
      path: 'm.yaml', order: ['a', 'b', 'c'],
      versions: { a: { date: '2024-01-01' }, b: { date: '2024-01-01' }, c: { date: '2024-01-01', time: '18:00' } },
    });
    expect(o.versions.map((v) => [v.id, v.rank])).toEqual([['a', 0], ['b', 0], ['c', 1]]);
    expect(o.note).toMatch(/concurrent/);
  });
});

describe('over time: a lowered figure never reported before', () => {
  it('is a contradiction, not a stale copy', () => {
    const r = rule({ overTime: 'non-decreasing' });
    const f = run(r, versions('a', 'b'), { a: [qv('a', 14, S)], b: [qv('b', 12, S)] });
    expect(f.map((x) => [x.type, x.versions, x.actual])).toEqual([['contradiction', ['b'], '12']]);
  });
  it('concurrent single figures in differently worded sentences contradict', () => {
    const r = rule({ overTime: 'non-decreasing' });
    const vs = versions('a', 'b').map((v) => ({ ...v, rank: 0 }));
    const f = run(r, vs, { a: [qv('a', 14, S)], b: [qv('b', 12, 'Twelve bodies were recovered from the river by Tuesday.')] });
    expect(f.map((x) => [x.type, x.versions])).toEqual([['contradiction', ['b']]]);
  });
});

describe('dropRedundant', () => {
  const loss = (rule: string, type: 'omission' | 'deleted-mention', severity: 'info' | 'warning' | 'error', subject: string, versions: string[]) =>
    keyedLoss({ rule, type, severity, subject, versions, message: `${subject} lost`, evidence: [] });
  it('folds list omissions into the cut that explains them, per version', () => {
    const cut = loss('deleted-mention', 'deleted-mention', 'error', 'NATO', ['b']);
    const dropped = loss('dropped-fact', 'omission', 'info', 'Greenland', ['c']);
    const listNato = loss('places', 'omission', 'info', 'NATO', ['b']);
    const listGreenland = loss('places', 'omission', 'info', 'Greenland', ['b', 'c']);
    const out = dropRedundant([listNato, cut, listGreenland, dropped]);
    expect(out.map((f) => [f.rule, f.subject, f.versions])).toEqual([
      ['deleted-mention', 'NATO', ['b']],
      ['places', 'Greenland', ['b', 'c']],
    ]);
    expect(out[0]?.alsoReportedBy).toEqual(['places']);
  });
});

describe('dropRedundant keeps every cut', () => {
  it('two cuts of the same name from two sentences stay two findings', () => {
    const cut = (line: number) => keyedLoss({
      rule: 'deleted-mention', type: 'deleted-mention' as const, severity: 'error' as const, subject: 'Russia', versions: ['b'],
      message: 'cut', evidence: [{ version: 'b', line, column: 1, text: 's' }],
    });
    expect(dropRedundant([cut(3), cut(9)])).toHaveLength(2);
  });
});

describe('two versions that disagree in one sentence', () => {
  it('give one contradiction, naming the later version', () => {
    const f = run(rule(), versions('a', 'b'), {
      a: [qv('a', 49, S), qv('a', 45, S)],
      b: [qv('b', 49, S), qv('b', 47, S)],
    });
    expect(f.map((x) => [x.type, x.versions, x.actual, x.expected])).toEqual([['contradiction', ['b'], '47', '45']]);
  });
});

describe('minor list findings fold per version', () => {
  it("a version's info omissions become one finding listing the members; warnings stay apart", () => {
    const names = ['Ana Ruiz', 'Ben Okoro', 'Cleo Marsh'];
    const values: Record<string, ClaimValue[]> = {
      a: names.map((n) => person('a', n)),
      b: names.map((n) => person('b', n)),
      c: names.map((n) => person('c', n)),
      d: [person('d', 'Ana Ruiz')],
    };
    const info = run(rule({ kind: 'people', severity: 'info' }), versions('a', 'b', 'c', 'd'), values);
    expect(info.map((f) => [f.type, f.versions, f.members])).toEqual([['omission', ['d'], ['Ben Okoro', 'Cleo Marsh']]]);
    const warning = run(rule({ kind: 'people', severity: 'warning' }), versions('a', 'b', 'c', 'd'), values);
    expect(warning.map((f) => [f.type, f.subject])).toEqual([['omission', 'Ben Okoro'], ['omission', 'Cleo Marsh']]);
  });
});

/** A loss finding as the stage that makes it keys it: a cut, a dropped fact, or a claim rule's omission. */
function keyedLoss(f: Finding): Finding {
  const builtin = f.rule === 'deleted-mention' || f.rule === 'dropped-fact';
  const loss = f.rule === 'deleted-mention' ? ('cut' as const) : f.rule === 'dropped-fact' ? ('reworded' as const) : ('omitted' as const);
  return { ...f, fact: factKey(f, { rule: f.rule, origin: builtin ? 'check' : 'rule', kind: 'name', subject: f.subject, loss }) };
}
