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

  test('a full stop inside the designation of a bill or resolution ends no sentence', () => {
    const ss = sentencesOf('The chamber rejected H. Con. Res. 12 by ten votes. S. Con. Res. 8 and H. J. Res. 40 passed.');
    expect(ss.map((s) => s.text)).toEqual(['The chamber rejected H. Con. Res. 12 by ten votes.', 'S. Con. Res. 8 and H. J. Res. 40 passed.']);
  });

  test('an abbreviation that is no designation still ends a sentence before a capital', () => {
    const ss = sentencesOf('The panel argued pro and con. Res judicata was not raised.');
    expect(ss).toHaveLength(2);
  });

  test('a full stop typed with no space after it between two sentences ends the first', () => {
    const ss = sentencesOf('The fleet sailed toward the port.The minister said so.');
    expect(ss.map((s) => s.text)).toEqual(['The fleet sailed toward the port.', 'The minister said so.']);
    for (const s of ss) expect(s.paragraphText.slice(s.start, s.end)).toBe(s.text);
  });

  test('initials, abbreviations and web addresses keep their full stops inside the sentence', () => {
    const ss = sentencesOf('Ms. Vane met U.S. envoys, read ports.gov and hired two Ph.D. holders from St.Kilda.');
    expect(ss).toHaveLength(1);
  });

  test('initials with full stops end a sentence when a word that only opens one follows', () => {
    const ss = sentencesOf('The boats carried arms to the U.S. The navy seized them in Port Amber, D.C. It was the third seizure.');
    expect(ss.map((s) => s.text)).toEqual(['The boats carried arms to the U.S.', 'The navy seized them in Port Amber, D.C.', 'It was the third seizure.']);
  });

  test('initials before a name or a title stay inside the sentence', () => {
    expect(sentencesOf('The U.S. Navy met U.S. Ambassador Ana Roe and Ada H.W. Quill.')).toHaveLength(1);
  });
});
