import type { Clause, ClauseKind, Token, VerbGroup } from './linguistics.ts';
import { phraseEndAt } from './linguistics-phrases.ts';
import { CLOSE_QUOTES, DASHES, NOMINAL, OPEN_QUOTES, W } from './linguistics-words.ts';

/** A sentence's tokens and verb groups, and the clause kind given to each token so far. */
class Marks {
  readonly tokens: Token[];
  readonly verbs: VerbGroup[];
  readonly kind: ClauseKind[];

  constructor(tokens: Token[], verbs: VerbGroup[]) {
    this.tokens = tokens;
    this.verbs = verbs;
    this.kind = tokens.map(() => 'main');
  }

  /** Gives tokens [a, b) that are still in the main clause another kind. */
  mark(a: number, b: number, k: ClauseKind) {
    for (let i = a; i < b; i++) if (this.kind[i] === 'main') this.kind[i] = k;
  }

  /** The next comma, semicolon or dash from token `from` (the end when none). */
  nextComma(from: number): number {
    for (let i = from; i < this.tokens.length; i++) {
      const t = this.tokens[i]!.text;
      if (t === ',' || t === ';' || DASHES.has(t)) return i;
    }
    return this.tokens.length;
  }

  /** The last verb group that ends at or before token i. */
  verbBefore(i: number): VerbGroup | undefined {
    return this.verbs.filter((v) => v.end <= i).at(-1);
  }
}

/** Asides: — … — and ( … ). */
function markAsides(c: Marks) {
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!.text;
    if (!DASHES.has(t) && t !== '(') continue;
    const close = c.tokens.findIndex((u, k) => k > i && (t === '(' ? u.text === ')' : DASHES.has(u.text)));
    if (close > i) {
      c.mark(i, close + 1, 'aside');
      i = close;
    }
  }
}

