import type { Absence, ClaimValue, Evidence, Finding } from '../types.js';
import { capSeverity, idsSay, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { isSurnameOnlyKey, surnameKey } from '../read/names.js';
import { evidenceOf } from './evidence.js';
import { majorityOf } from '../majority.js';
import { sentenceIndex, type SentenceIndex } from './similar.js';
import { SetCache } from '../set-cache.js';

/** A sentence that keeps this much of another's content words (Dice) is a near-copy of it. */
const NEAR_COPY = 0.6;
/** Most words a copy with a name cut out may have that the full sentence lacks (a mended "and", a mojibake repair). */
const CUT_EXTRA = 2;
const WORD = /\p{L}+/gu;

/** The words of a sentence, lower case. */
function wordsIn(sentence: string): string[] {
  return sentence.toLowerCase().match(WORD) ?? [];
}

/** Members of a list claim: key → version → first value; uncertain holders apart. */
interface Members {
  held: Map<string, Map<string, ClaimValue>>;
  uncertain: Map<string, Set<string>>;
}

/** Versions lacking a member, by verdict. */
interface Lacking {
  omitted: string[];
  namedElsewhere: string[];
  notYet: string[];
  /** Versions lacking it with no copy of a sentence naming it: their own list, an info omission. */
  ownLists?: string[];
}

function collectMembers(input: RuleCheckInput): Members {
  const held = new Map<string, Map<string, ClaimValue>>();
  const uncertain = new Map<string, Set<string>>();
  for (const v of input.versions) {
    for (const x of input.values.get(v.id) ?? []) {
      if (x.uncertain) {
        uncertain.set(x.key, (uncertain.get(x.key) ?? new Set()).add(v.id));
        continue;
      }
      const perVersion = held.get(x.key) ?? new Map<string, ClaimValue>();
      // a mention of the story's own outranks one in a sentence about another event
      if (!perVersion.has(v.id) || (perVersion.get(v.id)?.role === 'background' && x.role !== 'background')) perVersion.set(v.id, x);
      held.set(x.key, perVersion);
    }
  }
  return { held, uncertain };
}

function lackingOf(input: RuleCheckInput, order: ReadonlyMap<string, number>, key: string, holders: ReadonlyMap<string, ClaimValue>, uncertain: ReadonlySet<string> | undefined): Lacking {
  let firstRank = Infinity;
  for (const id of holders.keys()) firstRank = Math.min(firstRank, order.get(id) ?? 0);
  const out: Lacking = { omitted: [], namedElsewhere: [], notYet: [] };
  for (const v of input.versions) {
    if (holders.has(v.id) || uncertain?.has(v.id)) continue;
    // A version that names the member elsewhere (outside the rule's context, or in a longer name:
    // "Kestrel Air Flight 219") lacks nothing, however early it is.
    if (input.present?.(v.id, key)) out.namedElsewhere.push(v.id);
    else if (v.rank < firstRank) out.notYet.push(v.id);
    else out.omitted.push(v.id);
  }
  return out;
}

/**
 * For a rule of info severity (everyone named, every place): only the versions that may be a
 * rewrite or copy of a version holding the member lack it (align/outlets.ts). Another outlet's own
 * story on the event (Reuters next to AP) never had the names AP chose; saying it lacks them is noise.
 * A rule of higher severity (who took part) is judged on every version, as before.
 */
function onHoldersLines(input: RuleCheckInput, lacking: Lacking, holders: ReadonlyMap<string, ClaimValue>): Lacking {
  const rewriteOf = input.relations?.rewriteOf;
  if (rewriteOf === undefined || input.rule.severity !== 'info') return lacking;
  const related = (v: string): boolean => {
    for (const h of holders.keys()) if (rewriteOf(h, v) || rewriteOf(v, h)) return true;
    return false;
  };
  return { ...lacking, omitted: lacking.omitted.filter(related), notYet: lacking.notYet.filter(related) };
}

function allBackground(holders: ReadonlyMap<string, ClaimValue>): boolean {
  for (const x of holders.values()) if (x.role !== 'background') return false;
  return true;
}

/**
 * Checks a list-valued claim (who attended, who is named, which places appear):
 * a member missing from a version is an omission when an earlier or concurrent
 * version has it, and not yet reported when only later versions do.
 * Only members that a clear majority of the versions hold (`majorityOf`) are reported
 * one by one; the rarer ones a version lacks fold into one info finding for that version
 * ("also lacks A, B, C"), and an early version lacking only later rare members says nothing;
 * a member one version alone names folds only where a near-copy of its sentence lacks it
 * (`rareLacking`).
 */
export function checkMembership(input: RuleCheckInput): Finding[] {
  const { held, uncertain } = collectMembers(input);
  const need = majorityOf(input.versions.length);
  const voters = votersOf(input);
  const needOfLists = majorityOf(voters);
  const findings: Finding[] = [];
  const rare = new Map<string, ClaimValue[]>(); // version -> a value of each rare member it lacks
  const order = rankOf(input);
  const near = input.sentencesOf ? nearCopiesOf(input, input.sentencesOf) : undefined;
  const elsewhere = new Set<Finding>(); // findings that a version names a member outside the rule's context
  const absent = absentMembers(input, held);
  for (const [key, holders] of held) {
    // named only as the place of another event (background): compared between matched sentences only (deleted-mention)
    if (allBackground(holders)) continue;
    const unsure = uncertain.get(key);
    const lacking = notAbsent(onHoldersLines(input, lackingOf(input, order, key, holders, unsure), holders), absent.get(key), standInOnly(input, holders));
    const count = unsure ? new Set([...holders.keys(), ...unsure]).size : holders.size;
    const sample = holders.values().next().value as ClaimValue;
    if (count >= need) {
      const { cut, other } = count === 1 ? splitByCopies(lacking, sample, near) : { cut: lacking, other: [] };
      findings.push(...memberFindings(input, order, holders, count === 1 ? cut : ownListsApart(input, cut, holders, near), elsewhere));
      for (const v of other) rare.set(v, [...(rare.get(v) ?? []), sample]);
      continue;
    }
    let rest = lacking;
    if (voters < input.versions.length && count >= needOfLists) {
      // most of the versions with a list of their own hold it: those lists are judged as for a member
      // most versions hold; the versions without a list are left to the fold, as before
      const [listed, listless] = splitByVote(input, lacking);
      const { cut, other } = count === 1 ? splitByCopies(listed, sample, near) : { cut: listed, other: [] };
      findings.push(...memberFindings(input, order, holders, count === 1 ? cut : ownListsApart(input, cut, holders, near), elsewhere));
      for (const v of other) rare.set(v, [...(rare.get(v) ?? []), sample]);
      rest = listless;
    }
    // a version holding a near-copy of a sentence that names the member has it cut from that list
    // (a rule of info severity folds them as before: one finding per version either way; a member
    // one version alone names folds too: that version may have added it, see `rareLacking`)
    const cut = near && count > 1 && input.rule.severity !== 'info' ? cutFromCopies(rest, holders, near) : [];
    for (const v of droppedByCopies(input, rest, holders)) if (!cut.includes(v)) cut.push(v);
    if (cut.length > 0) findings.push(...memberFindings(input, order, holders, { omitted: cut, namedElsewhere: [], notYet: [] }, elsewhere));
    for (const v of rareLacking(rest, count === 1 ? sample : undefined, near)) if (!cut.includes(v)) rare.set(v, [...(rare.get(v) ?? []), sample]);
  }
  for (const [version, samples] of rare) findings.push(foldedFinding(input, version, samples, need));
  for (const [key, by] of absent) findings.push(...attendanceFindings(input, order, held.get(key) as ReadonlyMap<string, ClaimValue>, by));
  return foldInfos(input, findings, elsewhere);
}

/**
 * The members some version says took no part (`RuleCheckInput.attendance`: "X stayed home", "X
 * was represented by Y"): member key -> version -> its absence. A lone surname ("Voss stayed
 * away") is the member of that surname when only one has it. A version that also lists the member
 * as taking part is left out: what it says is unclear.
 */
function absentMembers(input: RuleCheckInput, held: ReadonlyMap<string, ReadonlyMap<string, ClaimValue>>): Map<string, Map<string, Absence>> {
  const out = new Map<string, Map<string, Absence>>();
  const read = input.attendance;
  if (read === undefined || held.size === 0) return out;
  let bySurname: Map<string, string[]> | undefined;
  for (const v of input.versions) {
    const absences = read(v.id)?.absent ?? [];
    for (const a of absences) {
      let key: string | undefined = a.value.key;
      if (!held.has(key) && isSurnameOnlyKey(key)) {
        bySurname ??= surnamesOf(held);
        const same = bySurname.get(key.replace(/^person:/u, ''));
        key = same?.length === 1 ? same[0] : undefined;
      }
      if (key === undefined || held.get(key)?.has(v.id) !== false) continue;
      const by = out.get(key) ?? new Map<string, Absence>();
      if (!by.has(v.id)) by.set(v.id, a);
      out.set(key, by);
    }
  }
  return out;
}

/** The held members' keys by their surname key. */
function surnamesOf(held: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of held.keys()) {
    const sur = surnameKey(key.replace(/^person:/u, ''));
    out.set(sur, [...(out.get(sur) ?? []), key]);
  }
  return out;
}

