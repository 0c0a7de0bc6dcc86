import { describe, expect, test } from 'vitest';
import { sourcesWords } from '../../../src/lib/authority-names.ts';
import type { Authority } from '../../../src/schemas/index.ts';

// Invented: a memo the extractor names by its author, and an act the source names.
const said = (quote: string, text: string) => ({ source: 's', paragraph: 'p-1', quote, text });
const memo: Authority = {
  id: 'lind-memo', name: 'Lind memo', kind: 'legal-opinion', year: 1994, aliases: [],
  mentions: [said('In 1994, Vera Lind wrote a disputed memo on the raids.', 'disputed memo')],
};

describe('a name no source writes', () => {
  test('is shown as a description, with the words the sources use', () => {
    expect(sourcesWords(memo)).toEqual(['disputed memo']);
  });

  test('a name a source writes, or one the editors gave with their reason, needs no such note', () => {
    const act = { ...memo, name: 'Harbor Act', mentions: [said('The Harbor Act bans it.', 'Harbor Act')] };
    expect(sourcesWords(act)).toBeNull();
    expect(sourcesWords({ ...memo, editorial: { nameReason: 'the source says only “a memo”' } })).toBeNull();
  });
});
