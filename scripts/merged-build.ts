// npm run merged-build -- <devset-dir> [NAME ...]: builds, into dist-merged/, the site of the seed
// plus articles of a development set (all of them when no NAME is given), to check the merged
// reference (one record per entity and instrument) against their pooled gold. The articles are
// copied, with a sidecar made from their metadata, into a temporary copy of seeds/ and the content
// goes to a temporary folder: nothing of the development set reaches seeds/, content/ or git.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

const [dir, ...chosen] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run merged-build -- <devset-dir> [NAME ...]');
  process.exit(2);
}
const names = chosen.length ? chosen : readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
const work = mkdtempSync(join(tmpdir(), 'merged-'));
const seeds = join(work, 'seeds');
cpSync('seeds', seeds, { recursive: true });
for (const name of names) {
  const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')) as { title: string; outlet: string; published: string; url?: string };
  cpSync(join(dir, `${name}.txt`), join(seeds, `${name}.txt`));
  const sidecar = { id: name, title: meta.title, outlet: meta.outlet, published: meta.published, ...(meta.url ? { url: meta.url } : {}) };
  writeFileSync(join(seeds, `${name}.meta`), stringify(sidecar));
}
const env = { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: join(work, 'content'), DIST_DIR: resolve('dist-merged') };
const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
rmSync(work, { recursive: true, force: true });
if (r.status === 0) console.log(`merged-build: seed + ${names.length} article(s) -> dist-merged/`);
process.exit(r.status ?? 1);
