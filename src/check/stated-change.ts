/**
 * Versions of unknown order (no manifest, no date lines: ordered by file name) whose figures
 * differ disagree, and the checker cannot tell an update from a wrong copy. Their wording may
 * tell: a version that says its toll rose to its figure ("Death toll rises to 19", "the toll
 * climbed to 19"), above the figure of the others, reports a later count; so does a version that
 * says its lower figure was revised down ("officials lowered the toll to 12"). The contradiction
 * then says so and is at most a warning: likely an update, which should not fail a build.
 *
 * Only for a figure that grows over time (`over-time: non-decreasing`, a toll), and only when
 * the wording points one way: if the higher side says it rose and the lower side says it was
 * revised down, the versions disagree about which is the later count and nothing is said.
 */
import { compareFigures } from '../read/decimal.js';
import type { ClaimValue } from '../types.js';
import { comparedFigure, idsSay, listVersions, type RuleCheckInput } from './context.js';
import { displayKey } from './evidence.js';
import { statesDownwardRevision, statesRise } from './revision.js';

const highest = (xs: readonly ClaimValue[]): number | string => xs.map(comparedFigure).reduce((a, b) => (compareFigures(a, b) >= 0 ? a : b));
const lowest = (xs: readonly ClaimValue[]): number | string => xs.map(comparedFigure).reduce((a, b) => (compareFigures(a, b) <= 0 ? a : b));

/**
 * The versions among `side` that say so of its figure, in one of their sentences that give it
 * (the headline's figure is often first in a title, and said to have risen only in the lede).
 * One is enough: a version that says the toll rose to 5 makes 5 a later count than 3, and the
 * copies that give 5 without saying so (a rewrite, another outlet) give that later count.
 */
function versionsSaying(input: RuleCheckInput, side: readonly ClaimValue[], says: (x: ClaimValue) => boolean): string[] {
  const keys = new Set(side.map((x) => x.key));
  const versions = new Set(side.map((x) => x.version));
  return [...versions].filter((v) => (input.values.get(v) ?? []).some((x) => keys.has(x.key) && x.role !== 'background' && says(x)));
}

/**
 * What the wording of `values` (one figure, in some versions) and `others` (what the other
 * versions say) tells of which came later ("b says the figure rose to 19"), or null (see the
 * module comment).
 */
export function statedChange(input: RuleCheckInput, order: ReadonlyMap<string, number>, values: readonly ClaimValue[], others: readonly ClaimValue[]): string | null {
  if (input.rule.overTime !== 'non-decreasing' || values.length === 0 || others.length === 0) return null;
  let [high, low] = [values, others];
  if (compareFigures(lowest(values), highest(others)) <= 0) {
    if (compareFigures(highest(values), lowest(others)) >= 0) return null; // the two sides overlap
    [high, low] = [others, values];
  }
  const rose = versionsSaying(input, high, (x) => statesRise(x.sentence, x.text));
  const revisedDown = versionsSaying(input, low, (x) => statesDownwardRevision(x.sentence, x.text));
  if ((rose.length > 0) === (revisedDown.length > 0)) return null; // no word of which came later, or words both ways
  const [later, sayers] = rose.length > 0 ? [high, rose] : [low, revisedDown];
  const says = idsSay(listVersions(sayers, order));
  return rose.length > 0 ? `${says} the figure rose to ${displayKey(later)}` : `${says} the figure was revised down to ${displayKey(later)}`;
}