/**
 * Versions lacking a member less those that say the member took no part: they lack nothing. A
 * member every version names only as a stand-in (`standInOnly`) is not "not yet reported" by an
 * earlier version: the stand-in is news of someone's absence, told with it.
 */
function notAbsent(lacking: Lacking, absent: ReadonlyMap<string, Absence> | undefined, standIn: boolean): Lacking {
  if (absent === undefined && !standIn) return lacking;
  const keep = (ids: readonly string[]): string[] => (absent === undefined ? [...ids] : ids.filter((v) => !absent.has(v)));
  return {
    omitted: keep(lacking.omitted),
    namedElsewhere: keep(lacking.namedElsewhere),
    notYet: standIn ? [] : keep(lacking.notYet),
    ...(lacking.ownLists ? { ownLists: keep(lacking.ownLists) } : {}),
  };
}

/** Whether every version listing a member lists it as a stand-in ("was represented by Vice President Y"). */
function standInOnly(input: RuleCheckInput, holders: ReadonlyMap<string, ClaimValue>): boolean {
  const read = input.attendance;
  if (read === undefined) return false;
  for (const [v, x] of holders) if (read(v)?.standIns.has(x.span.start) !== true) return false;
  return true;
}

/**
 * A member one version lists as taking part and another says took no part ("stayed home", "was
 * represented by Y"). A contradiction (a warning) when the version listing the member is of the same
 * date as the one saying the member was absent, or later, and states no change of plan; with the
 * order unknown (file names), a contradiction that says so. No finding when the listing is only a
 * plan ("have confirmed they will attend": the later absence changed it) or comes earlier on
 * another date. A change of plan, stated ("flew in on Tuesday after all") or after an absence
 * only planned ("will not attend"), is an info update; so is a listing (or a plan to come) that a
 * later version's absence goes back on ("set to attend", then "did not attend").
 */
