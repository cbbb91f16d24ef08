/**
 * `JSON.stringify(value)` in pieces whose concatenation is exactly that text: plain objects and
 * arrays are cut into their members down to `depth` levels, anything deeper is one piece.
 *
 * Why: a set's NDJSON line is 100 to 200 kB. V8 builds JSON.stringify's result as a rope of
 * parts, and writing it out joins the rope into one flat string; a string that long is memory of
 * its own from the system (the large-object space), and making one per set measured about 1 s
 * for 170 MB of lines, against 0.4 s for these pieces (at most 25 kB each at depth 4), which are
 * written one after the other into one reused buffer (cli/encoder.ts).
 *
 * Members are cut only from plain objects and arrays without `toJSON` (report data); any other
 * value is stringified whole, as JSON.stringify would (a `toJSON` method then sees the key "").
 */
export function jsonParts(value: unknown, depth: number, out: string[]): void {
  if (depth > 0 && isPlainContainer(value)) {
    if (Array.isArray(value)) arrayParts(value, depth, out);
    else objectParts(value as Record<string, unknown>, depth, out);
    return;
  }
  out.push(JSON.stringify(value) as string);
}

/** A plain object or array, whose JSON is that of its members. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (Array.isArray(value) || proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function arrayParts(items: readonly unknown[], depth: number, out: string[]): void {
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(',');
    const item = items[i];
    // undefined, functions and symbols are null in an array
    if (depth > 1 && isPlainContainer(item)) jsonParts(item, depth - 1, out);
    else out.push((JSON.stringify(item) as string | undefined) ?? 'null');
  }
  out.push(']');
}

function objectParts(object: Record<string, unknown>, depth: number, out: string[]): void {
  out.push('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const member = object[key];
    const whole = depth > 1 && isPlainContainer(member) ? null : (JSON.stringify(member) as string | undefined);
    // undefined, functions and symbols leave their member out
    if (whole === undefined) continue;
    out.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (whole === null) jsonParts(member, depth - 1, out);
    else out.push(whole);
  }
  out.push('}');
}
