import { describe, expect, test } from 'vitest';
import { layerOf, tokensText } from '../../../../src/ingest/stages/linguistics.ts';
import { sentencesOf } from '../helpers.ts';

const layer = (text: string) => {
  const s = sentencesOf(text)[0]!;
  const l = layerOf(s);
  return {
    l,
    phrases: l.phrases.map((p) => [tokensText(s, l.tokens, p.start, p.end), l.tokens[p.head]!.text]),
    verbs: l.verbs.map((v) => [tokensText(s, l.tokens, v.start, v.end), v.lemma, v.tense, v.negated, v.modal]),
    clauses: l.clauses.map((c) => [c.kind, tokensText(s, l.tokens, c.start, c.end)]),
  };
};

describe('the linguistic layer', () => {
  test('tokens carry tags and exact offsets into the paragraph', () => {
    const s = sentencesOf('First words. The ministry wasn’t told.')[1]!;
    const { tokens } = layerOf(s);
    for (const t of tokens) expect(s.paragraphText.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.pos)).toEqual(['DET', 'NOUN', 'AUX', 'PART', 'VERB', 'PUNCT']);
  });

  test('is computed once per sentence', () => {
    const s = sentencesOf('The ministry spoke.')[0]!;
    expect(layerOf(s)).toBe(layerOf(s));
  });

  test('noun phrases keep proper names whole, with their head', () => {
    expect(layer('The Department of Homeland Security cited the Immigration and Nationality Act and the Banda de los Ríos.').phrases).toEqual([
      ['The Department of Homeland Security', 'Security'],
      ['the Immigration and Nationality Act', 'Act'],
      ['the Banda de los Ríos', 'Ríos'],
    ]);
    // "of" after a person's name starts a place, not a longer name
    expect(layer('Sen. Jane Roe of Ohio spoke.').phrases.map((p) => p[0])).toEqual(['Sen. Jane Roe', 'Ohio']);
  });

  test('verb groups have tense, negation and modality', () => {
    expect(layer('The agency has not been authorized to act, and it would never comply.').verbs).toEqual([
      ['has not been authorized', 'authorize', 'past', true, null],
      ['act', 'act', 'present', false, null],
      ['would never comply', 'comply', 'present', false, 'would'],
    ]);
    expect(layer('The navy will strike.').verbs[0]!.slice(2)).toEqual(['future', false, 'will']);
  });

  test('clauses: main, relative, reported, attribution, aside', () => {
    expect(layer('Jane Roe said the minister, who resigned on Monday, had signed the order, according to two officials.').clauses).toEqual([
      ['main', 'Jane Roe said'],
      ['reported', 'the minister,'],
      ['relative', 'who resigned on Monday'],
      ['reported', ', had signed the order,'],
      ['attribution', 'according to two officials.'],
    ]);
    expect(layer('The raid — the largest in years — ended.').clauses.map((c) => c[0])).toEqual(['main', 'aside', 'main']);
  });

  test('an object after a speech verb is not reported speech', () => {
    expect(layer('She wrote a memo saying it was legal.').clauses.map((c) => c[0])).toEqual(['main', 'reported']);
    expect(layer('She wrote a memo saying it was legal.').clauses[0]![1]).toBe('She wrote a memo saying');
  });

  test('a day right after a speech verb, then "that", opens what is reported', () => {
    expect(layer('The Ledger reported Friday that in the first raid, in May, Ana Roe gave the order.').clauses[0]).toEqual([
      'main',
      'The Ledger reported',
    ]);
  });

  test('a preposition and an -ing verb opening the sentence set the scene up to the comma', () => {
    const c = layer('In announcing a fine that it was imposing on the port, the ministry accused the harbor master.').clauses;
    expect(c[0]).toEqual(['subordinate', 'In announcing a fine that it was imposing on the port']);
    expect(c.map((x) => x[0])).toEqual(['subordinate', 'main']);
  });

  test('the "as" of a verb’s complement opens no clause', () => {
    const kinds = layer('Roe suggested Sunday that designating the Orchid Brotherhood as a terrorist group allows the army to strike its camps.').clauses.map((c) => c[0]);
    expect(kinds).not.toContain('subordinate');
    expect(layer('The strikes continued as the navy moved north.').clauses.map((c) => c[0])).toContain('subordinate');
  });

  test('straight single quotes mark a quotation, an apostrophe does not', () => {
    const quoted = (text: string) => layer(text).l.tokens.filter((t) => t.quoted).map((t) => t.text).join(' ');
    expect(quoted("The letter urges lawmakers 'to stop the ministry' by Friday.")).toBe("' to stop the ministry '");
    expect(quoted("The navy said the islands' first patrol ended.")).toBe('');
  });
});
