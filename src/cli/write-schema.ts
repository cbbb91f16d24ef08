/**
 * Writes rules/rules.schema.json, rules/manifest.schema.json and rules/config.schema.json from the zod
 * schemas (`npm run schema`, i.e. `node dist/cli/write-schema.js`). The tests
 * fail when a committed file is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaText } from '../config/load.js';
import { manifestJsonSchemaText } from '../load/manifest.js';
import { ruleFileJsonSchemaText } from '../rules/index.js';

const outputs: Array<[string, string]> = [
  ['rules.schema.json', ruleFileJsonSchemaText()],
  ['manifest.schema.json', manifestJsonSchemaText()],
  ['config.schema.json', configJsonSchemaText()],
];
for (const [name, text] of outputs) {
  const target = fileURLToPath(new URL(`../../rules/${name}`, import.meta.url));
  await writeFile(target, text, 'utf8');
  process.stderr.write(`wrote ${target}\n`);
}