function attendanceFindings(input: RuleCheckInput, order: ReadonlyMap<string, number>, holders: ReadonlyMap<string, ClaimValue>, absent: ReadonlyMap<string, Absence>): Finding[] {
  const read = input.attendance;
  if (read === undefined) return [];
  const dates = new Map(input.versions.map((v) => [v.id, v.date]));
  const known = input.order !== 'file-name';
  const contradicting = new Map<string, Set<string>>(); // listing version -> versions saying absent
  const changed = new Map<string, Set<string>>();
  const wentBack = new Map<string, Set<string>>(); // listing version -> later versions saying absent
  for (const [p, x] of holders) {
    const reading = read(p);
    if (reading === undefined) continue;
    const planned = reading.planned.has(x.span.start);
    const change = reading.changedPlan.has(x.key) || reading.changedPlan.has(`person:${surnameKey(String(x.value))}`);
    for (const [a, absence] of absent) {
      const sameDate = dates.get(p) != null && dates.get(p) === dates.get(a);
      const after = (order.get(p) ?? 0) > (order.get(a) ?? 0);
      if (planned || (known && !after && !sameDate)) {
        // listed as coming (or only planned) before a later absence: a plan changed or a listing corrected
        if (known && (order.get(a) ?? 0) > (order.get(p) ?? 0)) wentBack.set(p, (wentBack.get(p) ?? new Set()).add(a));
        continue;
      }
      const verdict = absence.plan || change ? (known && !after ? null : changed) : contradicting;
      if (verdict === null) continue;
      verdict.set(p, (verdict.get(p) ?? new Set()).add(a));
    }
  }
  const subject = String((holders.values().next().value as ClaimValue).value);
  const { rule } = input;
  const out: Finding[] = [];
  const finding = (by: ReadonlyMap<string, ReadonlySet<string>>, contradiction: boolean): void => {
    if (by.size === 0) return;
    const listing = listVersions(by.keys(), order);
    const saying = listVersions([...by.values()].flatMap((ids) => [...ids]), order);
    const evidence = [
      ...listing.map((id) => evidenceOf(holders.get(id) as ClaimValue, input.paths.get(id))),
      ...saying.map((id) => evidenceOf((absent.get(id) as Absence).value, input.paths.get(id))),
    ];
    const lists = `${joinIds(listing)} list${listing.length === 1 ? 's' : ''} ${subject} as taking part`;
    const base = { rule: rule.id, subject, versions: listing, evidence };
    if (contradiction) {
      const unknown = known ? '' : ' (the order of the versions is unknown)';
      out.push({ ...base, type: 'contradiction', severity: capSeverity(rule.severity, 'warning'), message: `${rule.label}: ${lists}; ${idsSay(saying)} ${subject} did not take part${unknown}` });
    } else {
      out.push({ ...base, type: 'update', severity: 'info', message: `${rule.label}: ${lists}, where ${joinIds(saying)} said ${subject} would not or did not take part (a change of plan)` });
    }
  };
  finding(contradicting, true);
  finding(changed, false);
  if (wentBack.size > 0) {
    const listing = listVersions(wentBack.keys(), order);
    const saying = listVersions([...new Set([...wentBack.values()].flatMap((ids) => [...ids]))], order);
    out.push({
      rule: rule.id,
      subject,
      type: 'update',
      severity: 'info',
      versions: saying,
      message: `${rule.label}: ${joinIds(listing)} said ${subject} would take part or took part; ${idsSay(saying)} ${subject} did not (a change of plan, or a correction)`,
      evidence: [
        ...listing.map((id) => evidenceOf(holders.get(id) as ClaimValue, input.paths.get(id))),
        ...saying.map((id) => evidenceOf((absent.get(id) as Absence).value, input.paths.get(id))),
      ],
    });
  }
  return out;
}

