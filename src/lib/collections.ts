import { getCollection } from 'astro:content';
import type { Corpus } from '../schemas/index.ts';
import { citationIndex, type CitationIndex } from './citations.ts';

export type { Corpus };

let cached: Promise<Corpus> | undefined;

/** Every record of the four collections, loaded once per build. */
export function loadCorpus(): Promise<Corpus> {
  cached ??= (async () => ({
    sources: (await getCollection('sources')).map((e) => e.data),
    actors: (await getCollection('actors')).map((e) => e.data),
    authorities: (await getCollection('authorities')).map((e) => e.data),
    events: (await getCollection('events')).map((e) => e.data),
  }))();
  return cached;
}

/** The citation index of the corpus's sources (each crediting the agency its record names). */
export async function loadCitations(): Promise<CitationIndex> {
  const { sources } = await loadCorpus();
  return citationIndex(sources);
}
