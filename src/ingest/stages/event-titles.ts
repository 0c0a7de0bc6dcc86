import datelines from '../patterns/datelines.json' with { type: 'json' };
import headlineWords from '../lexicons/headline-words.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import { layerOf } from './linguistics.ts';
import type { Sentence } from './types.ts';

/** Words that refer back to a record named earlier, and what they stand for. */
export interface Resolution {
  start: number;
  end: number;
  /** The record's name, shown in brackets in place of the words ("[the Red Hand Cartel]"). */
  name: string;
  /** False for people's names, which take no "the" ("[Ann Roe and Ben Ode]"). */
  article?: false;
}

/** A change to a sentence's tokens: tokens [from, to) become `text` ('' deletes them). */
export interface TokenEdit {
  from: number;
  to: number;
  text: string;
}

const MAX_WORDS = 45;
const OPENING = new Set(headlineWords.openingConjunctions);
/** Pronouns that stand for one person, as a sentence's subject. */
const PERSONAL = new Set(['he', 'she']);
// A dateline ("PORT AMBER — ", "PORT AMBER (Harbor Wire) - ", "Port Amber — ") is page furniture, not
// part of what happened.
const DATELINE = new Matcher(datelines as Pattern[]);
/** A hyphen or a minus sign is a dateline's dash only with a space on either side ("PORT AMBER - The"). */
const SPACED = new Set(['-', '−']);
/** Punctuation written against the word before it. */
const ATTACHED = new Set([',', ';', ':', '.']);
const OPENS_ASIDE = new Set([',', '—', '–']);

/**
 * Where the sentence proper starts: past a dateline that opens it, with its dash or colon ("PORT
 * AMBER —", "PORT AMBER:"). A place written in capitals and small letters ("Port Amber — The navy …")
 * is a dateline only where a paragraph opens and no second dash closes it as an aside. After a
 * colon, or a place in small letters, a capitalised word that is no quotation starts the sentence
 * ("Lorvia: On 4 May the navy …"; not "Roe: “We sailed.”", whose speaker would go).
 */
export function datelineEnd(sentence: Sentence): number {
  const toks = layerOf(sentence).tokens;
  const m = DATELINE.matchAt(toks, 0);
  if (!m) return 0;
  const d = m.captures.dash![0];
  const dash = toks[d]!;
  const next = toks[d + 1];
  if (!next) return 0;
  const joined = (k: number) => toks[k - 1]?.end === toks[k]!.start || toks[k + 1]?.start === toks[k]!.end;
  if (SPACED.has(dash.text) && joined(d)) return 0;
  const startsSentence = next.cap && !next.quoted && next.pos !== 'PUNCT';
  if (m.label === 'dateline') return dash.text !== ':' || startsSentence ? m.end : 0;
  // a second dash of the same kind closes an aside ("a follow-on strike" has none)
  const closed = toks.some((t, k) => k > d && t.text === dash.text && !(SPACED.has(t.text) && joined(k)));
  return sentence.start === 0 && startsSentence && !closed ? m.end : 0;
}

/**
 * An event's title: the sentence's own words. Nothing is cut inside a quotation and the
 * attribution stays ("according to people familiar with the matter"). A long sentence loses its
 * relative clauses and dash asides, where the linguistic layer marks them, shown as "…"; if it is
 * still long, it stays whole, since a cut in doubt changes what the sentence says. Words that
 * refer back to a record are resolved in brackets, the way a quotation is: "[the Red Hand Cartel]".
 */
export function eventTitle(sentence: Sentence, resolutions: Resolution[] = []): string {
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  const edits = [...datelineEdits(sentence), ...resolutionEdits(sentence, resolutions)];
  const whole = renderTokens(sentence, edits);
  if (wordCount(whole) <= MAX_WORDS) return tidy(whole);
  // background the layer marks: relative clauses and dash asides outside quotations, with the
  // comma or dash that opens them and a comma that closes them
  const dropped: TokenEdit[] = [];
  for (const c of layer.clauses) {
    if ((c.kind !== 'relative' && c.kind !== 'aside') || toks.slice(c.start, c.end).some((t) => t.quoted)) continue;
    const from = OPENS_ASIDE.has(toks[c.start - 1]?.text ?? '') ? c.start - 1 : c.start;
    const to = toks[c.end]?.text === ',' ? c.end + 1 : c.end;
    dropped.push({ from, to, text: ' …' });
  }
  const short = renderTokens(sentence, [...edits, ...dropped]);
  return tidy(wordCount(short) <= MAX_WORDS + 10 ? short : whole);
}

