import words from '../lexicons/headline-words.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import { unnamedSourceWords } from '../../lib/unnamed-sources.ts';
import {
  datelineEnd,
  renderTokens,
  resolutionEdits,
  tidy,
  wordCount,
  type Resolution,
  type TokenEdit,
} from './event-titles.ts';
import { clauseOfToken, layerOf, set, type Layer, type Token } from './linguistics.ts';
import type { Sentence } from './types.ts';

const OPENING = set(words.openingConjunctions);
const INTERJECTED = set(words.interjectedAdverbs);
const NON_RESTRICTIVE = set(words.nonRestrictive);
const NOT_PARTICIPLES = set(words.notParticiples);
const LEADING = set(words.leadingAdverbials);
const LEADING_WITH_PARTICIPLE = set(words.leadingWithParticiple);
const QUESTIONED = set(words.questionedOpeners);
const PURPOSE_VERBS = set(words.purposeVerbs);
const NOUN_COMPLEMENTS = set(words.infinitiveNouns);
const VENUES = set(words.speechVenues);
const SPEECH = set(clauseWords.speechVerbs);
const EXAMPLES = words.trailingExamples.map((w) => w.toLowerCase().split(' '));
const DEMONSTRATIVES = set(['this', 'that', 'these', 'those']);
const INDEFINITES = set(['a', 'an', 'one']);
/** What may not open or close a headline once words around it are cut. */
const DANGLING = new Set([',', ';', ':', '—', '–', '-', '--', 'and', 'but', 'or']);
const DASHES = new Set(['—', '–', '--']);
const CLOSING = new Set(['.', '!', '?', '”', '"', '’', "'"]);

export interface HeadlineInput {
  /** Words that refer back, resolved in brackets as the title resolves them. */
  resolutions?: Resolution[];
  /** Paragraph offsets of the words that give the event's date, which the page shows beside the headline. */
  date?: { start: number; end: number } | null;
  /** The token of the act's verb in the sentence's layer (null: none is known, and nothing is cut). */
  act: number | null;
  /** The whole sentence as the title gives it: the headline when the layer is unsure. */
  whole: string;
}

/** Tokens [from, to) that go, with what the rule is called (for reading the code, not shown). */
interface Cut {
  from: number;
  to: number;
}

/**
 * An event's headline: its sentence by deletion only. What the linguistic layer marks as
 * removable goes: an opening "But"/"And"; a leading time phrase holding the date the page shows
 * beside it; appositions ("Ann Roe, the minister, said" -> "Ann Roe said"); non-restrictive
 * relative clauses (", who …"); asides between dashes or brackets with no verb of their own; an
 * interjected "however"; a trailing participial clause (", saying …"); examples after a dash; and
 * attribution to people the source does not name ("according to officials"), only when the
 * sentence carries the unnamed-sources label (`unnamedSourcing`), which says so beside it.
 * The subject, the verb group with its negation and modality, the object, quotations (never cut
 * inside) and attribution to a named speaker stay. No word is changed or added but the brackets
 * that resolve words referring back. When the act is unknown or a cut would take it, the whole
 * sentence is the headline.
 */
export function eventHeadline(sentence: Sentence, input: HeadlineInput): string {
  const title = headlineOf(sentence, input);
  return opensInsideQuotation(sentence.text) && !title.startsWith('“') ? `“${title}` : title;
}

/**
 * "He was given an order,” said Cotton.": a sentence that opens inside the quotation the one
 * before began (its first mark closes) is someone's words; the title opens the quotation again.
 * (Read from the sentence as written: a name the title puts in brackets may hold marks of its own.)
 */
function opensInsideQuotation(text: string): boolean {
  const close = text.indexOf('”');
  const open = text.indexOf('“');
  return close >= 0 && (open < 0 || close < open);
}

