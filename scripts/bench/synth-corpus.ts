// Synthetic corpora for the scale benchmark: real paragraphs of the seed article recombined,
// with varied people, months, years, outlets and publication days, all drawn from a seeded PRNG,
// so the same (seed, count) always gives the same files. Article i does not depend on the count:
// the first 10 articles of the 100-article corpus are the 10-article corpus.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface SynthArticle {
  /** File stem, e.g. "0007_synth": the article is <stem>.txt, its sidecar <stem>.meta. */
  stem: string;
  text: string;
  meta: { id: string; title: string; outlet: string; published: string };
}

export const SEED_ARTICLE = 'seeds/000_bc7522480e5342aa.txt';

/** mulberry32: a tiny, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The story paragraphs of an article: blocks of prose that end like sentences. */
export function storyParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 80 && /[.!?"”]$/.test(p));
}

// People of the seed article that an article may rename (full name, then the surname alone).
const PEOPLE: [string, string][] = [
  ['Anna Kelly', 'Kelly'],
  ['Pam Bondi', 'Bondi'],
  ['William P. Barr', 'Barr'],
  ['Manuel Noriega', 'Noriega'],
  ['Mark Esper', 'Esper'],
  ['James E. McPherson', 'McPherson'],
  ['Brian Finucane', 'Finucane'],
  ['Pete Hegseth', 'Hegseth'],
  ['Earl Matthews', 'Matthews'],
  ['T. Elliot Gaiser', 'Gaiser'],
  ['John Ratcliffe', 'Ratcliffe'],
  ['Claudia Sheinbaum', 'Sheinbaum'],
];
const FIRST = ['Alicia', 'Bernard', 'Carmen', 'Daniel', 'Elena', 'Frank', 'Grace', 'Hector', 'Irene', 'Jorge', 'Karen', 'Luis', 'Marta', 'Nathan', 'Olivia', 'Pablo', 'Rosa', 'Samuel', 'Teresa', 'Victor', 'Wendy', 'Xavier', 'Yolanda', 'Zachary'];
const LAST = ['Alvarez', 'Brennan', 'Castillo', 'Delgado', 'Ellison', 'Fuentes', 'Garrison', 'Holloway', 'Ibarra', 'Jennings', 'Kowalski', 'Lindqvist', 'Moreno', 'Navarro', 'Okafor', 'Prescott', 'Quintero', 'Rosales', 'Sandoval', 'Thornton', 'Underwood', 'Valencia', 'Whitaker', 'Zamora'];
const OUTLETS = ['The Daily Ledger', 'Harbor Times', 'Northern Courier', 'Valley Post', 'Capital Wire', 'Coastal Herald', 'Plains Gazette', 'Metro Observer'];
const HEADLINES = ['Military role against cartels draws legal questions', 'Directive on cartels tests limits of presidential power', 'Lawyers weigh force against designated cartels', 'Pentagon drafts options after cartel directive', 'Cartel designations widen the use of force debate', 'Congress asks about the order on cartels'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Integer in [lo, hi]. */
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Article i (0-based) of the corpus drawn from `seed`. */
export function synthArticle(paragraphs: string[], seed: number, i: number): SynthArticle {
  const r = prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
  // 10 to 20 paragraphs, in the seed's order, so the story still reads in sequence.
  const n = Math.min(paragraphs.length, int(r, 10, 20));
  const chosen = paragraphs.map((p, k) => ({ p, k, w: r() })).sort((a, b) => a.w - b.w).slice(0, n).sort((a, b) => a.k - b.k);
  // About half the named people get other names; some names recur across articles.
  const renames: [RegExp, string][] = [];
  for (const [full, surname] of PEOPLE) {
    if (r() < 0.5) continue;
    const last = pick(r, LAST);
    renames.push([new RegExp(escape(full), 'g'), `${pick(r, FIRST)} ${last}`], [new RegExp(`\\b${escape(surname)}\\b`, 'g'), last]);
  }
  // Months move by a fixed shift, past years by a fixed offset: the dates vary, stay consistent.
  const shift = int(r, 0, 11);
  const yearOffset = int(r, -12, 0);
  const vary = (p: string) => {
    let t = p;
    for (const [re, to] of renames) t = t.replace(re, to);
    t = t.replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), (m) => MONTHS[(MONTHS.indexOf(m) + shift) % 12]!);
    return t.replace(/\b(19[5-9]\d|20[0-2][0-4])\b/g, (y) => String(Number(y) + yearOffset));
  };
  const num = String(i + 1).padStart(4, '0');
  const published = `2025-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  const title = `${pick(r, HEADLINES)} (${num})`;
  const meta = { id: `synth-${num}`, title, outlet: pick(r, OUTLETS), published };
  const text = `${title}\n\n${chosen.map((c) => vary(c.p)).join('\n\n')}\n`;
  return { stem: `${num}_synth`, text, meta };
}

/** `count` articles drawn from `seed`, from the paragraphs of `sourceText` (the seed article). */
export function synthCorpus(sourceText: string, count: number, seed = 20250808): SynthArticle[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, not ${count}`);
  const paragraphs = storyParagraphs(sourceText);
  if (paragraphs.length < 10) throw new Error(`the source article has ${paragraphs.length} story paragraphs; at least 10 are needed`);
  return Array.from({ length: count }, (_, i) => synthArticle(paragraphs, seed, i));
}

/** Writes the corpus as a seeds folder: <stem>.txt with its YAML sidecar <stem>.meta. */
export function writeCorpus(dir: string, articles: SynthArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    writeFileSync(join(dir, `${a.stem}.txt`), a.text);
    writeFileSync(join(dir, `${a.stem}.meta`), `# Synthetic article for the scale benchmark.\n${stringify(a.meta)}`);
  }
}

/** Generates and writes `count` articles from the seed article into `dir`. */
export function writeSynthCorpus(dir: string, count: number, seed?: number, article = SEED_ARTICLE): SynthArticle[] {
  const articles = synthCorpus(readFileSync(article, 'utf8'), count, seed);
  writeCorpus(dir, articles);
  return articles;
}
