import type { RawVersion } from '../types.js';

/** A set whose versions are already in memory: stdin, or the revisions of a file in git. */
export interface MemorySet {
  path: string;
  versions: readonly RawVersion[];
  /** A manifest written for the set (the git revisions' commit times), or null. */
  manifestFile: { path: string; text: string } | null;
}

/** Reads all of a stream (stdin) into bytes. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
