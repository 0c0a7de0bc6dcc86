import type { Event, EventDate, Source } from '../schemas/index.ts';
import { enquote } from './quote-marks.ts';
import timeWords from '../ingest/lexicons/time-words.json' with { type: 'json' };

// The words the extractor reads as dates counted from the previous one: its own lexicon, read
// here so that the page says what the extraction did.
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = Object.keys(timeWords.numbers).sort((a, b) => b.length - a.length).map(esc).join('|');
const UNIT = Object.keys(timeWords.units).join('|');
const LATER = new RegExp(String.raw`\b(${NUMBER}|\d+)\s+(${UNIT})\s+(later|earlier|afterward|before)\b`, 'iu');
const PREVIOUS_UNIT = /\bthe\s+(previous|prior|preceding|following|next)\s+(day|week|month|year)\b/iu;
const ANAPHORIC = new RegExp(String.raw`\b(?:${timeWords.anaphoric.map((a) => esc(a.phrase)).join('|')})\b`, 'iu');

export interface RelativeDate {
  /** How the date stands to the one it counts from. */
  relation: 'after' | 'before' | 'from';
  /** Days from the anchor, when the words give them ("two days later": 2). */
  offsetDays?: number;
}

/** Whether a date expression counts from another date ("Two days later", "the next day", "Ahead of the operation"). */
export function relativeExpression(expression: string): RelativeDate | null {
  const later = expression.match(LATER);
  if (later) {
    const n = Number(later[1]) || timeWords.numbers[later[1]!.toLowerCase() as keyof typeof timeWords.numbers] || 1;
    const unit = timeWords.units[later[2]!.toLowerCase() as keyof typeof timeWords.units];
    const after = /later|afterward/iu.test(later[3]!);
    return { relation: after ? 'after' : 'before', offsetDays: (after ? 1 : -1) * n * unit };
  }
  const prev = expression.match(PREVIOUS_UNIT);
  if (prev) {
    const before = /previous|prior|preceding/iu.test(prev[1]!);
    const unit = timeWords.units[prev[2]!.toLowerCase() as keyof typeof timeWords.units];
    return { relation: before ? 'before' : 'after', offsetDays: (before ? -1 : 1) * unit };
  }
  return ANAPHORIC.test(expression) ? { relation: 'from' } : null;
}

const addDays = (iso: string, n: number) => new Date(new Date(`${iso}T12:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** Whether `date` is what the extractor makes of `rel` counted from `anchor`. */
function countsFrom(date: EventDate, rel: RelativeDate, anchor: EventDate): boolean {
  if (rel.offsetDays !== undefined && anchor.precision === 'day') return addDays(anchor.value, rel.offsetDays).startsWith(date.value);
  return anchor.value.startsWith(date.value);
}

const previousDated = new WeakMap<Event[], Map<string, Event | null>>();

/** For each event, the dated event just before it in its source, in the source's order. */
function previousInSource(events: Event[], sources: Source[]): Map<string, Event | null> {
  let prev = previousDated.get(events);
  if (prev) return prev;
  prev = new Map();
  const paragraphAt = new Map(sources.flatMap((s) => s.paragraphs.map((p, i) => [`${s.id}#${p.id}`, { i, text: p.text }] as const)));
  const only = sources.length === 1 ? sources[0]!.id : '';
  const bySource = new Map<string, { e: Event; at: number; offset: number }[]>();
  for (const e of events) {
    const src = e.source ?? only;
    const p = paragraphAt.get(`${src}#${e.paragraph}`);
    const list = bySource.get(src) ?? [];
    list.push({ e, at: p?.i ?? 0, offset: p ? Math.max(0, p.text.indexOf(e.quote)) : 0 });
    bySource.set(src, list);
  }
  for (const list of bySource.values()) {
    list.sort((a, b) => a.at - b.at || a.offset - b.offset);
    let last: Event | null = null;
    for (const { e } of list) {
      prev.set(e.id, last);
      if (e.date) last = e;
    }
  }
  previousDated.set(events, prev);
  return prev;
}

/**
 * What a relative date counts from: the dated event before it in the same source, in the
 * source's order, as the extractor resolves "two days later". Null when the date is not relative,
 * or when that event's date does not give this one (the text counted from a date that is no event).
 */
export function relativeAnchor(event: Event, events: Event[], sources: Source[]): (RelativeDate & { anchor: Event }) | null {
  // A date taken from the paragraph ("fromContext") is the paragraph's, not counted by this sentence.
  if (!event.date || event.date.fromContext) return null;
  const rel = relativeExpression(event.date.expression);
  if (!rel) return null;
  const anchor = previousInSource(events, sources).get(event.id);
  if (!anchor?.date || !countsFrom(event.date, rel, anchor.date)) return null;
  return { ...rel, anchor };
}

/** The words that lead to the linked event: "Two days later, after", "“Early on”: the date is taken from". */
export function countedFromLead(expression: string, rel: RelativeDate): string {
  if (rel.relation === 'from') return `${enquote(expression)}: the date is taken from`;
  return `${expression.replace(/^./u, (c) => c.toUpperCase())}, ${rel.relation}`;
}
