// Generality: the engine on the seed and on invented articles it was not written for, scored by
// the development set's scorer (scripts/score/) against hand-made gold annotations
// (tests/fixtures/generality/NN-name.{txt,meta,gold.json}). Articles 01-04 were annotated before
// the engine was generalized; 05-09 were written and annotated later, as held-out checks. Each
// floor sits a little below the figure reached, so a regression fails.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMeta } from '../../../src/ingest/io/read-seeds.ts';
import { pool, scoreArticle } from '../../../scripts/score/run.ts';

type Floors = Record<'actors' | 'authorities' | 'events' | 'statements' | 'links' | 'roles', number>;

const DIR = 'tests/fixtures/generality';
const floors: Record<string, Floors> = FLOORS;

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').trim();

function run(name: string) {
  const seed = name === 'seed';
  const gold = seed ? 'tests/fixtures/gold/seed.gold.json' : `${DIR}/${name}.gold.json`;
  const goldJson = JSON.parse(readFileSync(gold, 'utf8')) as { article?: string; published: string; nonActors?: string[] };
  const article = seed ? goldJson.article! : `${DIR}/${name}.txt`;
  const meta = readMeta(article.replace(/\.txt$/, '.meta'));
  return { meta, goldJson, ...scoreArticle({ name, article, gold, meta: { title: meta.title, outlet: meta.outlet, published: meta.published } }) };
}

describe('generality: the seed and invented articles scored against hand-made gold', () => {
  for (const [name, floor] of Object.entries(floors)) {
    test(name, () => {
      const { meta, goldJson, extract, score } = run(name);
      // The gold was written for this text and this date.
      expect(goldJson.published).toBe(meta.published);
      const got = pool([score]);
      for (const key of Object.keys(floor) as (keyof Floors)[])
        expect(got[key], `${name} ${key}: missed ${JSON.stringify(key === 'links' || key === 'roles' ? [] : score[key]?.missed)}, spurious ${JSON.stringify(key === 'links' || key === 'roles' ? [] : score[key]?.spurious)}`).toBeGreaterThanOrEqual(floor[key]);
      // Never an actor: ships, places, the outlet, page furniture.
      const never = new Set((goldJson.nonActors ?? []).map(norm));
      expect(extract.actors.flatMap((a) => [a.name, ...a.aliases]).filter((n) => never.has(norm(n)))).toEqual([]);
    });
  }
});
