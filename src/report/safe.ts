/**
 * Output safety, shared by every reporter and by the CLI's stderr lines.
 *
 * Article text, file names, rule labels and rule ids are untrusted: an ESC or OSC sequence
 * in them would clear a terminal or fake a hyperlink, a bidi override would reorder what a
 * reader sees, a C1 or NUL character would corrupt a CI log. Every such character is shown
 * escaped (`\x1b`, `\u202e`), so nothing is hidden and nothing reaches a terminal raw.
 * Escaping the ESC byte disarms a whole escape sequence: what follows it is plain text.
 */

/** C0 controls except tab and line feed, DEL, C1 controls, bidi embeddings/overrides/isolates and marks, line/paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control, bidi and separator character shown escaped; tab and newline kept. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/** safeText on one line: newlines and tabs become spaces (for stderr and single-line fields). */
export function safeLine(s: string): string {
  return safeText(s).replace(/[\n\t]/g, ' ');
}

/** Characters XML 1.0 forbids (after safeText only U+FFFE, U+FFFF and lone surrogates remain). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML attribute or element: unsafe characters escaped, forbidden ones dropped, markup escaped. */
export function xmlText(s: string): string {
  return safeText(s)
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Inline Markdown: one line, HTML escaped, Markdown syntax backslash-escaped (also what GitHub renders in a step summary). */
export function markdownText(s: string): string {
  return safeLine(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A file path as a SARIF `artifactLocation.uri`: forward slashes, each segment percent-encoded. */
export function uriPath(p: string): string {
  const slashed = p.split('\\').join('/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * A deep copy of `value` with safeText applied to every string, object keys included
 * (version ids key claim values). Reporters for people and terminals format this copy.
 */
export function safeStrings<T>(value: T): T {
  return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return safeText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[safeText(k)] = mapStrings(v);
  return out;
}
