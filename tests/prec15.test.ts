/**
 * Event dates (prec15): weekdays of an undated set kept and compared, disaster verbs and nouns
 * as date cues, and the filing date of a wire dateline read as the copy's date, not an event's.
 * Sentences written for these tests (a fictional ferry, train, quake and crush).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOf } from '../src/kinds/index.js';
import { findWireDateline } from '../src/normalize/dateline.js';
import { normalize } from '../src/normalize/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { ClaimValue } from '../src/types.js';
import { checkRule, type RuleChecked as Checked } from './helpers/rule-set.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const DATE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'event-dates');
const sets = tempSets();
afterAll(() => sets.cleanup());

const eventDates = (files: Record<string, string>): Promise<Checked> => checkRule(sets, files, 'event-dates', [CORE]);

const keys = (values: readonly ClaimValue[] | undefined): string[] => (values ?? []).map((v) => v.key);
const dateTexts = (text: string, date = '2026-03-11'): string[] => (versionClaims(text, date, DATE_RULES).get('event-dates') ?? []).map((v) => v.text);

describe('weekdays of an undated set', () => {
  it('keeps a bare weekday as the weekday it names and compares it across reworded sentences', async () => {
    const { findings, values } = await eventDates({
      a: 'Ferry toll reaches 17\n\nTAMSK, Orlek (AP) — At least 17 people drowned after a crowded river ferry capsized near Tamsk on Sunday, police said.\n\nDivers searched the Brava river for more bodies.',
      b: 'Ferry toll reaches 17\n\nTAMSK, Orlek (AP) — A crowded river ferry capsized near Tamsk on Sunday afternoon, and at least 17 people drowned, police said.\n\nDivers searched the Brava river for more bodies.',
      c: 'Orlek mourns its fishermen\n\nSix fishermen from Orlek were among the 17 people who drowned when the ferry sank near Tamsk on Saturday, the district council said.\n\nThe town closed its schools in mourning.',
    });
    expect(keys(values.a)).toContain('sunday');
    expect(keys(values.c)).toEqual(['saturday']);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.type).toBe('contradiction');
    expect(findings[0]?.message).toContain('c says Saturday');
  });

  it('reports a weekday changed in the same sentence', async () => {
    const text = (day: string): string => `Train derails in hills\n\nKESSA (AP) — Nine people were killed when a passenger train derailed in the hills above Kessa on ${day}, railway officials said.`;
    const { findings } = await eventDates({ a: text('Thursday'), b: text('Friday') });
    expect(findings.map((f) => f.type)).toEqual(['contradiction']);
  });

  it('does not compare the weekday of another event with the incident', async () => {
    const { findings } = await eventDates({
      a: 'Ferry toll reaches 17\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk on Sunday, police said.\n\nThe bodies of the victims were returned to their families on Tuesday.',
      b: 'Ferry toll reaches 17\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk on Sunday, the district council said.\n\nThe town closed its schools in mourning.',
      c: 'Ferry survivors recall\n\nSurvivors said the ferry capsized near Tamsk on Sunday within minutes. An aftershock of grief struck the town when the last body was found on Wednesday, the mayor said.',
    });
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('does not read "last Sunday\'s earlier quake" as the date of this one', async () => {
    const { findings } = await eventDates({
      a: 'Second quake hits Varro\n\nVARRO (AP) — A second earthquake struck the hill town of Varro on Monday, eight days after last Sunday\'s earlier quake flattened dozens of homes, officials said.',
      b: 'Quake hits Varro\n\nVARRO (AP) — An earthquake struck the hill town of Varro on Monday, damaging the clinic and the school, officials said.',
    });
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('does not take the date of a revision, an arrest or a statement for the incident\'s', async () => {
    const { findings, values } = await eventDates({
      a: ' date 2026-04-07\nRefinery blast kills five\n\nLORSK (AP) — An explosion at a fuel refinery on Tuesday killed five workers outside Lorsk, the company said.',
      b: ' date 2026-04-08\nRefinery toll revised\n\nLORSK (AP) — Officials revised the death toll from the explosion at the refinery down to four on Wednesday after one worker was found alive.',
      c: ' date 2026-04-08\nRefinery owner held\n\nLORSK (AP) — Police on Wednesday arrested the owner of a refinery that exploded outside Lorsk, officials said.',
    });
    expect(keys(values.b)).toEqual(['2026-04-08']); // read, by "explosion", but the figure between gives it to the toll
    expect(keys(values.c)).toEqual(['2026-04-08']);
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('a weekday and a date of that weekday are the same day', async () => {
    const { findings } = await eventDates({
      a: 'Ferry capsizes\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk on March 8, 2026, police said.',
      b: 'Ferry capsizes\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk on Sunday, police said.',
    });
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
    const date = kindOf('date');
    expect(date.compatible('sunday', '2026-03-08')).toBe(true); // a Sunday
    expect(date.compatible('saturday', '2026-03-08')).toBe(false);
    expect(date.compatible('sunday', '2015-01-01..2015-12-31')).toBe(false); // a year: not known to be that Sunday
    expect(date.compatible('sunday', 'saturday')).toBe(false);
  });

  it('a dated set still resolves its weekdays to days', async () => {
    const { values } = await eventDates({
      a: ' date 2026-03-10\nFerry capsizes\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk on Sunday, police said.',
      b: ' date 2026-03-10\nFerry capsizes\n\nTAMSK (AP) — A crowded river ferry capsized near Tamsk late Sunday, police said.',
    });
    expect(keys(values.a)).toEqual(['2026-03-08']);
  });
});

describe('disasters as date cues', () => {
  it('reads the date of a capsizing, a derailment, a stampede and a crush', () => {
    expect(dateTexts('A ferry carrying 90 passengers capsized in high winds on the Brava river late Monday, officials said.')).toEqual(['late Monday']);
    expect(dateTexts('The derailment on Tuesday night left 14 carriages on their sides.')).toEqual(['Tuesday night']);
    expect(dateTexts('The stampede on Sunday morning also injured 40 people, the district official said.')).toEqual(['Sunday morning']);
    expect(dateTexts('Four women from Lesk were among the 21 worshippers who died in the crush outside the shrine on Saturday, officials said.')).toEqual(['Saturday']);
    expect(dateTexts('The Kessa express overturned on a bend on Monday.')).toEqual(['Monday']);
  });

  it('reads a killing after the date as the event of its clause', () => {
    expect(dateTexts('A bus plunged into a gorge near Lesk on Monday, killing 12 people, police said.')).toEqual(['Monday']);
  });

  it('does not date the incident by the verb of another act', () => {
    // the revision is dated, not the stampede
    expect(dateTexts('Officials on Wednesday revised the death toll from the stampede at the river festival down to 24.')).toEqual([]);
    // the blame is dated: the crush is its object
    expect(dateTexts('The mayor on Wednesday blamed the crush on a locked gate.')).toEqual([]);
  });
});

describe('wire datelines', () => {
  it('reads the filing date of a wire dateline and cuts it from the dateline', () => {
    const text = 'Ferry toll climbs\n\nTAMSK, Orlek, June 3 (Reuters) - At least 30 people died when a ferry sank on Monday.';
    const found = findWireDateline(text);
    expect(found?.text).toBe('June 3');
    expect(found?.date).toBeNull(); // no year: no day
    expect(text.slice(0, found!.edit.start) + text.slice(found!.edit.end)).toContain('TAMSK, Orlek (Reuters) - At least 30');
    expect(findWireDateline('KESSA, Oct. 2 (AFP) — A train derailed.')?.text).toBe('Oct. 2');
    expect(findWireDateline('KESSA, Oct 2, 2026 (AP) — A train derailed.')?.date).toBe('2026-10-02');
  });

  it('leaves datelines without a date and dates in body sentences alone', () => {
    expect(findWireDateline('TAMSK, Orlek (AP) — A ferry sank on Monday.')).toBeNull();
    expect(findWireDateline('Ferry sinks\n\nThe ferry sank on June 1 (local time) near Tamsk, police said.')).toBeNull();
    expect(findWireDateline('Ferry sinks\n\nRescuers reached Tamsk, June 1 (Reuters reported) - the day after.')).toBeNull();
  });

  it('is no event date, and a year in it dates the version', async () => {
    const { values } = await eventDates({
      a: ' date 2026-06-03\nFerry toll climbs\n\nTAMSK, Orlek, June 3 (Reuters) - At least 30 people died when a crowded ferry sank on Monday night, officials said.',
      b: ' date 2026-06-03\nFerry toll climbs\n\nTAMSK, Orlek (AP) — At least 30 people died when a crowded ferry sank on Monday night, officials said. The ferry capsized on June 1 after its engine failed.',
    });
    expect(keys(values.a)).toEqual(['2026-06-01']);
    expect(keys(values.b)).toEqual(['2026-06-01', '2026-06-01']);
    const raw = { id: 'v', path: 'v.txt', bytes: new TextEncoder().encode('Train derails\n\nKESSA, Oct 2, 2026 (Reuters) - A train derailed on Thursday.') };
    const normalized = normalize(raw);
    expect('dateLine' in normalized && normalized.dateLine).toBe('2026-10-02');
    expect('text' in normalized && normalized.text).toContain('KESSA (Reuters) - A train');
  });
});
