import { compareFigures } from '../read/decimal.js';
import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys, sameStatementOf } from './compatible.js';
import { capSeverity, comparedFigure, joinIds, listVersions, rankOf, type RuleCheckInput } from './context.js';
import { counterpartConflicts, counterpartConflictsShared, counterpartMemo, firstPerVersion, keysOf, losesTo } from './counterpart.js';
import { displayValue, evidenceOf, idsSayStated, statedWithIds } from './evidence.js';
import { boundHolds, boundImplies, boundRestates, boundsAgree, hedgeAllows, roundMark, roundsDownTo } from '../kinds/hedges.js';
import { injuredWhoDied, revisedFrom, statesDownwardRevision, statesRevision, statesRise, statesRiseInList, statesTollRising } from './revision.js';

/** The sentences of a version's opening (title, standfirst, lede) read for a toll said to be rising. */
const LEDE_SENTENCES = 4;
import { DAY_BEFORE_WORDS } from '../lang/en/quantities.js';
import { SetCache } from '../set-cache.js';


/**
 * Tolls and counts that move over time. Each version is compared with the best figure
 * reported before it: higher is an update; lower is stale when an earlier version
 * already gave that lower figure, else a contradiction. A changed figure in a sentence
 * whose earlier counterpart says more is caught even when the version repeats the best
 * figure elsewhere. Versions of the same time must agree.
 */
export function overTime(input: RuleCheckInput, certain: Map<string, ClaimValue[]>): Finding[] {
  return new OverTime(input, certain).run();
}

type Version = RuleCheckInput['versions'][number];
/** A figure that disagrees; `cap`: the highest severity it may have (a disagreement the version itself tells). */
type Wrong = { x: ClaimValue; against: ClaimValue[]; note: string; cap?: 'warning' };
type Update = { x: ClaimValue; from: ClaimValue };

/** One pass over a rule's versions in time order, rank by rank (see `overTime`). */
class OverTime {
  private readonly up: boolean;
  private readonly rank: Map<string, number>;
  private readonly memo = counterpartMemo();
  /** The best figure of each version. */
  private readonly headline = new Map<string, ClaimValue>();
  private readonly groups = new Map<number, Version[]>();
  /**
   * Per rank, the headlines of the later versions: a raised figure that no later version
   * repeats while several later ones keep the old one is an outlier (a wrong copy), not an
   * update that made the rest stale.
   */
  private readonly laterBest = new Map<number, { count: number; best: ClaimValue | undefined }>();
  // Kept as the ranks go by, so each version is compared once, not with all before it:
  /** Keys reported before the current rank. */
  private readonly earlierKeys = new Set<string>();
  /** The best figure of earlier versions that are not outliers. */
  private previousBest: ClaimValue | undefined;
  private readonly findings: Finding[] = [];
  private readonly updates: Update[] = [];
  private readonly wrong: Wrong[] = [];
  private readonly outliers = new Set<string>();
  /** Lower counts explained by injured people who died (see `injuredDied`). */
  private readonly diedSince = new Set<ClaimValue>();
  /** Versions already reported as giving an earlier figure of their day (`olderOfDay`). */
  private readonly staleOfDay = new Set<string>();
  /** Versions whose time of day is known (a manifest's `time`): of one rank, published at the same moment. */
  private readonly timed = new Set<string>();
  /** Hedged figures that only round the earlier exact one (`roundsEarlier`): no update, and no base for later versions. */
  private readonly roundings = new Set<ClaimValue>();
  /** The figure the latest correction withdrew (`old`, "lowered ... to 104 from 112") and the correction (`by`), while it is the base. */
  private withdrawn: { old: ClaimValue; by: ClaimValue } | undefined;

  constructor(
    private readonly input: RuleCheckInput,
    private readonly certain: Map<string, ClaimValue[]>,
  ) {
    this.up = input.rule.overTime === 'non-decreasing';
    this.rank = rankOf(input);
    for (const v of input.versions) {
      if (v.time !== null && v.time !== undefined) this.timed.add(v.id);
      const h = this.best(certain.get(v.id) ?? []);
      if (h) this.headline.set(v.id, h);
      const list = this.groups.get(v.rank);
      if (list) list.push(v);
      else this.groups.set(v.rank, [v]);
    }
    let after = { count: 0, best: undefined as ClaimValue | undefined };
    for (const r of this.ranks().reverse()) {
      this.laterBest.set(r, after);
      const hs = (this.groups.get(r) ?? []).map((v) => this.headline.get(v.id)).filter((h): h is ClaimValue => h !== undefined);
      after = { count: after.count + hs.length, best: this.best(after.best === undefined ? hs : [after.best, ...hs]) };
    }
  }

