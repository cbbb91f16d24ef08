import { describe, expect, it } from 'vitest';
import { SetCache, SetMap, withSetCaches } from '../src/set-cache.js';

describe('SetCache', () => {
  it('keeps entries while a set is checked and forgets them when it ends', () => {
    const cache = new SetCache<object, number>();
    const key = {};
    const seen = withSetCaches(() => {
      cache.set(key, 7);
      return cache.get(key);
    });
    expect(seen).toBe(7);
    expect(cache.has(key)).toBe(false);
    expect(cache.get(key)).toBeUndefined();
  });

  it('starts each set empty, even after entries made outside any set', () => {
    const cache = new SetCache<object, string>();
    const key = {};
    cache.set(key, 'outside');
    expect(cache.get(key)).toBe('outside');
    expect(withSetCaches(() => cache.has(key))).toBe(false);
  });

  it('forgets the entries of a set whose check threw', () => {
    const cache = new SetCache<object, number>();
    const key = {};
    expect(() =>
      withSetCaches(() => {
        cache.set(key, 1);
        throw new Error('bad set');
      }),
    ).toThrow('bad set');
    expect(cache.has(key)).toBe(false);
  });
});

describe('SetMap', () => {
  it('keeps entries by value key while a set is checked and forgets them when it ends', () => {
    const facts = new SetMap<string, number>();
    const inside = withSetCaches(() => {
      facts.set('Some 4,100 people were living in tents.', 1);
      return facts.get('Some 4,100 people were living in tents.');
    });
    expect(inside).toBe(1);
    expect(facts.get('Some 4,100 people were living in tents.')).toBeUndefined();
  });
});
