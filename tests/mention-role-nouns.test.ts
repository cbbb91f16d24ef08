/** A one-word piece naming people by their role ("Relatives", "Mourners") is no place or organisation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const NAMED = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'places-and-orgs-named');

describe('places and organisations named: role nouns capitalised by position', () => {
  it('leaves out "Relatives" and "Mourners", keeps the town', () => {
    const text = 'Relatives and dignitaries bid farewell to Anton Kessel\n\nVELMORA (Reuters) — Relatives, dignitaries and thousands of mourners said farewell on Tuesday to former President Anton Kessel in Velmora. Mourners wept as the coffin passed. Mourners sang.';
    const texts = (versionClaims(text, '2026-02-10', NAMED).get('places-and-orgs-named') ?? []).map((v) => v.text.toLowerCase());
    expect(texts).toContain('velmora');
    expect(texts).not.toContain('relatives');
    expect(texts).not.toContain('mourners');
  });
});
