import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { mentionExtractor } from '../src/extract/mention.js';
import { unifyPeople } from '../src/extract/unify.js';
import type { ClaimValue, Doc, NormalizedVersion, Rule, MentionRule } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';
import { seedDoc as seed } from './helpers/seeds.js';

const version = (id: string, text: string): NormalizedVersion => plainVersion(id, text);

function rule(names: string[] = [], cues: string[] = []): MentionRule {
  return {
    id: 'places', label: 'Places', kind: 'mention', severity: 'warning', cues, window: 10, overTime: null,
    names, expect: [], replaces: [], source: { file: 'r.yaml', line: 1, column: 1 },
  };
}

const extract = (doc: Doc, r: MentionRule): ClaimValue[] => mentionExtractor.extract(doc, r, { referenceDate: null });
const keys = (values: ClaimValue[]): Set<string> => new Set(values.map((v) => v.key));

const FLOOD = `VALENCIA, Spain (AP) — Flash floods swept through eastern Spain on Tuesday. Prime Minister Pedro Sánchez visited Valencia's flooded suburbs, and the Red Cross opened shelters in Paiporta.

The European Union offered help. Residents of Paiporta said the water rose within minutes. Sánchez met regional officials on Wednesday.`;

describe('mention extractor with names', () => {
  it('finds whole-word, case-sensitive occurrences, possessives included', () => {
    const doc = analyze(version('f', 'NATO’s chief spoke. The Natomas district and nato were not hit. NATO-led drills went on; NATOS no.'));
    const values = extract(doc, rule(['NATO']));
    expect(values.map((v) => v.span.start)).toEqual([0, 64]);
    expect(values[0]).toMatchObject({ key: 'mention:nato', value: 'NATO', text: 'NATO', kind: 'mention', sentence: 'NATO’s chief spoke.', line: 1, column: 1, uncertain: false, qualifier: null });
  });
  it('finds NATO in seed 000 and not in a text without it', () => {
    const r = rule(['Dnipro', 'NATO', 'Saudi Arabia', 'Greenland']);
    expect(keys(extract(seed('000'), r))).toEqual(new Set(['mention:dnipro', 'mention:nato', 'mention:saudi arabia', 'mention:greenland']));
    expect(extract(analyze(version('flood', FLOOD)), r)).toEqual([]);
  });
  it('keeps only cue sentences when the rule has cues', () => {
    const r = rule(['Paiporta'], ['shelters']);
    const values = extract(analyze(version('flood', FLOOD)), r);
    expect(values).toHaveLength(1);
    expect(values[0]?.sentence).toContain('Red Cross');
  });
});

describe('generic mentions', () => {
  it('finds places and organisations but not people, titles, weekdays or nationalities', () => {
    const values = extract(analyze(version('flood', FLOOD)), rule());
    const found = keys(values);
    for (const k of ['mention:valencia', 'mention:spain', 'mention:red cross', 'mention:paiporta', 'mention:european union']) expect(found.has(k)).toBe(true);
    // "(AP)" in the dateline credits the copy (bylines.ts): no organisation of the story.
    for (const k of ['mention:pedro sánchez', 'mention:sánchez', 'mention:tuesday', 'mention:wednesday', 'mention:prime minister', 'mention:residents', 'mention:the', 'mention:ap']) expect(found.has(k)).toBe(false);
    expect(unifyPeople(values)).toEqual(values);
  });
  it('measures well on seed 000', () => {
    const found = keys(extract(seed('000'), rule()));
    for (const k of ['mention:nato', 'mention:greenland', 'mention:saudi arabia', 'mention:center for european policy analysis', 'mention:dnipro', 'mention:kyiv', 'mention:paris', 'mention:ukraine', 'mention:russia']) {
      expect(found.has(k)).toBe(true);
    }
    for (const k of ['mention:marco rubio', 'mention:rubio', 'mention:trump', 'mention:thursday', 'mention:ukrainian', 'mention:europeans', 'mention:experts', 'mention:several', 'mention:british foreign secretary', 'mention:lt. gen.']) {
      expect(found.has(k)).toBe(false);
    }
  });
});

describe('places after a place noun and "of"', () => {
  it('"the suburb of Varnavas" names a place', () => {
    const doc = analyze(version('v', 'The woman was found dead inside a factory in the suburb of Varnavas, the fire service said.'));
    const values = mentionExtractor.extract(doc, rule(), { referenceDate: null }).map((v) => v.value);
    expect(values).toContain('Varnavas');
  });
});

describe('sub-headings of a rewrite', () => {
  it('"The Human Cost" and "What Comes Next" name no place; the same words in prose still do', () => {
    const text = 'Gas blast kills nine in Novokamensk\n\nThe explosion hit the Ural Mountains city of Novokamensk on Tuesday.\n\nThe Human Cost\n\nSeventeen people were injured.\n\nWhat Comes Next\n\nInvestigators from the Emergencies Ministry arrived.\n';
    const found = keys(extract(analyze(version('g', text)), rule()));
    expect(found.has('mention:human cost')).toBe(false);
    expect(found.has('mention:comes next')).toBe(false);
    expect(found.has('mention:emergencies ministry')).toBe(true);
  });
  it('a religious adjective ("a Hindu festival") is no place or organisation', () => {
    const found = keys(extract(analyze(version('h', 'A stampede at a Hindu bathing festival near the Pavani River killed 24 pilgrims. Hindu leaders called for calm.')), rule()));
    expect(found.has('mention:hindu')).toBe(false);
    expect(found.has('mention:pavani river')).toBe(true);
  });
});
