import { describe, expect, test } from 'vitest';
import { bySourceOrder, sourcePosition } from '../../../src/lib/source-order.ts';
import { inTimelineOrder, previousAndNext, timelineOrder } from '../../../src/lib/event-neighbours.ts';
import { splitUndated, timeline, undatedBySource } from '../../../src/lib/timeline.ts';
import { updates } from '../../../src/lib/updates.ts';
import type { Event, EventDate, Source } from '../../../src/schemas/index.ts';

// Invented articles: ids that sort one way by slug and the other way in the text, so an order
// that follows the slug instead of the source shows.
const day = (value: string): EventDate => ({ value, precision: 'day', approximate: false, expression: 'On Monday' });
const harbour: Source = {
  id: 'harbour-gazette-2031-05-02', title: 'Port council orders a review', outlet: 'Harbour Gazette', published: '2031-05-02', file: 'f1',
  paragraphs: [
    { id: 'p-lead', text: 'The port council has quietly ordered a review of the pier contracts, officials said.' },
    { id: 'p-second', text: 'The mayor welcomed the review. The auditor declined to comment.' },
    { id: 'p-third', text: 'On Monday, the council met in closed session.' },
  ],
};
const later: Source = {
  id: 'a-bay-herald-2031-05-09', title: 'Review widens', outlet: 'Bay Herald', published: '2031-05-09', file: 'f2',
  paragraphs: [{ id: 'p-widens', text: 'The review now covers the ferry contracts too.' }],
};
const ev = (id: string, source: Source, paragraph: string, quote: string, date: EventDate | null = null, o: Partial<Event> = {}): Event => ({
  id, summary: id, headline: id, date, actors: [], agents: [], authorities: [], source: source.id, paragraph, quote, ...o,
});
const zLead = ev('z-council-orders-review', harbour, 'p-lead', 'The port council has quietly ordered a review of the pier contracts', null, { reported: '2031-05-02' });
const mMayor = ev('m-mayor-welcomes', harbour, 'p-second', 'The mayor welcomed the review.');
const aAuditor = ev('a-auditor-declines', harbour, 'p-second', 'The auditor declined to comment.');
const met = ev('council-met', harbour, 'p-third', 'On Monday, the council met in closed session.', day('2031-04-28'));
const bWidens = ev('b-review-widens', later, 'p-widens', 'The review now covers the ferry contracts too.');
const sources = [later, harbour];
const events = [bWidens, aAuditor, met, mMayor, zLead];
const ids = (list: Event[]) => list.map((e) => e.id);

describe('the order the sources report events in', () => {
  test('paragraph order in the source, then position in the paragraph, then the next source by publication', () => {
    expect(ids([...events].sort(bySourceOrder(sources)))).toEqual(['z-council-orders-review', 'm-mayor-welcomes', 'a-auditor-declines', 'council-met', 'b-review-widens']);
  });

  test('an unknown paragraph comes after its source\'s known ones, an unknown source after every source', () => {
    const stray = ev('0-stray', harbour, 'p-missing', 'Nothing here.');
    const lost = { ...ev('0-lost', harbour, 'p-lead', 'The port council'), source: 'no-such-source' };
    expect(sourcePosition(stray, sources)[1]).toBe(Infinity);
    expect(ids([lost, stray, bWidens, zLead].sort(bySourceOrder(sources)))).toEqual(['z-council-orders-review', '0-stray', 'b-review-widens', '0-lost']);
  });
});

describe('undated events follow the source, not the slug', () => {
  test('the timeline lists undated events in the order the sources report them', () => {
    expect(ids(timeline(events, sources).undated)).toEqual(['z-council-orders-review', 'm-mayor-welcomes', 'a-auditor-declines', 'b-review-widens']);
  });

  test("the lead event's Previous is the last dated event and its Next the event the source reports after it", () => {
    const { previous, next } = previousAndNext(zLead, events, sources);
    expect(previous?.id).toBe('council-met');
    expect(next?.id).toBe('m-mayor-welcomes');
  });

  test('Previous and Next walk exactly the order the timeline lists', () => {
    const t = timeline(events, sources);
    const listed = [...t.years.flatMap((y) => y.events), ...t.undated];
    expect(ids(timelineOrder(events, sources).list)).toEqual(ids(listed));
    for (let i = 0; i < listed.length; i++) {
      const { previous, next } = previousAndNext(listed[i]!, events, sources);
      expect([previous?.id ?? null, next?.id ?? null]).toEqual([listed[i - 1]?.id ?? null, listed[i + 1]?.id ?? null]);
    }
  });

  test("undated events by source: sources by publication, each one's events in its own order", () => {
    expect(undatedBySource(events, sources).map((g) => [g.source, ids(g.events)])).toEqual([
      ['harbour-gazette-2031-05-02', ['z-council-orders-review', 'm-mayor-welcomes', 'a-auditor-declines']],
      ['a-bay-herald-2031-05-09', ['b-review-widens']],
    ]);
  });

  test("a record's events in the timeline's order, undated ones split off to be introduced once", () => {
    const mine = inTimelineOrder([aAuditor, met, zLead], events, sources);
    expect(ids(mine)).toEqual(['council-met', 'z-council-orders-review', 'a-auditor-declines']);
    expect(ids(splitUndated(mine).dated)).toEqual(['council-met']);
    expect(ids(splitUndated(mine).undated)).toEqual(['z-council-orders-review', 'a-auditor-declines']);
  });

  test("an update lists an article's new events in the article's order: the lead first", () => {
    const u = updates({ sources, actors: [], authorities: [], events });
    expect(u.find((x) => x.source.id === harbour.id)!.events.map((r) => r.id)).toEqual(['z-council-orders-review', 'm-mayor-welcomes', 'a-auditor-declines', 'council-met']);
  });
});