function headlineOf(sentence: Sentence, input: HeadlineInput): string {
  const { act, whole } = input;
  if (act === null) return whole;
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  const n = endOfWords(toks);
  const dateline = datelineEnd(sentence);
  const cuts: Cut[] = [
    ...openingCuts(layer, act, input.date ?? null, dateline),
    ...leadingClauseCuts(layer, act, dateline),
    ...purposeCuts(layer, act, n),
    ...speechAdjunctCuts(layer, input.date ?? null, n),
    ...resumptiveCuts(layer, act, n),
    ...unnamedAttributionCuts(sentence, layer, act, n),
    ...appositionCuts(layer, n),
    ...relativeCuts(layer, n),
    ...asideCuts(layer, n),
    ...interjectionCuts(layer, n),
    ...trailingCuts(layer, act, n),
  ].filter((c) => !(c.from <= act && act < c.to) && !cutsQuotation(toks, c));
  if (cuts.length === 0) return whole;
  const keep = toks.map(() => true);
  for (const c of [...cuts, { from: 0, to: dateline }]) for (let k = c.from; k < c.to; k++) keep[k] = false;
  trimDangling(toks, keep);
  const edits = [...resolutionEdits(sentence, input.resolutions ?? []), ...deletions(keep)];
  const headline = tidy(renderTokens(sentence, edits));
  // nothing left to say, or a quotation left open: the layer was wrong somewhere
  if (wordCount(headline) < 3 || (quoteMarks(headline) % 2 !== 0 && quoteMarks(whole) % 2 === 0)) return whole;
  return headline;
}

const quoteMarks = (s: string) => [...s].filter((c) => c === '“' || c === '”').length;

/** The runs of tokens not kept, as edits that delete them. */
function deletions(keep: boolean[]): TokenEdit[] {
  const out: TokenEdit[] = [];
  keep.forEach((k, i) => {
    const last = out.at(-1);
    if (k) return;
    if (last && last.to === i) last.to = i + 1;
    else out.push({ from: i, to: i + 1, text: '' });
  });
  return out;
}

/**
 * Nothing dangling once the cuts are made: no comma, dash or conjunction at either end (before a
 * final full stop, which goes with it), and no comma right after another.
 */
function trimDangling(toks: Token[], keep: boolean[]): void {
  const kept = () => keep.flatMap((k, i) => (k ? [i] : []));
  const dangles = (i: number | undefined) => i !== undefined && DANGLING.has(toks[i]!.lower);
  for (let changed = true; changed;) {
    const ks = kept();
    const stop = toks[ks.at(-1) ?? -1]?.text === '.' ? 1 : 0;
    const first = ks[0];
    const last = ks[ks.length - 1 - stop];
    changed = dangles(first) || dangles(last);
    if (dangles(first)) keep[first!] = false;
    if (dangles(last)) for (const i of ks.slice(ks.length - 1 - stop)) keep[i] = false;
  }
  const ks = kept();
  ks.forEach((i, n) => {
    if (n > 0 && toks[i]!.text === ',' && toks[ks[n - 1]!]!.text === ',') keep[i] = false;
  });
}

/** The index past the last word: the final full stop and closing quotation marks are not words. */
function endOfWords(toks: Token[]): number {
  let n = toks.length;
  while (n > 0 && CLOSING.has(toks[n - 1]!.text) && toks[n - 1]!.pos === 'PUNCT') n--;
  // a closing quotation mark after the full stop belongs to the quotation: keep it in range
  return toks.slice(n).some((t) => t.text === '”' || t.text === '"') ? toks.length : n;
}

/** A cut that takes part of a quotation but not all of it. */
function cutsQuotation(toks: Token[], c: Cut): boolean {
  const inside = toks.slice(c.from, c.to).some((t) => t.quoted);
  if (!inside) return false;
  // the quotation must lie wholly inside the cut: no quoted token touches either edge from outside
  return (!!toks[c.from - 1]?.quoted && toks[c.from]!.quoted) || (!!toks[c.to]?.quoted && toks[c.to - 1]!.quoted);
}

const isVerbStart = (layer: Layer, i: number) => {
  const t = layer.tokens[i];
  if (!t) return false;
  const g = layer.verbs.find((v) => v.start === i || (v.start === i + 1 && t.pos === 'ADV'));
  // a finite verb, not a participle opening a clause of its own
  return !!g && !(g.start === g.main && layer.tokens[g.main]!.lower.endsWith('ing'));
};
const comma = (t: Token | undefined) => t?.text === ',';

