import { describe, expect, test } from 'vitest';
import { unnamedSourcing } from '../../../src/lib/unnamed-sources.ts';

// Invented sentences: what the words say about who is the source, not any one article.
describe('a claim sourced only to unnamed people is recognised', () => {
  test.each([
    ['The governor quietly approved the plan, according to people familiar with the matter.', 'according to people familiar'],
    ['The navy moved two ships south, two officials said.', 'two officials said'],
    ['A person familiar with the talks described the order as final.', 'A person familiar'],
    ['The agency began the flights in March, according to U.S. officials.', 'according to U.S. officials'],
    ['The strikes were planned for weeks, said a senior administration official.', 'said a senior administration official'],
    ['Officials say the program has been paused.', 'Officials say'],
    ['The unit was disbanded, the people briefed on the decision said, speaking on the condition of anonymity.', 'on the condition of anonymity'],
    ['The memo was drafted in June, according to two people who reviewed it.', 'according to two people'],
  ])('%s', (sentence, words) => {
    expect(unnamedSourcing(sentence)).toBe(words);
  });
});

describe('a claim on the record, or with no attribution, is not marked', () => {
  test.each([
    ['The minister said the talks would resume on Monday.'],
    ['“We will not wait,” said Laura Benton, the mayor of the port town.'],
    ['Jonas Hale, a spokesperson for the ministry, said officials had approved the plan.'],
    ['Officials in the previous government were later indicted.'],
    ['According to a statement from the ministry, the fleet sailed on Friday.'],
    ['The council met with officials from three countries.'],
    ['The senator told reporters that the vote was close.'],
  ])('%s', (sentence) => {
    expect(unnamedSourcing(sentence)).toBeNull();
  });

  test('an unnamed source beside a named one is not "only" unnamed', () => {
    expect(unnamedSourcing('The ships left port on Tuesday, Admiral Rowe said, and two officials said more would follow.')).toBeNull();
  });
});