/**
 * How many versions vote on which members are the story's: for a rule with cues (who took part),
 * only the versions with a list of their own, one value at least; a version with no sentence on
 * who took part (another outlet's short story, an early flash) says nothing about who did. A rule
 * without cues (everyone named) counts every version. A leader two of three lists name and a
 * rewrite drops is then a member most lists hold, whatever a fourth version without a list says.
 */
function votersOf(input: RuleCheckInput): number {
  let n = 0;
  for (const v of input.versions) if (votes(input, v.id)) n++;
  return Math.max(n, 1);
}

/** Whether a version votes (`votersOf`): for a rule with cues, only with a list of its own. */
function votes(input: RuleCheckInput, version: string): boolean {
  return input.rule.cues.length === 0 || (input.values.get(version)?.length ?? 0) > 0;
}

/** The versions lacking a member split into those with a list of their own (`votes`) and those without. */
function splitByVote(input: RuleCheckInput, lacking: Lacking): [Lacking, Lacking] {
  const part = (keep: boolean): Lacking => {
    const pick = (ids: readonly string[]): string[] => ids.filter((v) => votes(input, v) === keep);
    return { omitted: pick(lacking.omitted), namedElsewhere: pick(lacking.namedElsewhere), notYet: pick(lacking.notYet) };
  };
  return [part(true), part(false)];
}