  run(): Finding[] {
    for (const r of this.ranks()) {
      const group = this.groups.get(r) ?? [];
      const previous = this.previousBest;
      if (!previous) this.sameTime(group);
      if (!previous) this.firstAboveLater(group, r);
      const revised = previous ? this.againstEarlier(group, previous, r) : [];
      this.close(group);
      if (previous) this.corrected(group, revised, previous);
    }
    const findings = [...this.findings, ...this.groupUpdates()];
    const at = (f: Finding): number => this.rank.get(f.versions[0] ?? '') ?? 0;
    findings.sort((a, b) => at(a) - at(b)); // in time order (the sort is stable)
    findings.push(...groupWrong(this.input, this.wrong));
    return findings;
  }

  private ranks(): number[] {
    return [...this.groups.keys()].sort((a, b) => a - b);
  }

  private better(a: ClaimValue, b: ClaimValue): boolean {
    const c = compareFigures(comparedFigure(a), comparedFigure(b));
    return this.up ? c > 0 : c < 0;
  }

  private best(values: readonly ClaimValue[]): ClaimValue | undefined {
    return values.reduce<ClaimValue | undefined>((acc, x) => (acc === undefined || this.better(x, acc) ? x : acc), undefined);
  }

  private outlierFrom(x: ClaimValue, r: number): boolean {
    const later = this.laterBest.get(r);
    return later !== undefined && later.count >= 2 && later.best !== undefined && this.better(x, later.best) && !this.withdrawnLater(x, r);
  }

  /**
   * A later version lowers its figure from exactly `x` ("lowered the toll to 21 from 24"): `x` was
   * the standing figure, raised in earnest and withdrawn later, no wrong copy. The later versions
   * below it are then a correction (an update) and, before it, copies behind the rise.
   */
  private withdrawnLater(x: ClaimValue, r: number): boolean {
    const value = Number(comparedFigure(x));
    if (!this.up || !Number.isFinite(value)) return false;
    return this.input.versions.some((w) => {
      const h = w.rank > r ? this.headline.get(w.id) : undefined;
      if (h === undefined || !this.better(x, h)) return false;
      // the title may lower the toll and the lede name the old figure ("to 21 from 24")
      return this.anySentenceOf(h, (sentence, text) => revisedFrom(sentence, text, value));
    });
  }

  /**
   * Versions of the same time, before any earlier figure: the same sentence or the headline
   * must agree. (Each value's conflicts are sorted by version once, not filtered again for
   * every other version of its time.)
   */
  private sameTime(group: readonly Version[]): void {
    const { input, certain } = this;
    const oneKey = new Map(group.map((w) => [w.id, keysOf(certain.get(w.id) ?? []).length === 1]));
    for (const v of group) {
      const mine = certain.get(v.id) ?? [];
      const byVersion = new Map(mine.map((x) => [x, conflictsByVersion(counterpartConflictsShared(input, certain, x, this.memo))]));
      for (const w of group) {
        if (w.id === v.id) continue;
        const theirs = certain.get(w.id) ?? [];
        const oneEach = oneKey.get(v.id) === true && oneKey.get(w.id) === true;
        for (const x of mine) {
          // of the same time, a hedge that allows the other's figure says the same ("over a dozen", "14")
          let conflicts = (byVersion.get(x)?.get(w.id) ?? []).filter((y) => !sameOfDay(x, y));
          // Two versions that each give one figure, in sentences worded differently.
          if (conflicts.length === 0 && oneEach && !sameOfDay(x, theirs[0] as ClaimValue)) {
            conflicts = [theirs[0] as ClaimValue];
          }
          const order = conflicts.length > 0 ? this.dayOrder(x, conflicts[0] as ClaimValue) : null;
          const rise = conflicts.length > 0 && order === null ? this.roseThatDay(x, conflicts[0] as ClaimValue) : null;
          if (rise === 'lower') continue; // the other version tells the rise
          if (rise === 'higher') {
            if (x === this.headline.get(v.id)) this.updates.push({ x, from: conflicts[0] as ClaimValue });
            continue;
          }
          if (order === 'newer') continue;
          if (order === 'older') {
            if (x === this.headline.get(v.id)) this.olderOfDay(x, conflicts[0] as ClaimValue);
            continue;
          }
          if (conflicts.length > 0 && losesTo(x, conflicts[0] as ClaimValue, input, certain, this.rank, this.memo)) {
            this.wrong.push({ x, against: conflicts, note: 'a version of the same time says' });
            this.outliers.add(v.id); // a wrong copy is no base for later updates
          }
        }
      }
    }
  }

