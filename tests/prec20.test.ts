/**
 * Event dates (prec20): which event a date is tied to (read/date-events.ts). Shooting wording
 * ("opened fire", "in Wednesday's shooting") dates the incident; a memorial service, a burial and
 * a vigil are events of their own, never compared with each other; possessive weekdays ("Friday's
 * quake") are read; a version's first date is its incident's when the lede dates a statement or a
 * plan first. Sentences written for these tests (fictional towns, people and schools).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import { checkRule, type RuleChecked as Checked } from './helpers/rule-set.js';
import { tempSets } from './helpers/temp-set.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const DATE_RULES = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.id === 'event-dates');
const sets = tempSets();
afterAll(() => sets.cleanup());

/** The event-dates values of one version dated Thursday 2026-06-11: "text:event" in the order the table shows them. */
const dated = (text: string, date = '2026-06-11'): string[] =>
  (versionClaims(text, date, DATE_RULES).get('event-dates') ?? []).map((v) => `${v.text}:${v.event ?? '-'}`);

const eventDates = (files: Record<string, string>): Promise<Checked> => checkRule(sets, files, 'event-dates', [CORE]);

const contradictions = (c: Checked): string[] => c.findings.filter((f) => f.type === 'contradiction').map((f) => f.message);

describe('the event a date is tied to', () => {
  it('shooting wording dates the incident, past a place between the verb and the date', () => {
    expect(dated('ORVIK (AP) — A former pupil opened fire in the library of a grammar school in the lakeside town of Orvik on Monday morning, killing two teachers, police said.'))
      .toEqual(['Monday morning:incident']);
    expect(dated('Families in Orvik gathered at the town hall after the shooting on Tuesday.')).toEqual(['Tuesday:incident']);
    expect(dated('Two teachers were shot dead in a classroom on Monday.')).toEqual(['Monday:incident']);
  });

  it('reads a weekday in the possessive before the incident', () => {
    expect(dated('Rescue teams were still searching for survivors of Friday\'s quake in the hills above Temrin.')).toEqual(['Friday:incident']);
    expect(dated('The death toll from Sunday\'s landslide in the Varsk valley rose to 23, the district office said.')).toEqual(['Sunday:incident']);
    expect(dated('About 900 homes were flattened by Tuesday\'s magnitude 5.8 quake, the governor said.')).toEqual(['Tuesday:incident']);
    expect(dated('Eleven people were wounded in Wednesday\'s shooting at the Halm ferry terminal.')).toEqual(['Wednesday:incident']);
  });

  it('does not give the incident the date of a charge, a later death or a statement', () => {
    expect(dated('Prosecutors on Friday charged a 19-year-old man with murder over the shooting at the Orvik grammar school.')).toEqual(['Friday:-']);
    expect(dated('A caretaker wounded in the shooting at the Orvik grammar school died in hospital on Thursday, police said.')).toEqual([]);
    expect(dated('Soldiers reached the cut-off village of Dorn on Wednesday, a day after the quake, the army said.')).toEqual([]);
  });

  it('keeps another incident apart ("In a separate attack on Tuesday")', () => {
    expect(dated('In a separate attack on Tuesday, gunmen killed two policemen at a checkpoint near Serra.')).toEqual(['Tuesday:another incident']);
  });

  it('tells the ceremonies of a mourning story apart', () => {
    expect(dated('Thousands of mourners filled the Tormo concert hall on Saturday for a memorial service for former Prime Minister Halvard Enqvist.', '2026-06-13'))
      .toEqual(['Saturday:memorial']);
    expect(dated('Enqvist was buried privately in his home village of Lesna on Sunday.', '2026-06-14')).toEqual(['Sunday:burial']);
    expect(dated('Hundreds of students held a candlelight vigil outside the school gates on Tuesday evening.')).toEqual(['Tuesday evening:vigil']);
    expect(dated('Enqvist was laid to rest beside his wife on Sunday.', '2026-06-14')).toEqual(['Sunday:burial']);
  });

  it('a farewell that names no ceremony is the copy\'s one ceremony, and no event when the copy names two', () => {
    const one = 'Tormo paid its final respects to former Prime Minister Halvard Enqvist on Sunday.\n\nLeaders from nine countries attended the memorial service.';
    expect(dated(one, '2026-06-14')).toEqual(['Sunday:memorial']);
    const two = `${one}\n\nHis funeral was held in Lesna in May.`;
    expect(dated(two, '2026-06-14')[0]).toBe('Sunday:-');
    expect(dated('Tormo paid its final respects to former Prime Minister Halvard Enqvist on Sunday.', '2026-06-14')).toEqual(['Sunday:-']);
  });
});

describe('the first date of a version', () => {
  it('is the incident\'s when the lede dates a statement or a plan first', () => {
    expect(dated('Orvik was a town in mourning on Thursday as families prepared to bury five people killed when a former pupil opened fire at the grammar school on Monday.'))
      .toEqual(['Monday:incident', 'Thursday:-']);
    expect(dated('ORVIK (AP) — Prosecutors on Thursday charged the 19-year-old suspect in Monday\'s shooting at the grammar school with five counts of murder.'))
      .toEqual(['Monday:incident', 'Thursday:-']);
    expect(dated('VARSK (AP) — Officials on Wednesday ended the search for survivors of Sunday\'s landslide in the Varsk valley.'))
      .toEqual(['Sunday:incident', 'Wednesday:-']);
  });

  it('stays the first when it is tied to an event or no date is the incident\'s', () => {
    expect(dated('A vigil was held on Tuesday night. A gunman opened fire at the Halm ferry terminal on Monday.')).toEqual(['Tuesday night:vigil', 'Monday:incident']);
    expect(dated('Police said on Wednesday that 14 people were hurt. The school reopened on Thursday.')).toEqual([]);
  });
});

