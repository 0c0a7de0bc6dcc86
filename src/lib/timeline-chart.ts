import type { Event, EventDate } from '../schemas/index.ts';
import { boundOf as bound, formatEventDate } from './event-dates.ts';
import { monthLabel } from './timeline.ts';
import { recordPath, withBase } from './urls.ts';

/**
 * The visual timeline, laid out at build time. Horizontal positions are percentages of the
 * chart's width, so the SVG stretches to any screen while its text and marks keep their pixel
 * size; collisions are checked at a phone's width (REF_PX), the narrowest it is drawn at.
 */

/** Something to place on the chart: an event, or a record's own date (a law's year). */
export interface Dated {
  date: EventDate;
  href: string;
  /** The accessible name of its mark when it stands alone. */
  name: string;
  /** Its year (or decade) has a page on the timeline: aggregated marks link there. */
  onTimeline: boolean;
  /** The page's own record: drawn apart. */
  current?: boolean;
  /**
   * An undated event placed at the day it was reported, which is not the day of the act: drawn
   * as such, never grouped with dated events.
   */
  reported?: boolean;
}

export interface Mark {
  /** A day is a point; a month, year or decade, or several dates together, a span. */
  shape: 'point' | 'span';
  /** Left edge (span) or centre (point), in % of the width; `w` is the span's width in %. */
  x: number;
  w: number;
  /** 0 is the row nearest the axis. */
  lane: number;
  approximate: boolean;
  current: boolean;
  /** The day an undated event was reported, not its date (see `Dated.reported`). */
  reported: boolean;
  count: number;
  href: string;
  name: string;
}

export interface Segment {
  /** Left edge and width in %, and the years (fractional) it covers. */
  x: number;
  w: number;
  from: number;
  to: number;
}

/** A label under the axis at the start of its period: 1 January, the 1st of a month. */
export interface Tick {
  x: number;
  text: string;
  /** The instant it marks, in fractional years (2025.5 is 1 July 2025). */
  at: number;
}

export interface Chart {
  segments: Segment[];
  /** Where the scale breaks (long stretches with nothing left out), in %. */
  breaks: number[];
  ticks: Tick[];
  marks: Mark[];
  lanes: number;
  /** How marks were grouped: each date alone, or by month, year or decade when crowded. */
  grouping: Grouping;
  /** How many dated things the chart stands for. */
  total: number;
}

type Grouping = 'date' | 'month' | 'year' | 'decade';
const GROUPINGS: Grouping[] = ['date', 'month', 'year', 'decade'];

/** The width the layout is checked at (a 390 px phone, less the page's margins). */
export const REF_PX = 340;
/** Radius of a point, height of a span, height of a row (px). */
export const POINT_R = 6;
export const SPAN_H = 10;
export const LANE_H = 18;
export const MAX_LANES = 4;
export const MAX_MARKS = 60;
const MAX_SEGMENTS = 5;
const PAD = 3;
const BREAK = 6;
const MIN_SPAN_PX = 8;
const GAP_PX = 3;
const px = (pct: number) => (pct / 100) * REF_PX;
const pct = (p: number) => (p / REF_PX) * 100;

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const intervals = new WeakMap<EventDate, [number, number]>();

/**
 * The stretch of time a date covers, in fractional years: a day is an instant. A date the text places
 * after another inside its own period ("after the attacks of 11 September 2001", known only to 2001)
 * starts where that one ends, and one placed before another ends where that one starts: the text
 * rules out the rest of the period.
 */
export function interval(d: EventDate): [number, number] {
  const known = intervals.get(d);
  if (known) return known;
  let [from, to] = periodOf(d);
  const inside = (t: number) => from < t && t < to;
  // (a bound no more precise than the date itself, "before 1989" of a date in 1989, cuts nothing)
  // (an act that counts "from" the bound, "Early on" after a return to office in March, may share its month)
  const edge = d.anchor?.kind === 'event' && d.anchor.relation === 'from' ? 0 : 1;
  const start = d.after ? periodOf(bound(d.after))[edge] : from;
  const end = d.before ? periodOf(bound(d.before))[0] : to;
  if (inside(start) && (!inside(end) || start < end)) from = start;
  if (inside(end) && end > from) to = end;
  // a span ("in his first term"): to the end of its last period
  if (d.until) to = Math.max(to, periodOf(bound(d.until))[1]);
  const out: [number, number] = [from, to];
  intervals.set(d, out);
  return out;
}


