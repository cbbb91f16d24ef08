/**
 * Types shared across pipeline stages. Every stage boundary is described here:
 *
 *   load -> normalize -> analyze -> read -> extract -> align -> check (claims, then set checks)
 *        -> declared passes over findings (src/check/passes.ts) -> report
 *
 * Offsets called `start`/`end` are UTF-16 code-unit offsets into the *normalized*
 * text of a version unless stated otherwise. Lines and columns are 1-based and
 * always refer to the *original* file (as decoded), columns in UTF-16 code units.
 */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A 1-based place in the original file. */
export interface Place {
  line: number;
  column: number;
}

/** Half-open range [start, end) in normalized-text offsets. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- load

/** Per-version metadata from the optional `factlint.set.yaml` manifest. */
export interface ManifestEntry {
  /** ISO date `YYYY-MM-DD`. */
  date?: string;
  /** `HH:MM` (24h), optional. */
  time?: string;
  source?: string;
  role?: string;
  /** Language code set in the manifest (overrides detection). */
  language?: string;
}

export interface Manifest {
  path: string;
  /** Version ids in the order the manifest lists them. */
  order: string[];
  versions: Record<string, ManifestEntry>;
}

/** A file that could not be read or decoded: reported as an `input` finding, never skipped. */
export interface InputProblem {
  path: string;
  message: string;
  /** Version id if the file was meant to be a version. */
  version?: string;
}

export interface RawVersion {
  id: string;
  path: string;
  bytes: Uint8Array;
  /**
   * The file's `factlint-disable` lines (load/directives.ts), null when it has none; absent for
   * versions not read from a file (stdin, git revisions), whose post-passes read the file at
   * their path, if there is one.
   */
  directives?: string | null;
}

export interface LoadedSet {
  /** The directory (or, for loose files, the common parent) as given by the user. */
  path: string;
  versions: RawVersion[];
  /** The set's `factlint.set.yaml`, unparsed (parsed by rules/manifest.ts). */
  manifestFile: { path: string; text: string } | null;
  problems: InputProblem[];
  /** Files of the set folder that look like versions but are not read (dotfiles, README.*, excluded). */
  skipped?: SkippedFile[];
}

/** A file of a set folder that is not a version although it could be one by its type. */
export interface SkippedFile {
  path: string;
  /** "dotfile", "README", "JSON or YAML file", "matches an exclude glob". */
  reason: string;
}

// ---------------------------------------------------------------- normalize

export type NoticeType =
  | 'encoding'
  | 'mojibake'
  | 'boilerplate'
  | 'date-line'
  | 'injected-text'
  | 'injected-link'
  | 'truncation'
  | 'missing-opening'
  | 'control-characters'
  | 'long-words';

/** Something normalize repaired or noticed about one version. */
export interface Notice {
  type: NoticeType;
  count: number;
  message: string;
  /** Where in the original file (first few occurrences). */
  places: Place[];
  /** For mojibake: how many repairs were lossy (recovered by context, marked uncertain). */
  lossy?: number;
  /** For boilerplate: how many of the lines removed repeat another line (a flood of "Credit: AP"). */
  repeated?: number;
}

/** Maps normalized-text offsets back to original-text offsets. */
export interface OffsetMap {
  /** Offset in the original text for a normalized offset. */
  toOriginal(offset: number): number;
  /** 1-based line/column in the original file for a normalized offset. */
  place(offset: number): Place;
}

export interface NormalizedVersion {
  id: string;
  path: string;
  /** The file as decoded (what line/column refer to). */
  original: string;
  /** Clean text given to analysis: repaired, boilerplate removed, line breaks as paragraph breaks. */
  text: string;
  map: OffsetMap;
  /** ISO date from a leading ` date YYYY-MM-DD` line, if present. */
  dateLine: string | null;
  notices: Notice[];
  /** Spans of `text` whose content was guessed during repair. */
  uncertain: Span[];
  /** Name of the encoding the bytes were decoded with. */
  encoding: string;
}

// ---------------------------------------------------------------- analyze

export interface Token {
  /** Index in Doc.tokens. */
  i: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, NUM, ...). */
  pos: string;
  /** wink's lemma (lower case). */
  lemma: string;
  /** wink token type: word, number, punctuation, ... */
  type: string;
  sentence: number;
  /** Index into Doc.entities when the token is part of a wink entity. */
  entity: number | null;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /**
   * Set by analyze when the sentence is read from a paragraph reading shared by the versions
   * of a set: sentences with the same `copy` have the same words (text, tags, lemmas, types,
   * entity types, offsets from the sentence start), so read/share.ts need not compare them.
   */
  copy?: object | null;
}

