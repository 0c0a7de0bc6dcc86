// Matching a query against the record index (names, aliases, citations and their variants),
// in the browser as the reader types. Pure: no DOM, no fetch.

/** How a record matched, best first: its whole name or alias; all the words; the last word begun; a close spelling. */
export type How = 'exact' | 'words' | 'prefix' | 'close';
const RANK: Record<How, number> = { exact: 4, words: 3, prefix: 2, close: 1 };

export interface Nameable {
  name: string;
  aliases: string[];
  citation?: string;
  /** For an act made under a law (a designation): that law's citation. */
  madeUnder?: string;
  variants: string[];
}

export interface RecordHit<E> {
  entry: E;
  how: How;
  /** The name, alias or citation that matched (a variant reports the name it comes from). */
  matched: string;
  /** For close spellings: the letters changed, summed over the query's words. */
  distance: number;
}

/** Words that a query may carry without the name having them ("the Pentagon"). */
const OPTIONAL = new Set(['the', 'of', 'a', 'an', 'and', 'to']);

/**
 * Lowercase words, accents folded; dots inside abbreviations dropped ("U.S.C." -> "usc") but not
 * between digits ("2.11" -> "2 11"); any other punctuation, "§" included, separates words.
 */
export function foldWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(?<=[a-z])\.|\.(?=[a-z])|['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Letters to insert, delete, substitute or swap (adjacent) to turn a into b. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** How many letters a word of this length may be off and still count as a close spelling. */
export const allowedTypos = (word: string) => (word.length < 4 || /\d/.test(word) ? 0 : word.length < 6 ? 1 : 2);

function phrasesOf(e: Nameable): { text: string; words: string[]; own: boolean }[] {
  const shown = [e.name, ...e.aliases, ...(e.citation ? [e.citation] : []), ...(e.madeUnder ? [e.madeUnder] : [])];
  const out = shown.map((text, i) => ({ text, words: foldWords(text), own: i === 0 }));
  // A variant counts as the name it was made from: the first shown phrase sharing a word with it.
  for (const v of e.variants) {
    const words = foldWords(v);
    const from = out.find((p) => p.words.some((w) => words.includes(w))) ?? out[0]!;
    out.push({ text: from.text, words, own: from.own });
  }
  return out;
}

function exactness(phrase: string[], query: string[]): How | null {
  const needed = query.filter((q) => !OPTIONAL.has(q) || phrase.includes(q));
  if (!needed.length) return null;
  const head = needed.slice(0, -1);
  const last = needed[needed.length - 1]!;
  if (!head.every((q) => phrase.includes(q))) return null;
  if (phrase.includes(last)) return new Set(needed).size === new Set(phrase).size && needed.every((q) => phrase.includes(q)) ? 'exact' : 'words';
  return last.length >= 2 && phrase.some((w) => w.startsWith(last)) ? 'prefix' : null;
}

function closeness(phrase: string[], query: string[]): number | null {
  let total = 0;
  for (const [i, q] of query.entries()) {
    if (OPTIONAL.has(q) && !phrase.includes(q)) continue;
    const last = i === query.length - 1;
    let best = Infinity;
    for (const w of phrase) {
      best = Math.min(best, editDistance(q, w));
      // The last word may still be being typed: compare it with the start of each word.
      if (last && w.length > q.length) best = Math.min(best, editDistance(q, w.slice(0, q.length)));
    }
    if (best > allowedTypos(q)) return null;
    total += best;
  }
  return total > 0 ? total : null;
}

/**
 * The records a query names, best first: its whole name or alias, then every word of it, then
 * the last word begun ("Hegs"). Ties: the record's own name before an alias, then the name the
 * query covers most of, then index order. Close spellings are left to `closeRecords`.
 */
export function matchRecords<E extends Nameable>(entries: E[], query: string): RecordHit<E>[] {
  const q = foldWords(query);
  if (!q.length) return [];
  const hits: (RecordHit<E> & { own: boolean; cover: number; at: number })[] = [];
  entries.forEach((entry, at) => {
    let best: (RecordHit<E> & { own: boolean; cover: number; at: number }) | null = null;
    for (const p of phrasesOf(entry)) {
      const how = exactness(p.words, q);
      if (!how) continue;
      const hit = { entry, how, matched: p.text, distance: 0, own: p.own, cover: q.length / p.words.length, at };
      if (!best || better(hit, best)) best = hit;
    }
    if (best) hits.push(best);
  });
  return hits.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).map(({ entry, how, matched, distance }) => ({ entry, how, matched, distance }));
}

function better(a: { how: How; own: boolean; cover: number; at: number }, b: { how: How; own: boolean; cover: number; at: number }): boolean {
  if (RANK[a.how] !== RANK[b.how]) return RANK[a.how] > RANK[b.how];
  if (a.own !== b.own) return a.own;
  if (a.cover !== b.cover) return a.cover > b.cover;
  return a.at < b.at;
}

/**
 * "Did you mean": the records whose name, alias or citation is a close spelling of every word
 * of the query ("Noriaga" -> Manuel Noriega): those with the fewest letters changed, at most `max`.
 */
export function closeRecords<E extends Nameable>(entries: E[], query: string, max = 3): RecordHit<E>[] {
  const q = foldWords(query);
  if (!q.length) return [];
  const hits: (RecordHit<E> & { at: number })[] = [];
  entries.forEach((entry, at) => {
    let best: (RecordHit<E> & { at: number }) | null = null;
    for (const p of phrasesOf(entry)) {
      const distance = closeness(p.words, q);
      if (distance !== null && (!best || distance < best.distance)) best = { entry, how: 'close', matched: p.text, distance, at };
    }
    if (best) hits.push(best);
  });
  const fewest = Math.min(...hits.map((h) => h.distance));
  return hits
    .filter((h) => h.distance === fewest)
    .sort((a, b) => a.at - b.at)
    .slice(0, max)
    .map(({ entry, how, matched, distance }) => ({ entry, how, matched, distance }));
}
