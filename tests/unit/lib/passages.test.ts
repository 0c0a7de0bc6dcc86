import { describe, expect, test } from 'vitest';
import { distinctPassages, passagesNotShown, splitInPassing } from '../../../src/lib/passages.ts';

const m = (paragraph: string, quote: string, text: string, source = 'a-gazette') => ({ source, paragraph, quote, text });

describe('distinct passages', () => {
  test('a sentence that names a record twice is one passage, kept where it first stands', () => {
    const twice = 'Ostrava sent envoys, and Ostravan traders followed.';
    const out = distinctPassages([m('p-1', 'Ostrava signed.', 'Ostrava'), m('p-2', twice, 'Ostrava'), m('p-2', twice, 'Ostravan')]);
    expect(out.map((x) => x.text)).toEqual(['Ostrava', 'Ostrava']);
    expect(out.map((x) => x.paragraph)).toEqual(['p-1', 'p-2']);
  });

  test('the same words in two sources, or in two paragraphs, stay two passages', () => {
    const q = 'The council met.';
    expect(distinctPassages([m('p-1', q, 'council'), m('p-1', q, 'council', 'b-herald'), m('p-9', q, 'council')])).toHaveLength(3);
  });
});

describe('passages a page has not printed', () => {
  test('a sentence the page prints as an event, or that carries one of its quotations, is left out', () => {
    const act = 'Ostrava sent envoys on Monday.';
    const said = '“We will not bend,” the Ostravan envoy said.';
    const other = 'Ostrava has long traded with its neighbours.';
    const passages = [m('p-1', act, 'Ostrava'), m('p-2', said, 'Ostravan'), m('p-3', other, 'Ostrava')];
    const shown = [
      { source: 'a-gazette', paragraph: 'p-1', quote: act },
      { source: 'a-gazette', paragraph: 'p-2', quote: 'We will not bend,' },
    ];
    expect(passagesNotShown(passages, shown).map((x) => x.paragraph)).toEqual(['p-3']);
    // the same words in another source are another passage
    expect(passagesNotShown(passages, [{ ...shown[0]!, source: 'b-herald' }])).toHaveLength(3);
  });
});

describe('passages that name a record only in passing', () => {
  test('a sentence is in passing only if every mention of the record in it is', () => {
    const law = 'The raids broke Ostravan law.';
    const both = 'Ostrava protested that the raids broke Ostravan law.';
    const mentions = [
      { ...m('p-1', law, 'Ostravan'), inPassing: true as const },
      { ...m('p-2', both, 'Ostrava') },
      { ...m('p-2', both, 'Ostravan'), inPassing: true as const },
    ];
    const { about, inPassing } = splitInPassing(distinctPassages(mentions), mentions);
    expect(about.map((x) => x.paragraph)).toEqual(['p-2']);
    expect(inPassing.map((x) => x.paragraph)).toEqual(['p-1']);
  });
});
