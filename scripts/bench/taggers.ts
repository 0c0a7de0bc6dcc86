// node scripts/bench/taggers.ts: the taggers the linguistic layer could use, compared on the
// same text: accuracy of coarse parts of speech on hand-tagged invented sentences
// (tests/fixtures/taggers/tagged.json), and time to tag every sentence of the seed article.
// docs/extraction.md quotes the figures; they are why the layer uses wink-nlp.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Coarse = 'PROPN' | 'NOUN' | 'VERB' | 'ADJ' | 'OTHER';
const fixture = JSON.parse(readFileSync('tests/fixtures/taggers/tagged.json', 'utf8')) as { sentences: { text: string; tags: string }[] };
const wink = winkNLP(model);

const winkCoarse = (pos: string): Coarse => (pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' ? pos : pos === 'VERB' || pos === 'AUX' ? 'VERB' : 'OTHER');
const compromiseCoarse = (tags: string[]): Coarse =>
  tags.some((t) => ['Verb', 'Auxiliary', 'Modal', 'Copula'].includes(t)) ? 'VERB' : tags.includes('ProperNoun') ? 'PROPN' : tags.includes('Noun') ? 'NOUN' : tags.includes('Adjective') ? 'ADJ' : 'OTHER';

/** One coarse tag per whitespace word: the tag of the word's first non-punctuation token. */
function winkTags(text: string): Coarse[] {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(wink.its.value) as string[];
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const spaces = doc.tokens().out(wink.its.precedingSpaces) as string[];
  const out: Coarse[] = [];
  values.forEach((v, i) => {
    if (pos[i] === 'PUNCT' && !/\w/.test(v)) return;
    if (i === 0 || spaces[i]!.length > 0 || out.length === 0) out.push(winkCoarse(pos[i]!));
  });
  return out;
}
function compromiseTags(text: string): Coarse[] {
  const terms = (nlp(text).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.map((t) => compromiseCoarse(t.tags));
}

function accuracy(tagger: (t: string) => Coarse[]): { right: number; of: number } {
  let right = 0;
  let of = 0;
  for (const s of fixture.sentences) {
    const gold = s.tags.split(' ');
    const got = tagger(s.text);
    gold.forEach((g, i) => {
      of++;
      if (got[i] === g) right++;
    });
  }
  return { right, of };
}

const seed = readFileSync('seeds/000_bc7522480e5342aa.txt', 'utf8');
const sentences = nlp.tokenize(seed).sentences().out('array') as string[];
function time(tag: (t: string) => unknown): number {
  for (const s of sentences.slice(0, 10)) tag(s); // warm up
  const t0 = performance.now();
  for (let r = 0; r < 3; r++) for (const s of sentences) tag(s);
  return (performance.now() - t0) / 3;
}

const rows = [
  ['wink-nlp + wink-eng-lite-web-model', accuracy(winkTags), time((s) => wink.readDoc(s).tokens().out(wink.its.pos))],
  ['compromise (tagger)', accuracy(compromiseTags), time((s) => nlp(s).json())],
] as const;
console.log(`| tagger | coarse tags right (${rows[0][1].of} words) | tag the seed's ${sentences.length} sentences |`);
console.log('|---|---|---|');
for (const [name, acc, ms] of rows) console.log(`| ${name} | ${acc.right}/${acc.of} (${((100 * acc.right) / acc.of).toFixed(0)}%) | ${ms.toFixed(0)} ms |`);
