import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { alignSet, changedFactFindings, checkAlignment } from '../src/align/index.js';
import type { Doc, Finding, NormalizedVersion } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';
import { dropCoveredChanges } from '../src/check/passes.js';
import { factKey } from '../src/findings.js';

const version = (id: string, text: string): NormalizedVersion => plainVersion(id, text);
const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(version(id, paragraphs.join('\n\n') + '\n'));

/** Changed-fact findings; `order` lists version ids earliest first (omit: all concurrent). */
function changed(docs: readonly Doc[], order?: readonly string[]): Finding[] {
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  const options = order ? { older: (a: string, b: string): boolean => (rank.get(a) ?? 0) < (rank.get(b) ?? 0) } : {};
  return checkAlignment(docs, options).findings.filter((f) => f.rule === 'changed-fact');
}

const COURT = [
  'A judge in the port city of Mombasa on Thursday sentenced former customs chief Daniel Mwangi to nine years in prison for taking bribes from importers.',
  'Judge Grace Achieng said the evidence showed that Mwangi had accepted payments worth 3 million shillings over two years.',
  'Defense lawyer Peter Otieno told reporters outside the court that his client would appeal the ruling within 14 days.',
  'The court rejected a request by the defense to release Mwangi on bail while the appeal is heard.',
  'President William Ruto has promised to fight corruption in the customs service, which handles most of the country’s trade.',
  'Prosecutor Ann Wairimu said three other officials charged in the same case will go on trial in March.',
];

function edit(paragraphs: readonly string[], index: number, from: string, to: string): string[] {
  return paragraphs.map((p, i) => {
    if (i !== index) return p;
    expect(p).toContain(from);
    return p.replace(from, to);
  });
}