/**
 * Versions lacking a member that are declared or shown copies or rewrites of a version listing it
 * as taking part (`VersionRelations.copyOf`: "news portal (rewrite of m2)"): the rewrite dropped
 * the member from the list it rewrote, an omission at the rule's severity however few versions
 * name the member (another outlet's own list may leave a leader out). Not for a rule of info
 * severity (everyone named), whose rare members fold as before, nor for a holder's planned list
 * (a preview's "expected to attend").
 */
function droppedByCopies(input: RuleCheckInput, lacking: Lacking, holders: ReadonlyMap<string, ClaimValue>): string[] {
  const copyOf = input.relations?.copyOf;
  if (copyOf === undefined || input.rule.severity === 'info' || lacking.omitted.length === 0) return [];
  const listed = (h: string, x: ClaimValue): boolean => input.attendance?.(h)?.planned.has(x.span.start) !== true;
  return lacking.omitted.filter((v) => [...holders].some(([h, x]) => copyOf(h, v) && listed(h, x)));
}

/**
 * The versions a rare member's fold lists: not those naming it elsewhere. A member only one version names (a city one outlet
 * mentions, the agency one copy credits, one outlet's own attendee) is no loss of the others:
 * a version lacks it only when it has a near-copy of the sentence that named it (a real cut;
 * the deleted-mention and dropped-fact checks report it too). Without the set's sentences
 * (`sentencesOf`) that cannot be told and every lacking version is listed.
 */
function rareLacking(lacking: Lacking, single: ClaimValue | undefined, near: NearCopies | undefined): string[] {
  // a version naming the member elsewhere lacks it from this list only ("like Prince X, paused
  // ..."), which for a member most versions do not list either says too little to report
  if (!single || !near) return [...lacking.omitted];
  const copies = near.versionsWith(single.sentence);
  return lacking.omitted.filter((v) => copies.has(v));
}

/**
 * Versions lacking a member most versions hold, split by what they lack it from: a version with a
 * near-copy of a sentence naming the member had it cut (an omission, a warning); a version without
 * one tells the event in its own words, with its own list (another outlet's story that leaves out
 * an attendee the agency copies name): its omission is only info (`ownLists`).
 */
function ownListsApart(input: RuleCheckInput, lacking: Lacking, holders: ReadonlyMap<string, ClaimValue>, near: NearCopies | undefined): Lacking {
  if (!near || lacking.omitted.length === 0) return lacking;
  const cut = cutFromCopies(lacking, holders, near);
  for (const v of lacking.omitted) if (!cut.includes(v) && rewordsList(input, v, holders, near)) cut.push(v);
  const own = lacking.omitted.filter((v) => !cut.includes(v));
  return { ...lacking, omitted: cut, ownLists: own };
}

/** Fewest other members of a list a reworded copy of it must name to be that list ("A, B, C and D" -> "B, A and D"). */
const REWORDED_SHARED = 2;

/**
 * Whether version `v` holds the list that names a member, reworded: a sentence of its own list
 * that is a near-copy of a holder's sentence naming the member (`NEAR_COPY`) and names at least
 * `REWORDED_SHARED` of that sentence's other members and no one else ("Among the leaders were A, B,
 * C and D" -> "Notable attendees included A, B and D": C was dropped in rewriting). Another
 * outlet's own list is worded apart (no near-copy) or names guests of its own ("Guests included A,
 * B, E and F"), and stays an info (`ownLists`).
 */
function rewordsList(input: RuleCheckInput, v: string, holders: ReadonlyMap<string, ClaimValue>, near: NearCopies): boolean {
  const mine = input.values.get(v) ?? [];
  if (mine.length < REWORDED_SHARED) return false;
  for (const [holder, x] of holders) {
    const listed = new Set<string>();
    for (const y of input.values.get(holder) ?? []) if (y.sentence === x.sentence && y.key !== x.key) listed.add(y.key);
    if (listed.size < REWORDED_SHARED) continue;
    const shared = new Map<string, Set<string>>(); // v's sentence -> members of the holder's sentence it names
    const added = new Set<string>(); // v's sentences naming someone the holder's sentence does not: a list of its own
    for (const y of mine) {
      if (added.has(y.sentence) || !near.similar(y.sentence, x.sentence)) continue;
      if (!listed.has(y.key)) {
        added.add(y.sentence);
        continue;
      }
      const keys = shared.get(y.sentence) ?? new Set<string>();
      shared.set(y.sentence, keys.add(y.key));
    }
    for (const [sentence, keys] of shared) if (keys.size >= REWORDED_SHARED && !added.has(sentence)) return true;
  }
  return false;
}

