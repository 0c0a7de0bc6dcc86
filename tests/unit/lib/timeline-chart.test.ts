import { describe, expect, test } from 'vitest';
import { interval, MAX_LANES, MAX_MARKS, POINT_R, REF_PX, timelineChart, type Dated } from '../../../src/lib/timeline-chart.ts';
import type { EventDate } from '../../../src/schemas/index.ts';

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

  test('the same day twice is one mark naming both, linking to its month', () => {
    const c = timelineChart([item('2025-08-07'), { ...item('2025-08-07'), href: '/events/other/' }], pages)!;
    expect(c.marks).toHaveLength(1);
    expect(c.marks[0]).toMatchObject({ count: 2, href: '/events/month/2025-08/', name: '2 events, 7 August 2025' });
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
