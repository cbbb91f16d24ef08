/**
 * Counts of countries in ceremony, summit and memorial copy: only figures that count the same
 * thing are compared ("heads of state from 17 countries" is not "delegations from 50
 * countries", nor "condolences from 120 countries", nor "broadcast in 40 countries"), and a
 * real change of one count is still found when the versions also give other counts.
 * Sentences and sets written for these tests (fictional people and ceremonies).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { countedThing } from '../src/kinds/counted.js';
import { versionClaims } from './helpers/version-claims.js';
import { tempSets } from './helpers/temp-set.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

/** Each countries-count figure of a sentence with what it counts: "50:represented". */
const counted = (text: string): string[] =>
  (versionClaims(text, '2026-04-02').get('countries-count') ?? []).map((x) => `${x.key}:${countedThing(x)}`);

const sets = tempSets();
afterAll(() => sets.cleanup());

async function countryFindings(files: Record<string, string>): Promise<string[]> {
  const report = await check([sets.write(files)], { rules: [CORE] });
  return report.sets[0]!.findings
    .filter((f) => f.rule === 'countries-count' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => `${f.type}:${f.versions.join(',')}`);
}

describe('1. what a count of countries counts', () => {
  it('the group before "from/of N countries": leaders, or everyone represented when it names envoys too', () => {
    expect(counted('Heads of state and government from 17 countries attended the coronation, the palace said.')).toEqual(['17:leaders']);
    expect(counted('Kings and envoys from 31 countries filled the abbey for the service.')).toEqual(['31:represented']);
    expect(counted('Delegations from 64 countries were present at the stadium.')).toEqual(['64:represented']);
    expect(counted('Foreign ministers of 22 nations signed the register of condolence.')).toEqual(['22:represented']);
    expect(counted('Prime ministers of nine countries flew in for the memorial.')).toEqual(['9:leaders']);
  });

  it('condolences, crowds and broadcasts are counts of their own', () => {
    expect(counted('Condolences poured in from more than 110 countries after his death on Monday.')).toEqual(['110:condolences']);
    expect(counted('Mourners from 35 countries queued through the night outside the basilica.')).toEqual(['35:crowd']);
    expect(counted('The requiem was broadcast live in 48 countries, the state broadcaster said.')).toEqual(['48:broadcast']);
  });

  it('"N countries" as the subject: what they did tells what is counted', () => {
    expect(counted('In all, 58 countries sent delegations to the funeral in Valmora.')).toEqual(['58:represented']);
    expect(counted('Twenty-six countries signed the accord at the close of the summit.')).toEqual(['26:signed']);
    expect(counted('The charter was signed by 31 nations in the old senate hall.')).toEqual(['31:signed']);
    expect(counted('Seventy countries were represented at the ceremony, the ministry said.')).toEqual(['70:represented']);
  });
});

const MANIFEST = `version: 1
order: listed
versions:
  - id: a
    date: 2026-04-02
  - id: b
    date: 2026-04-03
  - id: c
    date: 2026-04-03
`;

