import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import { agentSpans } from './event-agents.ts';
import { clauseOfToken, layerOf, set, type Layer, type Token, type VerbGroup } from './linguistics.ts';
import type { ActorCandidate, QuoteCandidate, ResolvedActor, RoleCandidate, Sentence } from './types.ts';
import type { Stage } from '../doc.ts';

/** The layer's one list of speech verbs; verbs that give a quotation only right before it ("called it “…”"). */
const SPEECH = set(clauseWords.speechVerbs);
const QUOTING = set(verbs.quotingVerbs);
/** Verbs whose object, not subject, said the quotation ("He quoted Ana Ruiz: “…”"). */
const CITING = set(['quote', 'cite']);
const SPEECH_NOUNS = set(verbs.speechNouns);
const PERSONAL = set(['he', 'she']);
const IMPERSONAL = set(['it', 'they']);
const OPEN = new Set(['“', '"']);
const CLOSE = new Set(['”', '"']);
/** A quotation in title case ("Morning Desk with Clara Voss") names a show or a book. */
const TRAILING = new Set([',', '.', '!', '?']);
const SMALL_WORDS = set(['a', 'an', 'the', 'of', 'with', 'and', 'on', 'in', 'for', 'to', 'at', 'by']);
/** How far (in tokens) a quoting verb may stand before its quotation: "called the measure “…”". */
const QUOTING_REACH = 8;

interface Located {
  actor: ResolvedActor;
  m: ActorCandidate;
}

/** A quotation: its words, as written between the marks, and the tokens of its marks. */
interface Quotation {
  text: string;
  open: number;
  close: number;
}

/** What attributes the sentence's quotations: a speech verb, a speech noun or "according to". */
interface Cue {
  token: number;
  group: VerbGroup | null;
  /** A participle or a noun ("…, saying “…”", "issued a statement"): the sentence's subject speaks. */
  bySubject: boolean;
  /** "quoted Ana Ruiz: “…”": the one quoted, the verb's object, speaks. */
  byObject?: boolean;
}

/** Who the text named last, and who spoke last in which paragraph. */
interface Memory {
  lastPerson: ResolvedActor | null;
  lastSpeaker: { actor: ResolvedActor; paragraph: string } | null;
  seenPeople: ResolvedActor[];
  rolesOf: Map<string, string[]>;
}

/**
 * Stage: each direct quotation, attributed to its speaker, read from the linguistic layer. The cue
 * is the speech verb (or speech noun, or "according to") nearest the first quotation, outside it;
 * the speaker is the cue's subject as the layer gives it (a name, "he"/"she" for the last person
 * named, "it"/"they" for a body of the sentence, "the minister" for the last person with that
 * role), else the one named after the cue ("…,” said Roe"), else a name in the cue's clause. A
 * participle or noun ("…, saying “…”", "issued a statement") lets the sentence's subject speak. A
 * quotation standing alone at a sentence's start continues the paragraph's previous speaker.
 */
export function findStatements(
  sentences: Sentence[],
  actors: ResolvedActor[],
  roles: RoleCandidate[] = [],
): QuoteCandidate[] {
  const memory: Memory = { lastPerson: null, lastSpeaker: null, seenPeople: [], rolesOf: new Map() };
  for (const r of roles) memory.rolesOf.set(r.actor, [...(memory.rolesOf.get(r.actor) ?? []), r.role.toLowerCase()]);
  const bySentence = new Map<number, Located[]>();
  const all = actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m })));
  all.sort((a, b) => a.m.sentence.index - b.m.sentence.index || a.m.start - b.m.start);
  for (const l of all) bySentence.set(l.m.sentence.index, [...(bySentence.get(l.m.sentence.index) ?? []), l]);
  const out: QuoteCandidate[] = [];
  sentences.forEach((s, i) => {
    const here = bySentence.get(s.index) ?? [];
    const next = sentences[i + 1];
    const speaker =
      speakerOf(s, here, memory) ?? (next ? attributedAfter(s, next, bySentence.get(next.index) ?? [], memory) : null);
    if (speaker) {
      for (const q of quotationsOf(layerOf(s), s)) out.push({ actor: speaker.id, quote: q.text, sentence: s });
      memory.lastSpeaker = { actor: speaker, paragraph: s.paragraph };
    }
    for (const l of here) {
      if (l.actor.kind !== 'person') continue;
      memory.lastPerson = l.actor;
      memory.seenPeople.push(l.actor);
    }
    if (speaker?.kind === 'person') memory.lastPerson = speaker;
  });
  return out;
}