describe('changed-fact: swapped facts in aligned sentences', () => {
  it('reports a swapped name in the version that differs', () => {
    const docs = [
      doc('a', COURT),
      doc('b', COURT),
      doc('c', edit(COURT, 2, 'Defense lawyer Peter Otieno', 'Defense lawyer Ann Wairimu')),
    ];
    const found = changed(docs);
    expect(found).toHaveLength(1);
    const f = found[0] as Finding;
    expect(f.type).toBe('contradiction');
    expect(f.severity).toBe('error');
    expect(f.versions).toEqual(['c']);
    expect(f.subject).toContain('Peter Otieno');
    expect(f.subject).toContain('Ann Wairimu');
    expect(f.actual).toBe('Ann Wairimu');
    expect(f.expected).toBe('Peter Otieno');
    expect(f.message).toBe('c says "Ann Wairimu" where a, b say "Peter Otieno" in the same sentence');
    expect(f.evidence.map((e) => e.version)).toEqual(['c', 'a', 'b']);
    expect(f.evidence[0]?.text).toContain('Ann Wairimu told reporters');
    expect(f.evidence[0]?.line).toBe(5);
  });

  it('a figure its counterpart\'s hedge allows is no contradiction ("within 14 days" / "within nearly 15 days"); one it does not allow is', () => {
    const hedged = [doc('a', COURT), doc('b', edit(COURT, 2, 'within 14 days', 'within nearly 15 days'))];
    expect(changed(hedged)).toEqual([]);
    const wrong = [doc('a', COURT), doc('b', COURT), doc('c', edit(COURT, 2, 'within 14 days', 'within nearly 30 days'))];
    expect(changed(wrong).map((f) => f.versions)).toEqual([['c']]);
  });

  it('reports a changed weekday', () => {
    const docs = [doc('a', COURT), doc('b', edit(COURT, 0, 'on Thursday', 'on Friday')), doc('c', COURT)];
    const found = changed(docs);
    expect(found).toHaveLength(1);
    expect(found[0]?.versions).toEqual(['b']);
    expect(found[0]?.subject).toBe('Thursday → Friday (date)');
  });

  it('reports a changed month day', () => {
    const base = [...COURT.slice(0, 5), 'Prosecutor Ann Wairimu said three other officials charged in the same case will go on trial on March 12.'];
    const docs = [doc('a', base), doc('b', edit(base, 5, 'March 12', 'March 15'))];
    const found = changed(docs, ['a', 'b']);
    expect(found).toHaveLength(1);
    expect(found[0]?.versions).toEqual(['b']);
    expect(found[0]?.actual).toBe('March 15');
  });

  it('reports a negation, "did not reject" against "rejected"', () => {
    const docs = [
      doc('a', COURT),
      doc('b', edit(COURT, 3, 'The court rejected a request', 'The court did not reject a request')),
      doc('c', COURT),
    ];
    const found = changed(docs);
    expect(found).toHaveLength(1);
    expect(found[0]?.subject).toBe('negation');
    expect(found[0]?.versions).toEqual(['b']);
    expect(found[0]?.actual).toContain('did not reject');
  });

  it('reports an inserted "not"; on a tie the later version is wrong', () => {
    const docs = [doc('early', COURT), doc('late', edit(COURT, 4, 'has promised', 'has not promised'))];
    const found = changed(docs, ['early', 'late']);
    expect(found).toHaveLength(1);
    expect(found[0]?.versions).toEqual(['late']);
  });

  it('stays quiet on a faithful copy: "three"/"3", "died"/"were killed", "Ruto"/"William Ruto"', () => {
    const quake = [
      'A strong earthquake struck the hill town of Sarnano on Monday, and three people died when a church roof collapsed.',
      'President William Ruto sent condolences and said rescue teams from Nairobi would help search the rubble.',
      'Mayor Lucia Ferri said 40 families had been moved to a sports hall near the station.',
    ];
    const copy = [
      'A strong earthquake struck the hill town of Sarnano on Monday, and 3 people were killed when a church roof collapsed.',
      'President Ruto sent condolences and said rescue teams from Nairobi would help search the rubble.',
      'Mayor Lucia Ferri said forty families had been moved to a sports hall near the station.',
    ];
    expect(changed([doc('a', quake), doc('b', copy)])).toEqual([]);
    expect(changed([doc('a', quake), doc('b', copy)], ['a', 'b'])).toEqual([]);
  });

  it('a title changed around the same person is not a swap', () => {
    const docs = [doc('a', COURT), doc('b', edit(COURT, 4, 'President William Ruto', 'Kenyan leader William Ruto'))];
    expect(changed(docs)).toEqual([]);
  });

  it('a number changed between versions at different times is left to the claim rules', () => {
    const docs = [doc('a', COURT), doc('b', edit(COURT, 0, 'to nine years', 'to 12 years'))];
    expect(changed(docs, ['a', 'b'])).toEqual([]);
  });

  it('a number changed between concurrent versions is a contradiction, unless a rule finding quotes that sentence', () => {
    const docs = [doc('a', COURT), doc('b', edit(COURT, 0, 'to nine years', 'to 12 years')), doc('c', COURT)];
    const found = changed(docs);
    expect(found).toHaveLength(1);
    expect(found[0]?.versions).toEqual(['b']);
    expect(found[0]?.subject).toBe('nine → 12 (number)');

    const claim = {
      rule: 'sentence-length',
      type: 'contradiction' as const,
      severity: 'error' as const,
      subject: 'Sentence',
      versions: ['b'],
      message: 'b says 12 years',
      evidence: [{ version: 'b', line: 1, column: 1, text: '' }],
    };
    const rule: Finding = { ...claim, fact: factKey(claim, { rule: claim.rule, origin: 'rule', kind: 'quantity', subject: claim.subject }) };
    const alignment = alignSet(docs);
    // The declared pass after the checks leaves the changed figure to the claim finding quoting its sentence.
    expect(dropCoveredChanges([rule, ...changedFactFindings(docs, alignment)])).toEqual([rule]);
  });

  it('reports nothing for a reworded sentence or a qualifier change', () => {
    const docs = [
      doc('a', COURT),
      doc('b', edit(edit(COURT, 1, 'over two years', 'over more than two years'), 5, 'said three other officials', 'said that three other officials')),
    ];
    expect(changed(docs)).toEqual([]);
  });
});
