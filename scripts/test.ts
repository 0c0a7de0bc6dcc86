// npm test: type-checks (astro check and tsc), builds dist/ when its inputs changed since the
// last build, then runs every test (unit, fixtures, browser) with vitest. Extra arguments go
// to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inputsHash } from './inputs-hash.ts';

const STAMP = 'dist/.inputs-hash';
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log('test: type-checking (npm run check)');
run('npm', ['run', '--silent', 'check']);

const hash = inputsHash();
if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== hash) {
  console.log('test: dist/ is stale or missing; building first');
  run('npm', ['run', '--silent', 'build']);
  writeFileSync(STAMP, hash);
} else console.log('test: dist/ is up to date');
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