/** The whole period a date's value names: its year, month or decade; a day is an instant. */
function periodOf(d: EventDate): [number, number] {
  const v = d.value;
  const y = Number(v.slice(0, 4));
  const m = v.length >= 7 ? Number(v.slice(5, 7)) : 1;
  let out: [number, number];
  if (d.precision === 'decade') out = [y, y + 10];
  else if (d.precision === 'year') out = [y, y + 1];
  else if (d.precision === 'month') out = [y + (m - 1) / 12, y + m / 12];
  else {
    const doy = DAYS_BEFORE[m - 1]! + (m > 2 && isLeap(y) ? 1 : 0) + Number(v.slice(8, 10)) - 1;
    const t = y + (doy + 0.5) / (isLeap(y) ? 366 : 365);
    out = [t, t];
  }
  return out;
}

interface Group {
  key: string;
  members: Dated[];
  from: number;
  to: number;
  point: boolean;
}

/** The key an item is grouped under at a grouping level: a reported day stays alone. */
function keyOf(it: Dated, g: Grouping): string {
  return it.reported ? `reported|${it.date.value}` : keyAt(it.date, g);
}

/** The key a date is grouped under at a grouping level. */
function keyAt(d: EventDate, g: Grouping): string {
  // a span ("between 23 January and 8 August") is no date of its start's month, nor one running
  // past its first year ("between 2017 and 2021") of that year: it stays its own mark
  const crossesYears = !!d.until && d.until.slice(0, 4) !== d.value.slice(0, 4);
  if (d.until && (g === 'date' || g === 'month' || (g === 'year' && crossesYears)))
    return `${d.value}|${d.precision}|${d.until}`;
  if (g === 'date') return `${d.value}|${d.precision}`;
  if (g === 'decade') return `${d.value.slice(0, 3)}0s`;
  if (g === 'year' && d.precision !== 'decade') return d.value.slice(0, 4);
  if (g === 'month' && (d.precision === 'day' || d.precision === 'month')) return d.value.slice(0, 7);
  return `${d.value}|${d.precision}`;
}

function groupsAt(items: Dated[], g: Grouping): Group[] {
  const by = new Map<string, Dated[]>();
  for (const it of items) {
    const k = keyOf(it, g);
    const list = by.get(k);
    if (list) list.push(it);
    else by.set(k, [it]);
  }
  return [...by].map(([key, members]) => {
    let [from, to] = [Infinity, -Infinity];
    for (const m of members) {
      const [a, b] = interval(m.date);
      from = Math.min(from, a);
      to = Math.max(to, b);
    }
    return { key, members, from, to, point: from === to };
  });
}

/** Groups of dates close in time share a stretch of axis; a long empty gap is a break. */
function segmentsOf(groups: Group[]): { from: number; to: number; groups: Group[] }[] {
  const sorted = [...groups].sort((a, b) => a.from - b.from || a.to - b.to);
  const span = sorted.at(-1)!.to - sorted[0]!.from;
  for (let gap = Math.max(2, span / 20); ; gap *= 2) {
    const segs: { from: number; to: number; groups: Group[] }[] = [];
    for (const g of sorted) {
      const last = segs.at(-1);
      if (last && g.from - last.to <= gap) {
        last.to = Math.max(last.to, g.to);
        last.groups.push(g);
      } else segs.push({ from: g.from, to: g.to, groups: [g] });
    }
    if (segs.length <= MAX_SEGMENTS) return segs;
  }
}

/** The words of a group's mark: the date alone, or how many and when. */
function nameOf(g: Group, grouping: Grouping): string {
  if (g.members.length === 1) return g.members[0]!.name;
  // a law's own year beside its events is no event: "2001: the year of the act, and 1 event, 2001"
  const own = g.members.filter((m) => !m.onTimeline && !m.reported);
  const events = g.members.length - own.length;
  const n = `${own.map((m) => `${m.name}, and `).join('')}${events} ${events === 1 ? 'event' : 'events'}`;
  const one = g.members.every((m) => keyAt(m.date, 'date') === keyAt(g.members[0]!.date, 'date'));
  const date = (g.members.find((m) => !m.date.approximate) ?? g.members[0]!).date;
  // "3 events, 7 August 2025 (1 of them approximately)", "14 events in 2025 (6 of them approximately;
  // 1 dated by the editors)": what a single mark would say of its date, said of the group too
  const count = (k: number, what: string) => (k === events ? `all ${what}` : `${k} of them ${what}`);
  const listed = g.members.filter((m) => !own.includes(m));
  const rough = listed.filter((m) => m.date.approximate).length;
  const set = listed.filter((m) => m.date.editorial).length;
  const notes = [
    ...(rough > 0 && !(one && rough === events) ? [count(rough, 'approximately')] : []),
    ...(set > 0 ? [count(set, 'dated by the editors')] : []),
  ];
  const some = notes.length ? ` (${notes.join('; ')})` : '';
  // "2 events dated only to 2025": not all of 2025's, which its page lists
  if (one)
    return date.precision === 'day'
      ? `${n}, ${formatEventDate(date)}${some}`
      : `${n} dated only to ${formatEventDate(date)}${some}`;
  if (grouping === 'month' && /^\d{4}-\d{2}$/.test(g.key)) return `${n} in ${monthLabel(g.key)}${some}`;
  if (grouping === 'decade') return `${n} in the ${g.key}${some}`;
  return `${n} in ${g.key.slice(0, 4)}${some}`;
}

