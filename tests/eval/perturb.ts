/**
 * FactCC-style perturbations of a news story, each labelled with what factlint should
 * report when the perturbed copy is checked against the base. Every transformation finds
 * its own target with regular expressions and returns null when the story has none.
 * Deterministic: the only randomness is a PRNG seeded by the caller.
 */
import iconv from 'iconv-lite';
import {
  RULE,
  capitalize,
  countNumbers,
  familyOf,
  formatLike,
  layout,
  numberWord,
  occurrences,
  people,
  pick,
  render,
  rng,
  sentences,
  standaloneRe,
  stillNamed,
  type Layout,
  type NumberMention,
  type PersonName,
} from './text.js';

export type ExpectedType = 'contradiction' | 'omission' | 'qualifier-change' | 'deleted-mention' | 'integrity' | 'none';

export interface Expected {
  type: ExpectedType;
  /** Rule id (from rules/news-core.yaml) the finding should carry, matched loosely. */
  rule?: string;
  /** What the finding is about (a person's name), matched loosely. */
  subject?: string;
  /** Other finding types that also count as catching this change. */
  accept?: ExpectedType[];
}

export interface Story {
  id: string;
  text: string;
  /** A faithful hand-written paraphrase of one paragraph of the story. */
  paraphrase: { original: string; paraphrase: string } | null;
}

export interface Perturbed {
  text: string;
  expected: Expected[];
  /** What was changed, for reading failures. */
  note: string;
}

export interface Transform {
  name: string;
  /** Safe edits change wording, not facts: nothing should be reported. */
  safe: boolean;
  apply(story: Story, seed: number): Perturbed | null;
}

const NONE: Expected[] = [{ type: 'none' }];

// ---------------------------------------------------------------- helpers

interface SentenceRef {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

function allSentences(l: Layout): SentenceRef[] {
  const out: SentenceRef[] = [];
  l.paragraphs.forEach((p, paragraph) => {
    for (const s of sentences(p)) out.push({ paragraph, start: s.start, end: s.end, text: s.text });
  });
  return out;
}

/** Replaces [start, end) of one sentence and returns the new story text. */
function replaceInSentence(l: Layout, s: SentenceRef, start: number, end: number, replacement: string): string {
  const paragraphs = [...l.paragraphs];
  const p = paragraphs[s.paragraph] ?? '';
  paragraphs[s.paragraph] = p.slice(0, s.start + start) + replacement + p.slice(s.start + end);
  return render({ head: l.head, paragraphs });
}

interface Counted {
  sentence: SentenceRef;
  number: NumberMention;
  family: string;
}

/** Counted numbers tied to a claim family, over the whole story. */
function countedClaims(l: Layout): Counted[] {
  const out: Counted[] = [];
  for (const sentence of allSentences(l)) {
    for (const number of countNumbers(sentence.text)) {
      const family = familyOf(sentence.text, number);
      if (family !== null) out.push({ sentence, number, family });
    }
  }
  return out;
}

function tidy(text: string): string {
  return text.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.;:])/g, '$1');
}

// ---------------------------------------------------------------- contradictions

const numberChange: Transform = {
  name: 'number-change',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const preferred = countedClaims(l).filter((c) =>
      [RULE.deaths, RULE.injured, RULE.missing].includes(c.family as never),
    );
    const target = pick(preferred.length > 0 ? preferred : countedClaims(l), random);
    if (target === undefined) return null;
    const { number: n } = target;
    let value: number;
    if (n.form === 'word') {
      const choices = [1, 2, 3, -1, -2, -3].map((d) => n.value + d).filter((v) => v > 0 && numberWord(v) !== undefined);
      value = pick(choices, random) ?? n.value + 1;
    } else {
      const step = Math.max(1, Math.round(n.value * (0.1 + random() * 0.2)));
      value = random() < 0.7 || n.value - step <= 0 ? n.value + step : n.value - step;
    }
    const replacement = formatLike(value, n);
    return {
      text: replaceInSentence(l, target.sentence, n.start, n.end, replacement),
      expected: [{ type: 'contradiction', rule: target.family }],
      note: `${n.raw} -> ${replacement} in "${target.sentence.text}"`,
    };
  },
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_DAY_RE =
  /\b(?:Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August|Sept\.|September|Oct\.|October|Nov\.|November|Dec\.|December) (\d{1,2})\b/g;

