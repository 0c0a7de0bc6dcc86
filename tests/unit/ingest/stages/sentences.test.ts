import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../helpers.ts';

describe('sentences', () => {
  test('every sentence is an exact substring of its paragraph at its offsets', () => {
    const ss = sentencesOf('President Ada H.W. Quill sent ships to Lorvia. The U.S. navy assisted. It ended in 2017.');
    expect(ss.map((s) => s.text)).toEqual(['President Ada H.W. Quill sent ships to Lorvia.', 'The U.S. navy assisted.', 'It ended in 2017.']);
    for (const s of ss) expect(s.paragraphText.slice(s.start, s.end)).toBe(s.text);
  });

  test('splits after a closing quotation mark followed by a capital', () => {
    const ss = sentencesOf('Ruiz said he “will not escape the inquiry.” Rear Adm. Lena O. Park said no.');
    expect(ss).toHaveLength(2);
    expect(ss[1]!.text).toBe('Rear Adm. Lena O. Park said no.');
  });

  test('numbers sentences across paragraphs in reading order', () => {
    const ss = sentencesOf('One sentence here.\n\nAnother one. And a third.');
    expect(ss.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(ss.map((s) => s.paragraphIndex)).toEqual([0, 1, 1]);
  });
});