/**
 * The versions lacking a member that most versions do not hold, which have a near-copy of a
 * sentence naming it in another version: a name cut from a copy of the same list ("A, B and C"
 * -> "A and C" in a damaged copy), reported like the omission of a member most versions hold.
 * Another outlet's own list of the event has no such copy and stays in the fold.
 */
function cutFromCopies(lacking: Lacking, holders: ReadonlyMap<string, ClaimValue>, near: NearCopies): string[] {
  if (lacking.omitted.length === 0) return [];
  const copies = new Set<string>();
  for (const x of holders.values()) for (const v of near.versionsWithCut(x.sentence)) copies.add(v);
  return lacking.omitted.filter((v) => copies.has(v));
}

/**
 * A member one version alone names in a set of two (where that is a majority): the other
 * version lacks it on its own account only when it has a near-copy of the naming sentence (a
 * name cut from a list). Two outlets' own lists of the same event differ by design: the
 * members the other list lacks fold into one info finding (`other`) instead of a warning each.
 */
function splitByCopies(lacking: Lacking, single: ClaimValue, near: NearCopies | undefined): { cut: Lacking; other: string[] } {
  if (!near) return { cut: lacking, other: [] };
  const copies = near.versionsWith(single.sentence);
  const keep = (ids: readonly string[]): string[] => ids.filter((v) => copies.has(v));
  // a version naming the member elsewhere does not lack it: it is no member of the fold of what a version lacks
  const other = lacking.omitted.filter((v) => !copies.has(v));
  return { cut: { omitted: keep(lacking.omitted), namedElsewhere: keep(lacking.namedElsewhere), notYet: lacking.notYet }, other };
}

/**
 * The versions holding a near-copy of a sentence. Each distinct sentence of the set is
 * compared once with it (the set's copies share most sentences), through the set's sentence
 * index, so its word sets are read once for every rule.
 *
 * What it works out depends on the set's sentences only, not on the rule: the membership rules
 * of a set share one (`nearCopiesOf`), and each sentence's words and near-copies are read once
 * per set instead of once per rule.
 */
class NearCopies {
  /** Sentence number -> the versions that have it; built on first use. */
  private holders: Map<number, string[]> | undefined;
  private readonly known = new Map<string, Set<string>>();
  private readonly knownCut = new Map<string, Set<string>>();
  private readonly words = new Map<number, readonly string[]>();

  /**
   * @param versions the versions' ids, in order
   * @param lists each version's sentences (`RuleCheckInput.sentencesOf`)
   */
  constructor(
    private readonly index: SentenceIndex,
    readonly versions: readonly string[],
    readonly lists: ReadonlyArray<readonly string[]>,
  ) {}

  /** Whether two sentences are the same or near-copies (`NEAR_COPY`). */
  similar(a: string, b: string): boolean {
    return a === b || this.index.score(this.index.idOf(a), this.index.idOf(b)) >= NEAR_COPY;
  }

  versionsWith(sentence: string): Set<string> {
    let out = this.known.get(sentence);
    if (out) return out;
    out = new Set<string>();
    const held = this.index.idOf(sentence);
    for (const [id, versions] of this.sentences()) {
      if (id === held || this.index.score(id, held) >= NEAR_COPY) for (const v of versions) out.add(v);
    }
    this.known.set(sentence, out);
    return out;
  }

