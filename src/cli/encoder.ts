/**
 * Report text written to a stream or a file through one reused buffer. A stream given a string
 * makes a new Buffer of it for each write; a streamed report's chunks are a set's line each
 * (100 to 200 kB), and each such Buffer is memory of its own from the system, freed only by a
 * later garbage collection: writing 35 MB of NDJSON to a file measured 6% of a 1,000-version
 * run. Encoded into one buffer kept for the next chunk, the same bytes cost well under 1%.
 */

/** Shorter strings go to the stream as they are (Node encodes them into a shared pool). */
const MIN_POOLED = 8192;
/** Longer strings (a whole report of another format) are not pooled: the buffer would be kept at three times their length. */
const MAX_POOLED = 1 << 22;

/** The UTF-8 bytes of strings, in one buffer reused from chunk to chunk. */
export class Encoder {
  private pool: Buffer | null = null;

  /** The bytes of the concatenation of `parts` (each whole: no part ends inside a surrogate pair), valid until the next call. */
  encode(parts: readonly string[]): Buffer {
    let length = 0;
    for (const part of parts) length += part.length;
    const buffer = length > MAX_POOLED ? Buffer.allocUnsafeSlow(byteLength(parts)) : this.poolOf(length);
    let at = 0;
    for (const part of parts) at += buffer.write(part, at, 'utf8');
    return buffer.subarray(0, at);
  }

  /** The pool, large enough for the bytes of `length` UTF-16 units. */
  private poolOf(length: number): Buffer {
    // one UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
    if (this.pool === null || this.pool.length < length * 3) this.pool = Buffer.allocUnsafeSlow(Math.max(length * 3, 1 << 16));
    return this.pool;
  }

  /** The last bytes stay with their reader (a stream that could not write them at once): the next call takes a new buffer. */
  release(): void {
    this.pool = null;
  }
}

function byteLength(parts: readonly string[]): number {
  let bytes = 0;
  for (const part of parts) bytes += Buffer.byteLength(part, 'utf8');
  return bytes;
}

/** What the writer needs of a stream (process.stdout). */
export interface ByteStream {
  write(chunk: string | Uint8Array): boolean;
  /** Bytes the stream holds that are not written yet. */
  readonly writableLength: number;
}

/** Writes strings (`write`) and strings in pieces (`parts`) to a stream, as `stream.write` would write them (UTF-8). */
export interface PooledWriter {
  write(s: string): boolean;
  parts(parts: readonly string[]): boolean;
}

/**
 * A writer encoding into a buffer reused while the stream writes each chunk at once (a file,
 * a terminal, a pipe with room). A chunk the stream had to keep (a pipe whose reader is slow)
 * keeps its buffer.
 */
export function pooledWriter(stream: ByteStream): PooledWriter {
  const encoder = new Encoder();
  const put = (bytes: Buffer): boolean => {
    const ok = stream.write(bytes);
    if (stream.writableLength > 0) encoder.release();
    return ok;
  };
  return {
    write: (s) => (s.length < MIN_POOLED || s.length > MAX_POOLED ? stream.write(s) : put(encoder.encode([s]))),
    parts: (parts) => put(encoder.encode(parts)),
  };
}
