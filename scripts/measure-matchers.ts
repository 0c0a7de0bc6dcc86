/**
 * The same token patterns written for three matchers, run over the seed article's sentences:
 * ours (src/ingest/match/matcher.ts over the linguistic layer), compromise's match syntax and
 * wink-nlp's custom entities. Prints what each can express, how many matches each finds, and the
 * time of one run (ratios to ours). For docs/extraction.md. wink's custom entities run in a process
 * of their own: a second wink instance over the same model finds none (the layer holds the first).
 *   node --experimental-strip-types scripts/measure-matchers.ts
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import titles from '../src/ingest/lexicons/titles.json' with { type: 'json' };
import { Matcher, type Pattern } from '../src/ingest/match/matcher.ts';
import { clean } from '../src/ingest/stages/clean.ts';
import { splitParagraphs, toParagraphs } from '../src/ingest/stages/paragraphs.ts';
import { articleSentences } from '../src/ingest/stages/sentences.ts';

/** How far a matcher can say a pattern: wholly, only by listing its lengths, or not. */
type Can = 'yes' | 'lengths listed' | 'no';

interface Row {
  name: string;
  ours: Pattern;
  compromise: { syntax: string | null; can: Can };
  wink: { patterns: string[]; can: Can };
}

const TITLES = titles.titles.map((t) => t.toLowerCase());
/** wink has no repetition: a run of up to this many tokens is listed one length at a time. */
const RUN = 4;
const runs = (unit: string, before = '', after = '') =>
  Array.from({ length: RUN }, (_, n) => [before, ...Array(n + 1).fill(unit), after].filter(Boolean).join(' '));

const ROWS: Row[] = [
  {
    name: 'proper-name run (PROPN+)',
    ours: { label: 'name', pattern: [{ POS: 'PROPN', OP: '+' }] },
    compromise: { syntax: '#ProperNoun+', can: 'yes' },
    wink: { patterns: runs('PROPN'), can: 'lengths listed' },
  },
  {
    name: 'title from a word list, then a name',
    ours: { label: 'titled', pattern: [{ PHRASE_IN: 'titles' }, { POS: 'PROPN', OP: '+' }] },
    compromise: { syntax: `(${TITLES.join('|')}) #ProperNoun+`, can: 'yes' },
    wink: { patterns: TITLES.flatMap((t) => runs('PROPN', t)), can: 'lengths listed' },
  },
  {
    name: '"the X Act" (capitalised words, then Act)',
    ours: { label: 'act', pattern: [{ LOWER: 'the' }, { CAP: true, OP: '+' }, { LOWER: 'act' }] },
    compromise: { syntax: 'the @isTitleCase+ act', can: 'yes' },
    // no condition on capitals: proper nouns stand in for capitalised words
    wink: { patterns: runs('PROPN', 'the', 'act'), can: 'lengths listed' },
  },
  {
    name: '"Executive Order NNN"',
    ours: { label: 'order', pattern: [{ LOWER: 'executive' }, { LOWER: 'order' }, { NUM: true }] },
    compromise: { syntax: 'executive order #NumericValue', can: 'yes' },
    wink: { patterns: ['executive order NUM', 'executive order CARDINAL'], can: 'yes' },
  },
];

function seedSentences() {
  const file = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
  const cleaned = clean(readFileSync(join('seeds', file), 'utf8'));
  return articleSentences(toParagraphs(splitParagraphs(cleaned.lines)));
}

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

async function runOurs(sentences: ReturnType<typeof seedSentences>) {
  const { layerOf } = await import('../src/ingest/stages/linguistics.ts');
  const matchers = ROWS.map((r) => new Matcher([r.ours], { titles: titles.titles }));
  const tagged = time(() => sentences.map((s) => layerOf(s).tokens));
  const each = matchers.map((m) => time(() => tagged.value.reduce((n, t) => n + m.findAll(t).length, 0)));
  const matchMs = each.reduce((n, e) => n + e.ms, 0);
  return { tagMs: tagged.ms, matchMs, counts: each.map((e) => e.value), eachMs: each.map((e) => e.ms) };
}

function runCompromise(texts: string[]) {
  return time(() => {
    const docs = texts.map((t) => nlp(t));
    return ROWS.map((r) =>
      r.compromise.syntax ? docs.reduce((n, d) => n + d.match(r.compromise.syntax!).length, 0) : 0,
    );
  });
}

function runWink(texts: string[]) {
  const wink = winkNLP(model);
  return time(() => {
    wink.learnCustomEntities(ROWS.map((r, i) => ({ name: `p${i}`, patterns: r.wink.patterns })));
    const counts = ROWS.map(() => 0);
    for (const t of texts) {
      const found = wink.readDoc(t).customEntities().out(wink.its.detail) as { type: string }[];
      for (const e of found) counts[Number(e.type.slice(1))]! += 1;
    }
    return counts;
  });
}

const sentences = seedSentences();
const texts = sentences.map((s) => s.text);
if (process.argv.includes('--wink')) console.log(JSON.stringify(runWink(texts)));
else await main();

async function main() {
  const ours = await runOurs(sentences);
  const comp = runCompromise(texts);
  const self = process.argv[1]!;
  const out = execFileSync(process.execPath, ['--experimental-strip-types', self, '--wink'], { encoding: 'utf8' });
  const wink = JSON.parse(out) as { ms: number; value: number[] };
  const oursMs = ours.tagMs + ours.matchMs;
  console.log(`${sentences.length} sentences of the seed article, one run each\n`);
  console.log('| pattern | ours | compromise | wink-nlp |\n|---|---|---|---|');
  ROWS.forEach((r, i) => {
    const cell = (can: Can, n: number) => `${can}, ${n} found`;
    const row = [
      `yes, ${ours.counts[i]} found (${ours.eachMs[i]!.toFixed(1)} ms)`,
      cell(r.compromise.can, comp.value[i]!),
      cell(r.wink.can, wink.value[i]!),
    ];
    console.log(`| ${r.name} | ${row.join(' | ')} |`);
  });
  const ratio = (ms: number) => `${ms.toFixed(1)} ms (${(ms / oursMs).toFixed(1)}x)`;
  console.log(`\n| matcher | time (parse + all patterns) |\n|---|---|`);
  const parts = `layer ${ours.tagMs.toFixed(1)} ms, matching ${ours.matchMs.toFixed(1)} ms`;
  console.log(`| ours | ${oursMs.toFixed(1)} ms (1.0x; ${parts}) |`);
  console.log(`| compromise | ${ratio(comp.ms)} |`);
  console.log(`| wink-nlp custom entities | ${ratio(wink.ms)} |`);
}
