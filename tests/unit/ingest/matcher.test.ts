import { describe, expect, it } from 'vitest';
import { Matcher, PatternError, type Pattern } from '../../../src/ingest/match/matcher.ts';
import { layerOf } from '../../../src/ingest/stages/linguistics.ts';
import { articleSentences } from '../../../src/ingest/stages/sentences.ts';

const tokensOf = (text: string) => {
  const [s] = articleSentences([{ id: 'p1', text }]);
  return layerOf(s!).tokens;
};
const words = (text: string, m: { start: number; end: number } | null) =>
  m ? tokensOf(text).slice(m.start, m.end).map((t) => t.text).join(' ') : null;

describe('token matcher', () => {
  const lists = { titles: ['governor', 'deputy minister', 'U.S. attorney'], joiners: ['de', 'la'] };

  it('matches a run of capitalised proper nouns with +', () => {
    const m = new Matcher([{ label: 'name', pattern: [{ POS: 'PROPN', CAP: true, OP: '+' }] }]);
    const text = 'On Monday, Alma Ruiz Ortega spoke in Tarvia.';
    const all = m.findAll(tokensOf(text));
    expect(all.map((x) => words(text, x))).toContain('Alma Ruiz Ortega');
  });

  it('takes a word list by name and a multi-word phrase list', () => {
    const m = new Matcher(
      [{ label: 'titled', pattern: [{ PHRASE_IN: 'titles', CAPTURE: 'title' }, { POS: 'PROPN', OP: '+', CAPTURE: 'name' }] }],
      lists,
    );
    const text = 'The deputy minister Tomas Velde resigned.';
    const tokens = tokensOf(text);
    const [hit] = m.findAll(tokens);
    expect(words(text, hit!)).toBe('deputy minister Tomas Velde');
    const [a, b] = hit!.captures.name!;
    expect(tokens.slice(a, b).map((t) => t.text).join(' ')).toBe('Tomas Velde');
  });

  it('an optional spec may be absent, a NOT spec refuses the token', () => {
    const m = new Matcher([{ label: 'x', pattern: [{ LOWER: ['the', 'a'], OP: '?' }, { POS: 'NOUN', NOT: { LOWER: 'week' } }] }]);
    const text = 'Officials met the council last week.';
    const found = m.findAll(tokensOf(text)).map((x) => words(text, x));
    expect(found).toContain('the council');
    expect(found).not.toContain('week');
  });

  it('finds the longest match that ends right before a word', () => {
    const m = new Matcher([{ label: 'before', pattern: [{ LOWER: 'the' }, { POS: ['ADJ', 'NOUN'], OP: '+' }, { TEXT: ',' }] }]);
    const text = 'Then the senior legal adviser, Mara Quint, left.';
    const tokens = tokensOf(text);
    const at = tokens.findIndex((t) => t.text === 'Mara');
    expect(words(text, m.matchEndingAt(tokens, at))).toBe('the senior legal adviser ,');
  });

  it('matches lemmas, so one pattern covers every tense', () => {
    const m = new Matcher([{ label: 'sign', pattern: [{ LEMMA: 'sign' }, { LOWER: 'the' }] }]);
    for (const text of ['She signs the bill.', 'She signed the bill.']) expect(m.findAll(tokensOf(text))).toHaveLength(1);
  });

  it('refuses a pattern with an unknown condition or word list, naming it', () => {
    const bad = [{ label: 'oops', pattern: [{ LOWR: 'x' }] }] as unknown as Pattern[];
    expect(() => new Matcher(bad)).toThrow(PatternError);
    expect(() => new Matcher(bad)).toThrow(/"oops".*LOWR/);
    expect(() => new Matcher([{ label: 'list', pattern: [{ IN: 'nowhere' }] }])).toThrow(/"list".*"nowhere"/);
  });

  it('a phrase of a list never starts or goes on with a token of no letters (a comma, a dash)', () => {
    const m = new Matcher([{ label: 'title', pattern: [{ PHRASE_IN: 'titles' }] }], lists);
    const text = 'She met Tomas Velde, governor of the province.';
    const tokens = tokensOf(text);
    const at = tokens.findIndex((t) => t.text === 'of');
    expect(words(text, m.matchEndingAt(tokens, at))).toBe('governor');
  });
});