function opensRelative(c: Marks, i: number): boolean {
  const t = c.tokens[i]!;
  if (!W.relatives.has(t.lower) || !(t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') || i === 0) return false;
  const before = c.tokens[i - 1]!;
  return before.text === ',' || NOMINAL.has(before.pos);
}

/**
 * A "that" that opens what was said, not a relative clause: "reported Friday that …", or after a
 * speech verb's object ("told a business forum that …").
 */
function opensSpeech(c: Marks, i: number): boolean {
  if (c.tokens[i]!.lower !== 'that') return false;
  if (c.tokens.slice(Math.max(0, i - 3), i).some((u) => u.pos === 'VERB' && W.speech.has(u.lemma))) return true;
  const told = c.verbBefore(i);
  return !!told && W.speech.has(told.lemma) && phraseEndAt(c.tokens, told.end) === i;
}

/**
 * Whether a subordinator opens a clause here. "as", "since", "after" … do only before a subject
 * and its verb ("as the US ramped up"), not before a noun phrase alone ("decertified Colombia as a
 * partner"); the "as" of a verb's complement never does ("designating the cartel as a terrorist
 * group allows …").
 */
function opensSubordinate(c: Marks, i: number): boolean {
  const t = c.tokens[i]!;
  if (!W.subordinators.has(t.lower) || !(t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) return false;
  if (t.lower === 'as') {
    const verb = c.verbBefore(i);
    const between = (u: Token) => u.text === ',' || u.pos === 'VERB' || u.pos === 'AUX';
    if (verb && W.asComplement.has(verb.lemma) && !c.tokens.slice(verb.end, i).some(between)) return false;
  }
  if (!W.prepositional.has(t.lower)) return true;
  const subjectEnd = phraseEndAt(c.tokens, i + 1);
  const verbAfter = (v: VerbGroup) =>
    v.start === subjectEnd || (v.start === subjectEnd + 1 && c.tokens[subjectEnd]!.pos === 'ADV');
  return subjectEnd > i + 1 && c.verbs.some(verbAfter);
}

/**
 * A subordinate clause that opens the sentence ends at its comma, also inside an opening phrase
 * with no verb of its own ("In the first talks since the minister returned, …"); one later runs
 * to the end.
 */
function markSubordinate(c: Marks, i: number) {
  const before = c.tokens.slice(0, i);
  const inOpeningPhrase = before[0]?.pos === 'ADP' && !c.verbs.some((v) => v.start < i);
  const opening = inOpeningPhrase || before.every((u) => u.pos === 'CCONJ' || u.pos === 'ADV');
  const end = opening || c.tokens[i - 1]!.text === ',' ? c.nextComma(i + 1) : c.tokens.length;
  if (c.verbs.some((v) => v.start > i && v.start < end)) c.mark(i, end, 'subordinate');
}

/** Attribution ("according to …"), relative clauses to the next comma, subordinate clauses. */
function markOpeners(c: Marks) {
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (t.quoted) continue;
    if (t.lower === 'according' && c.tokens[i + 1]?.lower === 'to') c.mark(i, c.nextComma(i + 2), 'attribution');
    else if (opensRelative(c, i)) {
      if (!opensSpeech(c, i)) c.mark(i, c.nextComma(i + 1), 'relative');
    } else if (opensSubordinate(c, i)) markSubordinate(c, i);
    else if (opensGerundPhrase(c, i)) c.mark(i, c.nextComma(i + 1), 'subordinate');
  }
}

/**
 * "In announcing the fine, the ministry accused …": a preposition and an -ing verb opening the
 * sentence (after an optional "But"/"And") set the scene up to the comma; the act is after it.
 */
function opensGerundPhrase(c: Marks, i: number): boolean {
  const t = c.tokens[i]!;
  const opening = i === 0 || (i === 1 && c.tokens[0]!.pos === 'CCONJ');
  const next = c.tokens[i + 1];
  return (
    opening &&
    t.pos === 'ADP' &&
    !!next &&
    next.pos === 'VERB' &&
    next.lower.endsWith('ing') &&
    c.nextComma(i + 1) < c.tokens.length
  );
}

/** ", X said." / "…,” said X." at the end: where the attribution starts (-1 when it is not one). */
function trailingAttribution(c: Marks, v: VerbGroup): number {
  const { tokens } = c;
  const before = tokens[v.start - 1];
  let k = v.start - 1;
  while (k >= 0 && tokens[k]!.text !== ',' && !CLOSE_QUOTES.has(tokens[k]!.text)) k--;
  const plain = (u: Token) =>
    u.pos === 'PUNCT' || NOMINAL.has(u.pos) || u.pos === 'ADP' || u.pos === 'DET' || u.pos === 'ADV';
  const tail = v.end >= tokens.length - 1 || tokens.slice(v.end).every(plain);
  return k >= 0 && tail && (before?.pos !== 'PUNCT' || CLOSE_QUOTES.has(before?.text ?? '')) ? k + 1 : -1;
}

/** The end of a speech verb's object, past a relative clause ("said the minister, who resigned, had …"). */
function objectEndFrom(tokens: Token[], from: number): number {
  const end = phraseEndAt(tokens, from);
  if (tokens[end]?.text !== ',' || !W.relatives.has(tokens[end + 1]?.lower ?? '')) return end;
  let k = end + 2;
  while (k < tokens.length && tokens[k]!.text !== ',') k++;
  return k < tokens.length ? k + 1 : end;
}

/**
 * What follows a speech verb is reported when it is a "that" clause, a quotation, or a subject with
 * a finite verb ("said the Senate failed"); an object is not ("wrote a memo saying …"). A time or
 * place phrase may come first ("said on Thursday it was over").
 */
function reportsSpeech(c: Marks, v: VerbGroup): boolean {
  const { tokens } = c;
  const after = tokens[v.end];
  if (!after) return false;
  // "reported Friday that …": a day right after the verb is when, not what, whatever its tag
  if (W.calendar.has(after.lower) && tokens[v.end + 1]?.lower === 'that') return true;
  const from = after.pos === 'ADP' && after.lower !== 'that' ? phraseEndAt(tokens, v.end + 1) : v.end;
  const objectEnd = objectEndFrom(tokens, from);
  const next = c.verbs.find((u) => u.start >= objectEnd);
  const finite =
    !!next &&
    next.start === objectEnd &&
    !tokens[next.start]!.lower.endsWith('ing') &&
    tokens[next.start - 1]?.lower !== 'to';
  const thatAfterObject = tokens[objectEnd]?.lower === 'that' && tokens[objectEnd]!.pos === 'SCONJ';
  if (after.lower === 'that' || tokens[from]?.lower === 'that' || thatAfterObject) return true;
  return OPEN_QUOTES.has(after.text) || (objectEnd > from && finite) || (after.pos === 'PUNCT' && after.text === ':');
}

/** Reported speech and attribution around speech verbs; the speaker and the verb stay main. */
function markSpeech(c: Marks) {
  for (const v of c.verbs) {
    if (!W.speech.has(v.lemma) || c.kind[v.main] !== 'main') continue;
    const attribution = trailingAttribution(c, v);
    if (attribution >= 0) c.mark(attribution, c.tokens.length, 'attribution');
    else if (reportsSpeech(c, v)) {
      c.mark(v.end, c.tokens.length, 'reported');
      break;
    }
  }
}

/**
 * Clause boundaries over the tags: asides between dashes or brackets; relative clauses from a
 * relative pronoun to the next comma; subordinate clauses from a subordinator; attribution
 * ("according to …", ", X said"); what a speech verb introduces is reported. The rest is main.
 */
export function clauses(tokens: Token[], verbs: VerbGroup[]): Clause[] {
  const c = new Marks(tokens, verbs);
  markAsides(c);
  markOpeners(c);
  markSpeech(c);
  const out: Clause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = out.at(-1);
    if (last && last.kind === c.kind[i] && last.end === i) last.end = i + 1;
    else out.push({ kind: c.kind[i]!, start: i, end: i + 1 });
  }
  return out;
}
