import type { Reporter } from '../types.js';

/** The stable machine-readable contract described in the README ("JSON report"). */
export const jsonReporter: Reporter = {
  name: 'json',
  format(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
  },
};
