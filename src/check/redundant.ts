import type { FactKey, Finding } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { subjectKey } from '../findings.js';

/** A finding that says a version lost a fact (its key has `loss`); several rules may say it of the same name. */
type Loss = Finding & { fact: FactKey & { loss: NonNullable<FactKey['loss']> } };

const LOSS_STRENGTH: Readonly<Record<NonNullable<FactKey['loss']>, number>> = { cut: 3, omitted: 2, reworded: 1, later: 0 };

function strength(f: Loss): number {
  return SEVERITY_RANK[f.severity] * 10 + LOSS_STRENGTH[f.fact.loss];
}

function isLoss(f: Finding): f is Loss {
  return f.fact?.loss !== undefined && f.fact.members === undefined;
}

/**
 * One lost fact, one finding: a name cut from 002 is a deleted mention, and the
 * "NATO is missing from 002" of every list rule that tracks NATO says nothing more.
 * A loss finding is dropped when, for each of its versions, a stronger loss finding
 * (higher severity; a cut before a rule's omission before a dropped fact) names the
 * same subject key in that version (fact keys; never the message or subject text). The kept
 * finding lists the rules that agreed.
 */
export function dropRedundant(findings: readonly Finding[]): Finding[] {
  const ranked = findings.filter(isLoss).sort((a, b) => strength(b) - strength(a));
  const covered = new Map<string, Finding>(); // subject key (or another name of it)|version -> keeper
  const dropped = new Set<Finding>();
  const agreeing = new Map<Finding, Set<string>>();
  for (const f of ranked) {
    const keepers = f.fact.versions.map((v) => covered.get(`${f.fact.subject}|${v}`));
    // Two cuts of one name from two sentences are two findings; only omissions fold.
    if (f.fact.loss !== 'cut' && f.fact.versions.length > 0 && keepers.every((k) => k !== undefined)) {
      dropped.add(f);
      for (const k of keepers) if (k && k.rule !== f.rule) agreeing.set(k, (agreeing.get(k) ?? new Set()).add(f.rule));
      continue;
    }
    for (const v of f.fact.versions) {
      for (const name of namesOf(f)) {
        const key = `${name}|${v}`;
        if (!covered.has(key)) covered.set(key, f);
      }
    }
  }
  // Folded findings ("also lacks A, B") lose what a kept loss or a larger fold of the same
  // version already lists (people-named and participants often fold the same names). A fold of
  // facts dropped with one sentence (dropped-fact) goes first, and covers its members as their losses would.
  const folds = findings
    .filter((f): f is Fold => f.fact?.members !== undefined && f.members !== undefined)
    .sort((a, b) => Number(reworded(b)) - Number(reworded(a)) || b.members.length - a.members.length);
  const folded = new Map<Finding, Finding | null>();
  for (const f of folds) {
    const kept = withoutCovered(f, covered, agreeing);
    folded.set(f, kept);
    if (kept) coverMembers(kept, covered, reworded(f));
  }
  return findings
    .map((f) => (folded.has(f) ? folded.get(f) ?? null : f))
    .filter((f): f is Finding => f !== null && !dropped.has(f))
    .map((f) => {
      const rules = agreeing.get(f);
      return rules ? { ...f, alsoReportedBy: [...rules].sort() } : f;
    });
}

/** Kinds of subject that are names: a person's name is met again as the name without "of <place>", and as the surname. */
const NAME_KINDS: ReadonlySet<string> = new Set(['name', 'people']);

/**
 * The subject keys under which a loss covers a name: the subject itself, and for a name (a cut
 * or dropped name, a people rule's member) of two words or more the name without an "of <place>"
 * tail and its last two words ("prime minister hanne oduya of lisenia": "hanne oduya"), and
 * the surname ("rita morales": "morales"). A person cut as "Hanne Oduya of Lisenia" is the
 * participant "Hanne Oduya" a list rule misses in the same version; a sheriff "Rita Morales"
 * missing from a version is the "Morales" a rewording dropped there.
 */
function namesOf(f: Loss): string[] {
  const subject = f.fact.subject;
  if (!NAME_KINDS.has(f.fact.kind) || f.fact.members !== undefined || subject.includes(',')) return [subject];
  return nameKeys(subject);
}

/** The keys a name's subject key covers (see `namesOf`). */
function nameKeys(subject: string): string[] {
  const of = subject.indexOf(' of ');
  const words = (of > 0 ? subject.slice(0, of) : subject).split(' ').filter((w) => w.length > 0);
  if (words.length < 2) return [subject];
  return [...new Set([subject, words.join(' '), words.slice(-2).join(' '), words[words.length - 1] as string])];
}

/**
 * A folded finding ("also lacks A, B, C") without the members a kept loss finding (a name
 * cut from a sentence) or a larger fold already reports for its version; null when none is left.
 */
function withoutCovered(f: Fold, covered: ReadonlyMap<string, Finding>, agreeing: Map<Finding, Set<string>>): Fold | null {
  const { members } = f;
  const keys = f.fact.members;
  const isCovered = (k: number): boolean => f.fact.versions.every((v) => covered.has(`${keys[k] ?? ''}|${v}`));
  const keep = members.filter((_, k) => !isCovered(k));
  members.forEach((_, k) => {
    if (!isCovered(k)) return;
    for (const v of f.fact.versions) {
      const keeper = covered.get(`${keys[k] ?? ''}|${v}`);
      if (keeper && keeper.rule !== f.rule) agreeing.set(keeper, (agreeing.get(keeper) ?? new Set()).add(f.rule));
    }
  });
  if (keep.length === members.length) return f;
  if (keep.length === 0) return null;
  const list = keep.join(', ');
  return {
    ...f,
    subject: list,
    members: keep,
    message: f.message.replace(members.join(', '), list),
    evidence: f.evidence.filter((e) => e.value === undefined || keep.includes(e.value)),
    fact: { ...f.fact, subject: subjectKey(list), members: keys.filter((_, k) => !isCovered(k)) },
  };
}

/**
 * A kept fold covers each member in its versions; a `reworded` fold as a loss finding of the member
 * would: a member written as a name (capitalised, no digit) under its name keys (`nameKeys`).
 */
function coverMembers(f: Fold, covered: Map<string, Finding>, loss: boolean): void {
  f.fact.members.forEach((key, k) => {
    const names = loss && /^\p{Lu}/u.test(f.members[k] ?? '') && !/\d/u.test(key) ? nameKeys(key) : [key];
    for (const v of f.fact.versions) for (const name of names) if (!covered.has(`${name}|${v}`)) covered.set(`${name}|${v}`, f);
  });
}

/** A fold of the facts a version dropped in rewording (dropped-fact: the facts of one sentence). */
function reworded(f: Fold): boolean {
  return f.fact.loss === 'reworded';
}

/** A folded finding ("also lacks A, B, C"): its members and their subject keys. */
type Fold = Finding & { members: string[]; fact: FactKey & { members: string[] } };
