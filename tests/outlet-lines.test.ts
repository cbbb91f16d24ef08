/**
 * A manifest source that names an outlet of its own and no agency ("Dunmore Valley Herald (local
 * paper)", "Radio Kelso") is that outlet's own reporting: a line of its own, no rewrite of the wire
 * stories (src/align/outlets.ts). A portal or aggregator without an agency may still rewrite any.
 */
import { describe, expect, it } from 'vitest';
import { rewriteRelation } from '../src/align/outlets.js';

describe('lines of outlets reporting on their own', () => {
  const related = rewriteRelation([
    { id: 'a1', source: 'AP', text: '' },
    { id: 'a2', source: 'Dunmore Valley Herald (local paper)', text: '' },
    { id: 'a3', source: 'Radio Kelso', text: '' },
    { id: 'a4', source: 'news portal', text: '' },
    { id: 'a5', source: 'Dunmore Valley Herald (AP)', text: '' },
    { id: 'a6', source: 'Dunmore Valley Herald (rewrite)', text: '' },
    { id: 'a7', source: 'Dunmore Valley Herald (local paper)', text: '' },
  ]);

  it('a named paper or station is no rewrite of the wire, nor of another outlet', () => {
    expect(related('a1', 'a2')).toBe(false);
    expect(related('a2', 'a1')).toBe(false);
    expect(related('a2', 'a3')).toBe(false);
  });

  it('the same outlet twice is one line', () => {
    expect(related('a2', 'a7')).toBe(true);
  });

  it('a portal, a paper printing the wire, or a declared rewrite still may rewrite', () => {
    expect(related('a1', 'a4')).toBe(true);
    expect(related('a2', 'a4')).toBe(true);
    expect(related('a1', 'a5')).toBe(true);
    expect(related('a1', 'a6')).toBe(true);
  });
});