  /** The versions of rank `r` against the best earlier figure; returns the tolls lowered on purpose. */
  private againstEarlier(group: readonly Version[], previous: ClaimValue, r: number): ClaimValue[] {
    const raised: ClaimValue[] = [];
    const revised: ClaimValue[] = [];
    for (const v of group) {
      const h = this.headline.get(v.id);
      if (!h) continue;
      if (this.roundsEarlier(h, previous)) {
        this.roundings.add(h);
        this.findings.push(this.roundingNote(h, previous));
      } else if (this.vaguer(h, previous)) {
        this.roundings.add(h);
        if (!this.restates(h, previous)) this.findings.push(this.vaguerNote(h, previous));
      } else if (this.repeatsWithdrawn(h, previous)) {
        this.outliers.add(v.id); // a stale copy is no base for later versions
        this.findings.push(this.withdrawnStale(h));
      } else if (this.better(h, previous)) {
        if (this.outlierFrom(h, r)) {
          this.outliers.add(v.id);
          this.wrong.push({ x: h, against: [previous], note: 'the versions before and after it say' });
        } else {
          raised.push(h);
        }
      } else if (this.better(previous, h)) {
        if (this.restates(h, previous) || sameStatementOf(h, previous)) continue;
        if (alsoGives(this.input, v.id, previous)) {
          if (this.up && this.revisesOwn(h)) revised.push(h);
          else if (this.otherSourceLower(v, h, previous)) this.wrong.push({ x: h, against: [previous], note: `the earlier version of another outlet, whose figure ${v.id} also reports, says`, cap: 'warning' });
          continue;
        }
        if (this.up && (statesDownwardRevision(h.sentence, h.text) || replacesOwn(this.input, v.id, previous))) revised.push(h);
        else if (this.earlierKeys.has(h.key)) this.findings.push(this.change('stale', h, previous));
        else if (this.injuredDied(v, h, previous)) revised.push(h);
        else this.wrong.push({ x: h, against: [previous], note: 'the earlier version says' });
      } else {
        this.saysLess(v, h, r);
      }
    }
    this.raisedTogether(raised, previous);
    this.keptBeside(group, raised, previous);
    return revised;
  }

  /**
   * A version that still gives the earlier figure while a version of the same time raises it
   * (a portal's same-day copy of the first take): stale against that update, with "of the same
   * time" in the message (the order within a day is unknown). Only when exactly the earlier
   * figure is kept and the raised figure is not an outlier.
   */
  private keptBeside(group: readonly Version[], raised: readonly ClaimValue[], previous: ClaimValue): void {
    const newer = this.best(raised.filter((h) => !this.outliers.has(h.version)));
    if (!newer) return;
    for (const v of group) {
      const h = this.headline.get(v.id);
      if (!h || raised.includes(h) || this.better(h, previous) || this.better(previous, h)) continue;
      if (h.key !== previous.key) continue;
      const finding = staleFinding(this.input, h, newer);
      this.findings.push({ ...finding, message: `${this.input.rule.label}: ${h.version} still says ${displayValue(h)}, the figure of the earlier ${previous.version}, but ${newer.version} of the same time says ${displayValue(newer)}`, evidence: [...finding.evidence, evidenceOf(previous, this.input.paths.get(previous.version))] });
    }
  }

  /**
   * An injured count that fell because injured people died ("A student wounded in the
   * shooting died in hospital ... Eight other people were wounded", after nine wounded): the
   * version says at least as many injured died as the count lost, so they moved to the toll.
   * An update and the new base, not a contradiction. Only for a rule whose cues are words of
   * harm the death verbs can follow (the injured rule's, not the toll's).
   */
  private injuredDied(v: Version, h: ClaimValue, previous: ClaimValue): boolean {
    if (!this.up) return false;
    const drop = Number(comparedFigure(previous)) - Number(comparedFigure(h));
    if (!(drop > 0)) return false;
    const died = injuredWhoDied(this.input.sentencesOf?.(v.id) ?? [], this.input.rule.cues);
    if (died < drop) return false;
    this.diedSince.add(h);
    return true;
  }

  /**
   * A lower figure from another outlet's line (`VersionRelations.rewriteOf`: Reuters after AP) that
   * gives the earlier figure too, as another source's ("the ministry said 39 ... county officials
   * earlier put the toll at 42"), and says no revision: two sources disagree, told in the copy
   * itself, a warning rather than the rule's error. The same line repeating its own earlier figure
   * in passing stays silent, as before.
   */
  private otherSourceLower(v: Version, h: ClaimValue, previous: ClaimValue): boolean {
    const rewriteOf = this.input.relations?.rewriteOf;
    if (rewriteOf === undefined || rewriteOf(previous.version, v.id)) return false;
    return !statesRevision(h.sentence, h.text) && !replacesOwn(this.input, v.id, previous);
  }

  /** Whether a sentence of the version giving its headline figure says it was lowered on purpose ("lowered the toll to 39 from 42"). */
  private revisesOwn(h: ClaimValue): boolean {
    return this.anySentenceOf(h, statesDownwardRevision);
  }

  /** Whether a sentence of `x`'s version that gives `x`'s figure (title, lede, body) passes `says`. */
  private anySentenceOf(x: ClaimValue, says: (sentence: string, text: string) => boolean): boolean {
    const kind = this.input.rule.kind;
    return (this.input.values.get(x.version) ?? []).some((y) => compatibleKeys(kind, y.key, x.key) && says(y.sentence, y.text));
  }

