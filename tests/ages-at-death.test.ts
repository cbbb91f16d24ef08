/** The age at death after a name's verb of dying (src/read/ages.ts `ageAtDeath`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/index.js';
import type { Rule } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const AGE_RULES: readonly Rule[] = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet!.rules.filter((r) => r.kind === 'age');

function ages(text: string): string[] {
  return (versionClaims(text, '2026-03-04', AGE_RULES).get('ages') ?? []).map((v) => `${v.person?.name} ${String(v.value)}`);
}

describe('ages at death', () => {
  it('reads "died … at the age of N", "who died … aged N" and "died … at N"', () => {
    expect(ages('Former Prime Minister Ilse Varga died on Feb. 20 at the age of 91 after a long illness.')).toEqual(['Ilse Varga 91']);
    expect(ages('Crowds lined the avenue for former President Tomas Ekwueme, who died last week aged 84.')).toEqual(['Tomas Ekwueme 84']);
    expect(ages('Former President Tomas Ekwueme died on Thursday at 84, his family said.')).toEqual(['Tomas Ekwueme 84']);
    expect(ages('Poet Ruth Kallas passed away on Sunday at the age of 77.')).toEqual(['Ruth Kallas 77']);
  });

  it('reads no clock time, count or other clause as an age', () => {
    expect(ages('Former President Tomas Ekwueme died at 4 p.m. on Thursday in Lagos.')).toEqual([]);
    expect(ages('Former President Tomas Ekwueme died on Thursday; at 84 he had outlived all his ministers.')).toEqual([]);
    expect(ages('Former President Tomas Ekwueme died in 2019, aides said, at 84 Marina Road.')).toEqual([]);
    expect(ages('Mayor Ruth Kallas said 12 people died at 3 sites in the town.')).toEqual([]);
  });
});
