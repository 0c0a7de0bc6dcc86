import { layerOf } from './linguistics.ts';
import type { Sentence } from './types.ts';

/** Words that refer back to a record named earlier, and what they stand for. */
export interface Resolution {
  start: number;
  end: number;
  /** The record's name, shown in brackets in place of the words ("[the Cartel de los Soles]"). */
  name: string;
  /** False for people's names, which take no "the" ("[Ann Roe and Ben Ode]"). */
  article?: false;
}

const MAX_WORDS = 45;
// A dateline ("WASHINGTON — ") is page furniture, not part of what happened.
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]+\s+—\s+/u;

/**
 * An event's title: the sentence's own words. Nothing is cut inside a quotation and the
 * attribution stays ("according to people familiar with the matter"). A long sentence loses its
 * relative clauses and dash asides, where the linguistic layer marks them, shown as "…"; if it is
 * still long, it stays whole, since a cut in doubt changes what the sentence says. Words that
 * refer back to a record are resolved in brackets, the way a quotation is: "[the Cartel de los Soles]".
 */
export function eventTitle(sentence: Sentence, resolutions: Resolution[] = []): string {
  const layer = layerOf(sentence);
  const base = sentence.start;
  const resolved = resolutionEdits(sentence, resolutions);
  const whole = applyEdits(sentence.text, resolved);
  if (wordCount(whole) <= MAX_WORDS) return tidy(whole);
  // background the layer marks: relative clauses and dash asides outside quotations
  const dropped: Edit[] = [];
  for (const c of layer.clauses) {
    if (c.kind !== 'relative' && c.kind !== 'aside') continue;
    const toks = layer.tokens.slice(c.start, c.end);
    if (toks.some((t) => t.quoted)) continue;
    let from = toks[0]!.start - base;
    const open = sentence.text.slice(0, from).match(/\s*[,—–]\s*$/u);
    if (open) from -= open[0].length;
    dropped.push({ from, to: toks.at(-1)!.end - base, text: ' …' });
  }
  const short = applyEdits(sentence.text, [...resolved, ...dropped]);
  return tidy(wordCount(short) <= MAX_WORDS + 10 ? short : whole);
}

/** The edits that put each resolution, in brackets, in place of the words that refer back. */
export function resolutionEdits(sentence: Sentence, resolutions: Resolution[]): Edit[] {
  const base = sentence.start;
  const resolved: Edit[] = [];
  for (const r of resolutions) {
    if (r.start < base || r.end > sentence.end) continue;
    const words = sentence.paragraphText.slice(r.start, r.end);
    if (words.toLowerCase() === r.name.toLowerCase()) continue;
    const the = r.article !== false && /^the\s/i.test(words) && !/^the\s/i.test(r.name) ? 'the ' : '';
    resolved.push({ from: r.start - base, to: r.end - base, text: `[${the}${r.name}]` });
  }
  return resolved;
}

/** A change to a sentence's text: characters [from, to) become `text`. */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Applies edits in order of position; one that overlaps an earlier one is skipped. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.from - b.from)) {
    if (e.from < at) continue;
    out += text.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + text.slice(at);
}

export const wordCount = (s: string) => s.split(/\s+/).length;

/** No dateline, no space before "…", no final full stop; the first letter capitalised. */
export function tidy(text: string): string {
  const t = text.replace(DATELINE, '').replace(/\s+…\s*([,.;])/gu, ' …$1').replace(/…,/gu, '…').replace(/\s{2,}/gu, ' ').trim().replace(/\.$/u, '');
  // "[the Trump administration] has …": the first letter is capitalised, inside a bracket too
  return t.replace(/^(\[?)(\p{Ll})/u, (_, b: string, c: string) => b + c.toUpperCase());
}
