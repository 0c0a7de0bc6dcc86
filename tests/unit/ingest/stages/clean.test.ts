import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clean, normalizeText } from '../../../../src/ingest/stages/clean.ts';
import { splitParagraphs } from '../../../../src/ingest/stages/paragraphs.ts';

const raw = readFileSync('tests/fixtures/articles/boilerplate.txt', 'utf8');
const body = (text: string, title?: string) => splitParagraphs(clean(text, title).lines);

describe('clean', () => {
  test('drops the radio player lines, photo credits, agency codes and "More On This Topic"', () => {
    const paras = body(raw, 'City council approves new budget');
    expect(paras).toEqual([
      'SPRINGFIELD — The city council approved a new budget on Tuesday.',
      'The vote was 7 to 2, according to the clerk.',
    ]);
  });

  test('keeps the photo caption once, apart from the story', () => {
    const c = clean(raw, 'City council approves new budget');
    expect(c.caption).toBe('The mayor speaks at City Hall, Tuesday, March 4, 2025. (AP Photo/Jane Doe)');
    expect(c.lines.join('\n')).not.toContain('AP Photo');
  });

  test('takes the headline out of the body when the metadata names it', () => {
    const c = clean(raw, 'City council approves new budget');
    expect(c.title).toBe('City council approves new budget');
    expect(c.lines).not.toContain('City council approves new budget');
  });

  test('finds the headline without metadata: a short first line with no closing punctuation', () => {
    expect(clean(raw).title).toBe('City council approves new budget');
  });

  test('reads CRLF and lone-CR line endings like LF', () => {
    const crlf = raw.replace(/\n/g, '\r\n');
    const cr = raw.replace(/\n/g, '\r');
    const expected = body(raw, 'City council approves new budget');
    expect(body(crlf, 'City council approves new budget')).toEqual(expected);
    expect(body(cr, 'City council approves new budget')).toEqual(expected);
  });

  test('strips a byte-order mark and folds no-break spaces', () => {
    expect(normalizeText('\uFEFFa\u00A0b')).toBe('a b');
  });

  test('keeps a credit-like word inside a sentence', () => {
    expect(body('Officials said the AP/Reuters poll was wrong.')).toEqual(['Officials said the AP/Reuters poll was wrong.']);
  });

  test('drops a line opening with the copyright sign, a run of player time stamps and a menu word', () => {
    const text = '© 2023 Lakeside Radio\n12:05 0:00\nSubscribe\n\nThe ferry sailed late.';
    expect(body(text)).toEqual(['The ferry sailed late.']);
  });

  test('takes a caption credited "(Photo by …)" or "(Reuters Photo / …)" out of the story', () => {
    expect(clean('A pier at dawn. (Photo by Ann Lee)\n\nThe ferry sailed late.').caption).toBe('A pier at dawn. (Photo by Ann Lee)');
    expect(clean('A pier. (Reuters Photo / Ann Lee)\n\nThe ferry sailed.').caption).toBe('A pier. (Reuters Photo / Ann Lee)');
    expect(clean('The ferry sailed (as planned).').caption).toBeNull();
  });

  test('a credit is one to four capitalised words, a slash and an agency; other slashed lines stay', () => {
    const story = (first: string) => body(`${first}\n\nThe ferry sailed.`, 'Ferry news');
    expect(story('Ann Marie Lee/Getty Images')).toEqual(['The ferry sailed.']);
    expect(story('QZ12345 AFP')).toEqual(['The ferry sailed.']);
    expect(story('the crew/AP')).toEqual(['the crew/AP', 'The ferry sailed.']);
    expect(story('QZ99 AP')).toEqual(['QZ99 AP', 'The ferry sailed.']);
  });
});
