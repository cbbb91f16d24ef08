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

/*
 * Less inlining per optimized function: at most 300 bytes of bytecode inlined into one function
 * (V8's default: 920). Most of a short run's extra CPU is the optimizing compiler's, on a
 * background thread, and its cost grows with the inlined graph of each function (the
 * pipeline's big readers inline dozens of helpers). Cold, 1,000 versions, two paired runs:
 * compile time 4.8-5.2 -> 3.7-4.0 s (as traced), process CPU 5.3-5.6 -> 4.9-5.0 s, with ~10%
 * more, smaller compile jobs; warm, CPU the same within noise (median of 3: 2.40 vs 2.36 s).
 */
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