const dateChange: Transform = {
  name: 'date-change',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    type Target = { sentence: SentenceRef; start: number; end: number; replacement: string };
    const targets: Target[] = [];
    for (const sentence of allSentences(l)) {
      for (const m of sentence.text.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)) {
        const others = WEEKDAYS.filter((d) => d !== m[0]);
        const replacement = others[Math.floor(random() * others.length)] ?? 'Monday';
        targets.push({ sentence, start: m.index, end: m.index + m[0].length, replacement });
      }
      for (const m of sentence.text.matchAll(MONTH_DAY_RE)) {
        const day = Number(m[1]);
        const delta = 1 + Math.floor(random() * 4);
        const newDay = day + delta <= 28 ? day + delta : day - delta;
        const start = m.index + m[0].length - (m[1] ?? '').length;
        targets.push({ sentence, start, end: m.index + m[0].length, replacement: String(newDay) });
      }
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    return {
      text: replaceInSentence(l, t.sentence, t.start, t.end, t.replacement),
      expected: [{ type: 'contradiction', rule: RULE.dates }],
      note: `${t.sentence.text.slice(t.start, t.end)} -> ${t.replacement}`,
    };
  },
};

/** One named person replaced by another person of the story in one sentence. */
const personSwap: Transform = {
  name: 'person-swap',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const cast = people(story.text);
    if (cast.length < 2) return null;
    type Target = { sentence: SentenceRef; start: number; end: number; from: PersonName; to: PersonName; full: boolean };
    const targets: Target[] = [];
    for (const sentence of allSentences(l)) {
      for (const from of cast) {
        for (const to of cast) {
          if (to === from || sentence.text.includes(to.short)) continue;
          const fullAt = sentence.text.indexOf(from.name);
          if (fullAt >= 0) {
            targets.push({ sentence, start: fullAt, end: fullAt + from.name.length, from, to, full: true });
            continue;
          }
          const m = standaloneRe(from.short).exec(sentence.text);
          if (m !== null) targets.push({ sentence, start: m.index, end: m.index + from.short.length, from, to, full: false });
        }
      }
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    const replacement = t.full ? t.to.name : t.to.short;
    return {
      text: replaceInSentence(l, t.sentence, t.start, t.end, replacement),
      expected: [{ type: 'contradiction', subject: t.from.name, accept: ['deleted-mention', 'omission'] }],
      note: `${t.full ? t.from.name : t.from.short} -> ${replacement} in "${t.sentence.text}"`,
    };
  },
};

const NEGATABLE_RE = /\b(was|were|is|are|has|had|have|will|would|could)\s+(?!not\b|no\b|never\b)(?=[a-z])/;

/** A statement turned into its negation ("had been taken" -> "had not been taken"). */
const negation: Transform = {
  name: 'negation',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const candidates = allSentences(l).filter(
      (s) =>
        s.paragraph > 0 &&
        NEGATABLE_RE.test(s.text) &&
        !/\b(?:not|no|never|nothing|nobody|n’t|n't)\b/.test(s.text) &&
        (countNumbers(s.text).length > 0 || /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(s.text)),
    );
    const s = pick(candidates, random);
    if (s === undefined) return null;
    const m = NEGATABLE_RE.exec(s.text);
    if (m === null) return null;
    const at = m.index + (m[1] ?? '').length;
    return {
      text: replaceInSentence(l, s, at, at, ' not'),
      expected: [{ type: 'contradiction' }],
      note: `negated "${s.text}"`,
    };
  },
};

// ---------------------------------------------------------------- qualifier change

const QUALIFIER_RE = /\b(at least|more than|around|about|nearly|almost|approximately|some|over|fewer than|up to)\s+$/i;
const QUALIFIER_SWAP: Readonly<Record<string, string>> = {
  'at least': '',
  'more than': 'nearly',
  around: 'more than',
  about: 'more than',
  approximately: 'at least',
  some: 'at least',
  nearly: 'more than',
  almost: 'more than',
  over: 'nearly',
  'fewer than': 'around',
  'up to': 'at least',
};

const qualifierChange: Transform = {
  name: 'qualifier-change',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    type Target = { c: Counted; start: number; qualifier: string };
    const targets: Target[] = [];
    for (const c of countedClaims(l)) {
      const m = QUALIFIER_RE.exec(c.sentence.text.slice(0, c.number.start));
      if (m?.[1] !== undefined) targets.push({ c, start: m.index, qualifier: m[1] });
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    const swapped = QUALIFIER_SWAP[t.qualifier.toLowerCase()] ?? '';
    const capital = /^\p{Lu}/u.test(t.qualifier);
    const number = t.c.number.raw;
    const replacement =
      swapped === ''
        ? capital && t.c.number.form === 'word'
          ? capitalize(number)
          : number
        : `${capital ? capitalize(swapped) : swapped} ${number}`;
    return {
      text: replaceInSentence(l, t.c.sentence, t.start, t.c.number.end, replacement),
      expected: [{ type: 'qualifier-change', rule: t.c.family }],
      note: `${t.qualifier} ${number} -> ${replacement}`,
    };
  },
};

