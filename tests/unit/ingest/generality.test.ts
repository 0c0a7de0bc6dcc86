// Generality: the engine on invented articles it was not written for, scored against hand-made
// gold annotations (tests/fixtures/generality/NN-name.{txt,meta,gold.json}). Articles 01-04 were
// annotated before the engine was generalized; 05-06, then 07, 08 and 09 were written and annotated
// after rounds of changes, as held-out checks. Each floor sits a little below the figure reached, so a regression fails.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticle, readMeta, readOverlay } from '../../../src/ingest/io/read-seeds.ts';
import { ingestArticle } from '../../../src/ingest/pipeline.ts';
import { toExtractJson } from '../../../src/ingest/render/extract-json.ts';
import { scoreExtraction, type ExtractInput, type Gold } from '../../../src/lib/score-extraction.ts';

interface Floors {
  actors: number;
  authorities: number;
  events: number;
  statements: number;
  links: number;
  roles: number;
}

const DIR = 'tests/fixtures/generality';
const floors: Record<string, Floors> = {
  '01-boat-strike': { actors: 0.95, authorities: 0.9, events: 0.9, statements: 0.95, links: 0.9, roles: 0.85 },
  '02-mexico-sovereignty': { actors: 0.95, authorities: 0.95, events: 0.9, statements: 0.95, links: 0.9, roles: 0.75 },
  '03-legal-limits': { actors: 0.95, authorities: 0.9, events: 0.9, statements: 0.95, links: 0.9, roles: 0.85 },
  '04-venezuela-standoff': { actors: 0.95, authorities: 0.95, events: 0.85, statements: 0.95, links: 0.9, roles: 0.8 },
  '05-war-powers-vote': { actors: 0.9, authorities: 0.95, events: 0.75, statements: 0.95, links: 0.85, roles: 0.85 },
  '06-colombia-rift': { actors: 0.9, authorities: 0.95, events: 0.9, statements: 0.95, links: 0.85, roles: 0.85 },
  '07-un-experts': { actors: 0.9, authorities: 0.95, events: 0.9, statements: 0.75, links: 0.85, roles: 0.85 },
  '08-indictments-ecuador': { actors: 0.9, authorities: 0.95, events: 0.85, statements: 0.95, links: 0.9, roles: 0.85 },
  '09-caribbean-allies': { actors: 0.9, authorities: 0.95, events: 0.8, statements: 0.95, links: 0.9, roles: 0.85 },
};

const overlay = readOverlay('seeds/overlay.yaml');

function run(name: string) {
  const file = `${DIR}/${name}.txt`;
  const meta = readMeta(`${DIR}/${name}.meta`);
  const extract = toExtractJson(ingestArticle(file, readArticle(file), meta, overlay)) as ExtractInput & {
    source: { title: string; published: string; paragraphs: { id: string }[] };
  };
  const gold = JSON.parse(readFileSync(`${DIR}/${name}.gold.json`, 'utf8')) as Gold & { source: { title: string; published: string } };
  return { meta, extract, gold, report: scoreExtraction(gold, extract) };
}

describe('generality: invented articles scored against hand-made gold', () => {
  for (const [name, floor] of Object.entries(floors)) {
    test(name, () => {
      const { meta, extract, gold, report } = run(name);
      // The gold was written for this text and this date: its paragraph ids are the extraction's.
      expect(gold.source.published).toBe(meta.published);
      const ids = new Set(extract.source.paragraphs.map((p) => p.id));
      for (const e of gold.events) expect(ids, `gold event ${e.id}`).toContain(e.paragraph);
      for (const s of gold.statements ?? []) expect(ids, `gold statement of ${s.actor}`).toContain(s.paragraph);

      const got = {
        actors: report.actors.f1,
        authorities: report.authorities.f1,
        events: report.events.f1,
        statements: report.statements.f1,
        links: report.eventActorLinks.f1,
        roles: report.roles.share,
      };
      for (const key of Object.keys(floor) as (keyof Floors)[])
        expect(got[key], `${name} ${key}: ${JSON.stringify({ misses: key === 'roles' ? report.roles.misses : undefined })}`).toBeGreaterThanOrEqual(floor[key]);
      // Never an actor: ships, places, the outlet.
      expect(report.nonActorHits.map((h) => h.label)).toEqual([]);
    });
  }
});