  /** Same best figure: a sentence that now says less than its earlier counterpart. */
  private saysLess(v: Version, h: ClaimValue, r: number): void {
    for (const x of this.certain.get(v.id) ?? []) {
      if (x === h || this.earlierKeys.has(x.key)) continue;
      const earlier = counterpartConflicts(this.input, this.certain, x, this.memo).filter((y) => (this.rank.get(y.version) ?? 0) < r && this.better(y, x) && !boundHolds(x, y));
      if (earlier.length > 0) this.wrong.push({ x, against: earlier, note: 'the same sentence in an earlier version says' });
    }
  }

  /**
   * Versions of the same time that raised it to different figures ("71" and "72" on the
   * same day) disagree with each other: the side with less support is a contradiction.
   */
  private raisedTogether(raised: readonly ClaimValue[], previous: ClaimValue): void {
    for (const h of raised) {
      const all = raised.filter((y) => y !== h && !compatibleKeys(this.input.rule.kind, h.key, y.key) && !boundsAgree(h, y));
      // a rise told the same day ("toll rises to 278" beside 268): an update from the day's lower figure
      const below = this.best(all.filter((y) => this.dayOrder(h, y) === null && this.roseThatDay(h, y) === 'higher'));
      if (below) {
        this.updates.push({ x: h, from: below });
        continue;
      }
      const rivals = all.filter((y) => this.dayOrder(h, y) !== null || this.roseThatDay(h, y) === null);
      const newer = this.best(rivals.filter((y) => this.dayOrder(h, y) === 'older'));
      if (newer) {
        this.olderOfDay(h, newer);
        continue;
      }
      const beaten = rivals.filter((y) => this.dayOrder(h, y) !== 'newer' && losesTo(h, y, this.input, this.certain, this.rank, this.memo));
      if (beaten.length > 0) {
        this.wrong.push({ x: h, against: beaten, note: 'a version of the same time says' });
        this.outliers.add(h.version);
      } else {
        this.updates.push({ x: h, from: previous });
      }
    }
  }

  /**
   * Two versions of the same time with different figures of a rising toll, when later versions
   * keep the higher one and not the lower, or the lower one's sentence dates it to the day before
   * ("soared to 525 yesterday"): outlets that reported at different hours (the order within a
   * day is unknown), not a wrong copy. 'older': `x` is the day's earlier figure; 'newer': `x` is
   * the later one; null: no such evidence (support decides, `losesTo`). A wrong copy's figure
   * ("71" for "17") is kept by no later version. Versions whose manifest gives both the same time
   * of day are concurrent (DESIGN: they must agree): what later versions keep tells nothing there.
   */
  private dayOrder(x: ClaimValue, y: ClaimValue): 'older' | 'newer' | null {
    if (!this.up) return null;
    // a manifest that gives both the same time says they are concurrent: what later versions keep tells no order
    const hours = !(this.timed.has(x.version) && this.timed.has(y.version));
    const kept = (a: ClaimValue, b: ClaimValue): boolean => hours && this.keptLater(a) && !this.keptLater(b);
    if (this.better(y, x) && (kept(y, x) || (dayBefore(x) && !dayBefore(y)))) return 'older';
    if (this.better(x, y) && (kept(x, y) || (dayBefore(y) && !dayBefore(x)))) return 'newer';
    return null;
  }

  /**
   * Two versions of one day with no time of day, the higher figure in a sentence that says the
   * toll rose to it ("Italy quake toll rises to 278" beside "… rises to 268"): outlets of different
   * hours of a rising toll, an update, not two sources that disagree. 'higher': `x` is the risen
   * figure; 'lower': `y` is; null: no such evidence (or the manifest times both: concurrent).
   */
  private roseThatDay(x: ClaimValue, y: ClaimValue): 'higher' | 'lower' | null {
    if (!this.up || (this.timed.has(x.version) && this.timed.has(y.version))) return null;
    if (this.better(x, y) && this.toldRising(x)) return 'higher';
    if (this.better(y, x) && this.toldRising(y)) return 'lower';
    // later versions go as high or higher: the day's figures were steps of the rise (255, 280, then 1,000)
    if (this.belowLater(x) && this.belowLater(y)) return this.better(x, y) ? 'higher' : this.better(y, x) ? 'lower' : null;
    return null;
  }