// ---------------------------------------------------------------- cuts and omissions

/** A person's name cut out of a sentence, the rest left as it was (titles included). */
const personCut: Transform = {
  name: 'person-cut',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const cast = people(story.text);
    const targets: Array<{ sentence: SentenceRef; at: number; person: PersonName }> = [];
    for (const sentence of allSentences(l)) {
      for (const person of cast) {
        for (const at of occurrences(sentence.text, person.name)) targets.push({ sentence, at, person });
      }
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    const text = replaceInSentence(l, t.sentence, t.at, t.at + t.person.name.length, '');
    return {
      text: tidyParagraphs(text),
      expected: [{ type: 'deleted-mention', subject: t.person.name, accept: ['omission'] }],
      note: `cut ${t.person.name} from "${t.sentence.text}"`,
    };
  },
};

function tidyParagraphs(text: string): string {
  const l = layout(text);
  return render({ head: l.head, paragraphs: l.paragraphs.map(tidy) });
}

const LIST_RE =
  /\b(?:[Oo]ther participants included|[Pp]articipants included|[Aa]ttendees included|[Dd]elegates included|[Aa]lso attending were|[Aa]mong those (?:attending|present) were|[Tt]hose attending included)\s+([^.]+?)\.(?=\s|$)/;

/** One attendee dropped from a list of participants. */
const attendeeDrop: Transform = {
  name: 'attendee-drop',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    for (const sentence of allSentences(l)) {
      const m = LIST_RE.exec(sentence.text);
      const list = m?.[1];
      if (m === null || list === undefined) continue;
      const items = list.split(/,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
      if (items.length < 3) continue;
      const names = items.map((item) => people(`${item} said.`)[0]?.name ?? lastName(item));
      const index = Math.floor(random() * items.length);
      const kept = items.filter((_, i) => i !== index);
      const rebuilt = `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1] ?? ''}`;
      const listStart = m.index + m[0].length - 1 - list.length;
      const dropped = names[index] ?? items[index] ?? '';
      return {
        text: replaceInSentence(l, sentence, listStart, listStart + list.length, rebuilt),
        expected: [{ type: 'omission', rule: RULE.people_named, subject: dropped, accept: ['deleted-mention'] }],
        note: `dropped ${items[index] ?? ''}`,
      };
    }
    return null;
  },
};

function lastName(item: string): string {
  const words = item.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.slice(-2).join(' ');
}

/** A whole paragraph deleted; expected omissions are the people (and counted claims) it alone carried. */
const paragraphDelete: Transform = {
  name: 'paragraph-delete',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const cast = people(story.text);
    const base = countedClaims(l);
    type Option = { index: number; expected: Expected[] };
    const options: Option[] = [];
    for (let index = 1; index < l.paragraphs.length; index++) {
      const paragraphs = l.paragraphs.filter((_, i) => i !== index);
      const text = render({ head: l.head, paragraphs });
      const expected: Expected[] = cast
        .filter((p) => stillNamed(story.text, p) && !stillNamed(text, p))
        .map((p) => ({ type: 'omission', rule: RULE.people_named, subject: p.name, accept: ['deleted-mention'] }));
      const kept = countedClaims({ head: l.head, paragraphs });
      for (const c of base.filter((b) => b.sentence.paragraph === index)) {
        const elsewhere = kept.some((k) => k.family === c.family && k.number.value === c.number.value);
        if (!elsewhere && !expected.some((e) => e.rule === c.family)) expected.push({ type: 'omission', rule: c.family });
      }
      if (expected.length > 0) options.push({ index, expected });
    }
    const o = pick(options, random);
    if (o === undefined) return null;
    return {
      text: render({ head: l.head, paragraphs: l.paragraphs.filter((_, i) => i !== o.index) }),
      expected: o.expected,
      note: `deleted paragraph ${o.index + 1}: "${(l.paragraphs[o.index] ?? '').slice(0, 60)}…"`,
    };
  },
};

// ---------------------------------------------------------------- reordering and damage

