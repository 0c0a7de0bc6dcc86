import { describe, expect, test } from 'vitest';
import { actorGlance, authorityGlance, eventGlance } from '../../../src/lib/at-a-glance.ts';
import type { Actor, Authority, Event, EventDate, Source } from '../../../src/schemas/index.ts';

const src = (id: string, published: string): Source => ({ id, title: id, outlet: 'o', published, file: 'f', paragraphs: [{ id: 'p-1', text: 'x' }] });
const sources = [src('later', '2025-09-01'), src('first', '2025-08-08'), src('unused', '2020-01-01')];
const at = (source: string) => ({ source, paragraph: 'p-1', quote: 'x' });
const day = (value: string): EventDate => ({ value, precision: 'day', approximate: false, expression: 'x' });
const ev = (id: string, date: EventDate | null, source = 'first'): Event => ({ id, date, actors: [], agents: [], authorities: [], summary: id, headline: id, ...at(source) });

describe('the summary box', () => {
  const actor: Actor = {
    id: 'a', name: 'A', kind: 'person', aliases: [],
    roles: [{ ...at('first'), role: 'mayor' }, { ...at('later'), role: 'mayor' }],
    mentions: [{ ...at('first'), text: 'A' }, { ...at('later'), text: 'A' }],
    statements: [at('first')],
  };
  const events = [ev('e2', day('2025-08-07')), ev('e1', day('1999-01-02')), ev('e0', null)];

  test("an actor's box: kind, roles once each, first and last reported by publication day, counts", () => {
    const g = actorGlance(actor, events, sources);
    expect(g.kind).toBe('Person');
    expect(g.roles).toEqual(['mayor']);
    expect(g.reported).toEqual({ first: '2025-08-08', last: '2025-09-01', firstOutlet: 'o', lastOutlet: 'o' });
    expect(g.counts).toEqual({ quotations: 1, events: 3, sources: 2 });
    expect(g.eventsAre).toBe('event');
    expect(g.keyDates.map((k) => [k.label, k.date.value])).toEqual([['Earliest event', '1999-01-02'], ['Latest event', '2025-08-07']]);
  });

  test('the latest event counts a span to its end and an undated act by the day it was reported on', () => {
    const lead: Event = { ...ev('lead', null), reported: '2025-08-08' };
    const g = actorGlance(actor, [...events, lead], sources);
    expect(g.keyDates.at(-1)).toMatchObject({ label: 'Latest event', date: { value: '2025-08-08' }, reported: true });
    const alike = ev('alike', { ...day('2021-01-20'), until: '2025-08-08' });
    expect(actorGlance(actor, [...events, alike, lead], sources).keyDates.at(-1)).toMatchObject({ reported: true });
    const term = ev('term', { ...day('2021-01-20'), until: '2025-08-20' });
    const h = actorGlance(actor, [...events, lead, term], sources);
    expect(h.keyDates.at(-1)).toMatchObject({ label: 'Latest event', date: { value: '2021-01-20', until: '2025-08-20' } });
    expect(h.keyDates.at(-1)!.reported).toBeUndefined();
  });

  test("an authority's box gives its year first, and counts the passages that name it", () => {
    const law: Authority = { id: 'l', name: 'L', kind: 'statute', aliases: [], year: 1878, mentions: [{ ...at('later'), text: 'L' }] };
    const g = authorityGlance(law, [], sources);
    expect(g.keyDates.map((k) => k.date.value)).toEqual(['1878']);
    expect(g.counts).toEqual({ quotations: 1, events: 0, sources: 1 });
    expect(g.reported).toEqual({ first: '2025-09-01', last: '2025-09-01', firstOutlet: 'o', lastOutlet: 'o' });
  });

  test("an authority's year the editors gave (overlay `year`) is marked theirs; one from the text is not", () => {
    const law: Authority = { id: 'l', name: 'L', kind: 'statute', aliases: [], year: 1878, mentions: [{ ...at('later'), text: 'L' }] };
    expect(authorityGlance({ ...law, yearByEditors: true }, [], sources).keyDates[0]!.date.editorial).toBe('the sources give no year');
    expect(authorityGlance(law, [], sources).keyDates[0]!.date.editorial).toBeUndefined();
  });

  test("an event's box: its date, its source's day, and how many related events", () => {
    const g = eventGlance(events[0]!, [events[1]!], sources);
    expect(g).toMatchObject({ kind: 'Event', reported: { first: '2025-08-08', last: '2025-08-08', firstOutlet: 'o' }, counts: { quotations: 1, events: 1, sources: 1 }, eventsAre: 'related event' });
    expect(g.keyDates[0]!.date.value).toBe('2025-08-07');
  });
});