/**
 * "“Is that too much to ask?” Ana Ruiz said.": a sentence that opens with a quotation and has no
 * cue of its own, its question or exclamation ending it, is said by the one the next sentence of
 * the paragraph, with no quotation, opens by naming as speaking.
 */
function attributedAfter(s: Sentence, next: Sentence, nextHere: Located[], memory: Memory): ResolvedActor | null {
  const layer = layerOf(s);
  const quotes = quotationsOf(layer, s);
  if (!quotes.length || quotes[0]!.open > 1 || cueOf(layer, quotes[0]!.open) || next.paragraph !== s.paragraph)
    return null;
  const after = layerOf(next);
  const g = after.verbs[0];
  if (quotationsOf(after, next).length || !g || !SPEECH.has(g.lemma) || g.start > 4) return null;
  return byCue(next, after, { token: g.main, group: g, bySubject: false }, nextHere, memory);
}

/** The speaker of the sentence's quotations, or null when it has none or the text does not say. */
function speakerOf(s: Sentence, here: Located[], memory: Memory): ResolvedActor | null {
  const layer = layerOf(s);
  const quotes = quotationsOf(layer, s);
  if (!quotes.length) return null;
  const cue = cueOf(layer, quotes[0]!.open);
  if (!cue) {
    const last = memory.lastSpeaker;
    return last && last.paragraph === s.paragraph && quotes[0]!.open <= 1 ? last.actor : null;
  }
  const outside = here.filter(
    (l) => !quotes.some((q) => tokenAt(layer, l.m.start) > q.open && tokenAt(layer, l.m.start) < q.close),
  );
  if (cue.byObject) return byObject(layer, cue, quotes[0]!.open, outside);
  return cue.bySubject ? bySubject(s, layer, cue, outside) : byCue(s, layer, cue, outside, memory);
}

/** The quotations of a sentence in double marks, long enough to be words someone said. */
function quotationsOf(layer: Layer, s: Sentence): Quotation[] {
  const toks = layer.tokens;
  const out: Quotation[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!OPEN.has(toks[i]!.text) || !toks[i]!.quoted) continue;
    const close = toks.findIndex((t, k) => k > i && CLOSE.has(t.text) && t.quoted);
    if (close < 0) break;
    const text = s.paragraphText.slice(toks[i]!.end, toks[close]!.start);
    const statement = isStatement(text, toks.slice(i + 1, close), quotedByVerb(layer, i));
    if (statement && !namesTheNounAfter(toks, i, close)) out.push({ text, open: i, close });
    i = close;
  }
  return out;
}

/**
 * Scare quotes ("murder") and titles ("Morning Desk with Clara Voss") are not statements; two
 * words a quoting verb gives as someone's ("called the raids “plainly unlawful”") are.
 */
function isStatement(text: string, toks: Token[], byVerb: boolean): boolean {
  const words = toks.filter((t) => !TRAILING.has(t.text));
  const capital = (t: Token) => t.text[0] !== t.text[0]!.toLowerCase() || (t.text[0]! >= '0' && t.text[0]! <= '9');
  const title = words.every((t) => SMALL_WORDS.has(t.lower) || capital(t));
  const long = text.trim().split(' ').filter(Boolean).length >= 3;
  return (long || (byVerb && words.length >= 2)) && !title;
}

/**
 * "there was no “sink them all” order": a quotation between a determiner and its noun is what
 * the thing is called, not words anyone is said to have spoken (here, words one denies).
 */
function namesTheNounAfter(toks: Token[], open: number, close: number): boolean {
  const before = toks[open - 1];
  const after = toks[close + 1];
  return before?.pos === 'DET' && after?.pos === 'NOUN' && !TRAILING.has(toks[close - 1]!.text);
}

/** A quoting verb ("called", "labeled") stands a few words before the quotation at `open`, no comma or verb between. */
function quotedByVerb(layer: Layer, open: number): boolean {
  return layer.verbs.some(
    (g) =>
      QUOTING.has(g.lemma) &&
      !layer.tokens[g.main]!.quoted &&
      g.end <= open &&
      quotationFollows(layer.tokens, g.end) &&
      layer.tokens.slice(g.end, open).every((t) => !OPEN.has(t.text)),
  );
}

