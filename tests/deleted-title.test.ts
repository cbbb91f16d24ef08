/** A name cut right after a local title that starts its sentence ("Principal  said") is a cut, not a shortened name. */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('deleted mentions after school, church and local titles', () => {
  const lede = 'A fire tore through the gym of a middle school in Dunmore on Tuesday, injuring four people, officials said.';
  const tail = 'Classes will resume on Monday.';
  for (const [title, name] of [['Principal', 'Harriet Kolb'], ['Coroner', 'Dwight Ames'], ['Pastor', 'Lionel Grey']] as const) {
    it(`reports "${name}" cut after "${title}"`, async () => {
      const full = `${title} ${name} said the building would be closed until inspectors had checked its roof.`;
      const cut = `${title}  said the building would be closed until inspectors had checked its roof.`;
      const found = await sets.findings({
        a: ['2026-03-03', `${lede}\n\n${full}\n\n${tail}`],
        b: ['2026-03-04', `${lede}\n\n${cut}\n\n${tail}`],
      }, 'deleted-mention');
      expect(found.map((f) => [f.subject, f.versions])).toEqual([[name, ['b']]]);
    });
  }
});