  /**
   * A first figure that no later version gives again, above what two or more later versions agree
   * on and none of them tells as a revision ("Another 27 were injured" in the first take, "20" in
   * every copy after): the first take is the odd one (a warning on it), not each later copy stale.
   */
  private firstAboveLater(group: readonly Version[], r: number): void {
    const later = this.laterBest.get(r);
    if (!this.up || later?.best === undefined || later.count < 2) return;
    const lower = later.best;
    const laterHeads = this.input.versions.filter((w) => w.rank > r).map((w) => this.headline.get(w.id)).filter((h): h is ClaimValue => h !== undefined);
    if (laterHeads.some((h) => statesDownwardRevision(h.sentence, h.text) || statesRevision(h.sentence, h.text))) return;
    // "a student wounded in the shooting died": the injured fell by the dead, no odd first take
    const died = Math.max(0, ...this.input.versions.filter((w) => w.rank > r).map((w) => injuredWhoDied(this.input.sentencesOf?.(w.id) ?? [], this.input.rule.cues)));
    if (!laterHeads.every((h) => sameStatementOf(h, lower) || boundsAgree(h, lower))) return;
    for (const v of group) {
      const h = this.headline.get(v.id);
      if (h === undefined || !this.better(h, lower) || this.keptLater(h) || this.withdrawnLater(h, r)) continue;
      if (Number(comparedFigure(h)) - Number(comparedFigure(lower)) <= died) continue;
      this.outliers.add(v.id);
      this.wrong.push({ x: h, against: laterHeads, note: 'the later versions say', cap: 'warning' });
    }
  }

  /** Whether a version of a later time gives a headline figure at least as high as `x`. */
  private belowLater(x: ClaimValue): boolean {
    const later = this.laterBest.get(this.rank.get(x.version) ?? 0)?.best;
    return later !== undefined && !this.better(x, later);
  }

  /** Whether a sentence of `x`'s version that gives its figure says the toll rose to it (the title "toll rises to 278", the lede "is 278"). */
  private toldRising(x: ClaimValue): boolean {
    return this.anySentenceOf(x, (sentence, text) => statesRise(sentence, text) || statesRiseInList(sentence, text)) || this.ledeTellsRising(x.version);
  }

  /**
   * Whether the version's opening says the count is rising with no figure ("hopes were fading
   * Thursday …, with the death toll rising after more bodies were pulled from the ruins overnight"),
   * its figure given a sentence later ("put the death toll at 39").
   */
  private ledeTellsRising(version: string): boolean {
    const cues = this.input.rule.cues;
    return (this.input.sentencesOf?.(version) ?? []).slice(0, LEDE_SENTENCES).some((s) => statesTollRising(s, cues));
  }

  /** Whether a version of a later time gives a figure that agrees with `x` (or that `x`'s hedge allows: "more than 2,800", "2,862"). */
  private keptLater(x: ClaimValue): boolean {
    const r = this.rank.get(x.version) ?? 0;
    return this.input.versions.some(
      (w) => w.rank > r && (this.certain.get(w.id) ?? []).some((z) => compatibleKeys(this.input.rule.kind, z.key, x.key) || boundsAgree(x, z)),
    );
  }

  /** The day's earlier figure beside the update of the same time that later versions keep: stale, once per version. */
  private olderOfDay(x: ClaimValue, newer: ClaimValue): void {
    if (this.staleOfDay.has(x.version)) return;
    this.staleOfDay.add(x.version);
    const finding = staleFinding(this.input, x, newer);
    const why = this.keptLater(newer) && !this.keptLater(x) ? 'as later versions do' : `and ${x.version} dates its figure to the day before`;
    const message = `${this.input.rule.label}: ${x.version} still says ${displayValue(x)}, but ${newer.version} of the same time says ${displayValue(newer)}, ${why}`;
    this.findings.push({ ...finding, message });
  }

  /** The rank's figures become the earlier ones. */
  private close(group: readonly Version[]): void {
    for (const v of group) {
      for (const y of this.certain.get(v.id) ?? []) {
        this.earlierKeys.add(y.key);
        if (this.roundings.has(y)) continue;
        if (this.outliers.has(v.id) || this.ceiling(y)) continue;
        if (this.previousBest === undefined || this.better(y, this.previousBest)) this.previousBest = y;
      }
    }
  }

  /**
   * A bound on the wrong side to be a base: "up to 1,000" for a figure that only rises says no
   * floor, so a later "at least 279" lowers nothing (nor "more than 50" for one that only falls).
   */
  private ceiling(y: ClaimValue): boolean {
    const q = y.qualifier;
    return this.up ? q === 'at-most' || q === 'fewer-than' : q === 'at-least' || q === 'more-than';
  }

  /**
   * A toll lowered on purpose is an update, and the corrected figure the base from now on;
   * a copy of the same time that still gives the figure the correction replaced disagrees with it.
   */
  private corrected(group: readonly Version[], revised: readonly ClaimValue[], previous: ClaimValue): void {
    const correction = this.best(revised);
    if (!correction) return;
    this.updates.push({ x: correction, from: previous });
    this.previousBest = correction;
    this.withdrawn = { old: previous, by: correction };
    for (const v of group) {
      const h = this.headline.get(v.id);
      if (h && !revised.includes(h) && compatibleKeys(this.input.rule.kind, h.key, previous.key)) {
        this.wrong.push({ x: h, against: [correction], note: 'a version of the same time says' });
      }
    }
  }

