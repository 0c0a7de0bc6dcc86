import { describe, expect, test } from 'vitest';
import { paragraphId, splitParagraphs, toParagraphs } from '../../../../src/ingest/stages/paragraphs.ts';

const texts = ['First paragraph says one thing.', 'Second paragraph says another.', 'Third one closes.'];

describe('paragraphs', () => {
  test('a blank line ends a paragraph; a hard wrap mid-sentence is joined', () => {
    expect(splitParagraphs(['One line', 'wrapped here.', '', 'Two.'])).toEqual(['One line wrapped here.', 'Two.']);
  });

  test('one paragraph per line when each line ends a sentence', () => {
    expect(splitParagraphs(['First.', 'Second?', '“Third.”'])).toEqual(['First.', 'Second?', '“Third.”']);
  });

  test('an id is derived from the words: readable prefix plus a hash of the whole text', () => {
    expect(paragraphId('On Thursday, the Justice and State Departments announced')).toMatch(/^p-on-thursday-the-justice-and-state-[0-9a-f]{4}$/);
  });

  test('ids do not change when a paragraph is inserted before them', () => {
    const before = toParagraphs(texts);
    const after = toParagraphs([texts[0]!, 'An inserted paragraph.', texts[1]!, texts[2]!]);
    for (const p of before) expect(after.find((q) => q.text === p.text)?.id).toBe(p.id);
  });

  test('ids do not change when a paragraph is removed or the order changes', () => {
    const before = toParagraphs(texts);
    const after = toParagraphs([texts[2]!, texts[0]!]);
    for (const p of after) expect(p.id).toBe(before.find((q) => q.text === p.text)?.id);
  });

  test('two paragraphs that open alike get different ids', () => {
    const [a, b] = toParagraphs(['The same six words open here, then A.', 'The same six words open here, then B.']);
    expect(a!.id).not.toBe(b!.id);
  });

  test('an exact repeat gets a numbered suffix instead of a duplicate id', () => {
    const ps = toParagraphs(['Same.', 'Same.']);
    expect(ps[1]!.id).toBe(`${ps[0]!.id}-2`);
  });

  test('ids are the same on every run', () => {
    expect(toParagraphs(texts)).toEqual(toParagraphs(texts));
  });
});
