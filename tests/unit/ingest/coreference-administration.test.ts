import { expect, test } from 'vitest';
import { extract } from './helpers.ts';

const text = [
  'President Donald Trump has signed an order that his administration drafted in secret.',
  'The Trump administration added the group to a list, asserting that it is headed by President Nicolás Maduro of Venezuela and officials in his administration.',
].join('\n\n');

test('"his administration" is the administration of the person just named, not always the main president’s', () => {
  const admin = extract(text).actors.find((a) => a.id === 'trump-administration');
  const texts = admin?.mentions.map((m) => m.quote) ?? [];
  expect(texts.some((q) => q.startsWith('President Donald Trump has signed'))).toBe(true);
  expect(admin?.mentions.filter((m) => m.text === 'his administration' && m.quote.includes('Maduro'))).toEqual([]);
});
