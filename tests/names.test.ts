import { describe, it, expect } from 'vitest';
import { foldSurname, givenRoot, hasGivenName, isSurnameOnlyKey, personKey, sameSurname, surnameKey, surnameOf } from '../src/read/names.js';

describe('personKey', () => {
  it('maps hypocorisms to one root', () => {
    expect(personKey('Matt Lee')).toBe(personKey('Matthew Lee'));
    expect(personKey('Steve Witkoff')).toBe(personKey('Steven Witkoff'));
    expect(personKey('Steve Witkoff')).toBe(personKey('Stephen Witkoff'));
    expect(personKey('Bill Nelson')).toBe(personKey('William Nelson'));
    expect(personKey('Kate Smith')).toBe(personKey('Katie Smith'));
    expect(personKey('Matt Lee')).toBe('person:matthew lee');
  });
  it('folds transliterated surnames and given names', () => {
    const k = personKey('Volodymyr Zelenskyy');
    expect(personKey('Volodymyr Zelensky')).toBe(k);
    expect(personKey('Volodymyr Zelenskiy')).toBe(k);
    expect(personKey('Volodymyr Zelenskii')).toBe(k);
    expect(personKey('Andrii Sybiha')).toBe(personKey('Andriy Sybiha'));
    expect(personKey('Sergey Lavrov')).toBe(personKey('Sergei Lavrov'));
    expect(foldSurname('Zelenskyy')).toBe('zelensky');
  });
  it('keeps different names apart', () => {
    expect(personKey('Volodymyr Zelenskyy')).not.toBe(personKey('Vladimir Zelenskyy'));
    expect(personKey('Matt Lee')).not.toBe(personKey('Michael Lee'));
    expect(personKey('Imran Khan')).not.toBe(personKey('Imran Han'));
  });
  it('removes diacritics, middle names, initials and suffixes', () => {
    expect(personKey('Pedro Sánchez')).toBe('person:pedro sanchez');
    expect(personKey('Martin Luther King Jr.')).toBe('person:martin king');
    expect(personKey('Bashar al-Assad')).toBe('person:bashar al-assad');
    expect(personKey('Ludwig van Beethoven')).toBe('person:ludwig van beethoven');
  });
  it('gives surname-only keys for single names', () => {
    expect(personKey('Lammy')).toBe('person:lammy');
    expect(isSurnameOnlyKey('person:lammy')).toBe(true);
    expect(isSurnameOnlyKey('person:david lammy')).toBe(false);
    expect(hasGivenName('Lammy')).toBe(false);
    expect(hasGivenName('David Lammy')).toBe(true);
  });
});

describe('surnames', () => {
  it('finds and compares surnames', () => {
    expect(surnameOf('Marco Rubio')).toBe('Rubio');
    expect(surnameOf('Ludwig van Beethoven')).toBe('van Beethoven');
    expect(sameSurname('Zelensky', 'Volodymyr Zelenskyy')).toBe(true);
    expect(sameSurname('Rubio', 'Marco Rubio')).toBe(true);
    expect(sameSurname('Lee', 'Lammy')).toBe(false);
    expect(surnameKey('Alina Polyakova')).toBe('polyakova');
    expect(givenRoot('Andrei')).toBe(givenRoot('Andrii'));
  });
});

describe('surnames with particles at the start of a sentence', () => {
  it('"Van der Merwe" is the surname of "Pieter van der Merwe"', () => {
    expect(surnameKey('Van der Merwe')).toBe(surnameKey('Pieter van der Merwe'));
    expect(personKey('Van der Merwe')).toBe('person:van der merwe');
  });
});
