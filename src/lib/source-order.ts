import type { Source } from '../schemas/index.ts';
import { byPublication, sourceOf } from './provenance.ts';

/** A fact traced to its words: the source, the paragraph and the quote (an event, a report). */
interface Placed {
  source?: string | undefined;
  paragraph: string;
  quote: string;
  id?: string;
}

interface Positions {
  /** Each source's rank in publication order (ties by source id). */
  source: Map<string, number>;
  /** Each paragraph's index in its source, and its text. */
  paragraph: Map<string, { index: number; text: string }>;
}

// Built once per list of sources: every list page and event page orders with the same one.
const built = new WeakMap<Source[], Positions>();
function positions(sources: Source[]): Positions {
  let p = built.get(sources);
  if (!p) {
    p = {
      source: new Map([...sources].sort(byPublication).map((s, i) => [s.id, i])),
      paragraph: new Map(sources.flatMap((s) => s.paragraphs.map((para, index) => [`${s.id}#${para.id}`, { index, text: para.text }] as const))),
    };
    built.set(sources, p);
  }
  return p;
}

/**
 * Where a fact stands in the reporting, as a tuple to compare: its source's place in publication
 * order, its paragraph's place in that source, and where its quote starts in the paragraph. What
 * cannot be placed comes last: an unknown paragraph after its source's known ones, an unknown
 * source after every known source.
 */
export function sourcePosition(fact: Placed, sources: Source[]): [number, number, number] {
  const p = positions(sources);
  const id = sourceOf(fact, sources) ?? '';
  const para = p.paragraph.get(`${id}#${fact.paragraph}`);
  const at = para ? para.text.indexOf(fact.quote) : -1;
  return [p.source.get(id) ?? Infinity, para?.index ?? Infinity, at < 0 ? Infinity : at];
}

/**
 * The order the sources report facts in: by publication (then source id), then paragraph order in
 * the source, then position in the paragraph; ties (one sentence, two facts) by id, so the order
 * never depends on the order facts arrive in.
 */
export function bySourceOrder(sources: Source[]): (a: Placed, b: Placed) => number {
  return (a, b) => {
    const pa = sourcePosition(a, sources);
    const pb = sourcePosition(b, sources);
    for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
    const ia = a.id ?? '';
    const ib = b.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
}