const datelineEdits = (sentence: Sentence): TokenEdit[] => {
  const end = datelineEnd(sentence);
  return end ? [{ from: 0, to: end, text: '' }] : [];
};

/** An actor a sentence names: what a pronoun in the next one may stand for. */
export interface NamedActor {
  actor: { name: string; kind: string };
}

/**
 * "He said …", "But she added …": the person a pronoun opening the sentence stands for, in
 * brackets, only when that is certain: the sentence before names one person and no other. With
 * two people named there, or none, the pronoun stays as written.
 */
export function pronounResolutions(sentence: Sentence, before: NamedActor[]): Resolution[] {
  const toks = layerOf(sentence).tokens;
  let i = datelineEnd(sentence);
  if (OPENING.has(toks[i]?.lower ?? '') && toks[i]!.pos === 'CCONJ') i++;
  const t = toks[i];
  if (!t || t.quoted || t.pos !== 'PRON' || !PERSONAL.has(t.lower)) return [];
  const people = [...new Set(before.filter((x) => x.actor.kind === 'person').map((x) => x.actor.name))];
  if (people.length !== 1) return [];
  return [{ start: t.start, end: t.end, name: people[0]!, article: false }];
}

/** The edits that put each resolution, in brackets, in place of the tokens of the words that refer back. */
export function resolutionEdits(sentence: Sentence, resolutions: Resolution[]): TokenEdit[] {
  const toks = layerOf(sentence).tokens;
  const out: TokenEdit[] = [];
  for (const r of resolutions) {
    if (r.start < sentence.start || r.end > sentence.end) continue;
    const words = sentence.paragraphText.slice(r.start, r.end).toLowerCase();
    if (words === r.name.toLowerCase()) continue;
    const from = toks.findIndex((t) => t.start >= r.start);
    let to = from;
    while (to < toks.length && toks[to]!.end <= r.end) to++;
    if (from < 0 || to === from) continue;
    const the =
      r.article !== false && words.startsWith('the ') && !r.name.toLowerCase().startsWith('the ') ? 'the ' : '';
    out.push({ from, to, text: `[${the}${r.name}]` });
  }
  return out;
}

/**
 * The sentence's text with the edits applied: tokens an edit covers give way to its text (an edit
 * that overlaps an earlier one is skipped), the rest stay as written, with the spacing the text
 * has between tokens that stay side by side, one space where tokens between went (none before a
 * comma or full stop, none before a text that brings its own space).
 */
export function renderTokens(sentence: Sentence, edits: TokenEdit[]): string {
  const toks = layerOf(sentence).tokens;
  const at = new Map<number, TokenEdit>();
  for (const e of [...edits].sort((a, b) => a.from - b.from)) {
    if (e.to > e.from && ![...at.values()].some((x) => e.from < x.to)) at.set(e.from, e);
  }
  let out = '';
  let last = -1;
  for (let i = 0; i < toks.length;) {
    const e = at.get(i);
    const text = e ? e.text : toks[i]!.text;
    const end = e ? e.to : i + 1;
    if (text) {
      const adjacent = last === i - 1 && last >= 0;
      const gap = adjacent ? sentence.paragraphText.slice(toks[last]!.end, toks[i]!.start) : ' ';
      out += out === '' || text.startsWith(' ') || (ATTACHED.has(text) && !adjacent) ? text : gap + text;
      last = end - 1;
    }
    i = end;
  }
  return out;
}

export const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

/** The last word's full stop is its own: initials ("the U.S.", "at 9 a.m."), which keep it. */
const endsWithInitials = (t: string) => (t.split(' ').at(-1) ?? '').slice(0, -1).includes('.');

/** One space between words, no final full stop (but that of initials), the first letter capitalised. */
export function tidy(text: string): string {
  let t = text.split(' ').filter(Boolean).join(' ');
  if (t.endsWith('.') && !endsWithInitials(t)) t = t.slice(0, -1);
  // "[the Ostrian government] has …": the first letter is capitalised, inside a bracket too
  const i = t.startsWith('[') ? 1 : 0;
  return t.slice(0, i) + t.charAt(i).toUpperCase() + t.slice(i + 1);
}
