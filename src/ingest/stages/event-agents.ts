import { layerOf, type Layer } from './linguistics.ts';
import type { Sentence } from './types.ts';

const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);

/** The verb group a token of the sentence belongs to. */
export const verbGroupAt = (layer: Layer, token: number) => layer.verbs.find((v) => v.start <= token && token < v.end);

/** `agentSpans` as paragraph offsets, to compare with mentions. */
export function agentOffsets(sentence: Sentence, act: number): { start: number; end: number }[] {
  const toks = layerOf(sentence).tokens;
  return agentSpans(sentence, act).map((p) => ({ start: toks[p.start]!.start, end: toks[p.end - 1]!.end }));
}

/**
 * Who acts in a sentence's act: the tokens [start, end) of the act's subject, the noun phrases
 * before its verb group (past an apposition, a relative clause or an aside between them, and
 * joined by "and"), or for a passive ("was designated by the Treasury") the phrase after "by";
 * for a relative clause's act ("…, which seized …") what the clause refers to. Empty when the
 * layer shows none (a passive without "by": its subject is what the act is done to).
 */
export function agentSpans(sentence: Sentence, act: number): { start: number; end: number }[] {
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  const g = verbGroupAt(layer, act);
  if (!g) return [];
  if (g.passive) {
    let i = g.end;
    while (i < toks.length && toks[i]!.pos === 'ADV') i++;
    if (toks[i]?.lower !== 'by') return [];
    return joined(layer, i + 1, 1);
  }
  let i = g.start;
  // "Congress eventually modified": an adverb before the group
  while (toks[i - 1]?.pos === 'ADV') i--;
  // "the cabinet in 1994 halted": back past a short phrase of time or place after the subject
  i = pastShortPhrase(layer, i);
  // "Ann Roe, the minister, said" / "Roe, who …, signed" / "Roe (…) signed": back past it
  for (;;) {
    const before = toks[i - 1];
    if (before?.text === ',' || before?.text === ')' || before?.text === '—') {
      const open = before.text === ')' ? '(' : before.text;
      let k = i - 2;
      while (k >= 0 && toks[k]!.text !== open) k--;
      if (k <= 0) return [];
      i = k;
      continue;
    }
    break;
  }
  // "…, which seized …": the relative pronoun stands for the phrase before it
  if (RELATIVE_SUBJECTS.has(toks[i - 1]?.lower ?? '') && toks[i - 1]!.pos !== 'DET') {
    i--;
    if (toks[i - 1]?.text === ',') i--;
  }
  return joined(layer, i, -1);
}

/** Token i, or the start of a preposition and at most three words ("in 1994") that end there after a noun. */
function pastShortPhrase(layer: Layer, i: number): number {
  const toks = layer.tokens;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (toks[k]!.pos !== 'ADP') continue;
    const words = toks.slice(k + 1, i);
    const plain = words.every((t) => t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET');
    // (not inside a name the chunker keeps whole: "the Office of Legal Counsel produced")
    const inName = layer.phrases.some((p) => p.start < k && p.end >= i);
    return plain && !inName && (toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN') ? k : i;
  }
  return i;
}

/** The noun phrase that ends at token i (dir -1) or starts at it (dir 1), with those "and" joins to it. */
function joined(layer: Layer, i: number, dir: 1 | -1): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const toks = layer.tokens;
  let at = i;
  for (;;) {
    // "the Ostrian military": the chunker ends a phrase at its last noun; an adjective may follow it
    let end = at;
    if (dir < 0) while (end > 0 && toks[end - 1]!.pos === 'ADJ') end--;
    // "the navy assisted local troops" read as one phrase: the verb inside it ends the subject
    const p =
      dir < 0
        ? layer.phrases.find(
            (x) => x.end === end || (x.start < at && at < x.end && layer.verbs.some((v) => v.start === at)),
          )
        : layer.phrases.find((x) => x.start === at || (x.start === at + 1 && toks[at]!.pos === 'DET'));
    if (!p) {
      // a pronoun subject ("he signed"): its resolution is a mention of its own
      const t = toks[dir < 0 ? at - 1 : at];
      if (t?.pos === 'PRON') out.push(dir < 0 ? { start: at - 1, end: at } : { start: at, end: at + 1 });
      // "The military also lent": an adjective after "the" is a noun the chunker does not see
      else if (dir < 0 && end < at && toks[end - 1]?.pos === 'DET') out.push({ start: end - 1, end: at });
      break;
    }
    out.push({ start: Math.min(p.start, at), end: dir < 0 ? at : p.end });
    const link = dir < 0 ? toks[p.start - 1] : toks[p.end];
    if (link?.lower !== 'and') break;
    at = dir < 0 ? p.start - 1 : p.end + 1;
  }
  return out;
}
