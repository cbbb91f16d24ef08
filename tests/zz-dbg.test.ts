import { it } from 'vitest';
import { analyze } from '/work/wt/people/src/analyze/index.js';
import { findPeople, capitalRuns } from '/work/wt/people/src/extract/people.js';
import { plainVersion } from '/work/wt/people/src/normalize/plain.js';
it('dbg', () => {
  const text = process.env.TXT ?? '';
  const doc = analyze(plainVersion('x', text));
  for (const r of capitalRuns(doc)) console.log('RUN', doc.tokens.slice(r.start, r.end).map((t) => t.text).join('|'));
  for (const p of findPeople(doc)) console.log('PERSON', p.text, '=>', p.name, '|', p.title);
});