  /** Versions of the same time that raised the figure to the same value: one update naming them all. */
  private groupUpdates(): Finding[] {
    const groups = new Map<string, Update[]>();
    for (const u of this.updates) {
      const k = `${this.rank.get(u.x.version) ?? 0}\u0001${u.x.key}`;
      const group = groups.get(k) ?? [];
      // one update per version: a figure raised beside two versions of its day is pushed for each
      if (!group.some((g) => g.x.version === u.x.version)) groups.set(k, [...group, u]);
    }
    const { rule, paths } = this.input;
    return [...groups.values()].map((items) => {
      const first = items[0] as Update;
      const f = this.change('update', first.x, first.from);
      if (items.length === 1) return f;
      const versions = items.map((i) => i.x.version);
      return {
        ...f,
        versions,
        message: `${rule.label} ${this.moved(first.x, first.from)} from ${displayValue(first.from)} (${first.from.version}) to ${displayValue(first.x)} (${joinIds(versions)})`,
        evidence: [...items.map((i) => evidenceOf(i.x, paths.get(i.x.version))), evidenceOf(first.from, paths.get(first.from.version))],
      };
    });
  }

  /**
   * A lower bound close under an earlier exact figure it allows ("More than 1,100 people had
   * been treated" after "1,150 people"): a rounder statement of the same figure, another
   * outlet's wording, not a lower count.
   */
  private restates(x: ClaimValue, earlier: ClaimValue): boolean {
    return this.up && boundRestates(x, earlier);
  }

  /**
   * A later headline that only rounds the earlier exact figure: "nearly 100" or "about 100" after
   * 97, a hedge that allows the earlier figure (`hedgeAllows`) in a sentence that states no rise
   * ("rose to nearly 100" does, `statesRise`). A loose rewrite of the same count, less precise,
   * not an update; "more than 100" after 97 allows no 97 and stays an update.
   */
  private roundsEarlier(h: ClaimValue, previous: ClaimValue): boolean {
    if (h.qualifier !== 'nearly' && h.qualifier !== 'about') return false;
    if (h.high !== undefined || h.uncertain || previous.qualifier !== null || previous.high !== undefined) return false;
    if (h.kind !== 'quantity' || previous.kind !== 'quantity' || h.key === previous.key) return false;
    if (!hedgeAllows(h.qualifier, Number(h.value), Number(previous.value))) return false;
    return !statesRise(h.sentence, h.text);
  }

  /**
   * A later bound that the earlier exact figure satisfies ("more than 100" after 112, "more than
   * 100" after 250, "fewer than 50" after 46), or a round one that an earlier bound of a count
   * makes true ("more than 2,500" after "at least 2,527"): a vaguer statement of the same count, another
   * outlet's or a rewrite's wording, not a lower (or higher) count: no contradiction, no stale
   * copy, no update, and no base for later versions. A fact-checker may still want to know that
   * the figure lost precision (`vaguerNote`, info), except for a lower bound close under it
   * (`restates`: "more than 1,100" for 1,150), which says nothing less. Not a bound an earlier
   * version already gave ("at least 410", then 520, then "at least 410" again): that copy repeats
   * the old figure, a stale copy as before. Nor a sentence that says the figure rose to the bound
   * ("rose to more than 100").
   */
  private vaguer(h: ClaimValue, previous: ClaimValue): boolean {
    // a round bound the earlier count makes true ("more than 2,500" after "at least 2,527"); not
    // one count's bound lowered ("at least ten" after "at least twelve")
    const rounder = rounderBound(h, previous);
    if (h.uncertain || !(boundHolds(h, previous) || rounder) || this.earlierKeys.has(h.key)) return false;
    return !statesRise(h.sentence, h.text);
  }

  /**
   * A later version whose headline gives again the figure a correction withdrew (112, after "lowered
   * the toll to 104 from 112, saying eight victims had been counted twice"), while the correction is
   * still the latest base: a stale copy (a portal that republished the first take after the
   * correction), not a rise back. Only when the version does not say the figure rose or was set anew
   * to it, or when every sentence of it that gives the figure is word for word in one version before
   * the correction (the copy keeps the old "rose to 112"; a formulaic headline "toll rises to 112"
   * alone is no copy). A genuine rise after a correction ("rose to 109", or to 112 in a
   * sentence of its own that says so) stays an update.
   */
  private repeatsWithdrawn(h: ClaimValue, previous: ClaimValue): boolean {
    const w = this.withdrawn;
    if (w === undefined || previous !== w.by || !this.up || !compatibleKeys(this.input.rule.kind, h.key, w.old.key)) return false;
    if (!statesRise(h.sentence, h.text) && !statesRevision(h.sentence, h.text)) return true;
    // a copy: every sentence of the version that gives the figure is word for word in one version before the correction
    const kind = this.input.rule.kind;
    const mine = (this.input.values.get(h.version) ?? []).filter((y) => y.role !== 'background' && compatibleKeys(kind, y.key, h.key));
    const before = this.rank.get(w.by.version) ?? 0;
    return this.input.versions.some((u) => {
      if (u.rank >= before) return false;
      const theirs = new Set((this.input.values.get(u.id) ?? []).filter((y) => compatibleKeys(kind, y.key, h.key)).map((y) => y.sentence));
      return mine.every((y) => theirs.has(y.sentence));
    });
  }

