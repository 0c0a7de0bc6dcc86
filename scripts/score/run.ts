// Extracts articles in-process and scores them with the shared scorer (score-extraction.mjs,
// run as a child process, as the development set's own tools run it), then pools the counts the
// way pooled.mjs does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle, readOverlay } from '../../src/ingest/io/read-seeds.ts';
import { ingestArticle } from '../../src/ingest/pipeline.ts';
import { toExtractJson } from '../../src/ingest/render/extract-json.ts';
import type { SourceMeta } from '../../src/schemas/index.ts';

const SCORER = join(dirname(fileURLToPath(import.meta.url)), 'score-extraction.mjs');

export interface ArticleToScore {
  name: string;
  /** The article's text file. */
  article: string;
  gold: string;
  meta: Pick<SourceMeta, 'title' | 'outlet' | 'published'>;
}

interface Counts {
  tp: number;
  gold: number;
  extracted: number;
  spurious: string[];
  missed: string[];
}
/** What score-extraction.mjs --json prints for one article. */
export interface ArticleScore {
  actors: Counts & { f1: number; roles: { right: number; of: number } };
  authorities: Counts & { f1: number };
  events: Counts & { f1: number; links: { tp: number; gold: number; extracted: number; f1: number } };
  statements?: Counts & { f1: number };
}

export interface Pooled {
  actors: number;
  authorities: number;
  events: number;
  roles: number;
  links: number;
  statements: number;
}

/** One article: extraction JSON (the `extract` contract) and its score against the gold. */
export function scoreArticle(a: ArticleToScore, overlayFile = 'seeds/overlay.yaml'): { extract: ReturnType<typeof toExtractJson>; score: ArticleScore } {
  const extract = toExtractJson(ingestArticle(a.article, readArticle(a.article), { ...a.meta }, readOverlay(overlayFile)));
  const dir = mkdtempSync(join(tmpdir(), 'score-'));
  try {
    const file = join(dir, `${a.name}.json`);
    writeFileSync(file, JSON.stringify(extract));
    const out = execFileSync(process.execPath, [SCORER, file, a.gold, '--json'], { encoding: 'utf8' });
    return { extract, score: JSON.parse(out) as ArticleScore };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f1 = (tp: number, ext: number, gold: number) => {
  const p = tp / Math.max(1, ext);
  const r = tp / Math.max(1, gold);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Counts summed over articles, then F1 (as pooled.mjs computes it). */
export function pool(scores: ArticleScore[]): Pooled {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const rec = (k: 'actors' | 'authorities' | 'events') => f1(sum((s) => s[k].tp), sum((s) => s[k].tp + s[k].spurious.length), sum((s) => s[k].gold));
  return {
    actors: rec('actors'),
    authorities: rec('authorities'),
    events: rec('events'),
    roles: sum((s) => s.actors.roles.right) / Math.max(1, sum((s) => s.actors.roles.of)),
    links: f1(sum((s) => s.events.links.tp), sum((s) => s.events.links.extracted), sum((s) => s.events.links.gold)),
    statements: f1(sum((s) => s.statements?.tp ?? 0), sum((s) => s.statements?.extracted ?? 0), sum((s) => s.statements?.gold ?? 0)),
  };
}

/** The development set's articles in a folder: NAME.txt, NAME.meta.json, NAME.gold.json. */
export function devsetArticles(dir: string, names: string[]): ArticleToScore[] {
  return names.map((name) => {
    const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')) as { title: string; outlet: string; published: string };
    return { name, article: join(dir, `${name}.txt`), gold: join(dir, `${name}.gold.json`), meta: { title: meta.title, outlet: meta.outlet, published: meta.published } };
  });
}
