import type { Source } from '../schemas/index.ts';

/** What a source credits besides its outlet: the agency whose story it carries. */
export interface SourceCredit {
  agency?: string;
}

const loaded = new WeakMap<Source[], Map<string, SourceCredit>>();

/**
 * Each source's credit, from its content record (the ingest copies the agency its sidecar names):
 * the site reads content/ alone. A source that names no agency credits the outlet alone.
 */
export function sourceCredits(sources: Source[]): Map<string, SourceCredit> {
  const cached = loaded.get(sources);
  if (cached) return cached;
  const credits = new Map(sources.map((s) => [s.id, s.agency ? { agency: s.agency } : {}] as const));
  loaded.set(sources, credits);
  return credits;
}
