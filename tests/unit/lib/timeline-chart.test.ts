import { describe, expect, test } from 'vitest';
import { eventPageItems, eventsToDated, interval, short, MAX_LANES, MAX_MARKS, POINT_R, REF_PX, timelineChart, type Chart, type Dated } from '../../../src/lib/timeline-chart.ts';
import type { Event, EventDate } from '../../../src/schemas/index.ts';

const d = (value: string, precision: EventDate['precision'], approximate = false): EventDate => ({ value, precision, approximate, expression: value });
const item = (value: string, precision: EventDate['precision'] = 'day', approximate = false): Dated => ({
  date: d(value, precision, approximate), href: `/events/${value}/`, name: value, onTimeline: true,
});
const pages = { month: (m: string) => `/events/month/${m}/`, year: (y: string) => `/events/year/${y}/` };

describe('timeline chart', () => {
  test('a day is a point; a month, year or decade is a span of its length', () => {
    expect(interval(d('2025-08-07', 'day'))[0]).toBe(interval(d('2025-08-07', 'day'))[1]);
    expect(interval(d('2025-02', 'month'))).toEqual([2025 + 1 / 12, 2025 + 2 / 12]);
    expect(interval(d('1990', 'decade'))).toEqual([1990, 2000]);
    const c = timelineChart([item('2025-08-07'), item('2025-02', 'month'), item('1990', 'decade')], pages)!;
    expect(c.marks.map((m) => m.shape).sort()).toEqual(['point', 'span', 'span']);
  });

  test('a date placed after a day inside its year is drawn from that day, not from January', () => {
    const [from, to] = interval({ ...d('1998', 'year', true), after: '1998-06-04' });
    expect(from).toBeCloseTo(interval(d('1998-06-04', 'day'))[0], 5);
    expect(to).toBe(1999);
    expect(interval({ ...d('2025', 'year', true), after: '2025-03' })).toEqual([2025 + 3 / 12, 2026]);
  });

  test('a date that counts from a month inside its year is drawn from that month’s start', () => {
    const early = { ...d('2025', 'year', true), after: '2025-03', anchor: { kind: 'event', event: 'x', relation: 'from' } } as const;
    expect(interval(early)).toEqual([2025 + 2 / 12, 2026]);
  });

  test('a span is drawn from its first day to its last', () => {
    const [from, to] = interval({ ...d('2009-01-20', 'day'), until: '2013-01-20' });
    expect(from).toBeCloseTo(interval(d('2009-01-20', 'day'))[0], 5);
    expect(to).toBeCloseTo(interval(d('2013-01-20', 'day'))[0], 5);
  });

  test('a date placed before a month inside its year ends where that month starts', () => {
    expect(interval({ ...d('1994', 'year', true), before: '1994-05' })).toEqual([1994, 1994 + 4 / 12]);
  });

  test('a bound no more precise than the date, or outside it, leaves the whole period', () => {
    expect(interval({ ...d('1989', 'year', true), before: '1989' })).toEqual([1989, 1990]);
    expect(interval({ ...d('2025-03', 'month'), after: '2024-12-31' })).toEqual([2025 + 2 / 12, 2025 + 3 / 12]);
  });

  test('approximate dates are marked, and every mark links with a name', () => {
    const c = timelineChart([item('2025-07-25', 'day', true), item('2025-08-07')], pages)!;
    expect(c.marks.map((m) => m.approximate).sort()).toEqual([false, true]);
    expect(c.marks.every((m) => m.href.startsWith('/events/') && m.name.length > 0)).toBe(true);
  });

  test('1878 and 2025 fit one view: the empty years between are a break in the scale', () => {
    const c = timelineChart([item('1878', 'year'), item('2025-08-07'), item('2025-02', 'month')], pages)!;
    expect(c.segments.length).toBe(2);
    expect(c.breaks.length).toBe(1);
    // Each stretch gets a readable share of the width, not 1/147 of it.
    expect(Math.min(...c.segments.map((s) => s.w))).toBeGreaterThan(15);
    expect(c.ticks.map((t) => t.text)).toContain('1878');
    expect(c.ticks.some((t) => t.text.includes('2025'))).toBe(true);
    expect(c.marks.every((m) => m.x >= 0 && m.x + m.w <= 100)).toBe(true);
  });

  test('marks in a row never overlap at a phone width', () => {
    const days = Array.from({ length: 20 }, (_, i) => item(`2025-0${1 + (i % 9)}-${String(1 + i).padStart(2, '0')}`));
    const c = timelineChart(days, pages)!;
    const px = (x: number) => (x / 100) * REF_PX;
    for (let lane = 0; lane < c.lanes; lane++) {
      const row = c.marks.filter((m) => m.lane === lane).map((m) => (m.shape === 'point' ? [px(m.x) - POINT_R, px(m.x) + POINT_R] : [px(m.x), px(m.x + m.w)])).sort((a, b) => a[0]! - b[0]!);
      for (let i = 1; i < row.length; i++) expect(row[i]![0]!).toBeGreaterThanOrEqual(row[i - 1]![1]!);
    }
    expect(c.lanes).toBeLessThanOrEqual(MAX_LANES);
  });

  test('a crowded chart groups its dates into fewer marks, each linking to its month or year page', () => {
    const many: Dated[] = [];
    for (let y = 1980; y <= 2025; y++) for (let m = 1; m <= 12; m++) many.push(item(`${y}-${String(m).padStart(2, '0')}-15`));
    const c = timelineChart(many, pages)!;
    expect(c.total).toBe(many.length);
    expect(c.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(c.grouping).not.toBe('date');
    expect(c.marks.reduce((n, m) => n + m.count, 0)).toBe(many.length);
    expect(c.marks.every((m) => /^\/events\/(year|month)\//.test(m.href))).toBe(true);
    expect(c.marks[0]!.name).toMatch(/^\d+ events in /);
  });

  test("a date the editors set is named as theirs on its mark", () => {
    const ev = (id: string, date: EventDate) => ({ id, date, headline: `The council met ${id}`, summary: '', actors: [], agents: [], authorities: [], source: 's', paragraph: 'p', quote: 'q' }) as Event;
    const [set, stated] = eventsToDated([ev('a', { ...d('1988-02', 'month'), editorial: 'indicted in February 1988' }), ev('b', d('1989-12-29', 'day'))], '/');
    expect(set!.name).toBe('February 1988 (date set by the editors): The council met a');
    expect(stated!.name).toBe('29 December 1989: The council met b');
  });

  test('grouped by month, a span stays its own mark, never counted in its first month', () => {
    const many: Dated[] = [];
    for (let m = 1; m <= 12; m++) for (const day of ['03', '09', '15', '21', '27']) many.push(item(`2024-${String(m).padStart(2, '0')}-${day}`));
    const span: Dated = { ...item('2024-01-23'), date: { ...d('2024-01-23', 'day'), until: '2024-08-08' }, href: '/events/span/' };
    const c = timelineChart([...many, span], pages)!;
    expect(c.grouping).toBe('month');
    expect(c.marks.find((m) => m.name.includes('January 2024'))!.count).toBe(5);
    expect(c.marks.find((m) => m.href === '/events/span/')?.count).toBe(1);
  });

  test('a day with an approximate event among exact ones says how many are approximate, and is drawn so', () => {
    const c = timelineChart([item('2025-08-07'), { ...item('2025-08-07', 'day', true), href: '/events/about/' }], pages)!;
    expect(c.marks).toHaveLength(1);
    expect(c.marks[0]).toMatchObject({ count: 2, approximate: true, name: '2 events, 7 August 2025 (1 of them approximately)' });
  });

  test('a mark grouping a period says how many of its events are approximate or dated by the editors', () => {
    const many: Dated[] = [];
    for (let y = 1960; y <= 2025; y++) many.push(item(`${y}-03-15`), item(`${y}-09-15`));
    const set: Dated = { ...item('2025-01-20'), date: { ...d('2025-01-20', 'day'), editorial: 'sworn in that day' }, href: '/events/set/' };
    const c = timelineChart([...many, { ...item('2025-05-01', 'day', true), href: '/events/about/' }, set], pages)!;
    expect(c.grouping).not.toBe('date');
    const mark = c.marks.at(-1)!;
    expect(mark.name).toMatch(/^\d+ events in /u);
    expect(mark.name).toMatch(/\(1 of them approximately; 1 of them dated by the editors\)$/u);
    expect(mark.approximate).toBe(true);
  });

  test('grouped by year, a span running past its first year stays its own mark', () => {
    const many: Dated[] = [];
    for (let y = 1990; y <= 2025; y++) for (const m of ['02', '05', '08', '11']) many.push(item(`${y}-${m}-15`));
    const term: Dated = { ...item('2017-01-20'), date: { ...d('2017-01-20', 'day'), until: '2021-01-20' }, href: '/events/term/' };
    const c = timelineChart([...many, term], pages)!;
    expect(c.grouping).toBe('year');
    expect(c.marks.find((m) => m.href === '/events/term/')?.count).toBe(1);
    expect(c.marks.find((m) => m.name.includes(' in 2017'))!.count).toBe(4);
  });

  test('the same day twice is one mark naming both, linking to its month', () => {
    const c = timelineChart([item('2025-08-07'), { ...item('2025-08-07'), href: '/events/other/' }], pages)!;
    expect(c.marks).toHaveLength(1);
    expect(c.marks[0]).toMatchObject({ count: 2, href: '/events/month/2025-08/', name: '2 events, 7 August 2025' });
  });

  test('a law’s own year beside its one event is named as such, not counted as an event', () => {
    const own: Dated = { ...item('2001', 'year'), name: '2001: the year of the act', onTimeline: false, current: true };
    const c = timelineChart([own, item('2001', 'year')], pages)!;
    expect(c.marks[0]!.name).toBe('2001: the year of the act, and 1 event dated only to 2001');
  });

  test('two events known only to a year are named so, not as all of that year’s', () => {
    const c = timelineChart([item('2025', 'year'), { ...item('2025', 'year'), href: '/events/other/' }, item('2025-03-02')], pages)!;
    expect(c.marks.map((m) => m.name)).toContain('2 events dated only to 2025');
  });

  test('the events of a thousand articles still make a chart of at most MAX_MARKS marks', () => {
    const many: Dated[] = [];
    for (let i = 0; i < 30_000; i++) {
      const y = 1950 + (i % 76);
      many.push(i % 3 ? item(`${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`) : item(String(y), 'year'));
    }
    many.push(item('1878', 'year'));
    const c = timelineChart(many, pages)!;
    expect(c.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(c.lanes).toBeLessThanOrEqual(MAX_LANES);
    expect(c.marks.reduce((n, m) => n + m.count, 0)).toBe(many.length);
    expect(c.breaks.length).toBeGreaterThan(0);
  });
});

/** Where an instant falls on the chart, by the stretch of axis that covers it. */
function xOf(c: Chart, t: number): number {
  const s = c.segments.find((g) => t >= g.from && t <= g.to)!;
  return s.x + ((t - s.from) / (s.to - s.from)) * s.w;
}
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const markOf = (c: Chart, value: string) => c.marks.find((m) => m.href === `/events/${value}/`)!;

describe('one axis convention: a tick marks the start of its period, a mark sits at its date', () => {
  // The same dates alone (one stretch), after a far year (a later stretch), among years (a long stretch).
  const charts: [string, Dated[]][] = [
    ['first stretch', [item('2025-07-20'), item('2025-08-07'), item('2025-08-20')]],
    ['later stretch', [item('1878', 'year'), item('2025-07-25'), item('2025-08-07')]],
    ['long later stretch', [item('1878', 'year'), item('2017', 'year'), item('2019-05', 'month'), item('2025-08-07')]],
    ['decades', [item('1950', 'decade'), item('1990', 'decade'), item('2025-08-07')]],
  ];

  for (const [name, items] of charts)
    test(`every tick is at 1 January or the 1st of a month, where the axis puts that day (${name})`, () => {
      const c = timelineChart(items, pages)!;
      expect(c.ticks.length).toBeGreaterThan(0);
      for (const t of c.ticks) {
        expect(near(t.at * 12, Math.round(t.at * 12)), t.text).toBe(true);
        if (/^\d{4}$/.test(t.text)) expect(t.at).toBe(Number(t.text));
        expect(near(t.x, xOf(c, t.at)), t.text).toBe(true);
      }
    });

  for (const [name, items] of charts)
    test(`7 August 2025 sits right of the tick of its month or year, and left of the next (${name})`, () => {
      const c = timelineChart(items, pages)!;
      const day = markOf(c, '2025-08-07');
      const before = c.ticks.filter((t) => t.at <= 2025 + 7 / 12);
      const after = c.ticks.filter((t) => t.at > 2025 + 7 / 12);
      expect(before.length).toBeGreaterThan(0);
      expect(day.x).toBeGreaterThan(before.at(-1)!.x);
      if (after[0]) expect(day.x).toBeLessThan(after[0].x);
    });

  test('the "Aug" tick is at 1 August, in the first stretch and in a later one', () => {
    for (const items of [charts[0]![1], charts[1]![1]]) {
      const c = timelineChart(items, pages)!;
      const aug = c.ticks.find((t) => t.text.startsWith('Aug'))!;
      expect(markOf(c, '2025-08-07').x).toBeGreaterThan(aug.x);
      expect(near(aug.x, xOf(c, 2025 + 7 / 12))).toBe(true);
    }
  });

  test('a month or a year is drawn from its first day to the next period\'s', () => {
    const c = timelineChart([item('1990', 'year'), item('1996', 'year'), item('2025-03', 'month'), item('2025-08-07'), item('2025-06-10')], pages)!;
    const march = markOf(c, '2025-03');
    expect(near(march.x, xOf(c, 2025 + 2 / 12))).toBe(true);
    expect(near(march.x + march.w, xOf(c, 2025 + 3 / 12))).toBe(true);
    const year = markOf(c, '1990');
    expect(near(year.x, xOf(c, 1990))).toBe(true);
    expect(near(year.x + year.w, xOf(c, 1991))).toBe(true);
  });
});

describe("an event's own chart", () => {
  const ev = (id: string, date: EventDate | null, reported?: string): Event =>
    ({ id, summary: `Something invented happened (${id})`, headline: `Something invented happened (${id})`, date, ...(reported ? { reported } : {}), actors: [], authorities: [], source: 's', paragraph: 'p', quote: 'q' }) as unknown as Event;
  const related = [ev('a', d('2025-08-06', 'day')), ev('b', d('2024', 'year'))];

  test('an undated event with no reported day has nothing to place: no chart at all', () => {
    expect(eventPageItems(ev('x', null), related, '/')).toEqual([]);
    expect(timelineChart(eventPageItems(ev('x', null), related, '/'), pages)).toBeNull();
  });

  test('an undated event is placed at the day it was reported, drawn and named as such', () => {
    const items = eventPageItems(ev('x', null, '2025-08-08'), related, '/');
    expect(items[0]).toMatchObject({ current: true, reported: true, href: '/events/x/' });
    expect(items[0]!.name).toMatch(/^Reported 8 August 2025, its own date not given: /);
    // (named by its title, as everywhere else, not by the sentence it was read from)
    const titled = { ...ev('y', null, '2025-08-08'), summary: 'The long sentence it was read from', headline: 'Its title' } as Event;
    expect(eventPageItems(titled, related, '/')[0]!.name).toBe('Reported 8 August 2025, its own date not given: Its title');
    const c = timelineChart(items, pages)!;
    const own = c.marks.find((m) => m.current)!;
    expect(own).toMatchObject({ reported: true, shape: 'point', count: 1 });
    expect(near(own.x, xOf(c, interval(d('2025-08-08', 'day'))[0]))).toBe(true);
  });

  test('a reported day is never grouped with an event dated that day', () => {
    const items = eventPageItems(ev('x', null, '2025-08-06'), related, '/');
    const c = timelineChart(items, pages)!;
    expect(c.marks.filter((m) => m.reported)).toHaveLength(1);
    expect(c.marks.find((m) => m.reported)!.count).toBe(1);
  });

  test('a dated event is its own mark among the related; a year is a span', () => {
    const items = eventPageItems(ev('x', d('2023', 'year')), related, '/');
    const c = timelineChart(items, pages)!;
    const own = c.marks.find((m) => m.current)!;
    expect(own).toMatchObject({ shape: 'span', reported: false });
    expect(near(own.x, xOf(c, 2023))).toBe(true);
  });
});

describe('a mark’s name', () => {
  test('a summary cut inside a quotation closes it after the ellipsis; one cut outside adds no mark', () => {
    const quoted = 'The assembly condemned the landing at the harbor as a “gross breach of the law of the sea and of every treaty the two states signed.”';
    const cut = short(quoted, 80);
    expect(cut.endsWith('…”')).toBe(true);
    expect([...cut].filter((c) => c === '“').length).toBe([...cut].filter((c) => c === '”').length);
    expect(short('The assembly met at the harbor on a cold and windy morning to condemn the landing and the blockade', 60).endsWith('…')).toBe(true);
  });
});
