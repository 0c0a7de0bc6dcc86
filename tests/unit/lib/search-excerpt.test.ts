import { describe, expect, test } from 'vitest';
import { excerptAddsToCard } from '../../../src/lib/search-results.ts';

describe('a search excerpt that only repeats its card', () => {
  const content = 'Event The harbour board fined the ferry line At a glance Kind: Event Reported: 2 May 2031';
  test('is left out when every word it shows is in the title or kind', () => {
    expect(excerptAddsToCard(content, [2], 7, 'The harbour board fined the ferry line event')).toBe(false);
  });

  test('is kept when it shows a word the card does not', () => {
    expect(excerptAddsToCard(content, [2], 12, 'The harbour board fined the ferry line event')).toBe(true);
    expect(excerptAddsToCard(content, [2], 7, 'Harbour board actor')).toBe(true);
  });
});
