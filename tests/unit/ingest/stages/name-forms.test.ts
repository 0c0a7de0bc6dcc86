import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../helpers.ts';
import { layerOf } from '../../../../src/ingest/stages/linguistics.ts';
import { formsIn, nameWords, normalName } from '../../../../src/ingest/stages/name-forms.ts';

describe('names as words', () => {
  test('case, accents, full stops, the kind of apostrophe and a leading "the" do not count', () => {
    expect(nameWords('The U.S. Coast Guard')).toEqual(['us', 'coast', 'guard']);
    expect(normalName('José Peña')).toBe(normalName('Jose Pena'));
    expect(normalName('Borduria’s navy', false)).toBe("borduria's navy");
  });

  test('a possessor among the first three words is no part of the name', () => {
    expect(normalName('Borduria’s Red Hand Cartel')).toBe('red hand cartel');
    expect(normalName("the Red Hand Cartel's")).toBe("red hand cartel's");
  });
});

describe('known forms over tokens', () => {
  const forms = new Map([
    ['U.S.', 'US'],
    ['U.S. Navy', 'Navy'],
    ['Ruiz', 'Ruiz'],
  ]);
  const hits = (text: string) => {
    const [s] = sentencesOf(text);
    const toks = layerOf(s!).tokens;
    return formsIn(s!, toks, (t) => forms.get(t)).map((h) => h.value);
  };

  test('the longest form at each token, left to right', () => {
    expect(hits('The U.S. Navy and the U.S. met Ruiz.')).toEqual(['Navy', 'US', 'Ruiz']);
  });

  test('a form written against a hyphen or a letter is no word of its own', () => {
    expect(hits('A U.S.-made boat met anti-Ruiz crowds.')).toEqual([]);
    expect(hits('Ruiz’s boat sank.')).toEqual(['Ruiz']);
  });
});
