// The extractor's version: a hash of everything an article's extraction runs on besides the
// article itself, so that a cached extraction is read only by the extractor that made it.
//
//   - every file under src/ingest/ (stages, lexicons, render, io, pipeline; not cli/ and cache/,
//     which only call the pipeline) and src/schemas/;
//   - every file those import, followed through relative imports (src/lib/slug.ts, src/lib/urls.ts…);
//   - the packages they import (wink-nlp, its model, compromise, chrono-node, zod…) with every
//     package those depend on, as package-lock.json pins them (version and integrity);
//   - the Node version (Intl, regular expressions and sorting are part of the extraction).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';

/** The repository this module belongs to: the extractor that runs is the one beside it. */
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** Folders read in full. */
export const EXTRACTOR_DIRS = ['src/ingest', 'src/schemas'];
/** The commands and the cache: they call the pipeline, they do not change what it extracts. */
const NOT_EXTRACTOR = ['src/ingest/cli', 'src/ingest/cache'];

export interface ExtractorInputs {
  /** Repository-relative paths of the code and data files, sorted. */
  files: string[];
  /** Locked packages the code runs on, as "node_modules/<name>@<version> <integrity>", sorted. */
  packages: string[];
  node: string;
}

const CODE = new Set(['.ts', '.mts', '.js', '.mjs', '.cjs']);
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`.
const IMPORT = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function walk(path: string, out: string[]) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const n of readdirSync(path).sort()) walk(join(path, n), out);
  else out.push(path);
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`; built-ins -> null. */
function packageName(spec: string): string | null {
  if (spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The locked packages `names` resolve to, with all their dependencies, from package-lock.json. */
function lockedPackages(root: string, names: string[]): string[] {
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return names.map((n) => `${n}@unlocked`).sort();
  const lock = (JSON.parse(readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockEntry> }).packages ?? {};
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    // Node's lookup: the nearest node_modules/<name> from the requiring package upwards.
    let base = from;
    for (;;) {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      const entry = lock[path];
      if (entry) {
        if (seen.has(path)) return;
        seen.add(path);
        out.add(`${path}@${entry.version ?? '?'} ${entry.integrity ?? ''}`.trim());
        for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(dep, path);
        return;
      }
      if (!base) break;
      const up = base.lastIndexOf('/node_modules/');
      base = up < 0 ? '' : base.slice(0, up);
    }
    out.add(`${name}@missing`);
  };
  for (const n of names) visit(n, '');
  return [...out].sort();
}

interface LockEntry {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The files and packages the extractor's version is made of. */
export function extractorInputs(root = REPO_ROOT): ExtractorInputs {
  const excluded = NOT_EXTRACTOR.map((d) => join(root, d));
  const start: string[] = [];
  for (const d of EXTRACTOR_DIRS) walk(join(root, d), start);
  const files = new Set(start.filter((f) => !excluded.some((x) => f === x || f.startsWith(`${x}/`))));
  const packages = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (!CODE.has(extname(file))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!files.has(target) && existsSync(target) && statSync(target).isFile()) {
          files.add(target);
          queue.push(target);
        }
      } else {
        const name = packageName(spec);
        if (name) packages.add(name);
      }
    }
  }
  return {
    files: [...files].map((f) => relative(root, f).split('\\').join('/')).sort(),
    packages: lockedPackages(root, [...packages].sort()),
    node: process.version,
  };
}

/** A hash of the extractor's inputs: their paths and bytes, the packages, Node. */
export function computeExtractorVersion(root = REPO_ROOT): string {
  const inputs = extractorInputs(root);
  const h = createHash('sha256');
  for (const f of inputs.files)
    h.update(f)
      .update('\0')
      .update(readFileSync(join(root, f)))
      .update('\0');
  for (const p of inputs.packages) h.update(p).update('\0');
  h.update(inputs.node);
  return h.digest('hex');
}

let version: string | undefined;

/** The running extractor's version, computed once per process. */
export function extractorVersion(): string {
  return (version ??= computeExtractorVersion());
}
