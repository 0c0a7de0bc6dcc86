import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';
import { mergedShort, shortArticle } from './merge-helpers.ts';

// Invented sentences: what a date counts from is recorded once, at extraction, by event id.
describe('what a date counts from, in the record', () => {
  test('"two days later" names the event it counts from, after it by two days; the date is stated', () => {
    const r = extract('Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\nTwo days later, Marco Rubio issued a statement accusing the cartel.');
    const [first, second] = r.events;
    expect(second!.date).toMatchObject({ value: '2025-07-27', anchor: { kind: 'event', event: first!.id, relation: 'after', offsetDays: 2 } });
    expect(second!.date!.inferred).toBeUndefined();
  });

  test('"ahead of the operation" takes its date from the event before it: inferred, relation "before"', () => {
    const r = extract('In 1997, President Ann Roe sent troops into Freedonia.\n\nAhead of the operation, Mark Hale wrote a memo on the mission.');
    const [sent, memo] = r.events;
    expect(memo!.date).toMatchObject({ value: '1997', inferred: true, anchor: { kind: 'event', event: sent!.id, relation: 'before' } });
  });

  test('a date counted from the publication day says so; a date the words give alone has no anchor', () => {
    const r = extract('Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\nIn 1997, President Ann Roe sent troops into Freedonia.');
    expect(r.events[0]!.date!.anchor).toEqual({ kind: 'published' });
    expect(r.events[1]!.date!.anchor).toBeUndefined();
  });

  test('a date its paragraph gives is inferred too, and counts from no event', () => {
    const r = extract('In 1997, President Ann Roe sent troops into Freedonia. The Freedonian parliament condemned the action.');
    expect(r.events[1]!.date).toMatchObject({ fromContext: true, inferred: true });
    expect(r.events[1]!.date!.anchor).toBeUndefined();
  });

  test('an anchor follows its event when the merge joins that event into another article’s report', () => {
    const text = 'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel. Two days later, Marco Rubio issued a statement accusing the cartel.';
    const one = shortArticle('example-a', '2025-08-08', 'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.');
    const two = shortArticle('example-b', '2025-08-08', text);
    const corpus = mergedShort(one, two);
    const statement = corpus.events.find((e) => e.quote.startsWith('Two days later'))!;
    const a = statement.date!.anchor as { event: string };
    const anchor = corpus.events.find((e) => e.id === a.event || e.reports?.some((r) => r.source === 'example-b' && r.quote.startsWith('Two weeks ago')));
    expect(anchor, a.event).toBeDefined();
    expect(corpus.events.map((e) => e.id)).toContain(a.event);
  });
});