/**
 * The sentence's opening: a linking "But"/"And", then the phrase before the first comma when it
 * holds the date the page shows beside the headline ("In March, …", "When she took office in
 * May, …") and the act comes after it.
 */
function openingCuts(layer: Layer, act: number, date: { start: number; end: number } | null, dateline: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  // "PORT AMBER — …": the dateline is furniture (cut by the title's rule)
  let i = dateline;
  if (toks[i] && OPENING.has(toks[i]!.lower) && toks[i]!.pos === 'CCONJ') out.push({ from: i, to: ++i });
  if (!date) return out;
  const c = toks.findIndex((t, k) => k > i && comma(t));
  if (c < 0 || c > act || toks.slice(i, c).some((t) => t.quoted)) return out;
  const from = toks[i]!.start;
  const to = toks[c - 1]!.end;
  if (
    date.start >= from &&
    date.end <= to &&
    layer.clauses.every((cl) => cl.kind !== 'attribution' || cl.end <= i || cl.start >= c) &&
    // ("The Ledger reported Friday that in May, …": a main verb before the comma frames the act; kept)
    layer.verbs.every((v) => v.start < i || v.start >= c || clauseOfToken(layer, v.main).kind !== 'main')
  )
    out.push({ from: i, to: c + 1 });
  return out;
}

/**
 * Attribution to people the source does not name, where the label says so: "according to …"
 * and ", officials said" (with the comma before them), or ", the people briefed on it said, …".
 */
function unnamedAttributionCuts(sentence: Sentence, layer: Layer, act: number, n: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  for (const hit of unnamedSourceWords(sentence.text)) {
    const at = sentence.start + hit.index;
    const first = toks.findIndex((t) => t.end > at);
    if (first < 0 || toks[first]!.quoted) continue;
    const clause = layer.clauses.find((c) => c.kind === 'attribution' && c.start <= first && first < c.end);
    if (clause) {
      const end = Math.min(clause.end, n);
      // "…, according to officials." / "According to officials, …"
      if (comma(toks[clause.start - 1])) out.push({ from: clause.start - 1, to: end });
      else if (clause.start === 0 && comma(toks[end])) out.push({ from: 0, to: end + 1 });
      continue;
    }
    // ", the people familiar with the talks said, …": from the comma before to the speech verb
    let from = first;
    while (from > 0 && !comma(toks[from - 1]) && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(toks[from - 1]!.pos))
      from--;
    if (!comma(toks[from - 1]) || from - 1 <= act) continue;
    const verb = layer.verbs.find((v) => v.start > first && ['say', 'tell'].includes(v.lemma));
    if (!verb || toks.slice(first, verb.start).some((t) => comma(t) || t.quoted)) continue;
    if (verb.end < n && !comma(toks[verb.end])) continue;
    out.push({ from: from - 1, to: Math.min(verb.end, n) });
  }
  return out.filter((c) => c.from > act || c.to <= act);
}

/**
 * Appositions: ", the minister," between a name and its verb, or ", or Blue Hand," (another name)
 * between commas. What lies between the commas has no verb of its own but in a relative clause
 * ("the office that advises the cabinet").
 */