  /** The finding of `repeatsWithdrawn`: stale, with the correction as evidence. */
  private withdrawnStale(h: ClaimValue): Finding {
    const { old, by } = this.withdrawn as { old: ClaimValue; by: ClaimValue };
    const finding = staleFinding(this.input, h, by);
    return {
      ...finding,
      message: `${this.input.rule.label}: ${h.version} still says ${displayValue(h)}, but the earlier ${by.version} already corrected ${old.version}'s ${displayValue(old)} to ${displayValue(by)}`,
      evidence: [...finding.evidence, evidenceOf(old, this.input.paths.get(old.version))],
    };
  }

  /** The note of `vaguer`: info, a change of wording. */
  private vaguerNote(h: ClaimValue, previous: ClaimValue): Finding {
    return this.wordingNote(h, previous, `says ${displayValue(h)}, which the earlier ${displayValue(previous)} (${previous.version}) satisfies`);
  }

  /** The note of `roundsEarlier`: info, a change of wording. */
  private roundingNote(h: ClaimValue, previous: ClaimValue): Finding {
    return this.wordingNote(h, previous, `rounds ${displayValue(previous)} (${previous.version}) to ${displayValue(h)}`);
  }

  /** An info qualifier-change: `h` tells `previous`'s figure less precisely (`what`, after the version id). */
  private wordingNote(h: ClaimValue, previous: ClaimValue, what: string): Finding {
    const { rule, paths } = this.input;
    return {
      rule: rule.id,
      type: 'qualifier-change',
      severity: 'info',
      subject: rule.label,
      versions: [h.version],
      message: `${rule.label}: ${h.version} ${what} (compatible, less precise)`,
      actual: displayValue(h),
      expected: displayValue(previous),
      evidence: [evidenceOf(h, paths.get(h.version)), evidenceOf(previous, paths.get(previous.version))],
    };
  }

  /** How a figure moved: with the rule's direction, or (a toll lowered on purpose) revised down. */
  private moved(x: ClaimValue, from: ClaimValue): string {
    if (!this.up) return 'fell';
    if (this.diedSince.has(x)) return 'fell';
    return compareFigures(comparedFigure(x), comparedFigure(from)) > 0 ? 'rose' : 'was revised down';
  }

  private change(type: 'update' | 'stale', x: ClaimValue, from: ClaimValue): Finding {
    if (type === 'stale') return staleFinding(this.input, x, from);
    const { rule, paths } = this.input;
    return {
      rule: rule.id,
      type,
      severity: 'info',
      subject: rule.label,
      versions: [x.version],
      message: `${rule.label} ${this.moved(x, from)} from ${displayValue(from)} (${from.version}) to ${displayValue(x)} (${x.version})${this.diedSince.has(x) ? `: ${x.version} says injured people died` : ''}`,
      actual: displayValue(x),
      expected: displayValue(from),
      evidence: [evidenceOf(x, paths.get(x.version)), evidenceOf(from, paths.get(from.version))],
    };
  }
}

/** A figure whose sentence dates it to the day before its version ("soared to 525 yesterday"). */
function dayBefore(x: ClaimValue): boolean {
  for (const w of x.sentence.toLowerCase().split(/[^\p{L}]+/u)) if (DAY_BEFORE_WORDS.has(w)) return true;
  return false;
}

/**
 * Whether a version also gives `x` as a figure of its own (not a part, not background):
 * "more than 50 others still missing ... 56 went missing" keeps the newer 56, so it is no
 * stale or contradicting copy, only a rounder headline.
 */
export function alsoGives(input: RuleCheckInput, version: string, x: ClaimValue): boolean {
  const values = input.values.get(version) ?? [];
  const head = values.find((y) => y.role === 'headline');
  for (const y of values) {
    if (y.uncertain || y.role === 'part' || y.role === 'background') continue;
    if (head !== undefined && replacedBy(input, y, head)) continue;
    if (y.qualifier !== 'several' && compatibleKeys(input.rule.kind, y.key, x.key)) return true;
  }
  return false;
}

/**
 * Whether the version's headline `head` replaced its figure `y`: a lede that still says "killed 14
 * people" and a later paragraph "Police later revised the toll to 12, saying two bodies had been
 * counted twice" (extract/claims.ts makes the revised figure the headline, unless a toll stated
 * after it moved on), or "lowered the toll to 12 from 14". The version no longer gives 14; it
 * tells that 14 was wrong. Any other figure, when the headline's sentence says it was set anew
 * (`statesRevision`).
 */
