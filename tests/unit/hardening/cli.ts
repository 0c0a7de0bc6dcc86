// Runs the real ingest and extract commands as child processes, as a user would.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

function node(script: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** `extract FILE [args]`, run from `cwd` so that file names print as the user typed them. */
export const extract = (cwd: string, ...args: string[]) => node(EXTRACT, args, cwd);

/** `ingest --seeds SEEDS --out OUT`, run from `cwd`. */
export const ingest = (cwd: string, seeds: string, out: string, ...args: string[]) =>
  node(INGEST, ['--seeds', seeds, '--out', out, '--quiet', ...args], cwd);

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

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

/** `astro build` of a content folder into a dist folder, with its own content cache. */
export function astroBuild(contentDir: string, distDir: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['astro', 'build', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: distDir, ASTRO_CACHE_DIR: `${distDir}.cache`, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
