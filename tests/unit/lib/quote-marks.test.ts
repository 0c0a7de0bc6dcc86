// The marks around words the site quotes: never a source's own mark doubled by ours, an inner
// quotation in single marks inside ours, and words holding both levels already left as written.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { enquote, quoteMarks } from '../../../src/lib/quote-marks.ts';

describe('quoteMarks', () => {
  test('words without quotation marks of their own are wrapped in “…”', () => {
    expect(enquote('the ferry leaves at noon')).toBe('“the ferry leaves at noon”');
    expect(enquote('the harbour’s north quay')).toBe('“the harbour’s north quay”');
  });

  test('empty words get no marks', () => {
    expect(enquote('')).toBe('');
    expect(enquote('  ')).toBe('  ');
  });

  test('words that are one quotation of their own keep their marks and gain none', () => {
    expect(enquote('“The bridge stays closed until spring.”')).toBe('“The bridge stays closed until spring.”');
    expect(enquote('"The bridge stays closed."')).toBe('"The bridge stays closed."');
    expect(enquote('“The bridge stays closed”.')).toBe('“The bridge stays closed”.');
  });

  test('a quotation that ends the words becomes single inside ours, so the end is not ””', () => {
    expect(enquote('The mayor called the plan “a bridge too far.”')).toBe('“The mayor called the plan ‘a bridge too far.’”');
  });

  test('a quotation that starts the words becomes single inside ours, so the start is not ““', () => {
    expect(enquote('“We will rebuild the pier,” the harbour master said.')).toBe('“‘We will rebuild the pier,’ the harbour master said.”');
  });

  test('two quotations in the words, each single inside ours', () => {
    expect(enquote('“Not yet,” she said, “but soon.”')).toBe('“‘Not yet,’ she said, ‘but soon.’”');
  });

  test('straight double marks inside become single by their place: opening after a space, closing after a word', () => {
    expect(enquote('He called it "a paper tiger" twice.')).toBe('“He called it ‘a paper tiger’ twice.”');
    expect(enquote('"Done," he said.')).toBe('“‘Done,’ he said.”');
  });

  test('words that already hold single quotation marks as well are shown exactly as written, with no marks of ours', () => {
    const nested = 'She said “the ‘old road’ is gone.”';
    expect(quoteMarks(nested)).toEqual({ open: '', text: nested, close: '' });
    expect(enquote("He said \"the 'old road' is gone.\"")).toBe("He said \"the 'old road' is gone.\"");
  });

  test('only marks change, never a word, whatever the words', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '.', '“', '”', '"', '’', "'") }), (words) => {
        const q = quoteMarks(words);
        const unmarked = (s: string) => s.replace(/[“”"‘’']/gu, '');
        expect(unmarked(q.text)).toBe(unmarked(words));
        expect(q.text.length).toBe(words.length);
      }),
    );
  });

  test('never two double marks side by side where the words had none side by side', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '“', '”', '"', '‘', '’') }), (words) => {
        fc.pre(!/[“”"]{2}/u.test(words));
        expect(enquote(words)).not.toMatch(/[“”"]{2}/u);
      }),
    );
  });
});
