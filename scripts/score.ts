// npm run score [-- --gold <gold.json>] [--json <extract.json>|-] [--article <file>] [--report-json]
// Scores the extraction of the seed article against the hand-made gold annotation and prints a
// table, then the misses and false positives. Without --json it runs
// `npm run --silent extract -- <article>` (the article named in the gold file).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { goldCounts, scoreExtraction, type ExtractInput, type Finding, type Gold } from '../src/lib/score-extraction.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'tests/fixtures/gold/seed.gold.json' },
    json: { type: 'string' },
    article: { type: 'string' },
    'report-json': { type: 'boolean', default: false },
  },
});

const gold = JSON.parse(readFileSync(values.gold, 'utf8')) as Gold & { source?: { file?: string } };

function readExtract(): ExtractInput {
  if (values.json === '-') return JSON.parse(readFileSync(0, 'utf8')) as ExtractInput;
  if (values.json) return JSON.parse(readFileSync(values.json, 'utf8')) as ExtractInput;
  const article = values.article ?? gold.source?.file;
  if (!article) throw new Error('no article: pass --article <file> or --json <extract.json>');
  const out = execFileSync('npm', ['run', '--silent', 'extract', '--', article], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as ExtractInput;
}

const extract = readExtract() as ExtractInput & { source?: { paragraphs?: { id: string }[] } };
const report = scoreExtraction(gold, extract);
const known = new Set((extract.source?.paragraphs ?? []).map((p) => p.id));
const stale = known.size ? [...new Set(gold.events.map((e) => e.paragraph))].filter((p) => !known.has(p)) : [];
if (stale.length) process.stderr.write(`warning: gold paragraph ids not in the extraction (paragraph ids changed?): ${stale.join(', ')}\n`);

if (values['report-json']) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const rows: string[][] = [['record', 'gold', 'extracted', 'matched', 'precision', 'recall', 'F1']];
for (const name of ['actors', 'authorities', 'events', 'statements'] as const) {
  const s = report[name];
  rows.push([name, String(s.gold), String(s.extracted), String(s.tp), pct(s.precision), pct(s.recall), pct(s.f1)]);
}
const l = report.eventActorLinks;
rows.push(['event->actor links*', String(l.tp + l.fn), String(l.tp + l.fp), String(l.tp), pct(l.precision), pct(l.recall), pct(l.f1)]);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
const counts = goldCounts(gold);
console.log(`gold: ${values.gold}  (actors ${JSON.stringify(counts.actors)}, authorities ${JSON.stringify(counts.authorities)}, events ${JSON.stringify(counts.events)}, optional ${JSON.stringify(counts.optional)})`);
console.log('');
console.log(line(rows[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
console.log('');
console.log('* links are counted over matched events only');
console.log(`roles caught: ${report.roles.caught}/${report.roles.total} (${pct(report.roles.share).trim()})`);
const dd = report.events.dateDetails;
console.log(`event dates: precision and approximate flag agree on ${dd.agree}/${dd.dated} matched dated events`);
if (report.nonActorHits.length) console.log(`never-an-actor hits: ${report.nonActorHits.map((f) => f.label).join(', ')}`);

function list(title: string, findings: Finding[]) {
  if (!findings.length) return;
  console.log(`\n${title} (${findings.length})`);
  for (const f of findings) console.log(`  - ${f.label} — ${f.reason}`);
}
list('actors missed', report.actors.misses);
list('actors false positives', report.actors.falsePositives);
list('roles missed', report.roles.misses);
list('authorities missed', report.authorities.misses);
list('authorities false positives', report.authorities.falsePositives);
list('events missed', report.events.misses);
list('events false positives', report.events.falsePositives);
list('event dates that disagree', dd.disagreements);
list('event->actor links missed', l.misses);
list('event->actor links false positives', l.falsePositives);
list('statements missed', report.statements.misses);
list('statements false positives', report.statements.falsePositives);
