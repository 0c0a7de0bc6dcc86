import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { swapFolder } from './swap-folder.ts';

const COLLECTIONS = ['sources', 'actors', 'authorities', 'events'];

/**
 * Writes every file into a fresh sibling folder, then swaps it in with two renames, so a failed
 * or interrupted ingest leaves the previous content/ exactly as it was.
 */
export function writeContentAtomic(dir: string, files: Map<string, string>): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    // Every collection folder exists even when empty, so Astro's loaders find them.
    for (const c of COLLECTIONS) mkdirSync(join(tmp, c), { recursive: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  swapFolder(tmp, dir, old);
}