describe('a weekday conflict about one incident worded apart', () => {
  const first = 'Gunman kills five at Orvik school\n\nORVIK (AP) — A former pupil opened fire at a grammar school in the lakeside town of Orvik on Monday morning, killing five people, police said.';

  it('is reported (undated set)', async () => {
    const c = await eventDates({
      a: first,
      b: 'Orvik mourns\n\nOrvik was a town in mourning on Thursday as families prepared to bury five people killed when a former pupil opened fire at the grammar school on Tuesday.',
      c: 'Suspect charged\n\nORVIK (AP) — Prosecutors on Thursday charged the 19-year-old suspect in Monday\'s shooting at the Orvik grammar school with five counts of murder.',
    });
    // (b's Thursday dates the mourning, not the shooting: no finding)
    expect(contradictions(c)).toEqual([expect.stringMatching(/^Dates of events: b says Tuesday; a (and c )?says? Monday/)]);
  });

  it('is reported between sentences worded apart (a possessive and a plan-dated lede)', async () => {
    const c = await eventDates({
      b: 'Orvik mourns\n\nOrvik was a town in mourning on Thursday as families prepared to bury five people killed when a former pupil opened fire at the grammar school on Tuesday.',
      c: 'Suspect charged\n\nORVIK (AP) — Prosecutors on Thursday charged the 19-year-old suspect in Monday\'s shooting at the Orvik grammar school with five counts of murder.',
    });
    expect(contradictions(c)).toEqual([expect.stringMatching(/^Dates of events: (b says Tuesday; c says Monday|c says Monday; b says Tuesday)/)]);
  });

  it('near miss: a vigil the day after the shooting', async () => {
    const c = await eventDates({
      a: first,
      b: 'Orvik holds vigil\n\nHundreds of people held a candlelight vigil in the market square on Tuesday evening for the five victims of the shooting at the grammar school.',
    });
    expect(contradictions(c)).toEqual([]);
  });

  it('near miss: a charge and a statement dated after the shooting', async () => {
    const c = await eventDates({
      a: first,
      b: 'Suspect charged\n\nProsecutors on Wednesday charged the suspect in the shooting at the Orvik grammar school. Police said on Wednesday that the rifle had belonged to his uncle.',
    });
    expect(contradictions(c)).toEqual([]);
  });

  it('near miss: another attack the next day', async () => {
    const c = await eventDates({
      a: 'Blast in Serra\n\nSERRA (AP) — A car bomb exploded at a crowded market in Serra on Monday, killing 12 people, police said.',
      b: 'Serra market blast\n\nTwelve people died in the market blast in Serra, police said. In a separate attack on Tuesday, gunmen killed two policemen at a checkpoint near the town.',
    });
    expect(contradictions(c)).toEqual([]);
  });
});

describe('the day of a memorial service', () => {
  const preview = ' date 2026-06-12\nLeaders to attend memorial\n\nTORMO (AP) — Leaders from nine countries will attend Saturday\'s memorial service for former Prime Minister Halvard Enqvist, the Foreign Ministry said on Friday.';
  const service = ' date 2026-06-13\nTormo remembers Enqvist\n\nTORMO (AP) — Thousands of mourners filled the Tormo concert hall on Saturday for a memorial service for former Prime Minister Halvard Enqvist.\n\nEnqvist will be buried privately in his home village of Lesna on Sunday.';

  it('a farewell dated another day than the service is a contradiction, although the burial is that day', async () => {
    const c = await eventDates({
      a: preview,
      b: service,
      c: ' date 2026-06-14\nNation says goodbye to Enqvist\n\nIn an emotional ceremony, Tormo paid its final respects to former Prime Minister Halvard Enqvist on Sunday.\n\nLeaders from nine countries attended the memorial service.',
    });
    expect(contradictions(c)).toEqual([expect.stringMatching(/^Dates of events: c says 2026-06-14; a and b say 2026-06-13/)]);
  });

  it('two copies: the burial on the farewell\'s day is no vote for it', async () => {
    const c = await eventDates({
      b: service,
      c: ' date 2026-06-14\nNation says goodbye to Enqvist\n\nIn an emotional ceremony, Tormo paid its final respects to former Prime Minister Halvard Enqvist on Sunday.\n\nLeaders from nine countries attended the memorial service.',
    });
    expect(contradictions(c)).toEqual([expect.stringMatching(/^Dates of events: c says 2026-06-14; b says 2026-06-13/)]);
  });

  it('near miss: the burial on the next day is another event', async () => {
    const c = await eventDates({
      a: preview,
      b: service,
      c: ' date 2026-06-14\nEnqvist laid to rest\n\nLESNA (AP) — Former Prime Minister Halvard Enqvist was laid to rest beside his wife in the village of Lesna on Sunday, in a private ceremony.',
    });
    expect(contradictions(c)).toEqual([]);
  });

  it('near miss: a farewell in a copy that names a funeral and a memorial says no which', async () => {
    const c = await eventDates({
      a: preview,
      b: service,
      c: ' date 2026-06-14\nNation says goodbye to Enqvist\n\nTormo paid its final respects to former Prime Minister Halvard Enqvist on Sunday.\n\nLeaders from nine countries attended the memorial service. A state funeral was held for his predecessor in 2011.',
    });
    expect(contradictions(c)).toEqual([]);
  });
});