function appositionCuts(layer: Layer, n: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  for (let i = 1; i < n; i++) {
    if (!comma(toks[i]) || toks[i]!.quoted || !['NOUN', 'PROPN'].includes(toks[i - 1]!.pos)) continue;
    // the first comma closes an opening phrase ("In 1994, …") unless a noun phrase or a verb stands before it
    const opening = !toks.slice(0, i).some((t) => comma(t));
    if (
      opening &&
      !['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(toks[0]!.pos) &&
      !layer.verbs.some((v) => v.start < i)
    )
      continue;
    let j = i + 1;
    while (j < n && !comma(toks[j]) && !DASHES.has(toks[j]!.text) && toks[j]!.text !== '(') j++;
    if (j >= n || !comma(toks[j]) || j === i + 1) continue;
    const span = toks.slice(i + 1, j);
    const alias =
      span[0]!.lower === 'or' &&
      span.slice(1).every((t) => t.pos === 'PROPN' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'X') &&
      span.length > 1;
    const nominal =
      ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(span[0]!.pos) &&
      !(span[0]!.pos === 'DET' && DEMONSTRATIVES.has(span[0]!.lower) && span.length === 1);
    if (!alias && !nominal) continue;
    // no verb but inside a relative clause ("the arm that advises …")
    const own = layer.verbs.some(
      (v) =>
        v.main > i && v.main < j && layer.clauses.find((c) => c.start <= v.main && v.main < c.end)?.kind !== 'relative',
    );
    const next = toks[j + 1];
    // "and" inside: a list ("Ann, Ben and Cal, …") unless it is one description before the verb
    // ("Ann Roe, the minister and a former judge, said")
    const description = span[0]!.pos === 'DET' && isVerbStart(layer, j + 1);
    if (own || span.some((t) => t.quoted || (t.pos === 'CCONJ' && t !== span[0] && !description))) continue;
    // a list goes on ("Ann, Ben, and Cal"); an apposition stands before the verb or a relative clause
    if (!next || next.pos === 'CCONJ') continue;
    // the comma that closes the apposition closes a relative clause it ends too: that comma stays
    const closes = layer.clauses.some(
      (c) => c.kind === 'relative' && comma(toks[c.start - 1]) && c.start < i && c.end >= i,
    );
    if (isVerbStart(layer, j + 1)) out.push({ from: i, to: closes ? j : j + 1 });
    else if (alias) out.push({ from: i, to: j + 1 });
    else if (NON_RESTRICTIVE.has(next.lower)) out.push({ from: i, to: j });
    else if (trailingParticiple(layer, j) !== null) out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/**
 * Non-restrictive relative clauses: ", who …" / ", which …" (never "that", which says which one),
 * when the clause ends the sentence or stands between a subject and its verb.
 */
function relativeCuts(layer: Layer, n: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  for (const c of layer.clauses) {
    if (c.kind !== 'relative' || !comma(toks[c.start - 1]) || !NON_RESTRICTIVE.has(toks[c.start]!.lower)) continue;
    if (!layer.verbs.some((v) => v.main > c.start && v.main < c.end)) continue;
    const end = Math.min(c.end, n);
    if (end >= n) out.push({ from: c.start - 1, to: n });
    else if (comma(toks[end]) && isVerbStart(layer, end + 1)) out.push({ from: c.start - 1, to: end + 1 });
    else if (comma(toks[end]) && trailingParticiple(layer, end) !== null) out.push({ from: c.start - 1, to: end });
  }
  return out;
}

/**
 * Asides between dashes or in brackets with no verb but a participle ("(known as the Ring)"), or
 * between two dashes opening with "and", "or" or "but": another verb or noun joined in passing to
 * what stands around it ("sailed with — and at times fired alongside — the crews"); examples after
 * a final dash.
 */
function asideCuts(layer: Layer, n: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  for (const c of layer.clauses) {
    if (c.kind !== 'aside') continue;
    const finite = layer.verbs.some(
      (v) =>
        v.main > c.start &&
        v.main < c.end &&
        !((v.start === v.main && toks[v.main]!.lower.endsWith('ed')) || toks[v.main]!.lower.endsWith('own')),
    );
    if (!finite || joinedInPassing(toks, c, n)) out.push({ from: c.start, to: c.end });
  }
  // "… — like radar and maps": a dash that opens examples, to the end
  for (let i = 1; i < n; i++) {
    if (
      !DASHES.has(toks[i]!.text) ||
      toks[i]!.quoted ||
      layer.clauses.some((c) => c.kind === 'aside' && c.start <= i && i < c.end)
    )
      continue;
    const after = toks.slice(i + 1, n).map((t) => t.lower);
    if (
      EXAMPLES.some((e) => e.every((w, k) => after[k] === w)) &&
      !toks.slice(i, n).some((t) => DASHES.has(t.text) && t !== toks[i])
    )
      out.push({ from: i, to: n });
  }
  return out;
}

/** An aside between two dashes that opens with a conjunction, with more of the sentence after it. */
function joinedInPassing(toks: Token[], c: { start: number; end: number }, n: number): boolean {
  const dashes = DASHES.has(toks[c.start]!.text) && DASHES.has(toks[c.end - 1]!.text);
  return dashes && c.end < n && toks[c.start + 1]?.pos === 'CCONJ' && !toks.slice(c.start, c.end).some((t) => t.quoted);
}

/** ", however," and the like: the adverb and a comma go. */
function interjectionCuts(layer: Layer, n: number): Cut[] {
  const toks = layer.tokens;
  const out: Cut[] = [];
  for (let i = 1; i + 2 < n; i++) {
    if (!comma(toks[i]) || !INTERJECTED.has(toks[i + 1]!.lower) || toks[i + 1]!.pos !== 'ADV' || !comma(toks[i + 2]))
      continue;
    out.push(isVerbStart(layer, i + 3) ? { from: i, to: i + 3 } : { from: i + 1, to: i + 3 });
  }
  return out;
}

/**
 * A trailing participial clause after the act: ", saying …", ", focused on …", to the end (or to a named
 * attribution).
 */
function trailingCuts(layer: Layer, act: number, n: number): Cut[] {
  let commas = 0;
  for (let i = act + 1; i < n; i++) {
    if (!comma(layer.tokens[i])) continue;
    // "…, John Roe, vowed": after another comma, an -ed form may be the verb an apposition interrupted
    const end = trailingParticiple(layer, i, commas++ === 0);
    if (end !== null) return [{ from: i, to: end }];
  }
  return [];
}

/**
 * Whether a participial clause opens after the comma at i and runs to the sentence's end (or to an
 * attribution, which stays): where it ends, or null.
 */
function trailingParticiple(layer: Layer, i: number, past = false): number | null {
  const toks = layer.tokens;
  const t = toks[i + 1];
  const form = t?.lower.endsWith('ing') || (past && t?.lower.endsWith('ed'));
  if (!t || t.quoted || t.pos !== 'VERB' || NOT_PARTICIPLES.has(t.lower) || !form) return null;
  const g = layer.verbs.find((v) => v.start === i + 1);
  if (!g || g.start !== g.main) return null;
  const n = endOfWords(toks);
  // anything finite after it, outside what it reports, another clause or an attribution: stop there
  const attribution = layer.clauses.find((c) => c.kind === 'attribution' && c.start > i);
  const end = attribution ? attribution.start - (comma(toks[attribution.start - 1]) ? 1 : 0) : n;
  if (toks.slice(i + 1, end).some((u) => u.pos === 'CCONJ' && comma(toks[toks.indexOf(u) - 1]))) return null;
  return end > i + 1 ? end : null;
}

const NOUN_PHRASE_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** The end of the noun phrase (with possessives and joined names) that starts at i, or i when none does. */
function subjectEnd(layer: Layer, i: number): number {
  const p = layer.phrases.find((ph) => ph.start === i);
  if (p) return p.end;
  return layer.tokens[i]?.pos === 'PRON' ? i + 1 : i;
}

/**
 * A leading adverbial or participial clause before the subject: "After the vote, …", "In
 * announcing the fine, the ministry accused …", "Announcing the fine, …". Only openers that say
 * when or how the act happened ("after", "before", "when", "while"; "in"/"on" only before an -ing
 * form), never one that hedges or sets a condition ("In her view, …", "If …", "Unless …"); and only
 * when what follows the comma is a subject with the act's verb right after it.
 */
function leadingClauseCuts(layer: Layer, act: number, dateline: number): Cut[] {
  const toks = layer.tokens;
  let i = dateline;
  if (toks[i] && OPENING.has(toks[i]!.lower) && toks[i]!.pos === 'CCONJ') i++;
  const first = toks[i];
  const second = toks[i + 1];
  if (!first || !second) return [];
  const participle = (t: Token) => t.pos === 'VERB' && t.lower.endsWith('ing') && !NOT_PARTICIPLES.has(t.lower);
  // the tagger may read "In closing the port" as a noun: an -ing word taking an object is a verb
  const gerund =
    participle(second) ||
    (second.pos === 'NOUN' && second.lower.endsWith('ing') && ['DET', 'PRON'].includes(toks[i + 2]?.pos ?? 'X'));
  const opener =
    (LEADING.has(first.lower) && ['ADP', 'SCONJ', 'ADV'].includes(first.pos)) ||
    (LEADING_WITH_PARTICIPLE.has(first.lower) && first.pos === 'ADP' && gerund) ||
    (participle(first) && layer.verbs.some((v) => v.start === i && v.main === i)) ||
    // "Asked about the raids, the minister said …": who asked what, not the act
    (QUESTIONED.has(first.lower) && first.pos === 'VERB');
  if (!opener) return [];
  const c = toks.findIndex((t, k) => k > i && comma(t));
  if (c < 0 || c >= act || toks.slice(i, c).some((t) => t.quoted || DASHES.has(t.text) || t.text === '(')) return [];
  if (layer.clauses.some((cl) => cl.kind === 'attribution' && cl.start < c && cl.end > i)) return [];
  // what follows is a subject and then the act's verb group
  if (!NOUN_PHRASE_START.has(toks[c + 1]?.pos ?? 'X')) return [];
  let end = subjectEnd(layer, c + 1);
  // (past an apposition the subject's name takes: "Asked …, Dana Roe, a spokesperson, said")
  end = appositionCuts(layer, act).find((x) => x.from === end)?.to ?? end;
  const group = layer.verbs.find((v) => v.main === act);
  if (end === c + 1 || !group || group.start !== verbAfterSubject(layer, end)) return [];
  return [{ from: i, to: c + 1 }];
}

/** Where the verb should start after a subject ending at `end`: past an adverb, or a short phrase ("in 1994"). */
function verbAfterSubject(layer: Layer, end: number): number {
  const t = layer.tokens[end];
  if (t?.pos === 'ADV') return end + 1;
  const phrase = t?.pos === 'ADP' ? layer.phrases.find((p) => p.start === end + 1) : undefined;
  return phrase && phrase.end - phrase.start <= 3 ? phrase.end : end;
}

/**
 * A purpose infinitive after the act's object and a place phrase: "deployed troops to the border
 * to stop the flow of arms" -> "deployed troops to the border". Only after verbs that move or send
 * something (\`purposeVerbs\`), where "to" cannot be the verb's complement ("allow X to", "urge X
 * to", "began to" never qualify), and not after a noun that takes an infinitive ("a plan to …").
 * It runs to the next comma or the end, and is not cut when another verb joins it ("and …").
 */
function purposeCuts(layer: Layer, act: number, n: number): Cut[] {
  const toks = layer.tokens;
  const group = layer.verbs.find((v) => v.main === act);
  if (!group || !PURPOSE_VERBS.has(group.lemma)) return [];
  let sawObject = false;
  let sawPlace = false;
  for (let k = group.end; k < n; k++) {
    const t = toks[k]!;
    if (
      t.quoted ||
      comma(t) ||
      DASHES.has(t.text) ||
      t.pos === 'AUX' ||
      (t.pos === 'CCONJ' && !NOMINAL_AROUND(toks, k))
    )
      return [];
    if (t.lower === 'to' && t.pos === 'PART' && toks[k + 1]?.pos === 'VERB') {
      const before = toks[k - 1]!;
      if (
        !sawObject ||
        !sawPlace ||
        !['NOUN', 'PROPN'].includes(before.pos) ||
        NOUN_COMPLEMENTS.has(before.lemma) ||
        NOUN_COMPLEMENTS.has(before.lower)
      )
        return [];
      const from = toks[k - 2]?.lower === 'in' && before.lower === 'order' ? k - 2 : k;
      let end = k + 1;
      while (end < n && !comma(toks[end])) {
        const u = toks[end]!;
        // another act joined to it, or a quotation: leave the sentence as it is
        if (
          u.quoted ||
          (u.pos === 'CCONJ' && layer.verbs.some((v) => v.start === end + 1)) ||
          DASHES.has(u.text) ||
          u.text === '('
        )
          return [];
        end++;
      }
      return [{ from, to: end }];
    }
    if (t.pos === 'VERB') return [];
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) && !sawObject) sawObject = true;
    else if (t.pos === 'ADP' && sawObject) sawPlace = true;
  }
  return [];
}

/** "troops and ships": a conjunction between nouns is part of the object. */
function NOMINAL_AROUND(toks: Token[], k: number): boolean {
  return (
    ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(toks[k - 1]?.pos ?? 'X') &&
    ['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET'].includes(toks[k + 1]?.pos ?? 'X')
  );
}

/**
 * After a speech verb at the end, the time and venue of the saying: "said on Thursday in an
 * interview with the Ledger" -> "said". The time phrase goes only when it is the date the page
 * shows beside the headline; a venue phrase ("in an interview", "at a news conference") only when
 * the speech verb comes before it. Only when everything after the verb goes.
 */
function speechAdjunctCuts(layer: Layer, date: { start: number; end: number } | null, n: number): Cut[] {
  const toks = layer.tokens;
  const verb = layer.verbs.filter((v) => v.end <= n).at(-1);
  if (!verb || !SPEECH.has(verb.lemma) || verb.end >= n) return [];
  let k = verb.end;
  while (k < n) {
    const t = toks[k]!;
    if (t.quoted || (t.pos !== 'ADP' && !(date && t.start >= date.start && t.end <= date.end))) return [];
    // the date's own words, with the preposition before them
    if (date) {
      let j = t.pos === 'ADP' ? k + 1 : k;
      const inDate = (u: Token | undefined) => !!u && u.start >= date.start && u.end <= date.end;
      if (inDate(toks[j]) || inDate(t)) {
        while (j < n && inDate(toks[j])) j++;
        k = j;
        continue;
      }
    }
    // a venue: "in an interview (with …)", "at a news conference", "during a briefing"
    let j = k + 1;
    if (toks[j]?.pos === 'DET') j++;
    while (
      j < n &&
      ['ADJ', 'NOUN'].includes(toks[j]!.pos) &&
      !VENUES.has(toks[j]!.lemma) &&
      !VENUES.has(toks[j]!.lower)
    )
      j++;
    if (!toks[j] || (!VENUES.has(toks[j]!.lemma) && !VENUES.has(toks[j]!.lower))) return [];
    j++;
    // "… with the weekly outlet Harbor Radio", "… on the hill": one noun phrase more
    if (toks[j]?.pos === 'ADP' && j < n) {
      j++;
      if (toks[j]?.pos === 'DET') j++;
      const start = j;
      while (j < n && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[j]!.pos)) j++;
      if (j === start) return [];
    }
    k = j;
  }
  return [{ from: verb.end, to: n }];
}

/**
 * A final apposition that repeats a noun of the act's clause to say more about it: "… backed the
 * idea of a toll, an idea the mayor later called costly, and which …" -> "… backed the idea of a
 * toll". The repeated noun names what was said already, so all that follows only describes it.
 */
function resumptiveCuts(layer: Layer, act: number, n: number): Cut[] {
  const toks = layer.tokens;
  for (let i = act + 1; i + 2 < n; i++) {
    if (!comma(toks[i]) || toks[i]!.quoted) continue;
    const det = toks[i + 1]!;
    const noun = toks[i + 2]!;
    if (det.pos !== 'DET' || !INDEFINITES.has(det.lower) || noun.pos !== 'NOUN') continue;
    if (!toks.slice(act + 1, i).some((t) => t.pos === 'NOUN' && t.lemma === noun.lemma)) continue;
    if (toks.slice(i, n).some((t) => t.quoted)) return [];
    return [{ from: i, to: n }];
  }
  return [];
}