/** The token at a paragraph offset. */
const tokenAt = (layer: Layer, offset: number) => layer.tokens.findIndex((t) => t.start <= offset && offset < t.end);

/** The cue nearest the quotation that opens at token `q`, outside quotations. */
function cueOf(layer: Layer, q: number): Cue | null {
  const toks = layer.tokens;
  const cues: Cue[] = [];
  for (const g of layer.verbs) {
    const m = toks[g.main]!;
    if (m.quoted) continue;
    const quoting = QUOTING.has(g.lemma) && quotationFollows(toks, g.end);
    if (CITING.has(g.lemma) && !m.quoted) cues.push({ token: g.main, group: g, bySubject: false, byObject: true });
    if (!SPEECH.has(g.lemma) && !quoting) continue;
    // "…, saying “…”": a participle after a comma; "condemned the raid, calling it “…”"
    const participle = g.start === g.main && m.lower.endsWith('ing');
    // "a reported strike": a participle after a determiner or adjective modifies a noun; "to
    // confirm the raid": an infinitive says nothing yet
    if (g.start === g.main && ['DET', 'ADJ'].includes(toks[g.start - 1]?.pos ?? 'X')) continue;
    if (toks[g.start - 1]?.lower === 'to') continue;
    cues.push({ token: g.main, group: g, bySubject: participle });
  }
  toks.forEach((t, i) => {
    if (t.quoted) return;
    const spoken = SPEECH_NOUNS.has(t.lower) || speechParticipleAsNoun(toks, i);
    if (spoken) cues.push({ token: i, group: null, bySubject: true });
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') cues.push({ token: i, group: null, bySubject: false });
  });
  return cues.sort((a, b) => Math.abs(a.token - q) - Math.abs(b.token - q))[0] ?? null;
}

/**
 * "with Ana Ruiz warning that …": a speech verb's participle the tagger read as a noun, after a
 * name and before "that" or a quotation.
 */
function speechParticipleAsNoun(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || toks[i - 1]?.pos !== 'PROPN') return false;
  const stem = t.lower.slice(0, -3);
  const next = toks[i + 1];
  return (SPEECH.has(stem) || SPEECH.has(`${stem}e`)) && (next?.lower === 'that' || OPEN.has(next?.text ?? ''));
}

/** A quotation opens within a few tokens after `from`, with no comma before it. */
function quotationFollows(toks: Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + QUOTING_REACH); k++) {
    if (OPEN.has(toks[k]!.text) && toks[k]!.quoted) return true;
    if (toks[k]!.text === ',' || toks[k]!.quoted || toks[k]!.pos === 'VERB') return false;
  }
  return false;
}

/** The speaker a participle or noun cue gives: the sentence's subject, unless a person stands right before the cue. */
function bySubject(s: Sentence, layer: Layer, cue: Cue, here: Located[]): ResolvedActor | null {
  const close = here.filter((l) => l.actor.kind === 'person' && cue.token - tokenAt(layer, l.m.end - 1) <= 1);
  if (close.length) return close.at(-1)!.actor;
  const main = layer.verbs.find((g) => g.main < cue.token && clauseOfToken(layer, g.main).kind === 'main');
  const subject = main ? inSpans(layer, agentSpans(s, main.main), here) : [];
  return preferred(subject) ?? here.find((l) => l.actor.kind !== 'state')?.actor ?? null;
}

/** "He quoted the retired captain Ana Ruiz: “…”": the person named between the verb and the quotation. */
function byObject(layer: Layer, cue: Cue, open: number, here: Located[]): ResolvedActor | null {
  const between = here.filter((l) => tokenAt(layer, l.m.start) > cue.token && tokenAt(layer, l.m.start) < open);
  return between.find((l) => l.actor.kind === 'person')?.actor ?? null;
}