export interface Entity {
  /** wink entity type: DATE, CARDINAL, DURATION, TIME, ORDINAL, MONEY, PERCENT, ... */
  type: string;
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** One sentence of one version (an index into its Doc's sentences). */
export interface SentenceRef {
  version: string;
  sentence: number;
}

/** wink-nlp's reading of one normalized version, as plain data. */
export interface Doc {
  version: NormalizedVersion;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  /**
   * Set by analyze: the identities of the paragraph readings the doc was built from, in order.
   * analyze builds a doc from its text and these readings alone, so two docs of the same text
   * and the same readings are the same analysis (read/share.ts textTwin).
   */
  readings?: readonly object[];
}

// ---------------------------------------------------------------- rules

/** A rule kind; each has one module in src/kinds/ registered in src/kinds/index.ts. */
export type RuleKind = 'quantity' | 'date' | 'people' | 'mention' | 'money' | 'age' | 'magnitude';

export type OverTime = 'non-decreasing' | 'non-increasing' | 'changing' | 'fixed';

/** What every rule has, whatever its kind. */
interface RuleBase {
  id: string;
  label: string;
  severity: Severity;
  /** Words/phrases that tie a value to this claim (lower case). Empty: every value of the kind. */
  cues: string[];
  /** Max tokens between a value and a cue in the same clause. */
  window: number;
  /** How the value may change across versions (quantity and date rules; null for the others). */
  overTime: OverTime | null;
  /** Expected value pinned by a story rule (number, ISO date or name). */
  expect: Array<number | string>;
  /** Ids of rules this one replaces when both are loaded (a story rule over a generic one). */
  replaces: string[];
  /** File the rule came from, with the place of its `id`. */
  source: { file: string; line: number; column: number };
}

export interface QuantityRule extends RuleBase {
  kind: 'quantity';
  /** Nouns that may follow the number ("people", "countries"). */
  units: string[];
  /**
   * `headline` compares one figure per version (the headline, with cues); `sentence` is a
   * catch-all compared only between matching sentences.
   */
  compare: 'headline' | 'sentence';
}

export interface DateRule extends RuleBase {
  kind: 'date';
}

export interface PeopleRule extends RuleBase {
  kind: 'people';
}

export interface MentionRule extends RuleBase {
  kind: 'mention';
  /** Names that must keep appearing. */
  names: string[];
}

export interface MoneyRule extends RuleBase {
  kind: 'money';
}

export interface AgeRule extends RuleBase {
  kind: 'age';
}

/** An earthquake's magnitude, one fact per agency (src/kinds/magnitude.ts). */
export interface MagnitudeRule extends RuleBase {
  kind: 'magnitude';
}

/** A rule, discriminated by its kind: each kind's own fields exist only on its rules. */
export type Rule = QuantityRule | DateRule | PeopleRule | MentionRule | MoneyRule | AgeRule | MagnitudeRule;

/** The rule of one kind. */
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

export interface RuleSet {
  file: string;
  /** Set directories (base names or paths) this story file applies to. Empty: generic. */
  appliesTo: string[];
  rules: Rule[];
}

/** A rule-file problem: `file:line:col message`. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

// ---------------------------------------------------------------- extract

export type Qualifier =
  | 'about' // around, approximately, some, roughly, about, an estimated
  | 'at-least' // at least, no fewer than
  | 'more-than' // more than, over, upwards of
  | 'at-most' // at most, up to, no more than
  | 'fewer-than' // fewer than, less than, under
  | 'nearly' // nearly, almost, close to
  | 'several' // dozens, hundreds (vague magnitude)
  | 'range'; // between 12 and 15, 12-15

export interface DateValue {
  /** ISO `YYYY-MM-DD` of the first day (a weekday's name for granularity `weekday`). */
  start: string;
  /** ISO of the last day (== start for a single day). */
  end: string;
  /**
   * How precise: a day, a part of a day, a week, a month, a year; `weekday`: a bare weekday no
   * reference date resolves (start and end are then its lower-case name, not ISO dates).
   */
  granularity: 'day' | 'part-of-day' | 'week' | 'month' | 'year' | 'weekday';
  /** True when resolved from relative text against the version's date. */
  relative: boolean;
}

export interface Person {
  /** Canonical display name, e.g. "Keith Kellogg". */
  name: string;
  /** Title as written, e.g. "retired Lt. Gen.", "British Foreign Secretary". */
  title: string | null;
  /** Lower-case comparison key: given-name root + surname ("matthew lee"). */
  key: string;
  /** A lone surname seen once as a speaker: kept only when the set names such a person in full. */
  tentative?: boolean;
}

/** One value of one claim in one version, with its evidence. */
/**
 * What a quantity value is to the story: the event's figure (`headline`, at most one per
 * version per claim), a share of it (`part`, with its `place` when given), a figure about
 * another event (`background`), or any other mention (`other`).
 */
export type ValueRole = 'headline' | 'part' | 'background' | 'other';

export interface ClaimValue {
  rule: string;
  version: string;
  kind: RuleKind;
  /** Canonical comparison key: "3", "2025-04-17", "person:keith kellogg", "mention:nato". */
  key: string;
  /** JSON value: a number, an ISO date, a name. */
  value: number | string;
  /** Upper bound for ranges. */
  high?: number;
  /** Quantity and money: the figure in full (normalised decimal text) when `value` does not show it digit for digit. */
  exact?: string;
  /** The same for `high`. */
  highExact?: string;
  qualifier: Qualifier | null;
  /** Quantity unit as found ("people", "countries"). */
  unit?: string;
  /** Money: ISO 4217 currency code ("USD"). */
  currency?: string;
  date?: DateValue;
  person?: Person;
  /** Matched text, as in the normalized text. */
  text: string;
  /** The whole sentence (evidence). */
  sentence: string;
  span: Span;
  line: number;
  column: number;
  /** The value lies inside a span guessed during repair: never a contradiction. */
  uncertain: boolean;
  /** Quantity claims: the value's role in the story (see ValueRole). */
  role?: ValueRole;
  /** For a `part`: the place it is given for ("Alder County"). */
  place?: string;
  /** Quantity unit as written ("lives"), for display. */
  unitText?: string;
  /** Internal, dropped before reporting: words between the value and its rule's cue. */
  cueDistance?: number;
  /**
   * Date claims: the event the date is tied to ("incident", "memorial", "funeral", "burial",
   * "vigil", "lying in state": read/date-events.ts), or null.
   */
  event?: string | null;
}

/**
 * A person a version says took no part in the event ("X stayed home", "X did not attend", "X was
 * represented by Y", "X sent Y in her place"): read by extract/people.ts `attendanceOf`, compared
 * with the versions that list the person as taking part (check/membership.ts).
 */
export interface Absence {
  /** The person's value, as a people rule gives it (key, name, sentence, place in the file). */
  value: ClaimValue;
  /** Said as a plan ("X will not attend"), not as a fact. */
  plan: boolean;
}

/** What a version says about attendance besides its list of who took part (extract/people.ts `attendanceOf`). */
export interface AttendanceReading {
  /** The people it says took no part. */
  absent: readonly Absence[];
  /** Start offsets of the people whose attendance it gives only as a plan ("have confirmed they will attend"). */
  planned: ReadonlySet<number>;
  /** Keys (full and surname) of the people of whom it states a change of plan ("flew in on Tuesday after all"). */
  changedPlan: ReadonlySet<string>;
  /** Start offsets of the stand-ins it names ("was represented by Vice President Y", "sent Y in his place"). */
  standIns: ReadonlySet<number>;
}

export interface ExtractContext {
  /** Reference date for relative dates (version date, else set date), ISO or null. */
  referenceDate: string | null;
}

/** One extractor per rule kind (a plug-in). */
export interface Extractor<K extends RuleKind = RuleKind> {
  kind: K;
  extract(doc: Doc, rule: RuleOf<K>, ctx: ExtractContext): ClaimValue[];
}

// ---------------------------------------------------------------- check

export type FindingType =
  | 'contradiction'
  | 'omission'
  | 'qualifier-change'
  | 'update'
  | 'stale'
  | 'not-yet-reported'
  | 'deleted-mention'
  | 'integrity'
  | 'unreadable'
  | 'config'
  | 'input';

export interface Evidence {
  version: string;
  path?: string;
  line: number;
  column: number;
  /** The sentence quoted. */
  text: string;
  /** The value as found there, for display. */
  value?: string;
}

export interface Finding {
  rule: string;
  type: FindingType;
  severity: Severity;
  /** What the finding is about: "Death toll", "Keith Kellogg". */
  subject: string;
  /** Versions where the problem is. */
  versions: string[];
  message: string;
  evidence: Evidence[];
  /** "found 4" / "other versions say 3" (vfile style). */
  actual?: string;
  expected?: string;
  /** Other rules that found the same loss (their findings were folded into this one). */
  alsoReportedBy?: string[];
  /** Evidence items left out of `evidence` (the report quotes a bounded number). */
  evidenceOmitted?: number;
  /** On a folded finding: how many findings of this rule and type it stands for. */
  findingsOmitted?: number;
  /**
   * A folded finding ("also lacks A, B, C"): the members it lists, each named in too few
   * versions to be reported on its own. Its subject is the list.
   */
  members?: string[];
  /** Internal, dropped before reporting: what the finding is about, as data (see FactKey). */
  fact?: FactKey;
}

/**
 * What a finding is about, as data. The passes after the checks (cover, fold, dedupe) match
 * findings by their keys, never by message or subject text. Internal: not in the report.
 */
export interface FactKey {
  /** The rule or built-in check that found it. */
  rule: string;
  /** A claim rule of the rule files, or a built-in check. */
  origin: 'rule' | 'check';
  /** A rule kind, or the kind of item a built-in check found (name, number, date, qualifier, negation). */
  kind: string;
  /** Comparison key of the subject: lower case, no possessive ("vladimir putin"). */
  subject: string;
  /** Versions where the problem is. */
  versions: string[];
  /** Lines of the sentences it is read from: every value a claim finding quotes; the wrong sentences of a changed fact. */
  places: Array<{ version: string; line: number }>;
  /** Lower-case forms under which a cut item may be met again: as written, and a name's folded surname. */
  names?: string[];
  /** A finding that a version lost the fact: cut from a sentence, omitted (claim rule), or dropped in rewording; or that it has it not yet (`later`, a not-yet-reported finding). */
  loss?: 'cut' | 'omitted' | 'reworded' | 'later';
  /** A folded finding: the subject keys of its members. */
  members?: string[];
}

/** How the set's versions were put in time order. */
export type OrderSource = 'manifest' | 'date-line' | 'file-name';

export interface VersionInfo {
  id: string;
  path: string;
  /** ISO date used for ordering and relative dates, or null. */
  date: string | null;
  time: string | null;
  role: string | null;
  encoding: string;
  /** Language of the text (ISO 639-1), from the manifest or detected. */
  language: string;
  notices: Notice[];
  /** Position in time order (0 = earliest); equal ranks are concurrent. */
  rank: number;
  /** Bylines and credit lines of the version: shown per version, never compared. */
  credits?: CreditInfo[];
}

/** Who wrote (byline), contributed to (contributor) or photographed (photo) a version. */
export type CreditRole = 'byline' | 'contributor' | 'photo';

/** A name read from a byline or credit line; not a person of the story. */
export interface CreditInfo {
  role: CreditRole;
  name: string;
  /** Person key ("person:matthew lee"), comparable with people values. */
  key: string;
  line: number;
  column: number;
}

export interface ClaimReport {
  rule: string;
  label: string;
  kind: RuleKind;
  values: Record<string, ClaimValue[]>;
  /** Per version, values left out of `values` (the report holds a bounded number per version). */
  omitted?: Record<string, number>;
}

export interface SetReport {
  path: string;
  order: OrderSource;
  orderNote: string;
  versions: VersionInfo[];
  rules: string[];
  claims: ClaimReport[];
  findings: Finding[];
  /** Files of the set folder that were not read as versions (dotfiles, README.*, excluded); only when there are any. */
  skipped?: SkippedFile[];
  /** How many more were skipped than `skipped` lists. */
  skippedOmitted?: number;
}

export interface Report {
  tool: { name: 'factlint'; version: string };
  sets: SetReport[];
  /** Problems that belong to no set (missing paths, rule files). */
  findings: Finding[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    /** Findings matched by the baseline (`--baseline`) and left out. */
    baselined?: number;
    /** Findings left out by an inline `factlint-disable` line in a version file. */
    disabled?: number;
    /** Findings below `--min-severity` (or `--quiet`) left out. */
    hidden?: number;
  };
}

/** A reporter (a plug-in): a pure function from the report to text. */
export interface Reporter {
  name: string;
  format(report: Report, options: ReporterOptions): string;
}

export interface ReporterOptions {
  color: boolean;
  cwd: string;
  /** The exit threshold: JUnit fails a test case only on findings at or above it (default: warning). */
  failOn?: Severity | 'none';
  /** GitHub annotations per severity before the rest fold into a summary line (default: 10). */
  annotationLimit?: number;
  /** GitHub: also annotate info findings as notices (default: errors and warnings only). */
  annotateInfo?: boolean;
}
