/** A sum a government promises, allocates or releases is aid (rules/news-core.yaml damage-and-aid cues). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const AID = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'damage-and-aid');
const aid = (text: string): string[] => (versionClaims(text, '2026-10-06', AID).get('damage-and-aid') ?? []).map((v) => v.text);

describe('aid cues', () => {
  it('reads promised, allocated and released sums', () => {
    expect(aid('Prime Minister Dana Orlov promised 40 million marks ($2.2 million) for emergency shelter.')).toContain('$2.2 million');
    expect(aid('The cabinet allocated $5 million to the worst-hit villages on Tuesday.')).toEqual(['$5 million']);
    expect(aid('The government released 3 billion rupees ($36 million) for the flood-hit districts.')).toContain('3 billion rupees');
  });

  it('reads no sum without a cue', () => {
    expect(aid('Tickets sold for $4 each at the fair.')).toEqual([]);
    expect(aid('The company reported revenue of $5 million last year.')).toEqual([]);
  });
});
