// Runs the real ingest and extract commands as child processes, as a user would.
import { spawn, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const EXTRACT = join(ROOT, 'src/ingest/cli/extract.ts');
const INGEST = join(ROOT, 'src/ingest/cli/ingest.ts');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, collecting its exit status and output. */
function run(command: string, args: string[], options: SpawnOptionsWithoutStdio): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const node = (script: string, args: string[], cwd: string) => run(process.execPath, [script, ...args], { cwd });

/** `extract FILE [args]`, run from `cwd` so that file names print as the user typed them. */
export const extract = (cwd: string, ...args: string[]) => node(EXTRACT, args, cwd);

/** Without a cache option, tests extract afresh: no run reads or fills a cache another run shares. */
const cacheArgs = (args: string[]) => (args.some((a) => a === '--no-cache' || a === '--cache' || a.startsWith('--cache=')) ? args : [...args, '--no-cache']);

/** `ingest --seeds SEEDS --out OUT --quiet`, run from `cwd` (with `--no-cache` unless `args` name a cache). */
export const ingest = (cwd: string, seeds: string, out: string, ...args: string[]) =>
  node(INGEST, ['--seeds', seeds, '--out', out, '--quiet', ...cacheArgs(args)], cwd);

/** The same, printing its summary line (`… (N files; E extracted, C from cache; T ms)`). */
export const ingestWithSummary = (cwd: string, seeds: string, out: string, ...args: string[]) =>
  node(INGEST, ['--seeds', seeds, '--out', out, ...cacheArgs(args)], cwd);

const made: string[] = [];
/** A fresh temporary folder, removed by removeTempDirs(). */
export const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `${name}-`));
  made.push(d);
  return d;
};
/** Removes every folder tempDir() made in this test file (call it in afterAll). */
export const removeTempDirs = () => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
};

/** Every file under a folder, by relative path, with its bytes (as hex for a readable diff). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p).toString('hex');
    }
  };
  walk(dir);
  return out;
}

/** A sidecar's YAML. */
export const meta = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');

/**
 * Astro keeps one list of content modules in .astro/ whatever the content folder, so two builds
 * of different corpora must not overlap: the test builds take turns through a lock folder.
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(ROOT, '.astro', 'test-build.lock');
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The environment for a child build, without the variables vitest's own Vite sets (BASE_URL,
 * MODE, NODE_ENV…): the child would read BASE_URL as its base path and ignore BASE.
 */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITE|VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(k)));
}

/** `astro build` of a content folder into a dist folder, with its own content cache (silent unless `loud`). */
export function astroBuild(contentDir: string, distDir: string, env: Record<string, string> = {}, loud = false): Promise<Run> {
  return withBuildLock(
    () =>
      run('npx', ['astro', 'build', ...(loud ? [] : ['--silent'])], {
        cwd: ROOT,
        env: { ...childEnv(), CONTENT_DIR: contentDir, DIST_DIR: distDir, ASTRO_CACHE_DIR: `${distDir}.cache`, ...env },
      }),
  );
}