const paragraphReorder: Transform = {
  name: 'paragraph-reorder',
  safe: true,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    if (l.paragraphs.length < 4) return null;
    const i = 1 + Math.floor(random() * (l.paragraphs.length - 2));
    const paragraphs = [...l.paragraphs];
    const a = paragraphs[i];
    const b = paragraphs[i + 1];
    if (a === undefined || b === undefined) return null;
    paragraphs[i] = b;
    paragraphs[i + 1] = a;
    return { text: render({ head: l.head, paragraphs }), expected: NONE, note: `swapped paragraphs ${i + 1} and ${i + 2}` };
  },
};

function mojibake(name: string, encoding: string): Transform {
  return {
    name,
    safe: false,
    apply(story) {
      if (!/[^\x00-\x7f]/.test(story.text)) return null;
      const garbled = iconv.decode(Buffer.from(story.text, 'utf8'), encoding);
      return {
        text: garbled,
        expected: [{ type: 'integrity' }],
        note: `UTF-8 bytes decoded as ${encoding}`,
      };
    },
  };
}

const boilerplateFlood: Transform = {
  name: 'boilerplate-flood',
  safe: false,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    if (l.paragraphs.length < 3) return null;
    const at = 1 + Math.floor(random() * (l.paragraphs.length - 2));
    const credits = Array.from({ length: 20 }, () => 'Credit: AP Photo');
    const paragraphs = [
      ...l.paragraphs.slice(0, at),
      credits.join('\n'),
      ...l.paragraphs.slice(at),
      'Follow our coverage at https://apnews.com/hub/world-news',
    ];
    return {
      text: render({ head: l.head, paragraphs }),
      expected: [{ type: 'integrity' }],
      note: `20 credit lines after paragraph ${at} and a follow-link`,
    };
  },
};

// ---------------------------------------------------------------- safe edits

