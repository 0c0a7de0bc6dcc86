import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Everything the built site depends on. */
export const BUILD_INPUTS = ['src', 'seeds', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function walk(path: string, out: string[]) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const n of readdirSync(path).sort()) walk(join(path, n), out);
  else out.push(path);
}

/** A hash of the build inputs' paths and bytes: dist/ is stale when it differs from the stamp. */
export function inputsHash(paths = BUILD_INPUTS): string {
  const files: string[] = [];
  for (const p of paths) walk(p, files);
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  h.update(process.env.SITE ?? '').update(process.env.BASE ?? '');
  return h.digest('hex');
}
