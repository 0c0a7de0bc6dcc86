import { readMeta, sidecarPath } from '../ingest/io/read-seeds.ts';
import type { Source } from '../schemas/index.ts';

/** What a source's sidecar says that its content record does not carry: the agency it credits. */
export interface SourceCredit {
  agency?: string;
}

const loaded = new WeakMap<Source[], Map<string, SourceCredit>>();

/**
 * Each source's credit, read once per build from the sidecar beside its seed file (seeds/*.meta).
 * A source whose seed or sidecar is not there (a test corpus) has no credit.
 */
export function sourceCredits(sources: Source[]): Map<string, SourceCredit> {
  const cached = loaded.get(sources);
  if (cached) return cached;
  const credits = new Map<string, SourceCredit>();
  for (const s of sources) {
    try {
      const path = sidecarPath(s.file);
      const agency = path ? readMeta(path).agency : undefined;
      credits.set(s.id, agency ? { agency } : {});
    } catch {
      // No readable sidecar: the page credits the outlet alone.
    }
  }
  loaded.set(sources, credits);
  return credits;
}
