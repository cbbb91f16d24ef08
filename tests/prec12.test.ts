/**
 * prec12: sums of aid in reworded sentences, and counts of one state of people over time. All
 * sentences are written for these tests (fictional storms, places, people and lenders).
 * 1. Two sums given by one payer for one purpose ("The Asian Development Bank said it would lend
 *    $40 million for reconstruction" / "an Asian Development Bank loan of $4 million for
 *    reconstruction") are one fact even where the sentences are too reworded to be matched; other
 *    payers, other purposes and other currencies are not compared. "pesos" and other currencies
 *    named after the amount are read.
 * 2. Counts of people in one state: "The number of residents evacuated climbed to 7,400" gives
 *    7,400 residents; a place in another clause after the figure ("before the river crested near
 *    the village of Pellino") is not the count's place; people "moved to relief camps" are in
 *    camps, also "sheltering in relief camps". A changed figure of one state in a later version is
 *    an update, not a contradiction nor a dropped figure; other states are not compared.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { money, moneyKey } from '../src/kinds/money.js';
import { sumParty } from '../src/read/payer.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';
import { peopleState } from '../src/kinds/counted.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('money: currencies named after the amount', () => {
  it.each([
    ['80 million pesos', 'pesos 80000000'],
    ['3.4 billion pesos', 'pesos 3400000000'],
    ['80 million Philippine pesos', 'PHP 80000000'],
    ['12 million Mexican pesos', 'MXN 12000000'],
    ['PHP 80 million', 'PHP 80000000'],
    ['2 billion naira', 'NGN 2000000000'],
    ['45 million baht', 'THB 45000000'],
    ['300 million rupiah', 'IDR 300000000'],
    ['9 million ringgit', 'MYR 9000000'],
    ['6 million zlotys', 'PLN 6000000'],
    ['20 million rand', 'ZAR 20000000'],
    ['15 million Pakistani rupees', 'PKR 15000000'],
    // a bare "rupees" is read as Indian rupees
    ['15 million rupees', 'INR 15000000'],
  ])('%s -> %s', (text, key) => {
    expect(moneyKey(text)).toBe(key);
  });

  it('a bare "pesos" equals the same amount in a peso currency, and shows as written', () => {
    expect(money.compatible('pesos 80000000', 'PHP 80000000')).toBe(true);
    expect(money.compatible('MXN 80000000', 'pesos 80000000')).toBe(true);
    expect(money.compatible('pesos 80000000', 'PHP 8000000')).toBe(false);
    expect(money.compatible('pesos 80000000', 'USD 80000000')).toBe(false);
    expect(money.compatible('PHP 80000000', 'MXN 80000000')).toBe(false);
    const v = { currency: 'pesos', value: 80000000, exact: undefined, qualifier: null } as unknown as Parameters<typeof money.display>[0];
    expect(money.display(v)).toBe('80 million pesos');
  });
});

const PURPOSES = new Set(['aid', 'relief', 'reconstruction', 'recovery', 'damage', 'compensation']);
const party = (sentence: string, sum: string): ReturnType<typeof sumParty> => {
  const at = sentence.indexOf(sum);
  return sumParty(sentence, at, at + sum.length, PURPOSES, 12);
};

describe('read: who gives a sum and what it is for', () => {
  it('the capitalised name nearest before the sum, and the nearest purpose word', () => {
    expect(party('The Asian Development Bank said it would lend $40 million for reconstruction of the port.', '$40 million'))
      .toEqual({ payer: 'Asian Development Bank', purpose: 'reconstruction' });
    expect(party('Mayor Lidia Conte praised an Asian Development Bank loan of $4 million for reconstruction.', '$4 million'))
      .toEqual({ payer: 'Asian Development Bank', purpose: 'reconstruction' });
    expect(party('On Tuesday the Red Cross appealed for 2 million Swiss francs in emergency relief.', '2 million Swiss francs'))
      .toEqual({ payer: 'Red Cross', purpose: 'relief' });
  });

  it('no payer: a lone sentence opener, a weekday, none before the sum, or another clause', () => {
    expect(party('Officials said $3 million would go to reconstruction.', '$3 million')).toBeNull();
    expect(party('On Tuesday the government released $3 million in aid.', '$3 million')).toBeNull();
    expect(party('Damage to roads was put at $12 million by provincial engineers.', '$12 million')).toBeNull();
    expect(party('The Red Cross was on the scene; donors gave $3 million in aid.', '$3 million')).toBeNull();
  });

  it('no purpose word near the sum: no party', () => {
    expect(party('The Asian Development Bank said it had lent $40 million to the province over the past decade.', '$40 million')).toBeNull();
  });
});

const STORM = 'Cyclone Ferro battered the island of Sant Amaro on Sunday, flattening homes along the coast.';
const aid = async (a: string, b: string): Promise<string[]> =>
  (await sets.findings({ a: ['2026-03-02', `${STORM}\n\n${a}\n`], b: ['2026-03-03', `${STORM}\n\n${b}\n`] }, 'damage-and-aid')).map(
    (f) => `${f.type} ${f.message}`,
  );

describe('check: one payer\'s sum for one purpose, in reworded sentences', () => {
  it('"$40 million" and "$4 million" from the same lender for reconstruction are a contradiction', async () => {
    const found = await aid(
      'The Asian Development Bank said it would lend $40 million for reconstruction, besides 90 million pesos in emergency aid from the national treasury.',
      'Mayor Lidia Conte praised an Asian Development Bank loan of $4 million for reconstruction.',
    );
    expect(found).toEqual(['contradiction Damage and aid: b says $4 million; a says $40 million']);
  });

  it('the same sum in both: nothing', async () => {
    expect(
      await aid(
        'The Asian Development Bank said it would lend $40 million for reconstruction, besides 90 million pesos in emergency aid from the national treasury.',
        'Mayor Lidia Conte praised an Asian Development Bank loan of $40 million for reconstruction.',
      ),
    ).toEqual([]);
  });

  it('near misses: another payer, another purpose, another currency, two sums of one payer', async () => {
    const first = 'The Asian Development Bank said it would lend $40 million for reconstruction, besides 90 million pesos in emergency aid from the national treasury.';
    // another lender
    expect(await aid(first, 'Mayor Lidia Conte praised a European Union grant of $4 million for reconstruction.')).toEqual([]);
    // another purpose
    expect(await aid(first, 'Mayor Lidia Conte said the Asian Development Bank had also sent $4 million in emergency aid.')).toEqual([]);
    // another currency (a conversion or another sum, never the same figure)
    expect(await aid(first, 'Mayor Lidia Conte praised an Asian Development Bank loan of 220 million pesos for reconstruction.')).toEqual([]);
    // two sums of the lender for reconstruction in one copy: which one the other copy gives is unknown
    expect(
      await aid(
        first,
        'The Asian Development Bank will lend $4 million for reconstruction of schools, and the Asian Development Bank will add $9 million for reconstruction of bridges.',
      ),
    ).toEqual([]);
  });
});

const counts = (text: string): string[] => (versionClaims(text, '2026-03-04').get('people-count') ?? []).map((v) => `${v.value} ${v.unit ?? ''}`);
const states = (text: string): string[] => (versionClaims(text, '2026-03-04').get('people-count') ?? []).map(peopleState);

describe('read: "the number of <people> rose to N"', () => {
  it('gives N people of that noun', () => {
    expect(counts('The number of residents evacuated climbed to 7,400 by Thursday evening.')).toEqual(['7400 people']);
    expect(counts('The number of people in shelters stood at 2,150, the relief agency said.')).toEqual(['2150 people']);
    expect(states('The number of residents evacuated climbed to 7,400 by Thursday evening.')).toEqual(['people evacuated: people']);
  });

  it('near misses: no person noun, the figure it rose from, no level verb', () => {
    expect(counts('The number of flights cancelled rose to 340 on Friday.')).toEqual([]);
    expect(counts('The number of evacuees rose to 9,000 from 6,500, the agency said.')).toEqual(['9000 evacuee']);
    expect(counts('Officials said the number of residents was unclear, and 400 homes were damaged.')).toEqual([]);
  });
});

describe('read: the state and place of a count of people', () => {
  it('a place in a clause after the figure\'s own is not its place', () => {
    expect(states('More than 6,000 residents were evacuated from riverside districts before the river crested near the village of Pellino, officials said.'))
      .toEqual(['people evacuated: people']);
    // the figure's own place is kept
    expect(states('More than 6,000 residents were evacuated from Pellino, officials said.')).toEqual(['people evacuated: people in Pellino']);
  });

  it('"moved to relief camps", "sheltering in relief camps": in camps', () => {
    expect(states('About 1,800 people have been moved to relief camps set up in schools, he said.')).toEqual(['people in camps: people']);
    expect(states('Nearly 2,500 people were sheltering in 40 relief camps.')).toEqual(['people in camps: people']);
    expect(states('Nearly 2,500 people were sheltering in church halls.')).toEqual(['people in shelters: people']);
  });

  it('near misses: "walked to the camps", "could be moved to camps"', () => {
    expect(states('About 300 people walked to the camps to collect food.')).toEqual(['']);
    expect(states('About 1,800 people could be moved to relief camps if the river rises.')).toEqual(['']);
  });
});

const FLOOD = 'Floodwaters swept through the Merav valley on Monday after days of heavy rain, officials said.';
const peopleFindings = async (...texts: string[]): Promise<string[]> => {
  const files = Object.fromEntries(texts.map((t, k) => [`v${k + 1}`, [`2026-03-0${k + 2}`, `${FLOOD}\n\n${t}\n`] as const]));
  return (await sets.findings(files, 'people-count')).map((f) => `${f.type} ${f.message}`);
};

describe('check: a count of people in one state over time', () => {
  it('"the number of residents evacuated climbed to 9,500" after "More than 6,000 residents were evacuated ... near Pellino": an update', async () => {
    expect(
      await peopleFindings(
        'More than 6,000 residents were evacuated from riverside districts before the river crested near the village of Pellino, officials said.',
        'The number of residents evacuated climbed to 9,500 on Tuesday.',
      ),
    ).toEqual(['update Counts of people (evacuated) changed from more than 6000 residents (v1) to 9500 residents (v2)']);
  });

  it('a reworded sentence with the new figure is an update, and no dropped figure', async () => {
    const files = {
      v1: ['2026-03-02', `${FLOOD}\n\nMore than 6,000 residents were evacuated from riverside districts before the river crested near the village of Pellino, officials said.\n`],
      v2: ['2026-03-03', `${FLOOD}\n\nAbout 9,500 residents were evacuated during the flood, officials said.\n`],
    } as const;
    expect((await sets.findings(files, 'people-count')).map((f) => f.type)).toEqual(['update']);
    expect((await sets.findings(files, 'dropped-fact')).filter((f) => f.message.includes('6,000'))).toEqual([]);
  });

  it('"moved to relief camps" rising over two and three versions: updates, no contradiction', async () => {
    expect(
      await peopleFindings(
        'About 1,800 people have been moved to relief camps set up in schools, he said.',
        'More than 6,000 people have been moved to relief camps set up in schools and churches.',
      ),
    ).toEqual(['update Counts of people (in camps) changed from about 1800 people (v1) to more than 6000 people (v2)']);
    expect(
      await peopleFindings(
        'About 1,800 people have been moved to relief camps set up in schools, he said.',
        'More than 6,000 people have been moved to relief camps set up in schools and churches.',
        'Nearly 7,200 people were sheltering in 40 relief camps.',
      ),
    ).toEqual([
      'update Counts of people (in camps) changed from about 1800 people (v1) to more than 6000 people (v2)',
      'update Counts of people (in camps) changed from more than 6000 people (v2) to nearly 7200 people (v3)',
    ]);
  });

  it('near misses: a count of another state is no update of the first', async () => {
    const found = await peopleFindings(
      'About 1,800 people have been moved to relief camps set up in schools, he said.',
      'More than 6,000 people have been evacuated from the valley, he said.',
    );
    expect(found.filter((f) => f.startsWith('update') || f.startsWith('contradiction'))).toEqual([]);
  });
});
