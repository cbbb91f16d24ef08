import type { Entity, Token } from '../types.js';

/**
 * What a token of a paragraph reading is in every version that holds the paragraph: its text
 * and wink's tags (made once per distinct paragraph of a set, see index.ts). A class, not an
 * object literal: V8 allocates a literal whose objects live long (as these do, for the whole
 * set) in the old generation, where each allocation measured several times slower.
 */
export class Word {
  declare readonly text: string;
  /** `text` in lower case. */
  declare readonly lower: string;
  declare readonly pos: string;
  /** wink's lemma in lower case. */
  declare readonly lemma: string;
  declare readonly type: string;
  /** The type of the wink entity the token is in, null outside one. */
  declare entityType: string | null;

  constructor(text: string, lower: string, pos: string, lemma: string, type: string) {
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.lemma = lemma;
    this.type = type;
    this.entityType = null;
  }
}

/**
 * A token as analyze makes it: its own fields are only what differs between the versions
 * holding its paragraph (index, start, sentence, entity); text and tags are read from the
 * shared Word. A token had eleven fields of its own (112 bytes; 665,000 tokens per 1,000
 * versions, kept for the whole set): the versions of a story repeat most paragraphs, and
 * each repeat copied the same five strings into every token.
 *
 * The figure reading (src/read) also uses `entityType`, the type of the entity the token is in.
 */
export class AnalyzedToken implements Token {
  declare i: number;
  declare start: number;
  declare sentence: number;
  declare entity: number | null;
  declare readonly word: Word;

  constructor(i: number, start: number, word: Word) {
    this.i = i;
    this.start = start;
    this.sentence = 0;
    this.entity = null;
    this.word = word;
  }

  get text(): string {
    return this.word.text;
  }

  get lower(): string {
    return this.word.lower;
  }

  get end(): number {
    return this.start + this.word.text.length;
  }

  get pos(): string {
    return this.word.pos;
  }

  get lemma(): string {
    return this.word.lemma;
  }

  get type(): string {
    return this.word.type;
  }

  get entityType(): string | null {
    return this.word.entityType;
  }
}

/** An entity as analyze makes it: a class for the reason Word is one (plain data, the fields of Entity in its order). */
export class AnalyzedEntity implements Entity {
  declare type: string;
  declare text: string;
  declare start: number;
  declare end: number;
  declare tokenStart: number;
  declare tokenEnd: number;

  constructor(type: string, text: string, start: number, end: number, tokenStart: number, tokenEnd: number) {
    this.type = type;
    this.text = text;
    this.start = start;
    this.end = end;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
  }
}
