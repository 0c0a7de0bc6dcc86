// npm run score [-- --devset <dir>] [--verbose] [--digits N]
// Extraction quality, by the development set's scorer (scripts/score/): the seed against its
// hand-made gold, the invented articles of tests/fixtures/generality/, and with --devset the real
// articles of a development set folder. Prints per-article and pooled figures; --verbose adds
// what each article missed and what it got wrong.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readMeta } from '../src/ingest/io/read-seeds.ts';
import { devsetArticles, pool, scoreArticle, type ArticleScore, type ArticleToScore } from './score/run.ts';

const { values } = parseArgs({ options: { devset: { type: 'string' }, verbose: { type: 'boolean', default: false }, digits: { type: 'string', default: '2' } } });

const GENERALITY = 'tests/fixtures/generality';
const seedGold = 'tests/fixtures/gold/seed.gold.json';
const seedArticle = (JSON.parse(readFileSync(seedGold, 'utf8')) as { article: string }).article;
const metaOf = (file: string) => {
  const m = readMeta(file.replace(/\.txt$/, '.meta'));
  return { title: m.title, outlet: m.outlet, published: m.published };
};
const groups: [string, ArticleToScore[]][] = [
  ['seed', [{ name: 'seed', article: seedArticle, gold: seedGold, meta: metaOf(seedArticle) }]],
  [
    'invented articles',
    readdirSync(GENERALITY)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => {
        const name = f.replace('.gold.json', '');
        const article = join(GENERALITY, `${name}.txt`);
        return { name, article, gold: join(GENERALITY, f), meta: metaOf(article) };
      }),
  ],
];
if (values.devset) {
  if (!existsSync(values.devset)) {
    console.error(`error: ${values.devset}: no such folder`);
    process.exit(2);
  }
  const names = readdirSync(values.devset).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
  groups.push([`development set (${values.devset})`, devsetArticles(values.devset, names)]);
}

const n = (x: number) => x.toFixed(Number(values.digits));
const header = '| article | actors | authorities | events | roles caught | event -> actor links | statements |\n|---|---|---|---|---|---|---|';
const row = (name: string, s: { actors: number; authorities: number; events: number; roles: number; links: number; statements: number }, bold = false) => {
  const cells = [s.actors, s.authorities, s.events, s.roles, s.links, s.statements].map((x, i) => (i === 3 ? `${Math.round(100 * x)}%` : n(x)));
  return `| ${bold ? `**${name}**` : name} | ${cells.map((c) => (bold ? `**${c}**` : c)).join(' | ')} |`;
};
for (const [title, articles] of groups) {
  const scores: ArticleScore[] = [];
  console.log(`\n## ${title}\n\n${header}`);
  for (const a of articles) {
    const { score } = scoreArticle(a);
    scores.push(score);
    console.log(row(a.name, pool([score])));
  }
  if (articles.length > 1) console.log(row('pooled', pool(scores), true));
  if (values.verbose)
    scores.forEach((s, i) => {
      const lines = (['actors', 'authorities', 'events', 'statements'] as const).flatMap((k) => {
        const c = s[k];
        if (!c) return [];
        return [...(c.missed.length ? [`  ${k} missed: ${c.missed.join(' | ')}`] : []), ...(c.spurious.length ? [`  ${k} spurious: ${c.spurious.join(' | ')}`] : [])];
      });
      if (lines.length) console.log(`\n${articles[i]!.name}\n${lines.join('\n')}`);
    });
}