  /**
   * The versions holding a near-copy of a sentence that adds almost nothing to it (`CUT_EXTRA`
   * words at most): the sentence with a part cut out ("A, B and C" -> "A and C"), not another
   * caption of the same template naming other people ("X attends the funeral ...").
   */
  versionsWithCut(sentence: string): Set<string> {
    let out = this.knownCut.get(sentence);
    if (out) return out;
    out = new Set<string>();
    const held = this.index.idOf(sentence);
    const words = new Set(this.wordsOf(held));
    for (const [id, versions] of this.sentences()) {
      if (id !== held && this.index.score(id, held) < NEAR_COPY) continue;
      let extra = 0;
      for (const w of this.wordsOf(id)) if (!words.has(w)) extra++;
      if (extra <= CUT_EXTRA) for (const v of versions) out.add(v);
    }
    this.knownCut.set(sentence, out);
    return out;
  }

  /** The words of an indexed sentence, read once (every member of every rule asks). */
  private wordsOf(id: number): readonly string[] {
    let words = this.words.get(id);
    if (!words) this.words.set(id, (words = wordsIn(this.index.text(id))));
    return words;
  }

  private sentences(): Map<number, string[]> {
    if (this.holders) return this.holders;
    const holders = new Map<number, string[]>();
    this.versions.forEach((v, k) => {
      for (const s of this.lists[k] ?? []) {
        const id = this.index.idOf(s);
        const list = holders.get(id);
        if (!list) holders.set(id, [v]);
        else if (list[list.length - 1] !== v) list.push(v);
      }
    });
    return (this.holders = holders);
  }
}

/** The set's `NearCopies`, by its sentence index (the last one made: a set's rules come one after another). */
const nearCopiesByIndex = new SetCache<SentenceIndex, NearCopies>();

/** The `NearCopies` of a rule's input: the set's, when it was made for the same versions and sentences. */
function nearCopiesOf(input: RuleCheckInput, sentencesOf: (version: string) => readonly string[]): NearCopies {
  const index = sentenceIndex(input.similarity);
  const known = nearCopiesByIndex.get(index);
  if (known && sameSentences(known, input, sentencesOf)) return known;
  const versions: string[] = [];
  const lists: Array<readonly string[]> = [];
  for (const v of input.versions) {
    versions.push(v.id);
    lists.push(sentencesOf(v.id));
  }
  const near = new NearCopies(index, versions, lists);
  nearCopiesByIndex.set(index, near);
  return near;
}

/** Whether `near` was made for the input's versions and their very sentence lists. */
function sameSentences(near: NearCopies, input: RuleCheckInput, sentencesOf: (version: string) => readonly string[]): boolean {
  if (near.versions.length !== input.versions.length) return false;
  for (let k = 0; k < near.versions.length; k++) {
    const id = (input.versions[k] as RuleCheckInput['versions'][number]).id;
    if (near.versions[k] !== id || near.lists[k] !== sentencesOf(id)) return false;
  }
  return true;
}

/**
 * Minor findings fold: a version's info omissions (or its info "not yet reported") of single
 * members become one finding listing them, so a copy that names few of the story's places
 * gives one line, not one per place. Warnings stay one per member.
 */
function foldInfos(input: RuleCheckInput, findings: readonly Finding[], elsewhere: ReadonlySet<Finding>): Finding[] {
  const kept: Finding[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const foldable = f.severity === 'info' && f.members === undefined && (f.type === 'omission' || f.type === 'not-yet-reported');
    if (!foldable) {
      kept.push(f);
      continue;
    }
    // a version naming the member outside the rule's context does not lack it: it folds apart
    const group = elsewhere.has(f) ? 'elsewhere' : f.type;
    for (const v of f.versions) groups.set(`${group}\u0001${v}`, [...(groups.get(`${group}\u0001${v}`) ?? []), f]);
  }
  const single = new Set<Finding>();
  for (const [key, list] of groups) {
    const only = list[0];
    if (list.length === 1 && only !== undefined && only.versions.length === 1) single.add(only);
    else kept.push(foldGroup(input, key.split('\u0001')[1] ?? '', list, elsewhere.has(list[0] as Finding)));
  }
  // a finding left alone in every version it names is kept as it was
  return [...kept, ...findings.filter((f) => single.has(f))];
}

