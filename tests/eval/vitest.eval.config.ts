import { defineConfig } from 'vitest/config';

/** `npm run eval`: the full accuracy evaluation (tests/eval/full.eval.ts), printed as a table. */
export default defineConfig({
  test: {
    include: ['tests/eval/full.eval.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
