import type { Source } from '../schemas/index.ts';
import type { Cited } from './quote-links.ts';

/** Looks up, for a quote, its source and the paragraph's number as a reader counts it. */
export function citationIndex(sources: Source[]) {
  const bySource = new Map(sources.map((s) => [s.id, { source: s, number: new Map(s.paragraphs.map((p, i) => [p.id, i + 1])) }]));
  const only = sources.length === 1 ? sources[0]!.id : undefined;
  return {
    /** "WLRN, 8 Aug 2025, ¶ 12": the words of a citation link. */
    label(c: Cited): string {
      const entry = bySource.get(c.source ?? only ?? '');
      if (!entry) return 'source';
      const n = entry.number.get(c.paragraph);
      const d = new Date(`${entry.source.published}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
      return `${entry.source.outlet}, ${d}${n ? `, ¶ ${n}` : ''}`;
    },
    defaultSource: only ?? sources[0]?.id ?? '',
  };
}
