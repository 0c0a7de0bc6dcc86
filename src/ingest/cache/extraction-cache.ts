// The extraction cache: each article's extraction (what ingestArticle returns: the source record
// with its actors, authorities, events and statements) kept as one JSON file, named by a hash of
// everything the extraction reads: the article's file name, text and metadata, the overlay, and
// the extractor's version (extractor-version.ts). A changed article, overlay or extractor gives a
// new name, so an entry made from other inputs is never read. Entries are checked when read (the
// key they were written for, a checksum of their body, the schemas): a damaged one is extracted
// again, never trusted. Writes are atomic (a temporary file, then a rename); after a run, the
// entries it did not use (articles removed or changed, an older extractor) can be pruned.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { actor, authority, event, source, statement, type Overlay, type SourceMeta } from '../../schemas/index.ts';
import type { Article } from '../pipeline.ts';
import { extractorVersion } from './extractor-version.ts';

/** The default folder, relative to the working directory; INGEST_CACHE_DIR or --cache DIR overrides it. */
export const DEFAULT_CACHE_DIR = '.cache/extraction';

/** Bumped when the layout of an entry changes. */
const FORMAT = 1;
const KEY = /^[0-9a-f]{64}$/;
/** An entry is named by its key: "<key>.json"; one being written, "<key>.json.tmp-…". */
const isEntry = (name: string) => KEY.test(name.slice(0, 64)) && name.slice(64) === '.json';
const isTemp = (name: string) => KEY.test(name.slice(0, 64)) && name.slice(64).startsWith('.json.tmp-');
/** A temporary file older than this was left by a killed run. */
const STALE_TEMP_MS = 3_600_000;

/** What an entry must hold: an article as the pipeline returns it. */
const cachedArticle = z.object({
  source,
  actors: z.array(actor),
  authorities: z.array(authority),
  events: z.array(event),
  statements: z.array(statement),
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface ArticleInputs {
  file: string;
  text: string;
  meta: SourceMeta;
}

/**
 * The part of the overlay an article's extraction reads: names, kinds, aliases, editorial notes,
 * years and exclusions. The merge's overrides and the editors' corrections (`events`,
 * `dropRoles`, `dropAliases`) apply after extraction, on every run: changing them extracts nothing again.
 */
export function extractionOverlay(o: Overlay): unknown {
  const patch = <T extends { dropAliases: unknown; dropRoles?: unknown }>({
    dropAliases: _a,
    dropRoles: _r,
    ...rest
  }: T) => rest;
  return { actors: o.actors.map(patch), authorities: o.authorities.map(patch), exclude: o.exclude };
}

export class ExtractionCache {
  readonly dir: string;
  /** Keys of the entries this run read or wrote: the ones pruning keeps. */
  readonly used = new Set<string>();
  /** Entries found but unreadable (truncated, altered, not matching the schemas). */
  rejected = 0;
  /** Why the cache could not be written, the first time it failed (the ingest goes on without it). */
  writeError: string | null = null;
  private readonly prefix: string;
  private temps = 0;

  constructor(dir: string, overlay: Overlay, version = extractorVersion()) {
    this.dir = dir;
    this.prefix = `${FORMAT}\0${version}\0${JSON.stringify(extractionOverlay(overlay))}\0`;
  }

  /** The key of an article's extraction: its inputs and the extractor's version. */
  key(a: ArticleInputs): string {
    return sha256(`${this.prefix}${a.file}\0${JSON.stringify(a.meta)}\0${a.text}`);
  }

  private path(key: string) {
    return join(this.dir, `${key}.json`);
  }

  /** The cached extraction for `key`, or null when there is none or it cannot be trusted. */
  get(key: string): Article | null {
    let text: string;
    try {
      text = readFileSync(this.path(key), 'utf8');
    } catch {
      return null;
    }
    try {
      const nl = text.indexOf('\n');
      const head = JSON.parse(text.slice(0, nl)) as { format?: unknown; key?: unknown; sha256?: unknown };
      const body = text.slice(nl + 1);
      if (nl < 0 || head.format !== FORMAT || head.key !== key || head.sha256 !== sha256(body))
        throw new Error('bad entry');
      const value: unknown = JSON.parse(body);
      if (!cachedArticle.safeParse(value).success) throw new Error('bad entry');
      this.used.add(key);
      // The entry as written (the schemas only check it: parsing could add defaults or drop keys).
      return value as Article;
    } catch {
      this.rejected++;
      return null;
    }
  }

  /** Stores an extraction under `key`, atomically. A cache that cannot be written is skipped. */
  put(key: string, article: Article): void {
    this.used.add(key);
    if (this.writeError) return;
    const body = JSON.stringify(article);
    const path = this.path(key);
    const tmp = `${path}.tmp-${process.pid}-${this.temps++}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key, sha256: sha256(body) })}\n${body}`);
      renameSync(tmp, path);
    } catch (e) {
      this.writeError = (e as Error).message;
      try {
        rmSync(tmp, { force: true });
      } catch {
        // There is no folder to hold it.
      }
    }
  }

  /**
   * Removes the entries this run did not use, and temporary files left by killed runs. Only
   * files named like entries are touched, whatever else the folder holds. Returns how many went.
   */
  prune(): number {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        if (
          isEntry(name)
            ? !this.used.has(name.slice(0, 64))
            : isTemp(name) && Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS
        ) {
          rmSync(path, { force: true });
          removed++;
        }
      } catch {
        // Removed meanwhile by another run: nothing to do.
      }
    }
    return removed;
  }
}
