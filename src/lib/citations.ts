import type { Source } from '../schemas/index.ts';
import type { Cited } from './quote-links.ts';
import { enquote } from './quote-marks.ts';

export interface CitationIndex {
  /** "WLRN, 8 Aug 2025, ¶ 12": the words of a citation link. */
  label(c: Cited): string;
  /** The paragraph's number as a reader counts it on its source page (1-based), if known. */
  number(source: string | undefined, paragraph: string): number | undefined;
  /**
   * The original article a quote comes from, as the words before its citation link:
   * "The Associated Press, “Title”, in " (agency or outlet, then the title), and its address when known.
   */
  origin(c: Cited): { lead: string; url?: string } | null;
  /** The full reference of a quote as plain text: credit, title, outlet, day, ¶ number, address. */
  reference(c: Cited): string;
  /** The reference of a source article as plain text: credit, title, outlet, day, address. */
  article(source: string): string;
  /** The agency a source credits, when its record names one. */
  agency(source: string): string | undefined;
  /**
   * The source page's text before a quote (its title, caption, earlier paragraphs and the
   * paragraph up to the quote): what a text fragment must not match first.
   */
  before(c: Cited): string;
  /** The source a quote belongs to when it names none (a one-source corpus). */
  defaultSource: string;
}

interface Entry {
  source: Source;
  prefix: string;
  number: Map<string, number>;
}

// One index per list of sources: every citation on every page uses it, so building it once
// (and each source's date label once) keeps the build linear in the number of citations.
const built = new WeakMap<Source[], CitationIndex>();

const dayLabel = (iso: string, month: 'short' | 'long') =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' });

/** Looks up, for a quote, its source, the credit of the original and the paragraph's number. */
export function citationIndex(sources: Source[]): CitationIndex {
  const cached = built.get(sources);
  if (cached) return cached;
  const bySource = new Map<string, Entry>(
    sources.map((s) => [
      s.id,
      { source: s, prefix: `${s.outlet}, ${dayLabel(s.published, 'short')}`, number: new Map(s.paragraphs.map((p, i) => [p.id, i + 1])) },
    ]),
  );
  const only = sources.length === 1 ? sources[0]!.id : undefined;
  const entry = (source: string | undefined) => bySource.get(source ?? only ?? '');
  const index: CitationIndex = {
    label(c) {
      const e = entry(c.source);
      if (!e) return 'source';
      const n = e.number.get(c.paragraph);
      return `${e.prefix}${n ? `, ¶ ${n}` : ''}`;
    },
    number: (source, paragraph) => entry(source)?.number.get(paragraph),
    origin(c) {
      const e = entry(c.source);
      if (!e) return null;
      const lead = `${e.source.agency ? `${e.source.agency}, ` : ''}${enquote(e.source.title)}, in `;
      return e.source.url ? { lead, url: e.source.url } : { lead };
    },
    reference(c) {
      const e = entry(c.source);
      if (!e) return 'source';
      const s = e.source;
      const n = e.number.get(c.paragraph);
      return [e.source.agency, enquote(s.title), s.outlet, dayLabel(s.published, 'long'), n ? `¶ ${n}` : undefined, s.url].filter(Boolean).join(', ');
    },
    article: (source) => index.reference({ source, paragraph: '', quote: '' }),
    agency: (source) => entry(source)?.source.agency,
    before(c) {
      const s = entry(c.source)?.source;
      if (!s) return '';
      const at = s.paragraphs.findIndex((p) => p.id === c.paragraph);
      const own = s.paragraphs[at];
      const upTo = own ? own.text.slice(0, Math.max(0, own.text.indexOf(c.quote))) : '';
      return [s.title, s.caption ?? '', ...s.paragraphs.slice(0, Math.max(0, at)).map((p) => p.text), upTo].join('\n');
    },
    defaultSource: only ?? sources[0]?.id ?? '',
  };
  built.set(sources, index);
  return index;
}
