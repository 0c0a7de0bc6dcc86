import { describe, expect, test } from 'vitest';
import { differencesOf, type Report } from '../../../../src/ingest/stages/merge-differences.ts';

const report = (source: string, place: string): Report => ({
  event: {
    id: source,
    source,
    paragraph: 'p-x',
    quote: `The navy stopped a barge ${place}.`,
    summary: 's',
    headline: 's',
    date: null,
    actors: [],
    agents: [],
    authorities: [],
  },
  published: '2025-09-01',
  order: 0,
  facts: { act: 'stop', verbs: ['stop'], figures: [], place },
});
const places = (a: string, b: string) => differencesOf([report('a', a), report('b', b)]).map((d) => d.about);

describe('merge-differences', () => {
  test('a place told with another preposition, "the" or "coast of" is the same place', () => {
    expect(places('off the coast of Lorvia', 'near Lorvia')).toEqual([]);
    expect(places('in the Brenna Strait', 'over Brenna Strait')).toEqual([]);
  });

  test('two different places are kept side by side', () => {
    expect(places('off Lorvia', 'off Brenna')).toEqual(['place']);
  });
});