/** One finding for a version's folded `list`; `namesElsewhere`: the list is of members it names outside the rule's context. */
function foldGroup(input: RuleCheckInput, version: string, list: readonly Finding[], namesElsewhere: boolean): Finding {
  const first = list[0] as Finding;
  const members = [...new Set(list.map((f) => f.subject))];
  const names = members.join(', ');
  const message = namesElsewhere
    ? `${input.rule.label}: ${version} names ${names} but not in this context (listed in other versions)`
    : first.type === 'omission'
      ? `${input.rule.label}: ${version} lacks ${names} (named in other versions)`
      : `${input.rule.label}: not yet in ${version}, first named by later versions: ${names}`;
  return {
    rule: input.rule.id,
    type: first.type,
    severity: 'info',
    subject: names,
    versions: [version],
    message,
    evidence: list.map((f) => f.evidence[0]).filter((e): e is Evidence => e !== undefined).slice(0, 8),
    members,
  };
}

/**
 * A member's findings: the versions that lack it, those that name it outside the rule's context
 * ("v2 names X but not in this context": no loss of the name, added to `elsewhere` so that it never
 * folds with the versions that lack one), and those that report it later.
 */
function memberFindings(
  input: RuleCheckInput,
  order: ReadonlyMap<string, number>,
  holders: ReadonlyMap<string, ClaimValue>,
  lacking: Lacking,
  elsewhere: Set<Finding>,
): Finding[] {
  const { rule } = input;
  const { omitted, namedElsewhere, notYet } = lacking;
  const own = lacking.ownLists ?? [];
  if (omitted.length + namedElsewhere.length + notYet.length + own.length === 0) return []; // most members: held by all
  const subject = String((holders.values().next().value as ClaimValue).value);
  const inOrder = listVersions(holders.keys(), order);
  const evidence = inOrder.map((id) => evidenceOf(holders.get(id) as ClaimValue, input.paths.get(id)));
  const heldBy = joinIds(inOrder);
  const base = { rule: rule.id, subject, expected: subject, evidence };
  const findings: Finding[] = [];
  if (omitted.length > 0) {
    findings.push({
      ...base, type: 'omission', severity: capSeverity(rule.severity, 'warning'), versions: omitted,
      message: `${rule.label}: ${subject} is missing from ${joinIds(omitted)} (present in ${heldBy})`,
    });
  }
  if (own.length > 0) {
    findings.push({
      ...base, type: 'omission', severity: 'info', versions: own,
      message: `${rule.label}: ${subject} is missing from ${joinIds(own)} (present in ${heldBy})`,
    });
  }
  // the places or people named anywhere (a rule without cues) have no context to name one outside
  // of: a version that names the place, even as a modifier ("Brenford City Hall"), or the person
  // by the surname alone ("President Trump" for "Donald Trump"), has it
  if (namedElsewhere.length > 0 && rule.cues.length > 0) {
    const f: Finding = {
      ...base, type: 'omission', severity: 'info', versions: namedElsewhere,
      message: `${rule.label}: ${joinIds(namedElsewhere)} name${namedElsewhere.length === 1 ? 's' : ''} ${subject} but not in this context (listed in ${heldBy})`,
    };
    elsewhere.add(f);
    findings.push(f);
  }
  if (notYet.length > 0) {
    findings.push({
      ...base, type: 'not-yet-reported', severity: 'info', versions: notYet,
      message: `${rule.label}: ${subject} is not yet in ${joinIds(notYet)}, first reported by later versions (${heldBy})`,
    });
  }
  return findings;
}

/** One info finding for the rare members a version lacks; `members` lists them. */
function foldedFinding(input: RuleCheckInput, version: string, samples: readonly ClaimValue[], need: number): Finding {
  const members = samples.map((s) => String(s.value));
  const list = members.join(', ');
  const evidence: Evidence[] = samples.map((s) => evidenceOf(s, input.paths.get(s.version)));
  return {
    rule: input.rule.id,
    type: 'omission',
    severity: 'info',
    subject: list,
    versions: [version],
    message: `${input.rule.label}: ${version} also lacks ${list} (${need > 1 ? `each in fewer than ${need} of ${input.versions.length} versions` : 'each named by one version only, in a sentence of its own'})`,
    evidence,
    members,
  };
}
