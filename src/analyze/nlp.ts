/**
 * The one wink-nlp instance of this process. wink's model rebuilds its custom-entity
 * data on each `winkNLP(model)` call, and a second instance silently stops matching
 * custom entities (measured: a second instance learns patterns but never matches them),
 * so the instance is created lazily, once.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | null = null;

export function nlp(): WinkNLP {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}
