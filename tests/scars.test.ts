import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { alignSet, findScars, integrityFindings } from '../src/align/index.js';
import { plainVersion } from '../src/normalize/plain.js';

const scarsOf = (text: string): Array<[string, string]> => findScars(analyze(plainVersion('x', text))).map((s) => [s.kind, s.excerpt]);

describe('findScars: damaged sentences', () => {
  it.each([
    ['There is frustration over tariffs on its closest partners to and .', 'hole', 'to and'],
    ['Several rounds of , and talks with the mayor were held.', 'hole', 'of ,'],
    ['The outcome hinges on , but the council has made no commitment.', 'hole', 'on ,'],
    ['Concerns grow about and after weeks of failed efforts to end the strike.', 'hole', 'about and'],
    ['Fire crews were sent by , and paid for by the state.', 'space-before-punctuation', 'by ,'],
    ['The rescue began before French President brought the teams together.', 'title-without-name', 'French President brought'],
    ['Talks with Russian President — who rarely travels — were postponed.', 'title-without-name', 'Russian President —'],
    ['Ukrainian President said he wanted guarantees for the city.', 'title-without-name', 'Ukrainian President said'],
    ['Officials said the levee held. on a halt in the evacuation of the town.', 'lowercase-start', 'on a'],
    ['Engineers want to strengthen the dam before the rains .', 'space-before-punctuation', 'rains .'],
    ['The flood reached the of the old bridge by noon.', 'dangling-article', 'the of'],
  ])('%s', (text, kind, excerpt) => {
    expect(scarsOf(text)).toContainEqual([kind, excerpt]);
  });
});

describe('findScars: clean prose has none', () => {
  it.each([
    'Floodwaters rose through the night in Riverton, and by Sunday morning more than 2,000 residents had been moved to shelters run by the Red Cross.',
    'Mayor Helen Park said the city would reopen schools on Wednesday. "We are not out of the woods yet," she told reporters.',
    'Flights to and from the capital resumed on Friday, with and without passengers, after the storm had passed.',
    'Voters in the northern provinces turned out in large numbers, and so on, according to the electoral commission.',
    'The court heard that the defendant had lived in the town before and after the fire, which he denied starting.',
    'French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin, where the two leaders discussed trade.',
    'The President said the summit had been a success, and the prime minister agreed.',
    'Rescuers searched the rubble of a collapsed school for hours; the death toll rose to 41 by evening.',
    'The earthquake, which struck at 3:12 a.m., was felt as far away as the coast.',
    'What the residents were worried about, officials said, was the water supply.',
    'It is the one the engineers had warned about for years.',
    'Later on, the governor visited the shelters and promised more help for families who had lost everything.',
    'Divers recovered nine more bodies from and around the overturned barge on Sunday, the navy said.',
    'Police set up checkpoints in and near the town after the blast.',
    'The landslide threatened to cut the valley off from the outside world for days.',
    'He did not vote for either candidate and chose none of the above.',
  ])('%s', (text) => {
    expect(scarsOf(text)).toEqual([]);
  });

  it('gives no scars on a whole clean article', () => {
    const text = [
      'A powerful earthquake struck the mountainous north of the country on Tuesday, killing at least 41 people and injuring hundreds, officials said.',
      'The magnitude 6.4 quake hit shortly after 3 a.m. near the town of Valdoro, about 80 kilometers from the capital, according to the national seismology institute.',
      'Interior Minister Rafael Costa said rescue teams from three provinces had been sent to the area, and that the army was helping to clear roads blocked by landslides.',
      'Many of the victims were asleep when their homes collapsed. "We heard a roar and then everything shook," said Ana Ribeiro, 52, who escaped with her two children.',
      'Hospitals in the region were overwhelmed, and the health ministry asked people to donate blood.',
    ].join('\n\n');
    expect(scarsOf(text)).toEqual([]);
  });
});

describe('integrityFindings', () => {
  it('turns an unexplained scar into an integrity warning naming the version', () => {
    const doc = analyze(plainVersion('v2', 'The council met on Monday.\n\nThe vote hinges on , but the mayor has made no commitment to provide the money.\n'));
    const findings = integrityFindings([doc], alignSet([doc]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'integrity', severity: 'warning', versions: ['v2'], rule: 'deletion-scar' });
    expect(findings[0]?.evidence[0]).toMatchObject({ version: 'v2', line: 3, column: 17 });
  });
});
