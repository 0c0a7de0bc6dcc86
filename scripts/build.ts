// npm run build: ingest, astro build and the Pagefind index, all into a fresh sibling folder
// (dist.tmp-<pid>/), which replaces dist/ only once every step has passed: dist/ is renamed aside,
// the new folder renamed in, then the old one removed. A build that fails or is killed at any
// moment leaves the previous dist/ as it was; what a killed build left behind is cleared at the
// next build's start. DIST_DIR, CONTENT_DIR and SEEDS_DIR name other folders than dist/,
// content/ and seeds/ (tests, other corpora).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { swapFolder } from '../src/ingest/io/swap-folder.ts';

const ROOT = resolve(import.meta.dirname, '..');
// Relative folders are taken from the project folder, where every step runs.
const target = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const tmp = `${target}.tmp-${process.pid}`;
const old = `${target}.old-${process.pid}`;

/** Whether the process that named a leftover folder is still running (a build beside this one). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Leftovers of killed builds: a dist.old-<pid> is put back when dist/ is missing (the build was
// killed between its two renames), every other one is removed.
for (const entry of readdirSync(dirname(target))) {
  const m = entry.startsWith(`${basename(target)}.`) ? /^(tmp|old)-(\d+)$/.exec(entry.slice(basename(target).length + 1)) : null;
  if (!m || running(Number(m[2]))) continue;
  const path = join(dirname(target), entry);
  if (m[1] === 'old' && !existsSync(target)) renameSync(path, target);
  else rmSync(path, { recursive: true, force: true });
}

/** Runs one step in the project folder; on failure removes the new folder and exits as it did. */
function step(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) return;
  rmSync(tmp, { recursive: true, force: true });
  process.exit(r.status || 1);
}

const folders = [...(process.env.SEEDS_DIR ? ['--seeds', process.env.SEEDS_DIR] : []), ...(process.env.CONTENT_DIR ? ['--out', process.env.CONTENT_DIR] : [])];
step('npm', ['run', '--silent', 'ingest', '--', ...folders]);
step(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', tmp]);
step(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', tmp, '--output-subdir', 'pagefind']);

swapFolder(tmp, target, old);