/** The speaker a speech verb or "according to" gives. */
function byCue(s: Sentence, layer: Layer, cue: Cue, here: Located[], memory: Memory): ResolvedActor | null {
  const toks = layer.tokens;
  // ("according to the groups, which include the Harbor Alliance": past a comma, a name is one of
  // them, not who is quoted)
  const beforeComma = (l: Located) => !toks.slice(cue.token + 2, tokenAt(layer, l.m.start)).some((t) => t.text === ',');
  if (!cue.group) return preferred(here.filter((l) => tokenAt(layer, l.m.start) > cue.token + 1 && beforeComma(l)));
  const spans = subjectOf(s, layer, cue.group);
  const pronoun = spans.length === 1 && spans[0]!.end - spans[0]!.start === 1 ? toks[spans[0]!.start]!.lower : '';
  if (PERSONAL.has(pronoun)) return memory.lastPerson;
  if (IMPERSONAL.has(pronoun)) return here.find((l) => l.actor.kind === 'organization')?.actor ?? null;
  // "A spokeswoman for the council, Ana Ruiz, said", "Dr Ben Ode of Lund University said": the
  // subject with its apposition and its complement
  const from = spans.length ? withComplements(toks, spans[0]!.start) : cue.group.start;
  const region = inSpans(layer, from < cue.group.start ? [{ start: from, end: cue.group.start }] : [], here);
  // (not a relative clause on it: "The ministry, which Ana Ruiz led, said")
  const subject = preferred(region.filter((l) => clauseOfToken(layer, tokenAt(layer, l.m.start)).kind !== 'relative'));
  if (subject) return subject;
  const role = spans.length ? roleHolder(layer, spans.at(-1)!, memory) : null;
  if (role) return role;
  // "…,” said Ana Ruiz": the name after the verb; else a name in the verb's clause (after a
  // quoting verb the name is the one called something: "called Ana Ruiz a “…”")
  const quoting = !SPEECH.has(cue.group.lemma);
  const after = here.filter(
    (l) => !quoting && tokenAt(layer, l.m.start) >= cue.group!.end && tokenAt(layer, l.m.start) - cue.group!.end <= 2,
  );
  const clause = clauseOfToken(layer, cue.token);
  const distance = (l: Located) =>
    Math.abs(tokenAt(layer, l.m.start) - cue.token) + (l.m.start > toks[cue.token]!.start ? toks.length : 0);
  const inClause = here.filter(
    (l) => tokenAt(layer, l.m.start) >= clause.start && tokenAt(layer, l.m.start) < clause.end,
  );
  return preferred(after) ?? preferred(inClause.sort((a, b) => distance(a) - distance(b)));
}

/** The subject of a speech verb; of the verb it is joined to by "and"/"but" ("Roe denied it but said …"). */
function subjectOf(s: Sentence, layer: Layer, g: VerbGroup): { start: number; end: number }[] {
  const spans = agentSpans(s, g.main);
  if (spans.length || layer.tokens[g.start - 1]?.pos !== 'CCONJ') return spans;
  const before = layer.verbs.filter((v) => v.end < g.start).at(-1);
  return before ? agentSpans(s, before.main) : [];
}

/** Back from a phrase's start over "of"/"for" and the names before it: "Ben Ode of Lund University". */
function withComplements(toks: Token[], start: number): number {
  let i = start;
  while (['of', 'for'].includes(toks[i - 1]?.lower ?? '') && toks[i - 2]?.pos === 'PROPN') {
    i -= 2;
    while (toks[i - 1]?.pos === 'PROPN') i--;
  }
  return i;
}

/** The mentions that lie in the token spans. */
function inSpans(layer: Layer, spans: { start: number; end: number }[], here: Located[]): Located[] {
  return here.filter((l) =>
    spans.some((p) => l.m.start < layer.tokens[p.end - 1]!.end && layer.tokens[p.start]!.start < l.m.end),
  );
}

/** A person first, then an organization, then anyone but a state. */
function preferred(ls: Located[]): ResolvedActor | null {
  const kinds = ['person', 'organization'];
  for (const kind of kinds) {
    const l = ls.find((x) => x.actor.kind === kind);
    if (l) return l.actor;
  }
  return ls.find((x) => x.actor.kind !== 'state')?.actor ?? null;
}

/** "the minister said": the last person named with that word in a title or role. */
function roleHolder(layer: Layer, span: { start: number; end: number }, memory: Memory): ResolvedActor | null {
  const toks = layer.tokens;
  if (span.end - span.start !== 2 || toks[span.start]!.lower !== 'the' || toks[span.start + 1]!.pos !== 'NOUN')
    return null;
  const word = toks[span.start + 1]!.lower;
  const holds = (p: ResolvedActor) =>
    [...p.titles, ...(memory.rolesOf.get(p.id) ?? [])].some((t) => t.toLowerCase().split(' ').includes(word));
  return [...memory.seenPeople].reverse().find(holds) ?? null;
}

export const statementsStage: Stage = {
  name: 'statements',
  run: (doc) => ({ ...doc, quotes: findStatements(doc.sentences, doc.actors, doc.roles) }),
};
