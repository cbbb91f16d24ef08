import type { Reporter } from '../types.js';

/** The stable machine-readable contract described in DESIGN.md. */
export const jsonReporter: Reporter = {
  name: 'json',
  format(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
  },
};
