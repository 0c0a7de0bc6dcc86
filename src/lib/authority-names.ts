import type { Authority } from '../schemas/index.ts';

/**
 * When no source writes an authority's name (the extractor made it: "Barr memo" from "William P.
 * Barr … wrote a disputed memo"; "… designation of Ostrava and others" from a list), the words
 * the sources do use, for the page to say the name is a description. Null when a source writes
 * the name, or the editors named it and said why.
 */
export function sourcesWords(a: Authority): string[] | null {
  if (a.editorial?.nameReason) return null;
  const name = a.name.toLowerCase();
  if (a.mentions.some((m) => m.quote.toLowerCase().includes(name))) return null;
  const texts = [...new Set(a.mentions.map((m) => m.text))];
  return texts.length ? texts.slice(0, 3) : null;
}
