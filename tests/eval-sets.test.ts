/**
 * The wire-story evaluation (tests/eval/sets, issue 8) inside `npm test`: the scorer's own unit
 * tests on tiny synthetic reports, sanity checks of the sets and gold files, and floors on the
 * scores. The floors are the figures measured with headline roles (the figures before them are
 * in the comment); raise them as the extraction improves. `npm run eval` prints the full table,
 * FACTLINT_EVAL_VERBOSE=1 the per-set details.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GOLD_FILE,
  SETS_DIR,
  classifyName,
  findingMatches,
  formatSetDetails,
  formatSetsTable,
  listSets,
  nameMatches,
  overall,
  parseGold,
  runSets,
  scoreSet,
  type Gold,
  type ScoredFinding,
  type ScoredSet,
  type ScoredValue,
  type SetRun,
} from './eval/sets.js';

const v = (value: number, role?: string, key: string = String(value)): ScoredValue =>
  role === undefined ? { value, key } : { value, key, role };
const finding = (type: string, rule: string, versions: string[], extra: Partial<ScoredFinding> = {}): ScoredFinding => ({
  type,
  rule,
  severity: 'warning',
  subject: rule,
  versions,
  ...extra,
});
const person = (name: string): ScoredValue => ({ value: name, key: `person:${name.toLowerCase()}` });

const GOLD: Gold = {
  versions: { a: { 'death-toll': 12, injured: null }, b: { 'death-toll': 23, injured: 110 } },
  people: ['Rosa Quispe Mamani', 'Ernesto Valcarcel'],
  bylines: ['Tom Reyes'],
  notPeople: ['Red Cross', 'San Bartolome'],
  expected: [
    { type: 'update', rule: 'death-toll', versions: ['b'] },
    { type: 'deleted-mention', versions: ['b'], subject: 'Ernesto Valcarcel' },
    { type: 'integrity', versions: ['a'] },
  ],
};

function synthetic(over: Partial<ScoredSet> = {}): ScoredSet {
  return {
    id: 'synthetic',
    order: 'manifest',
    versions: ['a', 'b'],
    claims: [
      { rule: 'death-toll', values: { a: [v(12, 'headline'), v(4000, 'background')], b: [v(23, 'headline'), v(17, 'part'), v(23, 'other')] } },
      { rule: 'injured', values: { a: [v(24, 'headline')], b: [v(110)] } },
      { rule: 'people-named', values: { a: [person('Rosa Quispe Mamani'), person('Tom Reyes')], b: [person('Quispe'), person('Red Cross'), person('Rosa Quispe Mamani')] } },
    ],
    findings: [
      finding('update', 'death-toll', ['b'], { severity: 'info' }),
      finding('contradiction', 'death-toll', ['b'], { severity: 'error' }),
      finding('contradiction', 'event-dates', ['b']),
      finding('stale', 'injured', ['b']),
      finding('omission', 'people-named', ['b'], { severity: 'info', subject: 'Valcarcel', alsoReportedBy: ['deleted-mention'] }),
    ],
    notices: { a: [{ type: 'boilerplate', count: 22 }, { type: 'date-line', count: 1 }], b: [{ type: 'boilerplate', count: 1 }] },
    ...over,
  };
}

describe('wire-story scorer (synthetic reports)', () => {
  it('scores headline figures only by the role field, and counts headlines where the gold has none', () => {
    const s = scoreSet(synthetic(), GOLD);
    // a: 12 headline = gold; b death-toll: one headline 23 = gold; b injured: no role -> wrong.
    expect(s.headline).toMatchObject({ correct: 2, total: 3 });
    expect(s.headline.outcomes.find((o) => o.version === 'b' && o.rule === 'injured')?.correct).toBe(false);
    expect(s.spuriousHeadlines).toEqual([{ version: 'a', rule: 'injured', value: 24 }]);
    // Two headline values in one version are wrong even when one equals the gold.
    const two = scoreSet(synthetic({ claims: [{ rule: 'death-toll', values: { a: [v(12, 'headline'), v(15, 'headline')], b: [] } }] }), GOLD);
    expect(two.headline.correct).toBe(0);
    // A report without roles scores 0, but the role-free baseline still sees the first value.
    const bare = scoreSet(synthetic({ claims: [{ rule: 'death-toll', values: { a: [v(12), v(4000)], b: [v(17), v(23)] } }] }), GOLD);
    expect(bare.headline.correct).toBe(0);
    expect(bare.headline.firstCorrect).toBe(1);
  });

  it('counts distinct death-toll values per version by key', () => {
    const s = scoreSet(synthetic(), GOLD);
    expect(s.distinct).toEqual({ a: 2, b: 2 });
    expect(s.distinctPerVersion).toBe(2);
  });

  it('scores person precision on unique keys; bylines and non-people are wrong', () => {
    const s = scoreSet(synthetic(), GOLD);
    const verdicts = Object.fromEntries(s.persons.outcomes.map((p) => [p.name, p.verdict]));
    expect(verdicts).toEqual({ 'Rosa Quispe Mamani': 'person', 'Tom Reyes': 'byline', Quispe: 'person', 'Red Cross': 'not-person' });
    expect(s.persons).toMatchObject({ correct: 2, total: 4, goldFound: 1, goldTotal: 2 });
    expect(nameMatches('Quispe', 'Rosa Quispe Mamani')).toBe(true);
    expect(nameMatches('Matt Lee', 'Matthew Lee')).toBe(true);
    expect(nameMatches('Inés Caballero', 'Ines Caballero')).toBe(true);
    expect(nameMatches('Rosa', 'Rosa Quispe Mamani')).toBe(false);
    expect(nameMatches('Maria Okafor', 'Raymond Okoye')).toBe(false);
    expect(classifyName('Reyes', GOLD)).toBe('byline');
    expect(classifyName('Alder County', GOLD)).toBe('unknown');
    const clash = { people: ['Tom Holm'], bylines: ['Arvid Holm'], notPeople: ['Holm Street'] };
    expect(classifyName('Tom Holm', clash)).toBe('person');
    expect(classifyName('Arvid Holm', clash)).toBe('byline');
    expect(classifyName('Holm', clash)).toBe('byline');
    expect(classifyName('Holm Street', clash)).toBe('not-person');
  });

  it('matches expected findings on type, rule (or alsoReportedBy), versions and subject; notices stand for integrity', () => {
    const s = scoreSet(synthetic(), GOLD);
    // update in b: reported; deleted-mention: only an omission was reported; integrity: the boilerplate notice.
    expect(s.expected.outcomes.map((e) => e.found)).toEqual([true, false, true]);
    expect(findingMatches({ type: 'update', rule: 'death-toll', versions: ['b'] }, finding('update', 'death-toll', ['a', 'b']))).toBe(true);
    expect(findingMatches({ type: 'update', rule: 'death-toll', versions: ['b'] }, finding('update', 'death-toll', ['a']))).toBe(false);
    expect(findingMatches({ type: 'update', rule: 'death-toll' }, finding('update', 'injured', ['b']))).toBe(false);
    expect(findingMatches({ type: 'stale', rule: 'death-toll' }, finding('update', 'death-toll', ['b']))).toBe(false);
    expect(findingMatches({ type: 'omission', rule: 'participants', subject: 'Margus Tamm' },
      finding('omission', 'deleted-mention', ['b'], { subject: 'Tamm', alsoReportedBy: ['participants'] }))).toBe(true);
    expect(findingMatches({ type: 'omission', subject: 'Margus Tamm' }, finding('omission', 'participants', ['b'], { subject: 'Helga Brandt' }))).toBe(false);
    // The update the gold expects in b: found when reported, and then not a wrong finding.
    // One copyright line is no damage: only a flood of boilerplate stands for an integrity verdict.
    const oneLine = scoreSet(synthetic(), { ...GOLD, expected: [{ type: 'integrity', versions: ['b'] }] });
    expect(oneLine.expected.found).toBe(0);
    const withUpdate = scoreSet(synthetic(), { ...GOLD, expected: [{ type: 'update', rule: 'death-toll', versions: ['b'] }] });
    expect(withUpdate.expected.found).toBe(1);
  });

  it('counts unexpected contradictions on toll rules and other wrong toll findings', () => {
    const s = scoreSet(synthetic(), GOLD);
    // death-toll contradiction is unexpected; event-dates is not a toll rule.
    expect(s.falseContradictions.map((f) => f.rule)).toEqual(['death-toll']);
    // GOLD expects the death-toll update in b, so only the stale injured finding is wrong.
    expect(s.otherWrong.map((f) => `${f.type}/${f.rule}`)).toEqual(['stale/injured']);
    const expectedContradiction = scoreSet(synthetic(), { ...GOLD, expected: [...GOLD.expected, { type: 'contradiction', rule: 'death-toll' }] });
    expect(expectedContradiction.falseContradictions).toEqual([]);
    expect(s.findings).toEqual({ total: 5, error: 1, warning: 2, info: 2 });
    const damaged = scoreSet(synthetic({ findings: [finding('integrity', 'integrity', ['a']), finding('integrity', 'integrity', ['b'])] }), GOLD);
    expect(damaged.unexpectedIntegrity.map((f) => f.versions)).toEqual([['b']]);
  });

  it('aggregates sets and prints a table', () => {
    const a = scoreSet(synthetic(), GOLD);
    const b = scoreSet(synthetic({ id: 'empty', claims: [], findings: [], notices: {} }), GOLD);
    const o = overall([a, b]);
    expect(o).toMatchObject({ sets: 2, versions: 4, headlineCorrect: 2, headlineTotal: 6, falseContradictions: 1, findingsPerSet: 2.5 });
    expect(o.headlineAccuracy).toBeCloseTo(2 / 6);
    expect(o.headlineByRule).toEqual({ 'death-toll': { correct: 2, total: 4 }, injured: { correct: 0, total: 2 } });
    expect(o.distinctPerVersion).toBe(1);
    expect(o.expectedRecall).toBeCloseTo(2 / 6);
    const table = formatSetsTable([a, b]);
    expect(table).toContain('synthetic');
    expect(table).toMatch(/all\s+4/);
  });

  it('rejects malformed gold files', () => {
    expect(() => parseGold('{"versions": {"a": {"deaths": 3}}}', 'g.json')).toThrow(/unknown key "deaths"/);
    expect(() => parseGold('{"versions": {"a": {"death-toll": "3"}}}', 'g.json')).toThrow(/number or null/);
    expect(() => parseGold('{"versions": {}, "people": "x"}', 'g.json')).toThrow(/people/);
    expect(() => parseGold('{"versions": {}, "expected": [{"rule": "x"}]}', 'g.json')).toThrow(/type/);
    expect(parseGold('{"versions": {"a": {"death-toll": null}}}', 'g.json').people).toEqual([]);
  });
});

describe('wire-story sets (tests/eval/sets)', () => {
  const ids = listSets();

  // The twenty-five sets five audits wrote untuned (copied as they were, short copy of 105–326 words a version).
  const SHORT_SETS: ReadonlySet<string> = new Set([
    'quake-sorvani',
    'quake-port-aldane',
    'shooting-colter-springs',
    'memorial-korvath',
    'bus-crash-sella-verde',
    'quake-yelsk',
    'quake-ilvaran',
    'school-shooting-hollander',
    'funeral-estravel',
    'ferry-kastel-strait',
    'flood-marandi',
    'funeral-varnholt',
    'mine-san-teodoro',
    'shooting-brenford',
    'storm-caldera-coast',
    'ferry-lake-orvane',
    'wildfire-calder-ridge',
    'collapse-ruvenna',
    'plane-crash-tessaly',
    'stampede-dorun',
    'quake-kordel',
    'quake-belmora',
    'shooting-kesselby',
    'memorial-malkonen',
    'landslide-selenki',
  ]);

  it('has at least 8 sets of 3–6 versions of 250–700 words (100–700 in the audit sets), each version with a gold entry', () => {
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      const dir = join(SETS_DIR, id);
      const gold = parseGold(readFileSync(join(dir, GOLD_FILE), 'utf8'), id);
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      expect(files.length, id).toBeGreaterThanOrEqual(3);
      expect(files.length, id).toBeLessThanOrEqual(6);
      expect(Object.keys(gold.versions).sort(), id).toEqual(files.map((f) => f.replace(/\.txt$/, '')).sort());
      for (const f of files) {
        const words = readFileSync(join(dir, f), 'utf8').split(/\s+/).filter((w) => w.length > 0).length;
        expect(words, `${id}/${f}`).toBeGreaterThanOrEqual(SHORT_SETS.has(id) ? 100 : 250);
        expect(words, `${id}/${f}`).toBeLessThanOrEqual(700);
      }
      for (const b of gold.bylines) expect(gold.people, `${id}: byline ${b} listed as a person`).not.toContain(b);
    }
  });

  it('orders at least two sets by file names only, and never expects update or stale there', () => {
    const byName = ids.filter((id) => {
      const dir = join(SETS_DIR, id);
      const files = readdirSync(dir);
      return !files.includes('factlint.set.yaml') && files.filter((f) => f.endsWith('.txt')).every((f) => !readFileSync(join(dir, f), 'utf8').startsWith(' date '));
    });
    expect(byName.length).toBeGreaterThanOrEqual(2);
    for (const id of byName) {
      const gold = parseGold(readFileSync(join(SETS_DIR, id, GOLD_FILE), 'utf8'), id);
      expect(gold.expected.filter((e) => e.type === 'update' || e.type === 'stale'), id).toEqual([]);
    }
  });

  describe('floors (measured with headline roles)', () => {
    let runs: SetRun[] = [];
    beforeAll(async () => {
      runs = await runSets();
    });

    it('keeps the measured scores', () => {
      const o = overall(runs.map((r) => r.score));
      process.stdout.write(`\n${formatSetsTable(runs.map((r) => r.score))}\n`);
      if (process.env['FACTLINT_EVAL_VERBOSE'] === '1') process.stdout.write(`\n${runs.map(formatSetDetails).join('\n')}\n`);
      expect(o.sets).toBe(ids.length);
      expect(runs.every((r) => r.set.order === 'file-name' || r.set.order === 'manifest' || r.set.order === 'date-line')).toBe(true);
      // Before roles: 0/57 headline, first value = gold 53/57, 2.69 death-toll values per version,
      // person precision 47.7% (recall 98.1%), 41.3 findings per set, expected 14/24, 11 false
      // contradictions, 13 other wrong toll findings, 5 integrity findings on complete copies.
      // With headline roles: 56/57 headline, first value 94.7%, 2.75 values per version (parts and
      // background kept, with their roles), 33.1 findings per set, expected 24/24, 0 false
      // contradictions, 3 other wrong; with the people work and folded minor findings: person
      // precision 96.3%, 14.6 findings per set. With the collapse-kiboroni set (40 versions), people
      // still in care read as a share and page-furniture lines stripped: 64/64 headline, 2.80 values
      // per version, person precision 96.6%, 14.6 findings per set, expected 27/27, 3 other wrong.
      // With plane-andes, bus-gorge, wildfire-pine-hollow and bombing-darband (14 sets, 52 versions):
      // 83/83 headline, first value 95.2%, 2.85 values per version, person precision 94.6% (down:
      // 'Aerovías del Sur' and 'Pine Hollow' read as people), recall 98.6%, 12.6 findings per set,
      // expected 34/34, 0 false contradictions, 3 other wrong, 1 integrity finding on a complete copy.
      // With five sets written untuned (train derailment, stampede with a downward revision, cholera,
      // hotel fire, avalanche; 19 sets, 72 versions), before any fix: 113/119 headline, first value
      // 93.3%, 3.24 values per version, person precision 93.2%, 13.0 findings per set, expected 51/53,
      // 2 false contradictions, 5 other wrong, 2 integrity findings on complete copies. After the
      // fixes they led to: 114/119, 94.1%, 3.19, 95.0%, 12.3 findings per set, 51/53, 0, 3, 1.
      // Three more untuned sets (mine blast, heat wave, gas explosion; 22 sets, 84 versions): 137/143,
      // 95.1%, 3.27, 95.8%, 13.4, 67/70, 1 false contradiction ("more than 1,100" after "1,150"),
      // 4 other wrong; after the fixes (that one, share bars, "who had been missing turned up"): 0, 3.
      // (findings per set 13.3; 13.2 once dates are compared sentence by sentence only; headline
      // 141/143 once "Seven of the survivors were injured" is the whole count)
      // Four more untuned sets (tornado, chemical plant fire, bridge collapse, shipwreck; 26 sets,
      // 101 versions): 164/173 headline, first value 91.9%, 3.38, 95.2%, 13.9, 87/92, 2 false
      // contradictions, 4 other wrong, 2 integrity findings on complete copies; after the fixes
      // ("4 more bodies" an increment, "11 dead in the county as the statewide toll reaches 17",
      // "after a man injured … died"): 168/173, 92.5%, 0 false contradictions. The bridge set counts
      // "17 were taken to hospital" as injured; factlint does not ("taken to hospital" as a cue made
      // 412 hospitalised contradict an injured count in the synthetic earthquake story). Expected
      // 88/92 once a same-time copy still giving the figure a correction replaced contradicts it;
      // person precision 96.6% once a name after "south of", "the port of" is a place; 89/92 and
      // 3 other wrong once a copy going back to a missing figure already changed is stale; person
      // precision 97.2% once a name one version calls a place is no person in the others.
      // Three more untuned sets (an earthquake with district breakdowns and a stale portal copy, a
      // campus shooting, a state funeral with attendee lists; 29 sets, 114 versions): 184/190,
      // 92.6%, 3.33, 96.6% (recall 98.8%), 14.2, 101/106, 1 false contradiction (injured 9 -> 5
      // from "toll rises to five as wounded student dies"), 7 other wrong. After the fixes they and
      // real copy led to (people of a kind joined by "and" summed: "two students and two teachers
      // were killed" is 4; "died at 88" and "Ethan Park, 21," are ages; a revision word must govern
      // the figure, not "reduced to rubble"; injured falling by the wounded who died is an update;
      // attendee lists, negated attendance, a person in one version a person in all; pipe bars and
      // related-story blocks are furniture; a weekday is one day throughout a version; a name one
      // version gives folds only against near-copies): 185/190, 92.6%, 3.28, 97.7%, 11.8, 103/106,
      // 0 false contradictions, 5 other wrong. Then ("four of them were flown … with injuries": "of
      // them" is no distance to the cue; "being treated for burns" is the injured count; "taken to
      // hospital" is an injured cue when nothing else gives the count; dropped facts only between
      // versions that copy or rewrite each other): 190/190, 94.7%, 11.4 findings per set, 106/106.
      // Three more untuned sets (a bootleg-liquor poisoning, a volcanic eruption, an inauguration with
      // guest lists in running prose; 32 sets, 128 versions), with the fixes of real funeral, shooting
      // and disaster copy made meanwhile: 211/212 headline (a hospital count "being treated" read as a
      // share), first value 95.3%, 3.27 values per version, person precision 97.2% (recall 98.6%),
      // 11.9 findings per set, expected 121/124, 0 false contradictions, 6 other wrong. After the fixes
      // they led to (a title-case headline with lower-case function words; "the X volcano", "in
      // Ecuador's Andes" are places; names listed after countries' possessives are people; "about a
      // dozen" and "12" are one figure; tag and "follow us" lines are furniture; a hyphenated name is
      // one cut): 211/212, 95.3%, 3.29, 98.6% (recall 99.5%), 11.8, 121/124, 0, 5.
      // Three more untuned sets (an Andean earthquake with district breakdowns and a "rose to 37 from
      // 14" take, a high-school shooting whose wounded are revised down, a state memorial with
      // counts of leaders and delegations; 35 sets, 143 versions), before any fix: 229/231 headline
      // (injured "revised to nine from 11 … two injured students" read as 2), first value 95.2%,
      // 3.21 values per version, person precision 98.8% (recall 99.2%), 12.3 findings per set,
      // expected 144/149, 0 false contradictions, 6 other wrong. A name cut after "Principal" (school,
      // church and local titles are titles): expected 145/149. After the fixes they and real copy led
      // to ("N people were being treated" the injured count when no other is given; "the number of
      // dead reached 70"; "revised the number … wounded … to nine from 11", people "counted twice"
      // a miscount; an area's figure a share of a larger one given before; "leader of some 40
      // million faithful, who died" no toll; "and nine remain missing" takes no "more than" from the
      // figure before; counts of countries compared by counted thing): 231/231, 95.7%, 3.21, 98.8%
      // (recall 99.2%), 12.2, 146/149, 0, 5.
      // Three more untuned sets (a Central Asian earthquake with district breakdowns and a lede that
      // hedges what its headline line does not, a high-school shooting with revised wounded and a cut
      // superintendent, a state memorial whose count of countries changes; 38 sets, 157 versions),
      // before any fix: 250/250 headline, first value 95.6%, 3.17 values per version, person
      // precision 98.3% (recall 99.0%: "the U.S. Geological Survey said" read as a person, a
      // "Commission Chairperson" swallowed into an organisation), 12.5 findings per set, expected
      // 163/170, 0 false contradictions, 5 other wrong. After the fixes they and the known gaps led
      // to (a headline line's dropped hedge is the lede's; organisation tails and time zones are no
      // people or places; people counts of one state compared across sentences; a date names a
      // moment of its event; "rose by 30 to 150"; revisions later in a version; floods-alder's gold
      // gains the shelter count's 640 -> about 500 update it had missed): 250/250, 95.6%, 3.17,
      // 99.0% (recall 99.3%), 12.6, 167/171, 0, 5. Then ("31 of them seriously" and "including five
      // children" belong to the figure before; ages in a semicolon list; a year in an aside dates the
      // clause; "12 Pacific island countries"; a version that revises its own figure is an update; a
      // preview's count of countries and the count of who came are one fact whose plan changed):
      // first value 96.0%, 3.17, 12.6, 168/171; 169/171 once people at work (rescuers, soldiers:
      // "were working", "deployed", "searching") are a state of people compared across sentences.
      // Then places listed with a place, before "Province" or "'s governor", and a number after a
      // comma read as an age only when nothing follows it: person precision 99.3% ("Dorje Ri").
      // Then storms and airlines are no people (99.7%, plane-andes) and an audit of five untuned
      // sets (folded duplicate omissions, places named as modifiers, measures with a conversion,
      // page furniture): 12.1 findings per set.
      // The audit's five sets added after its fixes (a flood with district breakdowns and a local
      // copy's lower injured count, a funeral with attendee lists and a cut prime minister, a mine
      // blast with a scraped and a mis-encoded copy, a market shooting in file-name order with an
      // AI rewrite and a local paper's stale four, a typhoon with missing, evacuated and aid figures;
      // 43 sets, 176 versions, short copy of 105–305 words): 276/276 headline, first value 94.9%
      // (down from 96.0%: a role-free baseline; the copy gives parts before the total, "Three of
      // them were injured … Six rescue workers … bringing the number of injured to nine", "Two
      // people wounded … died" before "wounded 17"), 3.09 values per version, person precision
      // 99.7% (recall 99.4%), 12.0 findings per set, expected 201/206 (missed: missing "dozens" ->
      // "at least 40" as an update, a local copy's missing figure left out, "19,000 remain in
      // evacuation centres" after "about 31,000" as an update), 0 false contradictions. Then a
      // hedge on a round figure is the same figure ("About 58,000 people were evacuated" after
      // "58,000", funeral-echeverria's "An estimated 80,000"): other wrong 6 -> 4. Then a second
      // audit's fixes (dropped-fact skips figures a later version updated and matches on more than
      // an attribution; wire datelines are filing dates; a stated weekday is no date omission;
      // flight numbers, "AM"/"FM", demonyms and background places are no omissions): 11.2
      // findings per set; "Hundreds of volunteers joined the search for the missing" is no missing
      // count, so flood-marandi's local copy that gives none is an omission: expected 201 -> 202, and
      // that one expected finding more makes 482 findings in 43 sets, 11.21 per set. Then "The
      // number of people in shelters rose to 1,450" is the shelter count (its "in" before the state
      // window; a place-less figure merged with the one placed figure of that state) and a copy
      // that goes back to a replaced state figure is stale: expected 202 -> 204, and those two
      // expected findings make 484 findings, 11.26 per set. Then a bare figure after a count of
      // people that says where some of them stay ("and 19,000 remain in evacuation centres") counts
      // people in shelters: expected 205, 485 findings, 11.28 per set. Then a figure after a
      // vague count of people missing is an update ("dozens missing", then "at least 40"), and
      // the older sets' gold records the updates of the missing and injured counts it lacked
      // (ferry-meghla b2 and b4, floods-alder f2 and f4, landslide-sulawesi ap-thursday, the
      // campus shooting's injured 9 -> 8 as one of them died): expected 212/212, other wrong 0,
      // 488 findings, 11.35 per set.
      // The second audit's five sets added after its fixes (a ferry capsizing with a revised count on
      // board and a scraped copy, a wildfire with an AI rewrite, a building collapse with a same-hour
      // radio copy at 15 for 17 and a mis-encoded copy with a cut name, a plane crash with
      // nationality breakdowns, a temple stampede in file-name order with a weekday clash; 48 sets,
      // 197 versions, 154–326 words): headline 306/306, first value 94.8% (290/306; the new sets
      // 28/30: "Nearly 100 dead" before "the 97 people killed", "Nine residents of Sarn district
      // were among the 29"), 3.14 values per version (up from 3.09: the new sets give 4.5 (ferry) and
      // 5.0 (plane) with parts by district and nationality), person precision 99.7% (recall
      // 99.4%), 10.85 findings per set (521 in 48), expected 222/232 (missed: rescued 61 -> 88 and
      // 14 -> 22 -> 23 as updates, missing "dozens" -> 44 as an update, evacuated about 6,000 ->
      // more than 14,000 -> about 9,000 as updates), 0 false contradictions, 4 other wrong.
      // With prec18 merged (the shelter and vague-count updates above, and collapse-ruvenna's gold
      // recording its "dozens" -> "at least 30" trapped as the update its audit gold asked for):
      // expected 234/239, 0 other wrong, 529 findings in 48 sets, 11.02 per set. Then states named
      // by a phrase (prec24: "pulled 22 people out alive" rescued; "forcing about 6,000 residents to
      // evacuate", "under evacuation orders", "while about 9,000 remained under orders" evacuated)
      // and a town's population ("home to about 9,000 people") no count: rescued 14 -> 22 -> 23 and
      // 61 -> 88, evacuated about 6,000 -> more than 14,000 -> about 9,000 as updates: expected
      // 239/239, 534 findings, 11.13 per set.
      // All of the third audit's fixes merged (event dates tied to an event class, attendance
      // wording and list majorities among versions with a list, victims' tolls and roles, dropped-fact
      // only between rewrites of one wire line and without ages, clock times and decades, consent
      // banners as furniture, hedged round figures as roundings, rescued and evacuated states):
      // expected 239/239, 0 other wrong, 523 findings in 48 sets, 10.90 per set.
      // Then names and places another outlet never had are no omission (a rule of info severity
      // judges a version only against versions it may rewrite or copy, align/outlets.ts): 459
      // findings in 48 sets, 9.56 per set, expected still 239/239.
      // The third audit's five sets added after its fixes (a quake with two agencies' magnitudes and
      // an AI rewrite at "nearly 100" for 97, a quake with a scraped copy and a mis-encoded copy with
      // a cut name, a school shooting in file-name order with a weekday clash, a state memorial
      // whose rewrite drops a leader and moves the service to Sunday, a landslide whose missing
      // count falls; 53 sets, 219 versions, 206–302 words): headline 337/337, first value 95.3%
      // (321/337; the new sets 31/31), 3.11 values per version (the new sets 2.9), person
      // precision 99.7% (recall 99.5%), 9.55 findings per set (506 in 53), expected 267/269
      // (missed: quake-kordel's injured "hundreds" -> "more than 300" as an update; the
      // shooting suspect's age 16 against 17, which no rule of news-core reads), 0 false
      // contradictions, 1 other wrong (quake-belmora: "Missing changed from dozens (b1) to 11
      // people (b5)", an update its audit gold does not name).
      // The fourth and fifth audits' ten sets added after the fixes they led to (audit6: a mountain
      // quake with an AI rewrite and an injured count revised down "to 287 from 310", a city quake
      // with a scraped and a mis-encoded late copy, a school shooting with a local paper's own
      // report, a state memorial whose rewrite drops a leader, a bus crash whose toll is lowered "to
      // 21 from 24"; audit7: a night quake with a second agency's 39 against 42 the same evening, a
      // city quake with official and hospital counts, a school shooting with a wrong weekday and a
      // cut superintendent, a state funeral with a cancelled guest, a ferry sinking with a local
      // paper's own missing count; 63 sets, 263 versions, 200–301 words): headline 403/404 (quake-
      // yelsk a1's "more than 200 people taken to clinics" read as "hundreds"), first value 95.3%,
      // 3.10 values per version, person precision 99.2% (the new sets: "Alta Quel", "Courier"),
      // recall 99.4%, 9.70 findings per set (611 in 63), expected 333/339 (missed: a lone "Korvath"
      // whose age is 87 against "Anselm Korvath" 88, the rewrite's "more than 70" for 73, a
      // withheld teacher's name in a local paper's own report, 136 on board after about 140, a local
      // paper's 47 missing against 38, and the suspect's age of the older set), 0 false
      // contradictions, 2 other wrong (that 47 read as an update; 6,000 police officers planned
      // and "more than 6,000" deployed as a qualifier change).
      expect(o.headlineTotal).toBe(404);
      expect(o.headlineCorrect).toBeGreaterThanOrEqual(403);
      expect(o.firstValueAccuracy).toBeGreaterThanOrEqual(0.952);
      expect(o.distinctPerVersion).toBeLessThanOrEqual(3.10);
      expect(o.personPrecision).toBeGreaterThanOrEqual(0.991);
      expect(o.personRecall).toBeGreaterThanOrEqual(0.993);
      expect(o.findingsPerSet).toBeLessThanOrEqual(9.70);
      // (Two gold entries added in the sixth real-copy round: a guest listed as expected in a preview
      // and said absent later is a change of plan the sets describe, now reported: 335/341.)
      expect(o.expectedFound).toBeGreaterThanOrEqual(335);
      expect(o.falseContradictions).toBe(0);
      expect(o.otherWrong).toBeLessThanOrEqual(2);
      expect(o.unexpectedIntegrity).toBeLessThanOrEqual(3);
      expect(o.expectedTotal, 'the floors were measured on these sets: update them when the sets change').toBe(341);
    });
  });
});
