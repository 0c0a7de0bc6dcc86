import type { Source } from '../schemas/index.ts';
import type { Cited } from './quote-links.ts';

export interface CitationIndex {
  /** "WLRN, 8 Aug 2025, ¶ 12": the words of a citation link. */
  label(c: Cited): string;
  /** The source a quote belongs to when it names none (a one-source corpus). */
  defaultSource: string;
}

// One index per list of sources: every citation on every page uses it, so building it once
// (and each source's date label once) keeps the build linear in the number of citations.
const built = new WeakMap<Source[], CitationIndex>();

/** Looks up, for a quote, its source and the paragraph's number as a reader counts it. */
export function citationIndex(sources: Source[]): CitationIndex {
  const cached = built.get(sources);
  if (cached) return cached;
  const bySource = new Map(
    sources.map((s) => {
      const day = new Date(`${s.published}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
      return [s.id, { prefix: `${s.outlet}, ${day}`, number: new Map(s.paragraphs.map((p, i) => [p.id, i + 1])) }];
    }),
  );
  const only = sources.length === 1 ? sources[0]!.id : undefined;
  const index: CitationIndex = {
    label(c) {
      const entry = bySource.get(c.source ?? only ?? '');
      if (!entry) return 'source';
      const n = entry.number.get(c.paragraph);
      return `${entry.prefix}${n ? `, ¶ ${n}` : ''}`;
    },
    defaultSource: only ?? sources[0]?.id ?? '',
  };
  built.set(sources, index);
  return index;
}
