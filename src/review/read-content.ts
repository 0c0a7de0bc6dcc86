import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError, parseOrThrow } from '../ingest/errors.ts';
import { actor, authority, event, source } from '../schemas/index.ts';
import type { z } from 'zod';
import type { Records } from './sheet.ts';

/** The typed frontmatter of every MDX file of one collection, validated by its schema. */
function collection<S extends z.ZodType>(dir: string, schema: S): z.infer<S>[] {
  if (!existsSync(dir)) throw new InputError(dir, 'no such folder: run `npm run ingest` first');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const file = join(dir, n);
      const fm = /^---\n([\s\S]*?)\n---\n/u.exec(readFileSync(file, 'utf8'));
      if (!fm) throw new InputError(file, 'has no YAML frontmatter');
      return parseOrThrow(schema, parse(fm[1]!), file);
    });
}

/** The records the ingest wrote to content/ (what the site shows). */
export function readContent(dir: string): Records {
  return {
    sources: collection(join(dir, 'sources'), source),
    actors: collection(join(dir, 'actors'), actor),
    authorities: collection(join(dir, 'authorities'), authority),
    events: collection(join(dir, 'events'), event),
  };
}
