import type { Corpus } from '../schemas/index.ts';
import { ACTOR_KIND_SINGULAR, AUTHORITY_KIND_SINGULAR } from './labels.ts';
import { searchVariants } from './search-terms.ts';
import { recordPath, withBase } from './urls.ts';

/** One named record in the search page's instant answer (/search/records.json). */
export interface RecordEntry {
  /** The name shown, as on the record's page. */
  name: string;
  /** The page, with the base path. */
  url: string;
  /** Search filter type, as on the page: "actor", "authority", "source". */
  type: 'actor' | 'authority' | 'source';
  /** The kind shown beside the name: "Person", "Statute", the outlet of a source. */
  kind: string;
  /** Other names the sources use. */
  aliases: string[];
  /** The official citation (editorial), when there is one. */
  citation?: string;
  /** For an act made under a law (a designation): that law's citation (editorial). */
  madeUnder?: string;
  /** Matched, never shown: accent-free names, citation variants ("18 USC 1385"). */
  variants: string[];
  /** The value of the page's Pagefind "record" filter (see `recordKey`). */
  key: string;
}

/**
 * A record page's Pagefind filter value, "actors/nicolas-maduro": the search page asks Pagefind
 * which of the records it answered the full text also finds, to list and count each once.
 */
export const recordKey = (collection: 'actors' | 'authorities' | 'sources', id: string) => `${collection}/${id}`;

/**
 * Every actor, authority and source as a short entry to match a query against while the reader
 * types, before Pagefind has loaded. Events are left to the full text: their "names" are
 * sentences. Ordered as the A–Z index is not: actors, authorities, sources, each as loaded.
 */
export function recordIndex(corpus: Corpus, base: string): RecordEntry[] {
  const url = (c: 'actors' | 'authorities' | 'sources', id: string) => withBase(base, recordPath(c, id));
  return [
    ...corpus.actors.map((a) => ({
      name: a.name,
      url: url('actors', a.id),
      key: recordKey('actors', a.id),
      type: 'actor' as const,
      kind: ACTOR_KIND_SINGULAR[a.kind],
      aliases: a.aliases,
      variants: searchVariants([a.name, ...a.aliases]),
    })),
    ...corpus.authorities.map((a) => ({
      name: a.name,
      url: url('authorities', a.id),
      key: recordKey('authorities', a.id),
      type: 'authority' as const,
      kind: AUTHORITY_KIND_SINGULAR[a.kind],
      aliases: a.aliases,
      ...(a.editorial?.citation ? { citation: a.editorial.citation } : {}),
      ...(a.editorial?.madeUnder ? { madeUnder: a.editorial.madeUnder } : {}),
      variants: searchVariants([a.name, ...a.aliases], a.editorial?.citation ?? a.editorial?.madeUnder),
    })),
    ...corpus.sources.map((s) => ({
      name: s.title,
      url: url('sources', s.id),
      key: recordKey('sources', s.id),
      type: 'source' as const,
      kind: s.outlet,
      aliases: [],
      variants: searchVariants([s.title]),
    })),
  ];
}
