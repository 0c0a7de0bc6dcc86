import { foldWords } from './record-match.ts';

/** An element with an id that Pagefind saw while indexing (see Pagefind's anchors data). */
export interface Anchor {
  element: string;
  id: string;
  location: number;
  text?: string;
}

/**
 * Groups matched word locations by the paragraph or section they fall in: the nearest anchor
 * at or before each location. Pagefind's own sub-results only follow headings; paragraphs of a
 * source are the units readers link to, so we derive them here. Most-hit first, at most `max`.
 */
export function paragraphHits(locations: number[], anchors: Anchor[], max: number): { id: string; locations: number[] }[] {
  const sorted = anchors.filter((a) => /^p-|^[a-z]/.test(a.id)).sort((a, b) => a.location - b.location);
  const groups = new Map<string, number[]>();
  for (const loc of locations) {
    let hit: Anchor | undefined;
    for (const a of sorted) {
      if (a.location > loc) break;
      hit = a;
    }
    if (!hit || hit.id === 'main' || hit.id === 'title') continue;
    const list = groups.get(hit.id) ?? [];
    list.push(loc);
    groups.set(hit.id, list);
  }
  return [...groups]
    .map(([id, locs]) => ({ id, locations: locs }))
    .sort((a, b) => b.locations.length - a.locations.length || a.locations[0]! - b.locations[0]!)
    .slice(0, max);
}

/**
 * An excerpt as DOM-ready pieces: plain strings and <mark> elements for matched words. Built
 * from text, never from HTML, so nothing in an article can become markup here.
 */
export function excerptNodes(content: string, locations: number[], length: number): (string | HTMLElement)[] {
  const { words, start, end } = excerptWindow(content, locations, length);
  const marked = new Set(locations);
  const out: (string | HTMLElement)[] = start > 0 ? ['… '] : [];
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (marked.has(i)) {
      const m = document.createElement('mark');
      m.textContent = w;
      out.push(m);
    } else out.push(w);
    out.push(i < end - 1 ? ' ' : '');
  }
  if (end < words.length) out.push(' …');
  return out;
}

/** The words an excerpt shows: `length` of them, from a little before the first match. */
export function excerptWindow(content: string, locations: number[], length: number): { words: string[]; start: number; end: number } {
  const words = content.split(/\s+/);
  const first = locations.length ? Math.min(...locations) : 0;
  const start = Math.max(0, first - Math.floor(length / 3));
  return { words, start, end: Math.min(words.length, start + length) };
}

/**
 * Whether an excerpt tells the reader anything the result's card (its title, its kind) does not:
 * an excerpt made only of the card's own words repeats the line above it, and is not shown.
 */
export function excerptAddsToCard(content: string, locations: number[], length: number, card: string): boolean {
  const known = new Set(foldWords(card));
  const { words, start, end } = excerptWindow(content, locations, length);
  return words.slice(start, end).some((w) => foldWords(w).some((f) => !known.has(f)));
}

/** Lowercase, accents folded, punctuation and a leading "the" dropped: how names are compared. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9§]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Puts first the results whose own name or alias is exactly what the reader typed ("Pentagon"
 * -> the Department of Defense, not the directive "to the Pentagon"); otherwise keeps
 * Pagefind's order. Stable.
 */
export function exactFirst<T extends { meta: Record<string, string> }>(results: T[], query: string): T[] {
  const q = normalizeName(query);
  const names = (r: T) => [r.meta['title'] ?? '', ...(r.meta['aliases'] ?? '').split(' · ')].map(normalizeName);
  const exact = results.filter((r) => names(r).includes(q));
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}

/**
 * Whether a word of the text is a word of the query: the same word, accents, case and
 * punctuation aside, give or take a plural or possessive ending ("cartels", "Maduro’s"). A
 * longer word that only shares the stem is not ("possibility" for "Posse"): Pagefind matches
 * stems and prefixes, so its locations are checked again here.
 */
export function sameWord(textWord: string, queryWords: string[]): boolean {
  const strip = (w: string) => w.replace(/(?<=..)(es|s)$/, '');
  return foldWords(textWord).some((t) => queryWords.some((q) => t === q || strip(t) === q || t === strip(q) || strip(t) === strip(q)));
}

/** The locations Pagefind reported whose word really is one of the query's words. */
export function preciseLocations(content: string, locations: number[], query: string): number[] {
  const words = content.split(/\s+/);
  const q = foldWords(query);
  return locations.filter((l) => words[l] !== undefined && sameWord(words[l]!, q));
}

/**
 * Results with at least one word of the query first, then those Pagefind matched only by stem
 * or prefix ("possibility" for "posse"), each group in Pagefind's order.
 */
export function precisionFirst<T extends { content: string; locations: number[] }>(results: T[], query: string): T[] {
  const has = (r: T) => preciseLocations(r.content, r.locations, query).length > 0;
  return [...results.filter(has), ...results.filter((r) => !has(r))];
}

/**
 * What the type chips count: the results Pagefind counts, plus the records the instant answer
 * shows that the full text does not find (a record it also finds is listed once). `counts` are
 * Pagefind's per type, `total` its count over all types; `alsoFound` how many of the records of
 * each type Pagefind finds too.
 */
export function reachableCounts(
  pagefind: { counts: Record<string, number>; total: number } | null,
  records: { type: string }[],
  alsoFound: Record<string, number> = {},
): { counts: Record<string, number>; total: number } {
  const counts: Record<string, number> = { ...(pagefind?.counts ?? {}) };
  let total = pagefind?.total ?? 0;
  const left = { ...alsoFound };
  for (const r of records) {
    if ((left[r.type] ?? 0) > 0) {
      left[r.type]!--;
      continue;
    }
    counts[r.type] = (counts[r.type] ?? 0) + 1;
    total++;
  }
  return { counts, total };
}
