import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../helpers.ts';
import { eventFacts } from '../../../../src/ingest/stages/event-facts.ts';

// Invented sentences.
const facts = (text: string) => eventFacts(sentencesOf(text)[0]!);

describe('the facts of an event’s sentence', () => {
  test('the act is the main verb’s lemma, and every verb of a happening is listed', () => {
    const f = facts('The navy seized three boats and detained their crews.');
    expect(f.act).toBe('seize');
    expect(f.verbs).toEqual(expect.arrayContaining(['seize', 'detain']));
  });

  test('a count is a figure with what it counts; a day of a month, a year or money is not', () => {
    const f = facts('On May 3, 2021, a raid that cost $40 million killed 11 people near the port.');
    expect(f.figures.map((x) => [x.about, x.text, x.value])).toEqual(
      expect.arrayContaining([['killed', '11', 11], ['people', '11', 11]]),
    );
    expect(f.figures.some((x) => x.text === '3' || x.text === '2021' || x.text === '40')).toBe(false);
  });

  test('"hundred" and "thousand" belong to the number they follow', () => {
    expect(facts('The navy deployed two thousand sailors to the strait.').figures.map((x) => x.text)).toContain('two thousand');
  });

  test('the place is the first place phrase of names, without a month', () => {
    expect(facts('The navy seized a boat off Port Amber in May.').place).toBe('off Port Amber');
    expect(facts('The navy seized a boat in May.').place).toBeNull();
  });

  test('an opening "In announcing …" gives the act it frames', () => {
    expect(facts('In announcing the fine, the ministry accused the firm of fraud.').frame).toBe('announce');
    expect(facts('The ministry accused the firm of fraud.').frame).toBeNull();
  });
});
