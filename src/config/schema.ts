import { z } from 'zod';
import { formatVersion } from '../fields.js';
import { BUILTIN_CHECKS } from '../findings.js';

/**
 * `factlint.config.yaml`: the project's settings, validated with the same strict YAML
 * front end as the rule files (file:line:col problems, did-you-mean on unknown keys).
 */

export const SEVERITY_LEVELS = ['error', 'warning', 'info'] as const;
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export const DEFAULT_INCLUDE: readonly string[] = ['*.txt', '*.md', '*.html', '*.htm'];

const glob = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^\n\r]*$/, { error: 'glob {value} must fit on one line' });

const relativePath = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[^\n\r]*$/, { error: 'path {value} must fit on one line' });

/** A built-in check (or any rule id): off, on (its own severity), or a severity that overrides it. */
const checkSetting = z.enum(['off', 'on', ...SEVERITY_LEVELS]);

export const configSchema = z
  .strictObject({
    version: formatVersion,
    rules: z
      .array(relativePath)
      .optional()
      .describe(
        'Rule files and folders of rule files, relative to this file. Story files (with applies-to) apply to sets by path relative to this file. Default: the generic rules shipped with factlint.',
      ),
    include: z
      .array(glob)
      .min(1)
      .optional()
      .describe('Globs of the files in a set folder that are versions (matched against the file name, or the path relative to the set with a /). Default: *.txt, *.md, *.html, *.htm.'),
    exclude: z
      .array(glob)
      .optional()
      .describe('Globs of files that are never versions. factlint.set.yaml, JSON files, README and dotfiles are never versions anyway.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language {value} must be a language code such as en' })
      .optional()
      .describe('Language of every version (skips detection). Only en has a lexicon.'),
    checks: z
      .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'check name {value} must be a kebab-case rule id' }), checkSetting)
      .optional()
      .describe(`Per rule id or built-in check (${Object.keys(BUILTIN_CHECKS).join(', ')}): off, on, or a severity that overrides the default.`),
    'min-severity': z.enum(SEVERITY_LEVELS).optional().describe('Findings below this severity are not shown (and do not count). Default: info.'),
    'fail-on': z.enum(FAIL_ON).optional().describe('Exit 1 on findings at or above this severity. Default: error.'),
    format: z
      .array(
        z.string().regex(new RegExp(`^(?:${FORMAT_NAMES.join('|')})(?::[^\\n\\r]+)?$`), {
          error: `format {value} must be a format name (${FORMAT_NAMES.join(', ')}), optionally with :FILE`,
        }),
      )
      .min(1)
      .optional()
      .describe('Default output formats when --format is not given: a name (to stdout; at most one) or name:FILE (written to FILE, relative to the working directory).'),
    baseline: relativePath.optional().describe('Baseline file of reviewed findings, relative to this file.'),
  })
  .describe('factlint project configuration (factlint.config.yaml).');