function replacedBy(input: RuleCheckInput, y: ClaimValue, head: ClaimValue): boolean {
  if (y === head || compatibleKeys(input.rule.kind, y.key, head.key)) return false;
  return statesRevision(head.sentence, head.text);
}

/**
 * Whether the version states `x` and then sets its headline anew ("killed 14 people" ... "Police
 * later updated the toll to 12"): the version itself corrects the earlier figure, whatever the
 * verb, so a lower headline is a revision, not a contradiction.
 */
function replacesOwn(input: RuleCheckInput, version: string, x: ClaimValue): boolean {
  const values = input.values.get(version) ?? [];
  const head = values.find((y) => y.role === 'headline');
  return head !== undefined && values.some((y) => !y.uncertain && compatibleKeys(input.rule.kind, y.key, x.key) && replacedBy(input, y, head));
}

/** A later copy that still gives a figure an earlier version had already replaced with `newer`. */
export function staleFinding(input: RuleCheckInput, x: ClaimValue, newer: ClaimValue): Finding {
  const { rule, paths } = input;
  return {
    rule: rule.id,
    type: 'stale',
    severity: capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions: [x.version],
    message: `${rule.label}: ${x.version} still says ${displayValue(x)}, but the earlier ${newer.version} already said ${displayValue(newer)}`,
    actual: displayValue(x),
    expected: displayValue(newer),
    evidence: [evidenceOf(x, paths.get(x.version)), evidenceOf(newer, paths.get(newer.version))],
  };
}

/** Conflicts by version, worked out once per shared conflict list. */
const sortedConflicts = new SetCache<readonly ClaimValue[], Map<string, ClaimValue[]>>();

function conflictsByVersion(conflicts: readonly ClaimValue[]): Map<string, ClaimValue[]> {
  const known = sortedConflicts.get(conflicts);
  if (known) return known;
  const out = new Map<string, ClaimValue[]>();
  sortedConflicts.set(conflicts, out);
  for (const y of conflicts) {
    const list = out.get(y.version);
    if (list) list.push(y);
    else out.set(y.version, [y]);
  }
  return out;
}

/** One contradiction per wrong figure, naming every version that gives it. */
function groupWrong(input: RuleCheckInput, wrong: readonly Wrong[]): Finding[] {
  const { rule } = input;
  const order = rankOf(input);
  const byKey = new Map<string, Wrong[]>();
  for (const w of wrong) {
    const list = byKey.get(w.x.key);
    if (list) list.push(w);
    else byKey.set(w.x.key, [w]);
  }
  return [...byKey.values()].map((items) => {
    const first = items[0] as Wrong;
    const values = firstPerVersion(items.map((i) => i.x));
    const against = firstPerVersion(items.flatMap((i) => i.against));
    const versions = listVersions(values.map((x) => x.version), order);
    const actual = displayValue(first.x);
    const expected = displayValue(first.against[0] as ClaimValue);
    return {
      rule: rule.id,
      type: 'contradiction' as const,
      severity: items.every((i) => i.cap !== undefined) ? capSeverity(rule.severity, 'warning') : rule.severity,
      subject: rule.label,
      versions,
      message: `${rule.label}: ${idsSayStated(values, order)}; ${first.note} ${statedWithIds(against, order)}`,
      actual,
      expected,
      evidence: [...values, ...against].map((x) => evidenceOf(x, input.paths.get(x.version))),
    };
  });
}

/**
 * Whether `bound` is a round bound that the bound of a count `count` makes true ("more than
 * 2,500" by "at least 2,527", "more than 200" by "at least 210"): a vaguer wording of that count.
 * Only the count rounded down to the bound's unit: "at least 30" beside "at least 41" is another
 * count (41 rounds down to 40). Not one count's bound lowered ("at least ten" by "at least twelve").
 */
function rounderBound(bound: ClaimValue, count: ClaimValue): boolean {
  if (!boundImplies(count, bound) || !roundMark(bound) || roundMark(count)) return false;
  // a mark in words ("more than a dozen") is as loose as `boundRestates` allows it
  return /\d/.test(bound.text) ? roundsDownTo(Number(count.value), Number(bound.value)) : Number(count.value) <= Number(bound.value) * 1.5;
}

/**
 * Whether two figures of versions of the same time say the same: a hedge that allows the other's
 * figure ("over a dozen", "14"), equal or compatible keys, or a round bound the other's bound
 * makes true ("more than 200", "at least 210").
 */
function sameOfDay(x: ClaimValue, y: ClaimValue): boolean {
  return boundsAgree(x, y) || sameStatementOf(x, y) || rounderBound(x, y) || rounderBound(y, x);
}