const digitsWords: Transform = {
  name: 'safe-digits-words',
  safe: true,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    type Target = { sentence: SentenceRef; n: NumberMention; replacement: string };
    const targets: Target[] = [];
    for (const sentence of allSentences(l)) {
      for (const n of countNumbers(sentence.text)) {
        if (n.value === 1 || n.value > 20 || sentence.text[n.end] === '-') continue;
        if (n.form === 'digits' && /\./.test(n.raw)) continue;
        const atStart = n.start === 0 || /^["“]$/.test(sentence.text.slice(0, n.start));
        const replacement =
          n.form === 'word' ? String(n.value) : atStart ? capitalize(numberWord(n.value) ?? n.raw) : (numberWord(n.value) ?? n.raw);
        if (n.form === 'word' && atStart) continue; // "Four firefighters" -> "4 firefighters" is not house style
        targets.push({ sentence, n, replacement });
      }
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    return {
      text: replaceInSentence(l, t.sentence, t.n.start, t.n.end, t.replacement),
      expected: NONE,
      note: `${t.n.raw} -> ${t.replacement}`,
    };
  },
};

function wordSwap(name: string, a: string, b: string): Transform {
  return {
    name,
    safe: true,
    apply(story) {
      // Lower case only: "United Nations" is a name, not a common noun to swap.
      const forward = new RegExp(`\\b${a}\\b`, 'g');
      const backward = new RegExp(`\\b${b}\\b`, 'g');
      const [re, to] = forward.test(story.text) ? [forward, b] : backward.test(story.text) ? [backward, a] : [null, ''];
      if (re === null) return null;
      re.lastIndex = 0;
      const l = layout(story.text);
      const paragraphs = l.paragraphs.map((p) =>
        p.replace(re, to),
      );
      return { text: render({ head: l.head, paragraphs }), expected: NONE, note: `every "${re.source}" -> "${to}"` };
    },
  };
}

const AROUND_NUMBER = String.raw`(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty)\b)`;

const aroundApproximately: Transform = {
  name: 'safe-around-approximately',
  safe: true,
  apply(story) {
    const l = layout(story.text);
    const fwd = new RegExp(`\\b[Aa]round${AROUND_NUMBER}`, 'g');
    const back = new RegExp(`\\b[Aa]pproximately${AROUND_NUMBER}`, 'g');
    const body = l.paragraphs.join('\n\n');
    const useForward = fwd.test(body);
    fwd.lastIndex = 0;
    if (!useForward && !back.test(body)) return null;
    back.lastIndex = 0;
    const paragraphs = l.paragraphs.map((p) =>
      useForward
        ? p.replace(fwd, (m) => (m[0] === 'A' ? 'Approximately' : 'approximately'))
        : p.replace(back, (m) => (m[0] === 'A' ? 'Around' : 'around')),
    );
    return {
      text: render({ head: l.head, paragraphs }),
      expected: NONE,
      note: useForward ? 'around -> approximately' : 'approximately -> around',
    };
  },
};

const QUAL = String.raw`(?:(?:at least|more than|around|about|nearly|some) )?`;
const NUM = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)`;
const NOUN = String.raw`(?:people|workers|residents|civilians|others|children|firefighters|soldiers|passengers)`;

/** "killed" reworded as "died" (and back) with the grammar the clause needs. */
const KILLED_DIED: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/\b(?:was|were) killed\b/, () => 'died'],
  [/\b(have|has|had) been killed\b/, (m) => `${m[1] ?? 'had'} died`],
  [new RegExp(String.raw`\bkilling (${QUAL})(${NUM}) (${NOUN})\b`), (m) => `leaving ${m[1] ?? ''}${m[2] ?? ''} ${m[3] ?? ''} dead`],
  [new RegExp(String.raw`\bkilled (${QUAL})(${NUM}) (${NOUN})\b`), (m) => `left ${m[1] ?? ''}${m[2] ?? ''} ${m[3] ?? ''} dead`],
  [new RegExp(String.raw`\b(${NOUN}|who) died\b`), (m) => `${m[1] ?? ''} were killed`],
];

const killedDied: Transform = {
  name: 'safe-killed-died',
  safe: true,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    type Target = { sentence: SentenceRef; start: number; end: number; replacement: string };
    const targets: Target[] = [];
    for (const sentence of allSentences(l)) {
      for (const [re, rewrite] of KILLED_DIED) {
        const m = re.exec(sentence.text);
        if (m !== null) targets.push({ sentence, start: m.index, end: m.index + m[0].length, replacement: rewrite(m) });
      }
    }
    const t = pick(targets, random);
    if (t === undefined) return null;
    return {
      text: replaceInSentence(l, t.sentence, t.start, t.end, t.replacement),
      expected: NONE,
      note: `"${t.sentence.text.slice(t.start, t.end)}" -> "${t.replacement}"`,
    };
  },
};

const sentenceReorder: Transform = {
  name: 'safe-sentence-reorder',
  safe: true,
  apply(story, seed) {
    const random = rng(seed);
    const l = layout(story.text);
    const candidates = l.paragraphs
      .map((p, index) => ({ index, parts: sentences(p) }))
      .filter((c) => c.index > 0 && c.parts.length >= 2);
    const c = pick(candidates, random);
    if (c === undefined) return null;
    const i = Math.floor(random() * (c.parts.length - 1));
    const parts = c.parts.map((p) => p.text.trim());
    const a = parts[i];
    const b = parts[i + 1];
    if (a === undefined || b === undefined) return null;
    parts[i] = b;
    parts[i + 1] = a;
    const paragraphs = [...l.paragraphs];
    paragraphs[c.index] = parts.join(' ');
    return {
      text: render({ head: l.head, paragraphs }),
      expected: NONE,
      note: `swapped sentences ${i + 1} and ${i + 2} of paragraph ${c.index + 1}`,
    };
  },
};

const paraphrase: Transform = {
  name: 'safe-paraphrase',
  safe: true,
  apply(story) {
    const p = story.paraphrase;
    if (p === null || !story.text.includes(p.original)) return null;
    return {
      text: story.text.replace(p.original, () => p.paraphrase),
      expected: NONE,
      note: `paraphrased "${p.original.slice(0, 50)}…"`,
    };
  },
};

// ---------------------------------------------------------------- registry

export const TRANSFORMS: readonly Transform[] = [
  numberChange,
  dateChange,
  personSwap,
  personCut,
  attendeeDrop,
  qualifierChange,
  negation,
  paragraphDelete,
  paragraphReorder,
  mojibake('mojibake-gbk', 'gbk'),
  mojibake('mojibake-cp1252', 'win1252'),
  boilerplateFlood,
  digitsWords,
  aroundApproximately,
  wordSwap('safe-countries-nations', 'countries', 'nations'),
  killedDied,
  sentenceReorder,
  paraphrase,
];

/** Applies the named transformation, or returns null when the story offers it no target. */
export function perturb(story: Story, transform: string, seed: number): Perturbed | null {
  const t = TRANSFORMS.find((x) => x.name === transform);
  if (t === undefined) throw new Error(`unknown transformation ${transform}`);
  return t.apply(story, seed);
}
