/** A one-word name kept for recurring must be capitalised somewhere by choice, not only by its place (extract/mention.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { mentionExtractor } from '../src/extract/mention.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { MentionRule } from '../src/types.js';

const RULE: MentionRule = {
  id: 'places', label: 'Places', kind: 'mention', severity: 'warning', cues: [], window: 10, overTime: null,
  names: [], expect: [], replaces: [], source: { file: 'r.yaml', line: 1, column: 1 },
};
const named = (text: string): string[] =>
  [...new Set(mentionExtractor.extract(analyze(plainVersion('v', text)), RULE, { referenceDate: null }).map((v) => String(v.value)))];

describe('places and organisations: capitals by position', () => {
  it('"Flash floods" opening a headline and the lede after the dateline names nothing', () => {
    const text = 'Flash floods kill 9 in Corvale valley\n\nBRISA, Corvale (AP) — Flash floods swept through the Corvale valley on Sunday, killing nine people, officials said.\n';
    expect(named(text)).not.toContain('Flash');
    expect(named(text)).toContain('BRISA');
  });
  it('"Thousands" opening two sentences is no place', () => {
    const text = 'Thousands lined the streets of Varda on Friday. Thousands more watched on screens in the main square of Varda.\n';
    expect(named(text)).not.toContain('Thousands');
  });
  it('a town that opens its sentences but is written mid-sentence elsewhere stays ("Orlen Regional Hospital")', () => {
    const text = 'Orlen police said the gunman acted alone. Orlen has 12,000 residents. The wounded were taken to Orlen Regional Hospital.\n';
    expect(named(text)).toContain('Orlen');
  });
  it('a one-word name said twice mid-sentence stays', () => {
    expect(named('Rescuers reached Dalvik on Monday. Power returned to Dalvik by night.\n')).toContain('Dalvik');
  });
});
