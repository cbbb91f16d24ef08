/**
 * Guards for the report-writing speed work: a set's NDJSON line written in pieces
 * (report/json-parts.ts) must be exactly its JSON.stringify line, and the pooled writer
 * (cli/encoder.ts) must give a stream exactly the UTF-8 bytes the stream would make itself.
 */
import { describe, expect, it } from 'vitest';
import { Encoder, pooledWriter } from '../src/cli/encoder.js';
import { jsonParts } from '../src/report/json-parts.js';
import { ndjsonSet, ndjsonSetParts } from '../src/report/ndjson.js';
import type { SetReport } from '../src/types.js';

const odd = {
  a: 1,
  gone: undefined,
  fn: () => 1,
  list: [1, undefined, () => 2, Symbol('s'), null, [[], {}], { deep: { deeper: { deepest: [1, { x: 'y' }] } } }],
  when: new Date(Date.UTC(2025, 3, 1)),
  own: { toJSON: () => 'own' },
  text: 'Łódź “quoted” \u2028 \ud83d\ude00 lone \ud800 end',
  nested: { empty: {}, none: [], bare: Object.assign(Object.create(null), { k: 'v' }) },
  10: 'ten',
  2: 'two',
};

describe('JSON in pieces', () => {
  it('joins to JSON.stringify at every depth, members left out and nulled as JSON.stringify does', () => {
    for (let depth = 0; depth <= 6; depth++) {
      const out: string[] = [];
      jsonParts(odd, depth, out);
      expect(out.join(''), `depth ${depth}`).toBe(JSON.stringify(odd));
    }
  });

  it('gives a set line as ndjsonSet does', () => {
    const set = { path: 'p', versions: [{ id: 'v1', notices: [] }], claims: [{ rule: 'r', values: { v1: [{ text: 'é', value: 3 }] } }], findings: [], skipped: undefined };
    expect(ndjsonSetParts(set as unknown as SetReport).join('')).toBe(ndjsonSet(set as unknown as SetReport));
  });
});

describe('pooled writer', () => {
  const long = `${'ascii '.repeat(3000)}Łódź “x” \ud83d\ude00 ${'z'.repeat(5000)}`;

  /** A stream that writes every chunk at once, keeping a copy of its bytes. */
  function sink() {
    const chunks: Buffer[] = [];
    const stream = {
      writableLength: 0,
      write(chunk: string | Uint8Array): boolean {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
        return true;
      },
    };
    return { stream, bytes: () => Buffer.concat(chunks) };
  }

  it('writes the UTF-8 bytes of strings and of pieces', () => {
    const { stream, bytes } = sink();
    const writer = pooledWriter(stream);
    writer.write('short ');
    writer.write(long);
    writer.parts(['{"a":', JSON.stringify(long), '}', '\n']);
    writer.write(long);
    expect(bytes().equals(Buffer.from(`short ${long}{"a":${JSON.stringify(long)}}\n${long}`))).toBe(true);
  });

  it('leaves a buffer the stream keeps alone', () => {
    const kept: Uint8Array[] = [];
    const stream = {
      writableLength: 0,
      write(chunk: string | Uint8Array): boolean {
        if (typeof chunk !== 'string') kept.push(chunk);
        stream.writableLength += chunk.length;
        return false;
      },
    };
    const writer = pooledWriter(stream);
    writer.parts([long]);
    const first = Buffer.from(kept[0] as Uint8Array);
    writer.parts(['x'.repeat(long.length)]);
    expect(Buffer.from(kept[0] as Uint8Array).equals(first)).toBe(true);
  });

  it('encodes into one buffer reused until released', () => {
    const encoder = new Encoder();
    const a = encoder.encode(['abc', 'é']);
    expect(a.toString('utf8')).toBe('abcé');
    const b = encoder.encode(['xyz']);
    expect(b.buffer).toBe(a.buffer);
    encoder.release();
    expect(encoder.encode(['q']).buffer).not.toBe(a.buffer);
  });
});
