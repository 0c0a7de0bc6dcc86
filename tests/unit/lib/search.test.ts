import { describe, expect, test } from 'vitest';
import { closeRecords, editDistance, foldWords, matchRecords } from '../../../src/lib/record-match.ts';
import { recordIndex } from '../../../src/lib/record-index.ts';
import { preciseLocations, precisionFirst, reachableCounts, sameWord } from '../../../src/lib/search-results.ts';
import type { Corpus } from '../../../src/lib/collections.ts';

const entry = (name: string, aliases: string[] = [], extra: { citation?: string; variants?: string[] } = {}) => ({
  name,
  aliases,
  variants: extra.variants ?? [],
  ...(extra.citation ? { citation: extra.citation } : {}),
});

describe('record matching', () => {
  test('folds accents and case, drops the dots of abbreviations but not of numbers, splits at §', () => {
    expect(foldWords('Nicolás MADURO')).toEqual(['nicolas', 'maduro']);
    expect(foldWords('18 U.S.C. § 1385')).toEqual(['18', 'usc', '1385']);
    expect(foldWords('Executive Order 12333 § 2.11')).toEqual(['executive', 'order', '12333', '2', '11']);
    expect(foldWords('Trump’s MS-13')).toEqual(['trumps', 'ms', '13']);
  });

  test('counts a swap of two letters as one edit', () => {
    expect(editDistance('noriaga', 'noriega')).toBe(1);
    expect(editDistance('maudro', 'maduro')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('a whole alias beats a name that only contains the word', () => {
    const entries = [entry('Directive to the Pentagon'), entry('Department of Defense', ['Pentagon'])];
    expect(matchRecords(entries, 'pentagon').map((h) => [h.entry.name, h.how])).toEqual([
      ['Department of Defense', 'exact'],
      ['Directive to the Pentagon', 'words'],
    ]);
  });

  test('the last word may still be being typed; the others must be whole words', () => {
    const entries = [entry('Pete Hegseth'), entry('Posse Comitatus Act')];
    expect(matchRecords(entries, 'Hegs').map((h) => h.entry.name)).toEqual(['Pete Hegseth']);
    expect(matchRecords(entries, 'pos comitatus')).toEqual([]);
    expect(matchRecords(entries, 'H')).toEqual([]);
  });

  test('a citation matches however it is written, and says it was the citation', () => {
    const entries = [entry('Posse Comitatus Act', [], { citation: '18 U.S.C. § 1385', variants: ['18 U.S.C. 1385', '18 USC 1385'] }), entry('FTO', [], { citation: '8 U.S.C. § 1189' })];
    for (const q of ['18 U.S.C. 1385', '18 usc 1385', '18 U.S.C. § 1385']) expect(matchRecords(entries, q).map((h) => [h.entry.name, h.matched])).toEqual([['Posse Comitatus Act', '18 U.S.C. § 1385']]);
  });

  test('an accent-free variant counts as the name it comes from', () => {
    const hits = matchRecords([entry('Nicolás Maduro', ['Maduro'], { variants: ['Nicolas Maduro'] })], 'nicolas maduro');
    expect(hits.map((h) => [h.how, h.matched])).toEqual([['exact', 'Nicolás Maduro']]);
  });

  test('a close spelling offers the records fewest letters away, not the others', () => {
    const entries = [entry('Manuel Noriega'), entry('Nicolás Maduro', ['Maduro']), entry('Mara Salvatrucha', ['MS-13'])];
    expect(closeRecords(entries, 'Noriaga').map((h) => h.entry.name)).toEqual(['Manuel Noriega']);
    expect(closeRecords(entries, 'Madura').map((h) => h.entry.name)).toEqual(['Nicolás Maduro']);
    expect(closeRecords(entries, 'Noriega')).toEqual([]);
  });

  test('numbers and short words are never "corrected"', () => {
    const entries = [entry('FTO', [], { citation: '8 U.S.C. § 1189' }), entry('CIA')];
    expect(closeRecords(entries, '8 U.S.C. 1188')).toEqual([]);
    expect(closeRecords(entries, 'CIE')).toEqual([]);
  });
});

describe('the record index', () => {
  const corpus = {
    actors: [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] }],
    authorities: [{ id: 'posse-comitatus-act', name: 'Posse Comitatus Act', kind: 'statute', year: 1878, aliases: [], editorial: { citation: '18 U.S.C. § 1385' } }],
    sources: [{ id: 'wlrn-x', title: 'A title', outlet: 'WLRN' }],
    events: [{ id: 'e' }],
  } as unknown as Corpus;

  test('holds every actor, authority and source with its page under the base path, and no event', () => {
    const index = recordIndex(corpus, '/reference/');
    expect(index.map((e) => [e.type, e.url])).toEqual([
      ['actor', '/reference/actors/nicolas-maduro/'],
      ['authority', '/reference/authorities/posse-comitatus-act/'],
      ['source', '/reference/sources/wlrn-x/'],
    ]);
  });

  test('carries accent-free names and citation variants to match, the kind and the citation to show', () => {
    const [maduro, posse] = recordIndex(corpus, '/');
    expect(maduro).toMatchObject({ kind: 'Person', aliases: ['Maduro'], variants: ['Nicolas Maduro'] });
    expect(posse).toMatchObject({ kind: 'Statute', citation: '18 U.S.C. § 1385' });
    expect(posse!.variants).toContain('18 USC 1385');
    expect(posse!.variants).not.toContain('1878');
  });
});

describe('precise matches in the full text', () => {
  test('a word matches itself, its plural and possessive, not a longer word sharing its start', () => {
    expect(sameWord('Posse', ['posse'])).toBe(true);
    expect(sameWord('possibility', ['posse'])).toBe(false);
    expect(sameWord('cartels,', ['cartel'])).toBe(true);
    expect(sameWord('“Maduro’s', ['maduro'])).toBe(true);
    expect(sameWord('Nicolás', ['nicolas'])).toBe(true);
  });

  test('keeps only the locations whose word is a word of the query', () => {
    const content = 'the possibility of a Posse Comitatus case';
    expect(preciseLocations(content, [1, 4, 5], 'posse comitatus')).toEqual([4, 5]);
  });

  test('results matched only by a shared stem come after those with the words', () => {
    const stem = { content: 'the possibility', locations: [1], id: 'directive' };
    const word = { content: 'the Posse', locations: [1], id: 'act' };
    expect(precisionFirst([stem, word], 'posse').map((r) => r.id)).toEqual(['act', 'directive']);
  });

  test('a record the full text also lists is counted once; one it does not find is added', () => {
    const pf = { counts: { actor: 3, event: 5 }, total: 8 };
    const records = [
      { url: '/actors/a/', type: 'actor' },
      { url: '/actors/b/', type: 'actor' },
    ];
    expect(reachableCounts(pf, records, { actor: 1 })).toEqual({ counts: { actor: 4, event: 5 }, total: 9 });
    expect(reachableCounts(pf, records, { actor: 2 })).toEqual({ counts: { actor: 3, event: 5 }, total: 8 });
    expect(reachableCounts(null, records)).toEqual({ counts: { actor: 2 }, total: 2 });
  });
});