describe('2. only the same count is compared', () => {
  it('"heads of state from 17 countries" in one version, "delegations from 50 countries" in another: no contradiction', async () => {
    const files = {
      'a.txt':
        'OSTRAVEN (AP) — Heads of state and government from 17 countries attended the funeral of former President Milan Drevek on Thursday, the foreign ministry said.\n\nThe ceremony was broadcast live in 40 countries.\n',
      'b.txt':
        'OSTRAVEN (Reuters) - Delegations from 50 countries attended the funeral of former president Milan Drevek on Thursday, the foreign ministry said.\n\nCondolences poured in from 120 countries after his death last week.\n',
    };
    expect(await countryFindings(files)).toEqual([]);
  });

  it('a leaders-of-countries figure is not set against the count of every country represented', async () => {
    const files = {
      'a.txt': 'LISCARA (AFP) - Leaders from 96 countries gathered on Saturday for the state funeral of King Tomas IV, the royal household said.\n',
      'b.txt':
        'LISCARA (AP) — Nearly 100 heads of state and government mourned King Tomas IV on Saturday. In all, 143 countries were represented at the funeral, officials said.\n',
      'c.txt': 'LISCARA (Reuters) - Ninety-one heads of state attended the funeral of King Tomas IV on Saturday, the palace said.\n',
      // a hedge allows the exact count of the same thing: "nearly 150" is 135 to 150, and 143 is in it
      'd.txt': 'LISCARA (AFP) - Delegations from nearly 150 countries attended the funeral of King Tomas IV on Saturday.\n',
    };
    expect(await countryFindings(files)).toEqual([]);
  });

  it('a changed count of countries represented is found though each version also gives other counts', async () => {
    const files = {
      'a.txt':
        'BRENHAVEN (AP) — Delegations from 44 countries attended a memorial on Friday for the 63 victims of the ferry sinking, the government said.\n\nCondolences arrived from 120 countries.\n',
      'b.txt':
        'BRENHAVEN (Reuters) - Representatives of 44 nations were present at Friday\'s memorial for the ferry victims.\n\nMessages of condolence came from 120 countries, officials said.\n',
      'c.txt':
        'A solemn memorial drew envoys and ministers from 47 countries to the harbour on Friday to honour those lost in the ferry sinking.\n\nThe service was streamed live in 30 countries.\n',
    };
    expect(await countryFindings(files)).toEqual(['contradiction:c']);
  }, 20_000);

  it('a changed count of countries whose leaders came is found, the delegations count apart', async () => {
    const files = {
      'a.txt':
        'VERANO (AP) — Heads of state from 12 countries joined thousands of mourners on Sunday at the funeral of former Prime Minister Ada Morvell. Delegations from 40 countries attended in all.\n',
      'b.txt':
        'VERANO (Reuters) - Former prime minister Ada Morvell was buried on Sunday in a ceremony attended by delegations from 40 countries, including heads of state from 12 countries.\n',
      'c.txt':
        'Presidents and prime ministers of 21 countries paid tribute to Ada Morvell at a packed cathedral, officials said. Delegations from 40 countries were there.\n',
    };
    expect(await countryFindings(files)).toEqual(['contradiction:c']);
  }, 20_000);
});

describe('3. a set with a manifest: a signing ceremony', () => {
  it('the count of signatories is compared with itself, not with the countries taking part', async () => {
    const files = {
      'a.txt':
        'PORT ALDER (Reuters) - Delegations from 20 countries took part in the two-day ocean summit, the host government said.\n\nNine countries signed the fishing pact on Friday.\n',
      'b.txt': 'PORT ALDER (AFP) - The pact against illegal fishing was signed by nine countries on Friday. Representatives of 20 countries took part in the summit.\n',
      'c.txt':
        'After six years of talks, a landmark accord to police the fishing grounds was finally signed by 12 countries at a harbourside ceremony, as fishermen watched from their boats. The summit drew delegations from 20 countries.\n',
    };
    expect(await countryFindings({ ...files, 'factlint.set.yaml': MANIFEST })).toEqual(['contradiction:c']);
  }, 20_000);
});

describe('4. a figure added beside one the other version gives is no change of it', () => {
  it('"80,000 people lined the route" then "…, and 3,000 people waited at the gates": no contradiction', async () => {
    const files = {
      'a.txt': 'date 2026-05-02\nDORAVIA (AP) — Police said 80,000 people lined the route of the procession on Saturday.\n',
      'b.txt':
        'date 2026-05-02\nDORAVIA (AP) — Police said 80,000 people lined the route of the procession on Saturday, and 3,000 people waited at the cemetery gates.\n',
    };
    const report = await check([sets.write(files)], { rules: [CORE] });
    expect(report.sets[0]!.findings.filter((f) => f.type === 'contradiction').map((f) => f.rule)).toEqual([]);
  });

  it('the countries the victims came from are not the countries the families came from', async () => {
    expect(counted('The dead came from 14 countries, among them Norway and Japan.')).toEqual(['14:victims']);
    expect(counted('Relatives from 12 countries laid flowers on the water.')).toEqual(['12:crowd']);
    const files = {
      'a.txt': 'KARVIK (AP) — Relatives of the 131 people killed in the Orva air crash gathered on Saturday. The victims came from 14 countries.\n',
      'b.txt':
        'KARVIK (AP) — Relatives of the 131 people killed in the Orva air crash gathered on Saturday. The victims came from 14 countries, and families from 12 countries attended the service.\n',
      'c.txt': 'KARVIK (AFP) - Families of the 131 dead marked a year since the Orva crash on Saturday. The victims came from 41 countries.\n',
    };
    expect(await countryFindings(files)).toEqual(['contradiction:c']);
  });
});
