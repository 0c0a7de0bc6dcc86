import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

// What must never be extracted, whatever the article.
describe('negative cases', () => {
  const names = (text: string) => extract(text).actors.map((a) => a.name);

  test('months and weekdays are not people', () => {
    const found = names('When he returned to office in January, Trump signed an order. In April, Trump proposed it. On Thursday, May Smith agreed.');
    for (const m of ['January', 'April', 'Thursday', 'January, Trump', 'April, Trump']) expect(found).not.toContain(m);
  });

  test('"Air Force One" is not an actor', () => {
    expect(names('President Donald Trump arrived on Air Force One at Joint Base Andrews.')).not.toContain('Air Force One');
  });

  test('a photographer credit and the caption are not in the story', () => {
    const seed = readFileSync('seeds/000_bc7522480e5342aa.txt', 'utf8');
    const found = names(seed);
    for (const n of ['Cliff Owen', 'AP', 'Joint Base Andrews', 'WLRN']) expect(found).not.toContain(n);
  });

  test('scare quotes are not statements', () => {
    expect(extract('It raises whether it would count as “murder” if U.S. forces kill civilians, said Brian Finucane.').statements).toEqual([]);
  });

  test('a title alone, a dateline and "Latin America" are not actors', () => {
    const found = names('WASHINGTON — The President spoke about Latin America and Europe.');
    for (const n of ['President', 'WASHINGTON', 'Latin America', 'Europe']) expect(found).not.toContain(n);
  });

  test('indefinite references ("legal specialists", "people familiar with the matter") are not actors', () => {
    expect(names('Legal specialists said so, according to people familiar with the matter.')).toEqual([]);
  });
});