/** Where a group's mark leads: its one item, else the timeline page of its month or year. */
function hrefOf(g: Group, grouping: Grouping, pages: ChartPages): string {
  if (g.members.length === 1) return g.members[0]!.href;
  const onTimeline = g.members.filter((m) => m.onTimeline);
  const first = onTimeline[0]?.date;
  if (!first) return g.members[0]!.href;
  const allMonthly = onTimeline.every(
    (m) =>
      (m.date.precision === 'day' || m.date.precision === 'month') &&
      m.date.value.slice(0, 7) === first.value.slice(0, 7),
  );
  if (grouping !== 'year' && grouping !== 'decade' && allMonthly) return pages.month(first.value.slice(0, 7));
  let earliest = first;
  for (const m of onTimeline) if (interval(m.date)[0] < interval(earliest)[0]) earliest = m.date;
  return pages.year(earliest.precision === 'decade' ? `${earliest.value.slice(0, 4)}s` : earliest.value.slice(0, 4));
}

/** The timeline's pages an aggregated mark can link to (with the base path). */
export interface ChartPages {
  month: (yyyyMm: string) => string;
  year: (year: string) => string;
}

/** Puts marks in rows so that none overlaps another at a phone's width; null when rows run out. */
function pack(marks: Omit<Mark, 'lane'>[]): Mark[] | null {
  const ends: number[] = [];
  const out: Mark[] = [];
  const extent = (m: Omit<Mark, 'lane'>) =>
    (m.shape === 'point' ? [px(m.x) - POINT_R, px(m.x) + POINT_R] : [px(m.x), px(m.x + m.w)]) as [number, number];
  for (const m of [...marks].sort((a, b) => extent(a)[0] - extent(b)[0])) {
    const [l, r] = extent(m);
    let lane = ends.findIndex((e) => e + GAP_PX <= l);
    if (lane < 0) {
      if (ends.length >= MAX_LANES) return null;
      lane = ends.push(r) - 1;
    }
    ends[lane] = r;
    out.push({ ...m, lane });
  }
  return out;
}

const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/** The starts of periods of `step` units inside (from, to), units counted from year 0. */
function startsWithin(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let u = Math.ceil(from / step) * step; u < to; u += step) if (u > from) out.push(u);
  return out;
}

/**
 * The labels under one stretch of axis, each at the start of its period: months (the 1st) in a
 * stretch shorter than a year or with no 1 January in it, else years (1 January), every
 * 2, 5, 10 (decade starts) … as room allows at a phone's width.
 */
export function segmentTicks(s: Segment): Tick[] {
  const at = (t: number) => s.x + ((t - s.from) / (s.to - s.from)) * s.w;
  // The finest step whose labels stand apart at a phone's width; where one label alone fits,
  // the first period the stretch starts.
  const pick = (
    steps: number[],
    starts: (step: number) => number[],
    years: (step: number) => number,
    label: number,
  ) => {
    const options = steps.map((k) => ({ k, at: starts(k) })).filter((o) => o.at.length > 0);
    const fit = options.find((o) => px((s.w * years(o.k)) / (s.to - s.from)) >= label);
    return fit && fit.at.length > 1 ? fit.at : options.length ? [options[0]!.at[0]!] : [];
  };
  const years = pick(
    YEAR_STEPS,
    (k) => startsWithin(s.from, s.to, k),
    (k) => k,
    40,
  );
  if (s.to - s.from >= 1 && years.length > 0) return years.map((y) => ({ x: at(y), text: String(y), at: y }));
  const months = pick(
    MONTH_STEPS,
    (k) => startsWithin(s.from * 12, s.to * 12, k),
    (k) => k / 12,
    34,
  );
  // The first month of a stretch and every January carry their year ("Jul 2025", "Aug").
  return months.map((m, i) => ({
    x: at(m / 12),
    text: i === 0 || m % 12 === 0 ? `${MONTH_ABBR[m % 12]} ${Math.floor(m / 12)}` : MONTH_ABBR[m % 12]!,
    at: m / 12,
  }));
}

/** Every stretch's labels, less any that would touch the one before it at a phone's width. */
function ticksOf(segments: Segment[]): Tick[] {
  const kept: Tick[] = [];
  for (const t of segments.flatMap(segmentTicks))
    if (!kept.length || px(t.x - kept.at(-1)!.x) >= t.text.length * 7 + 8) kept.push(t);
  return kept;
}

