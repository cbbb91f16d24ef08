/**
 * V8 settings for a run of many sets, made when the CLI starts (imported first by bin.ts, so
 * before the pipeline runs; V8's flags are the process's, so its worker threads have them too).
 * bench/child.js makes the same settings, to measure the pipeline as the CLI runs it.
 *
 * Allocation-site pretenuring off. V8 watches which allocation sites make objects that survive
 * a young collection and then allocates those sites' objects straight in the old generation.
 * A set's tokens, sentences and readings live for the whole set, so a young collection that
 * falls in a set finds nearly all of them alive; V8 then pretenured them, and every later
 * set's tokens went to the old generation and died there, for full collections to find.
 * Measured on 1,000 versions after a warm-up: promoted 86 -> 5 MB, scavenge pauses
 * 330 -> 136 ms, the collector's helper threads 340 -> 74 ms, process CPU about 3.6 -> 3.2 s.
 * The model's tables, which do live for the run, are promoted by the first collections instead.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
