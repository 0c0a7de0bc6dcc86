import { describe, expect, test } from 'vitest';
import { distinctPassages } from '../../../src/lib/passages.ts';

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
