import { rng } from '../rng.js';

export { rng };
/**
 * Seeded generator of realistic article sets for the benchmark and the scaling tests: one
 * story (a disaster with a rising toll, officials quoted by name, dates, sums of aid) and
 * `versions` captures of it over time. Later captures raise the toll (updates), some keep an
 * old figure (stale copies), some cut a name out of a sentence, drop a paragraph, or reword
 * sentences (rewrites). Text is generated from word lists, never copied from the seeds.
 */


const GIVEN = ['Maria', 'Daniel', 'Helen', 'Tomasz', 'Aisha', 'Lucas', 'Ingrid', 'Rafael', 'Nadia', 'Omar', 'Priya', 'Kenji'];
const FAMILY = ['Lopez', 'Okafor', 'Park', 'Nowak', 'Rahman', 'Meyer', 'Berg', 'Costa', 'Haddad', 'Sato', 'Varga', 'Osei'];
const TITLES = ['Governor', 'Mayor', 'Police Chief', 'Fire Chief', 'Health Minister', 'Senator'];
const PLACES = ['Riverton', 'Cedar Falls', 'Port Haven', 'Millbrook', 'Ashford', 'Lakeside', 'Greenvale', 'Stonebridge'];
const EVENTS = ['flood', 'landslide', 'factory fire', 'ferry capsizing', 'storm', 'bridge collapse'];
const ORGS = ['the Red Cross', 'the Coast Guard', 'the city council', 'the national weather service', 'UNICEF'];
const NOUNS = ['shelter', 'highway', 'school', 'hospital', 'harbor', 'reservoir', 'market', 'station'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** One generated version. */
export interface GeneratedVersion {
  id: string;
  text: string;
}

interface Story {
  place: string;
  event: string;
  people: string[];
  titles: string[];
  day: string;
  aid: number;
  injured: number;
  filler: string[][];
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function story(r: () => number, sentences: number): Story {
  const people = Array.from({ length: 4 }, () => `${pick(r, GIVEN)} ${pick(r, FAMILY)}`);
  const filler = Array.from({ length: sentences }, (_, i) => {
    const n = 2 + Math.floor(r() * 300);
    const org = pick(r, ORGS);
    const noun = pick(r, NOUNS);
    return [
      `Workers from ${org} reopened the ${noun} near ${pick(r, PLACES)} on day ${i + 1}, where ${n} residents had waited since the morning.`,
      `On day ${i + 1}, ${n} residents who had waited since the morning saw workers from ${org} reopen the ${noun}.`,
    ];
  });
  return {
    place: pick(r, PLACES), event: pick(r, EVENTS), people, titles: people.map(() => pick(r, TITLES)),
    day: pick(r, DAYS), aid: 5 + Math.floor(r() * 90), injured: 10 + Math.floor(r() * 200), filler,
  };
}

/** The lede and the fact sentences of one capture; `toll` is this capture's death toll. */
function facts(s: Story, toll: number, rewrite: boolean, cut: number): string[] {
  const name = (k: number): string => (k === cut ? '' : `${s.titles[k]} ${s.people[k]} `);
  return [
    rewrite
      ? `A ${s.event} in ${s.place} on ${s.day} left ${toll} people dead and ${s.injured} injured, officials said.`
      : `At least ${toll} people were killed and ${s.injured} injured when a ${s.event} struck ${s.place} on ${s.day}, officials said.`,
    `${name(0)}said rescue teams were still searching the area and that the toll could rise.`.replace(/^s/, 'S'),
    `"We are doing everything we can," ${s.people[1]} told reporters at a briefing in ${s.place}.`,
    `The government pledged $${s.aid} million in aid, and ${name(2)}promised to rebuild the ${pick(rng(s.aid), NOUNS)}.`,
    `${s.people[3]} of ${ORGS[s.aid % ORGS.length]} said shelters had opened for families who lost their homes.`,
  ];
}

/**
 * `versions` captures of one generated story, `sentences` filler sentences each (plus five
 * fact sentences), in time order: a ` date` line, a toll that rises every few captures,
 * one capture in five rewords its sentences, one in seven cuts a name, one in six drops a
 * paragraph, one in nine repeats an older toll (stale).
 */
export function generateSet(versions: number, sentences = 24, seed = 1): GeneratedVersion[] {
  const r = rng(seed);
  const s = story(r, sentences);
  const out: GeneratedVersion[] = [];
  let toll = 2 + Math.floor(r() * 20);
  for (let v = 0; v < versions; v++) {
    if (v > 0 && r() < 0.3) toll += 1 + Math.floor(r() * 4);
    const shown = v > 2 && r() < 1 / 9 ? Math.max(1, toll - 2) : toll;
    const rewrite = r() < 0.2;
    const cut = r() < 1 / 7 ? Math.floor(r() * 3) : -1;
    const body = s.filler.map((alts) => (rewrite ? (alts[1] ?? '') : (alts[0] ?? '')));
    if (v > 0 && r() < 1 / 6) body.splice(Math.floor(r() * body.length), 1);
    const paragraphs = [...facts(s, shown, rewrite, cut), ...body];
    const day = 1 + Math.floor((v * 28) / Math.max(1, versions));
    const text = ` date 2025-04-${String(day).padStart(2, '0')} ${paragraphs.join('\n\n')}\n`;
    out.push({ id: `v${String(v).padStart(4, '0')}`, text });
  }
  return out;
}

/** Words (whitespace-separated) of a text, as a rough token count. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