/**
 * Lays out the chart: a stretch of axis per cluster of dates, breaks between them, each date a
 * mark in a row. When the marks would not fit (too many, or rows run out at a phone's width),
 * dates are grouped by month, then year, then decade, each group one mark linking to its page.
 */
export function timelineChart(items: Dated[], pages: ChartPages): Chart | null {
  // One date alone says nothing a date in words does not.
  if (items.length < 2) return null;
  for (const grouping of GROUPINGS) {
    const groups = groupsAt(items, grouping);
    const last = grouping === 'decade';
    if (groups.length > MAX_MARKS && !last) continue;
    const clusters = segmentsOf(groups);
    const usable = 100 - 2 * PAD - BREAK * (clusters.length - 1);
    // Room by how much there is to show, then by how long a stretch it is.
    const weights = clusters.map((c) => 0.5 + 0.6 * c.groups.length + 0.8 * Math.sqrt(c.to - c.from));
    const total = weights.reduce((a, b) => a + b, 0);
    let x = PAD;
    const segments: Segment[] = [];
    const breaks: number[] = [];
    const marks: Omit<Mark, 'lane'>[] = [];
    clusters.forEach((c, i) => {
      const w = (usable * weights[i]!) / total;
      const pad = Math.max((c.to - c.from) * 0.04, 1 / 12);
      const seg = { x, w, from: c.from - pad, to: c.to + pad };
      segments.push(seg);
      const pos = (t: number) => seg.x + ((t - seg.from) / (seg.to - seg.from)) * seg.w;
      for (const g of c.groups) {
        // (drawn as approximate when any of it is: its name says how many)
        const approximate = g.members.some((m) => m.date.approximate);
        const current = g.members.some((m) => m.current);
        const reported = g.members.some((m) => m.reported);
        const base = {
          approximate,
          current,
          reported,
          count: g.members.length,
          href: hrefOf(g, grouping, pages),
          name: nameOf(g, grouping),
        };
        if (g.point) marks.push({ ...base, shape: 'point', x: pos(g.from), w: 0 });
        else {
          let l = pos(g.from);
          let r = pos(g.to);
          if (px(r - l) < MIN_SPAN_PX) {
            const mid = (l + r) / 2;
            [l, r] = [mid - pct(MIN_SPAN_PX) / 2, mid + pct(MIN_SPAN_PX) / 2];
          }
          marks.push({ ...base, shape: 'span', x: l, w: r - l });
        }
      }
      x += w;
      if (i < clusters.length - 1) {
        breaks.push(x + BREAK / 2);
        x += BREAK;
      }
    });
    const packed = pack(marks);
    if (!packed && !last) continue;
    const placed = packed ?? marks.map((m) => ({ ...m, lane: 0 }));
    return {
      segments,
      breaks,
      ticks: ticksOf(segments),
      marks: placed,
      lanes: Math.max(1, ...placed.map((m) => m.lane + 1)),
      grouping,
      total: items.length,
    };
  }
  return null;
}

/** A summary cut to a few words for a mark's name; a quotation the cut leaves open is closed after the "…". */
export function short(s: string, n = 90): string {
  if (s.length <= n) return s;
  const cut = `${s.slice(0, s.lastIndexOf(' ', n)).replace(/[,;:]$/u, '')}…`;
  const open = [...cut].filter((c) => c === '“').length > [...cut].filter((c) => c === '”').length;
  return open ? `${cut}”` : cut;
}

/** Dated events as chart items, each linking to its page; `current` is the page's own event. */
export function eventsToDated(events: Event[], base: string, current?: string): Dated[] {
  return events
    .filter((e): e is Event & { date: EventDate } => e.date !== null)
    .map((e) => ({
      date: e.date,
      href: withBase(base, recordPath('events', e.id)),
      // (a date the editors set is said to be theirs here too, as in the lists beside the chart)
      name: `${formatEventDate(e.date)}${e.date.editorial ? ' (date set by the editors)' : ''}: ${short(e.headline)}`,
      onTimeline: true,
      current: e.id === current,
    }));
}

/**
 * The chart of an event's own page: the event and its related events. An undated event is
 * placed at the day it was reported, drawn as such; with no such day there is nothing of it to
 * place, and the page draws no axis (a chart of the others would leave it out).
 */
export function eventPageItems(e: Event, related: Event[], base: string): Dated[] {
  const others = eventsToDated(
    related.filter((r) => r.id !== e.id),
    base,
  );
  if (e.date) return [...eventsToDated([e], base, e.id), ...others];
  if (!e.reported) return [];
  const date: EventDate = { value: e.reported, precision: 'day', approximate: false, expression: e.reported };
  const name = `Reported ${formatEventDate(date)}, its own date not given: ${short(e.headline)}`;
  return [
    { date, href: withBase(base, recordPath('events', e.id)), name, onTimeline: false, current: true, reported: true },
    ...others,
  ];
}
