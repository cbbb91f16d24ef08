import { kindOf } from '../kinds/index.js';
import { isPeopleState, isPlannedCount, stateWords } from '../kinds/counted.js';
import { hasHeadline } from '../extract/claims.js';
import type { ClaimValue, Finding, Severity } from '../types.js';
import { compatibleKeys, matchesExpected } from './compatible.js';
import { capSeverity, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { counterpartConflicts, counterpartMemo, firstPerVersion, hedgeAgrees, keepsCounterpart, losesTo } from './counterpart.js';
import { displayStated, displayValue, evidenceOf, idsSayStated } from './evidence.js';
import { alsoGives, overTime, staleFinding } from './over-time.js';
import { partyConflicts } from './party.js';
import { qualifierChanges } from './qualifier.js';
import { roundedRestatements } from './rounding.js';
import { selfContradictions } from './self-contradiction.js';
import { transpositions } from './transposed.js';
import { statedChange } from './stated-change.js';
import { escapeRegExp } from '../regexp.js';
import { VAGUE_COUNT_REACH, VAGUE_COUNT_WORDS } from '../lang/en/quantities.js';

/**
 * Checks a single-valued claim (a toll, a count, a date): contradictions,
 * updates and stale figures over time, qualifier changes, omissions.
 */
export function checkScalar(input: RuleCheckInput): Finding[] {
  const findings: Finding[] = [];
  const certain = new Map<string, ClaimValue[]>();
  // A rule that tracks one figure of the story compares headlines; the figures' parts,
  // background and other mentions are compared only between matched sentences (changed-fact).
  const compared = (x: ClaimValue): boolean =>
    !x.uncertain && x.role !== 'background' && (!hasHeadline(input.rule) || x.role === undefined || x.role === 'headline');
  for (const v of input.versions) {
    certain.set(v.id, (input.values.get(v.id) ?? []).filter(compared));
  }
  const holders = input.versions.filter((v) => (certain.get(v.id) ?? []).length > 0);
  if (holders.length === 0 && input.rule.expect.length === 0) return [];

  const numericOverTime =
    kindOf(input.rule.kind).numericOverTime &&
    input.order !== 'file-name' &&
    (input.rule.overTime === 'non-decreasing' || input.rule.overTime === 'non-increasing');

  // each fact the rule's values state is compared on its own (KindSpec `factOf`)
  for (let fact of byFact(input, certain)) {
    // a copy's 73 for its source's 37 is a transposition, left out of the comparison
    const transposed = transpositions(input, fact);
    findings.push(...transposed.findings);
    fact = transposed.kept;
    // a rewrite's "nearly 20" for an exact 17 is a change of wording, left out of the comparison
    const rounded = roundedRestatements(input, fact);
    findings.push(...rounded.findings);
    fact = rounded.kept;
    if (numericOverTime) findings.push(...vagueFirst(input, fact), ...overTime(input, fact));
    else if (input.rule.overTime === 'changing' && input.order !== 'file-name') findings.push(...vagueFirst(input, fact), ...changes(input, fact));
    else {
      const met = plansMet(input, fact);
      findings.push(...met.findings, ...contradictions(input, met.kept));
      fact = met.kept;
    }
    findings.push(...qualifierChanges(input, fact));
  }
  const states = stateUpdates(input, certain, findings);
  if (states.replaced.size > 0) {
    const kept = findings.filter((f) => !states.replaced.has(f));
    findings.length = 0;
    findings.push(...kept);
  }
  findings.push(...states.updates);
  findings.push(...selfContradictions(input));
  findings.push(...omissions(input, certain));
  findings.push(...unreadable(input, certain));
  return findings;
}


/**
 * The versions' values split by the fact they state (one table, the same, when all state one).
 * A state of people (kinds/counted.ts `peopleState`) is no fact of its own here: `stateUpdates`.
 */
function byFact(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Array<Map<string, ClaimValue[]>> {
  const factOf = kindOf(input.rule.kind).factOf;
  if (factOf === undefined) return [certain];
  const facts = new Map<string, Map<string, ClaimValue[]>>();
  for (const [version, xs] of certain) {
    for (const x of xs) {
      const named = factOf(x);
      const fact = isPeopleState(named) ? '' : named;
      let table = facts.get(fact);
      if (!table) facts.set(fact, (table = new Map(input.versions.map((v) => [v.id, []]))));
      table.get(version)?.push(x);
    }
  }
  return facts.size <= 1 ? [certain] : [...facts.values()];
}

/**
 * A count of those expected to come (a preview's "leaders from 14 countries have confirmed they
 * will attend", kinds/counted.ts `isPlannedCount`) and a later count of those who came ("Leaders
 * from 16 countries joined") are one fact whose plan changed, not a contradiction. A planned value
 * that its own version or a later one follows with a count of who came is left out of the
 * comparison (`kept`); the first such count is an update from the latest plan before it when the
 * two differ. Only when the order of the versions is known.
 */
function plansMet(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): { kept: Map<string, ClaimValue[]>; findings: Finding[] } {
  const none = { kept: certain, findings: [] };
  if (input.order === 'file-name' || !anyValue(certain, isPlannedCount)) return none; // the usual case: nothing planned
  const all = [...certain.values()].flat();
  const planned = new Set(all.filter(isPlannedCount));
  const rank = rankOf(input);
  const at = (x: ClaimValue): number => rank.get(x.version) ?? 0;
  const came = all.filter((x) => !planned.has(x));
  if (came.length === 0) return none;
  const lastCame = Math.max(...came.map(at));
  const dropped = (x: ClaimValue): boolean => planned.has(x) && at(x) <= lastCame;
  const kept = new Map([...certain].map(([id, xs]) => [id, xs.filter((x) => !dropped(x))]));
  // the latest plan before any count of who came, and the counts of the first version(s) after it
  const plans = all.filter((x) => dropped(x) && came.every((y) => at(y) > at(x)));
  const plan = plans.reduce<ClaimValue | undefined>((acc, x) => (acc === undefined || at(x) >= at(acc) ? x : acc), undefined);
  if (plan === undefined) return { kept, findings: [] };
  const firstRank = Math.min(...came.map(at));
  const changed = firstPerVersion(came.filter((y) => at(y) === firstRank && !compatibleKeys(input.rule.kind, y.key, plan.key) && !hedgeAgrees(input, y, plan)));
  const byKey = new Map<string, ClaimValue[]>();
  for (const y of changed) byKey.set(y.key, [...(byKey.get(y.key) ?? []), y]);
  return { kept, findings: [...byKey.values()].map((ys) => planChangeFinding(input, ys, plan)) };
}

/** Whether any value of the table passes `test` (without copying the values out). */
function anyValue(certain: ReadonlyMap<string, readonly ClaimValue[]>, test: (x: ClaimValue) => boolean): boolean {
  for (const xs of certain.values()) for (const x of xs) if (test(x)) return true;
  return false;
}

/** The update of `plansMet`: the count of who came (`xs`, of one time and figure) after the count expected. */
function planChangeFinding(input: RuleCheckInput, xs: readonly ClaimValue[], plan: ClaimValue): Finding {
  const f = changeFinding(input, xs, plan);
  const x = xs[0] as ClaimValue;
  const versions = joinIds(xs.map((y) => y.version));
  return { ...f, message: `${input.rule.label}: ${versions} say${xs.length === 1 ? 's' : ''} ${displayValue(x)}, where ${plan.version} gave ${displayValue(plan)} as expected to come (the plan changed)` };
}

/**
 * A catch-all rule's figures of one state of people ("people in tents", "evacuated": kinds/counted.ts
 * `peopleState`) are one fact of the story however the sentence is worded: besides the comparison
 * of matching sentences, compared across sentences in time order, where a changed figure is an
 * update (as for people missing), and a later copy that goes back to a figure an update replaced
 * is stale ("Some 900 rescuers" in the morning, 1,700 by evening, a next-day copy of the morning
 * story with 900). Only when the order is known and every version that gives the state gives one
 * figure for it (parts of a total left out); only updates and stale figures. A contradiction of
 * `found` (the matching sentences') between the same two figures is `replaced` by the update
 * ("About 3,200 people have been moved to relief camps", later "More than 11,000 people have been
 * moved to relief camps": the count rose); no update for a figure another contradiction, update
 * or stale finding of `found` already judges.
 */
function stateUpdates(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  found: readonly Finding[],
): { updates: Finding[]; replaced: Set<Finding> } {
  const none = { updates: [], replaced: new Set<Finding>() };
  const factOf = kindOf(input.rule.kind).factOf;
  if (!isCollector(input) || factOf === undefined || input.order === 'file-name') return none;
  const states = new Map<string, Map<string, ClaimValue[]>>();
  for (const [version, xs] of certain) {
    for (const x of xs) {
      const state = x.role === 'part' ? '' : factOf(x);
      if (!isPeopleState(state)) continue;
      let table = states.get(state);
      if (!table) states.set(state, (table = new Map(input.versions.map((v) => [v.id, []]))));
      table.get(version)?.push(x);
    }
  }
  if (states.size === 0) return none;
  mergeOnePlace(states);
  const at = (e: { version: string; line: number; column: number }): string => `${e.version} ${e.line} ${e.column}`;
  const judging = found.filter((f) => f.type === 'contradiction' || f.type === 'update' || f.type === 'stale');
  const out: Finding[] = [];
  const replaced = new Set<Finding>();
  for (const [state, table] of states) {
    const holders = [...table.values()].filter((xs) => xs.length > 0);
    if (holders.length < 2 || !holders.every(atMostOneKey)) continue;
    const judged = changes(input, table);
    // a matched sentences' contradiction among this state's figures only (a and c say 900, b 1,700)
    // is the change over time these findings tell, when the state's own versions of one time agree;
    // one between two copies of the same time (another outlet's 24 for 26) stays a contradiction
    const own = new Set(holders.flat().map(at));
    const whole = judged.some((f) => f.type === 'contradiction')
      ? []
      : judging.filter((g) => g.type === 'contradiction' && g.evidence.length > 0 && g.evidence.every((e) => own.has(at(e))) && !oneTime(input, g));
    for (const f of judged) {
      const x = f.evidence[0];
      if ((f.type !== 'update' && f.type !== 'stale') || x === undefined) continue;
      const pair = new Set(f.evidence.map(at));
      const same = judging.filter((g) => g.type === 'contradiction' && (whole.includes(g) || g.evidence.every((e) => pair.has(at(e)))));
      const quoted = judging.some((g) => !same.includes(g) && g.evidence.some((e) => at(e) === at(x)));
      if (quoted) continue;
      for (const g of same) replaced.add(g);
      out.push(namingState(f, input.rule.label, stateWords(state)));
    }
  }
  return { updates: out, replaced };
}

/**
 * A state's update or stale finding with the state in its subject and message ("Counts of people
 * (rescued alive) changed from 5 …"): a reader sees which count moved, and two states' updates
 * between the same versions are two findings for a baseline, not one.
 */
function namingState(f: Finding, label: string, state: string): Finding {
  if (state === '') return f;
  const named = `${label} (${state})`;
  return { ...f, subject: named, message: f.message.startsWith(label) ? named + f.message.slice(label.length) : f.message };
}

/** Whether every version a finding quotes is of one time (same rank): copies that must agree. */
function oneTime(input: RuleCheckInput, f: Finding): boolean {
  const rank = (id: string): number | undefined => input.versions.find((v) => v.id === id)?.rank;
  const first = rank(f.evidence[0]?.version ?? '');
  return first !== undefined && f.evidence.every((e) => rank(e.version) === first);
}

/**
 * A state's figure given for one place and the same state's figure given with no place are one
 * fact when no version gives both and no other place is named for it: "More than 1,200 people were
 * staying in shelters in schools in Kelmar", later "The number of people in shelters rose to
 * 1,450". Two places ("in Kelmar", "in Dorsk") are parts of a total: nothing is merged.
 */
function mergeOnePlace(states: Map<string, Map<string, ClaimValue[]>>): void {
  if (states.size < 2) return;
  const placed = new Map<string, string[]>();
  for (const fact of states.keys()) {
    const colon = fact.indexOf(': ');
    const place = fact.indexOf(' in ', colon);
    if (colon < 0 || place < 0) continue;
    const base = fact.slice(0, place);
    if (states.has(base)) placed.set(base, [...(placed.get(base) ?? []), fact]);
  }
  for (const [base, facts] of placed) {
    if (facts.length !== 1) continue;
    const whole = states.get(base) as Map<string, ClaimValue[]>;
    const part = states.get(facts[0] as string) as Map<string, ClaimValue[]>;
    if ([...whole].some(([version, xs]) => xs.length > 0 && (part.get(version)?.length ?? 0) > 0)) continue;
    for (const [version, xs] of part) if (xs.length > 0) whole.set(version, [...(whole.get(version) ?? []), ...xs]);
    states.delete(facts[0] as string);
  }
}

/** A catch-all quantity rule (`compare: sentence`) collects many figures: compared sentence by sentence only. */
function isCollector(input: RuleCheckInput): boolean {
  return input.rule.kind === 'quantity' && input.rule.compare === 'sentence' && input.rule.expect.length === 0;
}

/** The value most versions agree on (or the rule's pinned value). */
function consensus(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): ((x: ClaimValue) => boolean) | null {
  const kind = input.rule.kind;
  if (input.rule.expect.length > 0) return (x) => matchesExpected(kind, x.key, input.rule.expect);
  // Versions holding each key (counted once per version: `last` is the last version counted).
  const support = new Map<string, { count: number; firstRank: number; last: number }>();
  input.versions.forEach((v, at) => {
    for (const { key } of certain.get(v.id) ?? []) {
      const s = support.get(key);
      if (!s) support.set(key, { count: 1, firstRank: v.rank, last: at });
      else if (s.last !== at) {
        s.count++;
        s.last = at;
      }
    }
  });
  let best: string | null = null;
  let bestScore: { count: number; firstRank: number } | null = null;
  for (const [key, s] of support) {
    if (
      bestScore === null ||
      s.count > bestScore.count ||
      (s.count === bestScore.count && (s.firstRank < bestScore.firstRank || (s.firstRank === bestScore.firstRank && key < (best ?? ''))))
    ) {
      best = key;
      bestScore = s;
    }
  }
  if (best === null || bestScore === null) return null;
  const chosen = followedOnTie(input, certain, support, bestScore.count) ?? best;
  // a hedged figure agrees with the consensus when its hedge allows it ("more than 40" and 44)
  const held = distinctStatements(input.versions.flatMap((v) => certain.get(v.id) ?? []).filter((x) => x.key === chosen));
  return (x) => compatibleKeys(kind, x.key, chosen) || held.some((y) => hedgeAgrees(input, x, y));
}

/**
 * One value per distinct statement of a figure (its kind, bounds, hedge, value and words: all that
 * `hedgeAgrees` reads): the copies of one figure in hundreds of versions are one test, not hundreds.
 */
function distinctStatements(values: readonly ClaimValue[]): ClaimValue[] {
  const seen = new Map<string, ClaimValue>();
  for (const y of values) {
    const key = `${y.kind}\u0000${y.high ?? ''}\u0000${y.qualifier ?? ''}\u0000${y.value}\u0000${y.text}`;
    if (!seen.has(key)) seen.set(key, y);
  }
  return [...seen.values()];
}

/**
 * On a tie of support among three or more figures, the figure the newest of them contradicts: that of
 * the latest version before the newest figure's first version (a copy that gives a figure of its own
 * most often rewrites the version just before it: "18 countries" in a rewrite of the copy that says
 * 16, after a first take's 14). With two figures that is the earlier one, as without a tie; null
 * when the figures do not tie or no version comes before the newest one.
 */
function followedOnTie(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  support: ReadonlyMap<string, { count: number; firstRank: number }>,
  count: number,
): string | null {
  const tied = [...support].filter(([, s]) => s.count === count);
  if (tied.length < 3) return null;
  const newest = tied.reduce((a, b) => (b[1].firstRank > a[1].firstRank || (b[1].firstRank === a[1].firstRank && b[0] > a[0]) ? b : a));
  const keys = new Set(tied.map(([key]) => key).filter((key) => key !== newest[0]));
  let followed: string | null = null;
  let at = -Infinity;
  for (const v of input.versions) {
    if (v.rank >= newest[1].firstRank || v.rank < at) continue;
    const key = (certain.get(v.id) ?? []).find((x) => keys.has(x.key))?.key;
    if (key !== undefined) [followed, at] = [key, v.rank];
  }
  return followed;
}

/** Whether a list of values has no two keys (`keysOf(values).length <= 1`, without the list). */
function atMostOneKey(values: readonly ClaimValue[]): boolean {
  return values.every((x) => x.key === (values[0] as ClaimValue).key);
}

/** A test on values, worked out once per value (the consensus test compares keys and hedges). */
function memoByValue(test: (x: ClaimValue) => boolean): (x: ClaimValue) => boolean {
  const memo = new Map<ClaimValue, boolean>();
  return (x) => {
    let ok = memo.get(x);
    if (ok === undefined) memo.set(x, (ok = test(x)));
    return ok;
  };
}

/** Whether one single-word cue of the rule occurs in the sentence of every value. */
function shareACue(cues: readonly string[], values: readonly ClaimValue[]): boolean {
  const words = (x: ClaimValue): Set<string> => new Set(x.sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const sentences = values.map(words);
  return cues.some((cue) => !cue.includes(' ') && sentences.every((w) => w.has(cue.toLowerCase())));
}

function contradictions(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const agreesWithConsensus = consensus(input, certain);
  if (!agreesWithConsensus) return [];
  const isConsensus = memoByValue(agreesWithConsensus);
  const order = rankOf(input);
  const { conflicts, instead } = conflictingValues(input, certain, isConsensus, order);
  const findings: Finding[] = [];
  for (const [key, values] of conflicts) findings.push(contradictionFinding(input, certain, isConsensus, order, values, instead.get(key) ?? []));
  return findings;
}

/** Conflicting values by key, and what the other versions say instead (`contradictions`). */
interface Conflicting {
  conflicts: Map<string, ClaimValue[]>;
  instead: Map<string, ClaimValue[]>;
}

/**
 * "The version disagrees as a whole" only makes sense for a claim that is one fact
 * per version (a toll, a coalition size); generic rules that collect many figures
 * (every "N people") compare sentence by sentence only.
 * (a kind whose values are never one fact per version, such as dates, is compared sentence by sentence)
 */
function isSingleValued(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): boolean {
  const { rule } = input;
  const whole = kindOf(rule.kind).wholeVersion;
  return (
    !isCollector(input) &&
    whole !== false &&
    input.versions.every((v) => atMostOneKey(certain.get(v.id) ?? [])) &&
    (whole !== 'same-cue' || shareACue(rule.cues, [...certain.values()].flat()))
  );
}

function conflictingValues(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  isConsensus: (x: ClaimValue) => boolean,
  order: ReadonlyMap<string, number>,
): Conflicting {
  // Whether each version holds a value of the consensus, asked once per version (not once per other version).
  const holdsConsensus = new Map(input.versions.map((w) => [w.id, (certain.get(w.id) ?? []).some((x) => isConsensus(x))]));
  // how many versions hold it: whether the others do is then one subtraction per version, not a scan of them all
  let holders = 0;
  for (const holds of holdsConsensus.values()) if (holds) holders++;
  const memo = counterpartMemo();
  const pinned = input.rule.expect.length > 0;
  const singleValued = isSingleValued(input, certain);
  // key -> conflicting values, and what the other versions say instead
  const conflicts = new Map<string, ClaimValue[]>();
  const instead = new Map<string, ClaimValue[]>();
  for (const v of input.versions) {
    const mine = certain.get(v.id) ?? [];
    if (mine.length === 0) continue;
    const agrees = mine.some((x) => isConsensus(x));
    const othersHaveConsensus = pinned || holders - (holdsConsensus.get(v.id) === true ? 1 : 0) > 0;
    for (const value of mine) {
      if (isConsensus(value)) continue;
      const wholeDisagreement = (singleValued || pinned) && !agrees && othersHaveConsensus;
      // Of two sentences that disagree, only the side fewer versions support (on a tie, the later) is wrong.
      let found = wholeDisagreement ? [] : counterpartConflicts(input, certain, value, memo);
      // sentences too reworded to match, about one payer's sum for one purpose (check/party.ts)
      if (!wholeDisagreement && found.length === 0) found = partyConflicts(input, certain, value);
      // "tens of thousands of mourners" against "hundreds of thousands": estimates of a crowd in words
      // (a count no rule leads with) tell its size as seen at that hour, no figure to contradict
      const estimates = !hasHeadline(input.rule) && value.qualifier === 'several';
      const counterparts = found.length === 0 ? found : found.filter((y) => !(estimates && y.qualifier === 'several') && losesTo(value, y, input, certain, order, memo));
      if (wholeDisagreement || counterparts.length > 0) {
        conflicts.set(value.key, [...(conflicts.get(value.key) ?? []), value]);
        instead.set(value.key, [...(instead.get(value.key) ?? []), ...counterparts]);
      }
    }
  }
  return { conflicts, instead };
}

/**
 * The `contradiction` finding of one key's conflicting values (`counterparts`: what other versions
 * say instead). When the order of the versions is unknown and their wording says which figure came
 * later (stated-change.ts), the finding says so and is at most a warning.
 */
function contradictionFinding(
  input: RuleCheckInput,
  certain: Map<string, ClaimValue[]>,
  isConsensus: (x: ClaimValue) => boolean,
  order: ReadonlyMap<string, number>,
  values: readonly ClaimValue[],
  counterparts: readonly ClaimValue[],
): Finding {
  const { rule } = input;
  const pinned = rule.expect.length > 0;
  const versions = listVersions(
    values.map((x) => x.version),
    order,
  );
  const agreeing =
    counterparts.length > 0 && !pinned
      ? counterparts
      : input.versions
          .map((w) => (certain.get(w.id) ?? []).find((x) => isConsensus(x)))
          .filter((x): x is ClaimValue => x !== undefined);
  const actual = displayStated(values);
  // the figure they agree on as stated, not an earlier hedged one ("about 60" for 62: "say 62"),
  // and with its hedge when none states it exactly ("more than 60", not "60")
  const expected = pinned ? rule.expect.map(String).join(' or ') : displayStated(agreeing);
  const unknownOrder = input.order === 'file-name' && rule.overTime !== null && rule.overTime !== 'fixed';
  const stated = unknownOrder && !pinned ? statedChange(input, order, values, agreeing) : null;
  // each version's figure as it states it ("a says more than 30 people", never "a and b say 31 people")
  const message = pinned
    ? `${rule.label}: ${idsSayStated(values, order)}; the rule expects ${expected}`
    : `${rule.label}: ${idsSayStated(values, order)}; ${idsSayStated(agreeing, order)}` +
      (stated !== null ? ` (the order of the versions is unknown, but ${stated}: likely an update)` : '') +
      (unknownOrder && stated === null ? ' (the order of the versions is unknown: no manifest or date lines, so this may be an update)' : '');
  return {
    rule: rule.id,
    type: 'contradiction',
    severity: stated !== null ? capSeverity(rule.severity, 'warning') : rule.severity,
    subject: rule.label,
    versions,
    message,
    actual,
    expected,
    evidence: [
      ...firstPerVersion(values).map((x) => evidenceOf(x, input.paths.get(x.version))),
      ...firstPerVersion(agreeing).map((x) => evidenceOf(x, input.paths.get(x.version))),
    ],
  };
}

/**
 * A figure that may move either way (people missing): versions of the same time must
 * agree; a later version that gives another figure than the latest one before it is an update.
 */
function changes(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const ranks = [...new Set(input.versions.map((v) => v.rank))].sort((a, b) => a - b);
  const findings: Finding[] = [];
  let previous: ClaimValue | undefined;
  // Figures a later version changed: a copy that goes back to one repeats an old figure.
  const replaced: ClaimValue[] = [];
  for (const r of ranks) {
    const group = input.versions.filter((v) => v.rank === r);
    const sameTime = { ...input, versions: group };
    if (group.length > 1) findings.push(...contradictions(sameTime, certain));
    const current = group.map((v) => (certain.get(v.id) ?? [])[0]).filter((x): x is ClaimValue => x !== undefined);
    // Versions of the same time that changed it to the same figure: one update naming them all.
    const changed = new Map<string, ClaimValue[]>();
    const fresh: ClaimValue[] = [];
    for (const x of current) {
      if (previous !== undefined && replaced.some((y) => compatibleKeys('quantity', x.key, y.key)) && !compatibleKeys('quantity', x.key, previous.key)) {
        if (!alsoGives(input, x.version, previous)) findings.push(staleFinding(input, x, previous));
        continue;
      }
      fresh.push(x);
      if (previous === undefined || compatibleKeys('quantity', x.key, previous.key)) continue;
      changed.set(x.key, [...(changed.get(x.key) ?? []), x]);
    }
    for (const xs of changed.values()) findings.push(changeFinding(input, xs, previous as ClaimValue));
    if (changed.size > 0 && previous !== undefined) replaced.push(previous);
    // a late copy (align/late-copies.ts) that repeats its source's figure is no figure of its time: the next version is compared with the one before it
    previous = fresh.filter((x) => !repeatsSource(input, certain, x)).at(-1) ?? (previous === undefined ? fresh.at(-1) : previous);
  }
  return findings;
}


/** Whether `x` is the figure of a late copy that its source (the version it repeats word for word) gives too. */
function repeatsSource(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, x: ClaimValue): boolean {
  const source = input.relations?.lateCopyOf(x.version);
  return source !== undefined && (certain.get(source) ?? []).slice(0, 1).some((y) => compatibleKeys('quantity', y.key, x.key));
}

/**
 * A figure of a count over time (people missing; the injured, which only rise) that follows
 * versions giving only a vague one ("leaving dozens missing" at dawn, "At least 40 people were
 * missing" by evening; "hundreds were injured", then "more than 300") is an update from it: the
 * count was first told, never a contradiction. Read for the first versions with a
 * figure only (later changes are `changes`'), when every earlier version that says anything of
 * the count leads with a vague figure (the latest of them is the one updated). A vague figure
 * after a number says nothing new: no finding.
 */
function vagueFirst(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  if (!hasHeadline(input.rule)) return [];
  let firstRank = Infinity;
  for (const v of input.versions) if ((certain.get(v.id) ?? []).length > 0 && v.rank < firstRank) firstRank = v.rank;
  if (firstRank === Infinity) return [];
  let base: ClaimValue | undefined;
  let baseRank = -Infinity;
  for (const v of input.versions) {
    if (v.rank >= firstRank) continue;
    const first = (input.values.get(v.id) ?? []).find((x) => !x.uncertain && x.role !== 'background');
    if (first === undefined) continue;
    if (first.qualifier !== 'several') return []; // an earlier figure this rule did not compare: leave it
    if (v.rank >= baseRank) [base, baseRank] = [first, v.rank];
  }
  if (base === undefined) return [];
  const xs = firstPerVersion(input.versions.filter((v) => v.rank === firstRank).flatMap((v) => (certain.get(v.id) ?? []).slice(0, 1)));
  const now = xs.filter((x) => x.qualifier !== 'several');
  return now.length === 0 ? [] : [changeFinding(input, now, base)];
}

function changeFinding(input: RuleCheckInput, xs: readonly ClaimValue[], previous: ClaimValue): Finding {
  const x = xs[0] as ClaimValue;
  const versions = xs.map((y) => y.version);
  return {
    rule: input.rule.id,
    type: 'update',
    severity: 'info',
    subject: input.rule.label,
    versions,
    message: `${input.rule.label} changed from ${displayValue(previous)} (${previous.version}) to ${displayValue(x)} (${joinIds(versions)})`,
    actual: displayValue(x),
    expected: displayValue(previous),
    evidence: [...xs.map((y) => evidenceOf(y, input.paths.get(y.version))), evidenceOf(previous, input.paths.get(previous.version))],
  };
}

/** A value the story leads with (one with no role was read by a rule that gives none). */
function isHeadlineValue(x: ClaimValue): boolean {
  return x.role === undefined || x.role === 'headline';
}

/** A version that carries no value at all while others do. */
function omissionSeverity(
  input: RuleCheckInput,
  certain: ReadonlyMap<string, readonly ClaimValue[]>,
  omitted: readonly string[],
  holders: RuleCheckInput['versions'],
  rank: ReadonlyMap<string, number>,
): Severity {
  const { rule } = input;
  if (rule.kind !== 'quantity' && rule.expect.length === 0) return 'info';
  // Versions are held to the story's headline figures only: a count given only in passing
  // ("the six nations not invited", a part, a background figure) is no figure a version must carry.
  if (rule.kind === 'quantity' && rule.expect.length === 0 && !holders.some((h) => (certain.get(h.id) ?? []).some(isHeadlineValue))) return 'info';
  if (rule.kind === 'quantity' && rule.overTime === 'changing' && rule.expect.length === 0) {
    const lastHeld = Math.max(...holders.map((h) => h.rank));
    if (input.order !== 'file-name' && omitted.every((id) => (rank.get(id) ?? 0) > lastHeld)) return 'info';
  }
  // a count one early version gave and most later (or same-day) ones moved on without ("1,042
  // injured" in a first take, the tolls only after): the other stories' choice, not copies that lost it
  if (rule.kind === 'quantity' && rule.expect.length === 0 && holders.length < omitted.length && input.order !== 'file-name') {
    const lastHeld = Math.max(...holders.map((h) => h.rank));
    // of the same day, only another outlet's story (a copy of the holder that lost it stays a warning)
    const movedOn = (id: string): boolean => (rank.get(id) ?? 0) > lastHeld || ((rank.get(id) ?? 0) === lastHeld && !copyOfHolder(input, holders, id));
    if (omitted.every(movedOn)) return 'info';
  }
  // another outlet's story that never gave the figure another line gave before it ("v5 gives no
  // injured count": a short update of its own), not a copy that lost it
  if (rule.kind === 'quantity' && rule.expect.length === 0 && omitted.every((id) => !heldOnLine(input, holders, id, rank))) return 'info';
  // "wounding several others": the count given vaguely, not left out
  if (rule.kind === 'quantity' && rule.expect.length === 0 && omitted.every((id) => statesVaguely(input, id))) return 'info';
  // a flash of a few lines, of the day the count was first given: written before it, as likely as not
  if (rule.kind === 'quantity' && rule.expect.length === 0 && input.order !== 'file-name' && omitted.every((id) => firstDayFlash(input, holders, id, rank))) return 'info';
  return capSeverity(rule.severity, 'warning');
}

/** Most sentences (with the title) of a flash: a title and a line. */
const FLASH_SENTENCES = 2;

/** Whether version `id` is a flash (FLASH_SENTENCES) of the first day any version gives the count. */
function firstDayFlash(input: RuleCheckInput, holders: RuleCheckInput['versions'], id: string, rank: ReadonlyMap<string, number>): boolean {
  const sentences = input.sentencesOf?.(id);
  if (sentences === undefined || sentences.length > FLASH_SENTENCES) return false;
  const own = rank.get(id) ?? 0;
  return holders.every((h) => h.rank >= own);
}

/** Whether a version gives the rule's count in words without a figure: a vague count word (VAGUE_COUNT_WORDS) next to a one-word cue. */
function statesVaguely(input: RuleCheckInput, id: string): boolean {
  const cues = new Set(input.rule.cues.filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));
  if (cues.size === 0 || input.sentencesOf === undefined) return false;
  return input.sentencesOf(id).some((s) => {
    const words = s.toLowerCase().split(/[^\p{L}]+/u);
    return words.some((w, k) => cues.has(w) && words.slice(Math.max(0, k - VAGUE_COUNT_REACH), k + VAGUE_COUNT_REACH + 1).some((x) => VAGUE_COUNT_WORDS.has(x)));
  });
}

/** Whether `id` is declared or shown to be a copy of a version holding the figure (`VersionRelations.copyOf`). */
function copyOfHolder(input: RuleCheckInput, holders: RuleCheckInput['versions'], id: string): boolean {
  const copyOf = input.relations?.copyOf;
  return copyOf !== undefined && holders.some((h) => copyOf(h.id, id));
}

/** Whether a version holding the figure before (or with) `id` is on its line (`VersionRelations.rewriteOf`: the same wire service, or unknown). */
function heldOnLine(input: RuleCheckInput, holders: RuleCheckInput['versions'], id: string, rank: ReadonlyMap<string, number>): boolean {
  const rewriteOf = input.relations?.rewriteOf;
  if (rewriteOf === undefined) return true;
  return holders.some((h) => h.rank <= (rank.get(id) ?? 0) && rewriteOf(h.id, id));
}

function omissions(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const holders = input.versions.filter((v) => (certain.get(v.id) ?? []).length > 0);
  if (holders.length === 0 || kindOf(rule.kind).omissions === false) return [];
  const without = versionsWithout(input, certain, holders);
  const { notYet } = without;
  const order = rankOf(input);
  // another outlet's story that says not when it happened left nothing out: a date is a copy's to keep
  const omitted = rule.kind === 'date' ? without.omitted.filter((id) => heldOnLine(input, holders, id, order)) : without.omitted;
  if (omitted.length === 0 && notYet.length === 0) return []; // the usual case: no evidence to write
  const evidence = holders.map((h) => evidenceOf((certain.get(h.id) ?? [])[0] as ClaimValue, input.paths.get(h.id)));
  const heldBy = joinIds(listVersions(holders.map((h) => h.id), order));
  const findings: Finding[] = [];
  if (omitted.length > 0) {
    findings.push({
      rule: rule.id,
      type: 'omission',
      // a copy without the toll lost the story's figure; one that does not say when it happened, or
      // states no sum near a cue, lost little (unless the rule pins the value); a figure that
      // comes and goes (the missing) is often dropped for good reason in a newer copy ("all have
      // now been accounted for"), so only a copy no later than every holder lost it for sure
      severity: omissionSeverity(input, certain, omitted, holders, order),
      subject: rule.label,
      versions: omitted,
      message: `${rule.label}: ${joinIds(omitted)} give${omitted.length === 1 ? 's' : ''} no value; ${heldBy} report${holders.length === 1 ? 's' : ''} it`,
      evidence,
    });
  }
  if (notYet.length > 0) {
    const message = `${rule.label}: not yet in ${joinIds(notYet)}, first reported by later versions (${heldBy})`;
    findings.push({ rule: rule.id, type: 'not-yet-reported', severity: 'info', subject: rule.label, versions: notYet, message, evidence });
  }
  return findings;
}

/** The versions without the value that a holder before them gave (omitted), or that only later ones give (not yet). */
function versionsWithout(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, holders: RuleCheckInput['versions']): { omitted: string[]; notYet: string[] } {
  // A claim that is one fact per version is omitted when a version has no value at all;
  // for rules that collect many figures, only when the version keeps a sentence that
  // carries the figure elsewhere but lost the figure.
  const singleValued = (!isCollector(input) && holders.every((h) => atMostOneKey(certain.get(h.id) ?? []))) || input.rule.expect.length > 0;
  const omitted: string[] = [];
  const notYet: string[] = [];
  for (const v of input.versions) {
    if ((input.values.get(v.id) ?? []).length > 0) continue;
    if (!singleValued && !keepsCounterpart(input, certain, holders, v.id)) continue;
    if (statesHeldDate(input, certain, holders, v.id)) continue;
    if (copiesVersionWithout(input, v.id)) continue;
    if (holders.some((h) => h.rank <= v.rank)) omitted.push(v.id);
    else notYet.push(v.id);
  }
  return { omitted, notYet };
}

/**
 * Whether a version is a copy of versions that give no value either: declared or shown a copy
 * ("aggregator (copy of c2)", `VersionRelations.copyOf`) or a late copy repeating an earlier take
 * word for word (`lateCopyOf`). What only later versions report is no loss of a copy of an
 * earlier story (its stale figures are reported as such); what its source gave and it lacks is.
 */
function copiesVersionWithout(input: RuleCheckInput, id: string): boolean {
  const relations = input.relations;
  if (relations === undefined) return false;
  const late = relations.lateCopyOf(id);
  const sources = input.versions.filter((u) => u.id !== id && (u.id === late || relations.copyOf(u.id, id)));
  return sources.length > 0 && sources.every((u) => (input.values.get(u.id) ?? []).length === 0);
}

/**
 * Whether a version that gives no date of the event still states the date the others give, as
 * written ("Saturday", "March 9"), where no cue ties it to the event ("drew nearly 50 heads of
 * state … to Veldran on Saturday"): it did not leave the date out. Dates only: a figure's digits
 * in another sentence are no such statement.
 */
function statesHeldDate(input: RuleCheckInput, certain: Map<string, ClaimValue[]>, holders: RuleCheckInput['versions'], id: string): boolean {
  const sentencesOf = input.sentencesOf;
  if (input.rule.kind !== 'date' || sentencesOf === undefined) return false;
  const sentences = sentencesOf(id);
  const texts = new Set(holders.flatMap((h) => (certain.get(h.id) ?? []).map((x) => x.text)));
  return [...texts].some((t) => {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, 'u');
    return sentences.some((s) => word.test(s));
  });
}

/** Values read from text that was guessed during repair, and that differ from the rest. */
function unreadable(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  const { rule } = input;
  const findings: Finding[] = [];
  for (const v of input.versions) {
    for (const x of input.values.get(v.id) ?? []) {
      if (!x.uncertain) continue;
      const agrees = input.versions.some((w) => (certain.get(w.id) ?? []).some((y) => compatibleKeys(rule.kind, y.key, x.key)));
      if (agrees) continue;
      findings.push({
        rule: rule.id,
        type: 'unreadable',
        severity: 'info',
        subject: rule.label,
        versions: [v.id],
        message: `${rule.label}: ${v.id} has ${displayValue(x)} in text that was damaged and repaired by guesswork; not compared`,
        actual: displayValue(x),
        evidence: [evidenceOf(x, input.paths.get(v.id))],
      });
    }
  }
  return findings;
}
