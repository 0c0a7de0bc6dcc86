import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import { resolveAnchored } from './candidates-dates.ts';
import { agentSpans } from './event-agents.ts';
import { eventHeadline } from './event-headlines.ts';
import { eventTitle, type Resolution } from './event-titles.ts';
import { clauseAt, clauseOfToken, layerOf, set, type Clause, type ClauseKind, type Layer } from './linguistics.ts';
import { escapeRe, type ActorCandidate, type AuthorityCandidate, type DateCandidate, type ResolvedActor, type ResolvedAuthority, type Sentence } from './types.ts';
import type { EventDate } from '../../schemas/index.ts';

export interface EventCandidate {
  sentence: Sentence;
  summary: string;
  /** The summary by deletion only (stages/event-headlines.ts). */
  headline: string;
  date: EventDate | null;
  actors: string[];
  /** Those of `actors` who act: the act's subject (for a passive, its "by" phrase). */
  agents: string[];
  authorities: string[];
  /** For the article's undated lead event: the publication day it was reported on. */
  reported?: string;
  /**
   * The event of the same article its date counts from, by its place in the list of events
   * (the records' `date.anchor`, once events have ids): "two days later" after it, "ahead of the
   * operation" from it, "after the attacks of …" after it.
   */
  countsFrom?: { index: number; relation: 'after' | 'before' | 'from'; offsetDays?: number };
}

const SPEECH = new Set(verbs.speechLemmas);
const SPEECH_ACT = new Set(verbs.speechActs);
const NOT_ACTS = new Set(verbs.notActs);
const NAMING = new Set(verbs.namingVerbs);
const SOURCE_VERBS = new Set(verbs.sourceVerbs);
const SENTENCE_HEDGE = new RegExp(String.raw`^(?:but\s+|and\s+)?(?:${verbs.sentenceHedges.map(escapeRe).join('|')})\b`, 'iu');
const QUOTED = /“[^”]*”|"[^"]*"/gu;
const EVENT_NOUN = new RegExp(String.raw`\bthe\s+(?:[a-z-]+\s+)?(?:${timeWords.eventNouns.map(escapeRe).join('|')})\s+of\s+$`, 'iu');
const REPLIES = verbs.repliesToPress;
// Periods the text may name ("his second term"), with the words that tell each began.
const PERIODS = Object.entries(timeWords.periods);
const AFTER_BEFORE = /\b(?:after|before|following)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:of\s+)?$/iu;
/** Clauses whose names are not actors of the act: background about someone, the source, an aside. */
const BACKGROUND = new Set<ClauseKind>(['relative', 'attribution', 'aside', 'subordinate']);

export interface Action {
  verb: string;
  /** Offset of the verb in the sentence. */
  index: number;
  /** The verb's token in the sentence's layer. */
  token: number;
  /** The clause that holds the act. */
  clause: Clause;
  /** A speech verb ("said"): an act only when the text dates it. */
  speech: boolean;
}

/**
 * The act a sentence reports, from the linguistic layer: the first verb group of the main clause
 * (or of what a speech verb reports) that is past or present perfect, not negated, not under a
 * modal or hedge, not quoted, not an infinitive or a participle. A speech verb is kept as the act
 * only when nothing else is ("Rubio said on Thursday …").
 */
export function mainAction(sentence: Sentence): Action | null {
  // Read by the events stage, the elaboration stage and the merge's event facts: found once.
  const known = actions.get(sentence);
  if (known !== undefined) return known;
  const action = findMainAction(sentence);
  actions.set(sentence, action);
  return action;
}
const actions = new WeakMap<Sentence, Action | null>();

function findMainAction(sentence: Sentence): Action | null {
  if (SENTENCE_HEDGE.test(sentence.text.trim())) return null;
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  let speech: Action | null = null;
  let reportAct: Action | null = null;
  for (const g of layer.verbs) {
    const m = toks[g.main]!;
    const clause = clauseOfToken(layer, g.main);
    const isSpeech = SPEECH.has(g.lemma) && !SPEECH_ACT.has(g.lemma);
    // "…,” Rubio said on Thursday" / "…, Rubio announced Sunday": the attribution's verb is the
    // statement (an act when dated, or an act itself: announced)
    const attributes = clause.kind === 'attribution' && (SPEECH.has(g.lemma) || SPEECH_ACT.has(g.lemma));
    if (m.quoted || (clause.kind !== 'main' && clause.kind !== 'reported' && !attributes)) continue;
    // "have had several calls": a perfect of "have" is an act; a bare "is" or "has" is not
    if (g.negated || g.modal || g.tense !== 'past' || (NOT_ACTS.has(g.lemma) && !(g.lemma === 'have' && g.main > g.start))) continue;
    const before = toks[g.start - 1];
    if (before && (before.lower === 'to' || before.pos === 'DET' || before.pos === 'ADP')) continue;
    if (g.start === g.main && /ing$/.test(m.lower)) continue;
    const bareParticiple = g.start === g.main && m.pos === 'VERB';
    // "Asked about …, Anna Kelly said": a participle opening the sentence is a clause of its own
    if (bareParticiple && g.start === 0) continue;
    // "often well-armed and well-financed organizations": a participle before a noun modifies it
    if (bareParticiple && (before?.pos === 'ADV' || before?.pos === 'ADJ' || before?.pos === 'CCONJ') && toks[g.end]?.pos === 'NOUN') continue;
    // "guided-missile destroyers": a word joined by a hyphen is part of a compound, no verb
    const next = toks[g.main + 1];
    if (next && /^[-‐]$/.test(next.text) && next.start === m.end) continue;
    // "an 1878 law called the Posse Comitatus Act": a naming participle is no act
    if (bareParticiple && before?.pos === 'NOUN' && NAMING.has(g.lemma)) continue;
    // "Trump’s continued willingness": a participle after a possessive modifies a noun
    if (before && before.pos === 'PART' && /^[’']s$/.test(before.lower)) continue;
    // "issues related to …", "flights suspected of …": a bare participle right after a noun,
    // once the sentence has had its verb, is a reduced relative clause, not the act
    if (g.start === g.main && before?.pos === 'NOUN' && !SPEECH.has(g.lemma) && layer.verbs.some((u) => u.start < g.start)) continue;
    const action: Action = { verb: m.text, index: m.start - sentence.start, token: g.main, clause, speech: isSpeech };
    if (action.speech) {
      speech ??= action;
      continue;
    }
    // "The Ledger reported on Friday that Roe had ordered …": the act reported is the event,
    // the report its source; the report stands when what it reports is no act
    if (SPEECH_ACT.has(g.lemma) && clause.kind === 'main' && layer.clauses.some((c) => c.kind === 'reported' && c.start > g.main)) {
      reportAct ??= action;
      continue;
    }
    return action;
  }
  if (reportAct) return reportAct;
  // "While Ruiz hinted on Monday that …, she stayed vague": when the main clause reports no
  // act, a subordinate clause's act (not a condition) is the sentence's
  if (!speech)
    for (const g of layer.verbs) {
      const m = toks[g.main]!;
      const clause = clauseOfToken(layer, g.main);
      if (clause.kind !== 'subordinate' || m.quoted || g.negated || g.modal || g.tense !== 'past' || NOT_ACTS.has(g.lemma)) continue;
      if (/^(if|whether|unless|once|until|before)$/.test(toks[clause.start]!.lower)) continue;
      return { verb: m.text, index: m.start - sentence.start, token: g.main, clause, speech: SPEECH.has(g.lemma) && !SPEECH_ACT.has(g.lemma) };
    }
  return speech;
}

/**
 * Whether a span lies in a clause that is background to the act. For names (`names`), an
 * apposition or a relative clause on what the act is done to is not: it says who is involved.
 */
function inBackground(layer: Layer, action: Action | null, start: number, names = false): boolean {
  const c = clauseAt(layer, start);
  if (action && c.start === action.clause.start) return false;
  if (names) {
    // "declared eight cartels — the Sinaloa cartel, CJNG … — to be": an aside with no verb
    if (c.kind === 'aside' && !layer.verbs.some((v) => v.main >= c.start && v.main < c.end)) return false;
    // "designated the Ring, which officials say is led by Roe": after the act's verb, a relative
    // clause that describes (not one that tells an act of its own: "that the ministry banned")
    // (an act in the attribution, "…, Rubio announced Sunday", is done to all that comes before)
    if (c.kind === 'relative' && action && (c.start > action.token || action.clause.kind === 'attribution')) {
      const own = layer.verbs.find((v) => v.main >= c.start && v.main < c.end);
      if (!own || own.tense !== 'past' || own.modal) return false;
    }
  }
  return BACKGROUND.has(c.kind);
}

/**
 * The actors a sentence's act involves: names outside quotations and background clauses (and not
 * "his"/"their" pointing back), narrowed by where the act sits (what is reported, a relative
 * clause).
 */
export function participants<T extends { actor: { kind: string }; m: ActorCandidate }>(s: Sentence, action: Action | null, mentions: T[]): T[] {
  const layer = layerOf(s);
  // inside quotation marks, double or single, as the layer marks them
  const outside = (m: { start: number }) => !layer.tokens.find((t) => t.start <= m.start && m.start < t.end)?.quoted;
  let here = mentions.filter((x) => outside(x.m) && !inBackground(layer, action, x.m.start, true) && !(x.m.via === 'coreference' && /^(?:his|her|its|their)\s/iu.test(x.m.text)));
  if (action && action.clause.kind === 'reported') {
    // "X reported that Y did Z": the act is Y's; who reports it is its source, not an actor.
    // "Ruiz said Thursday that a patrol found no one": who says it takes part, unless the
    // verb only passes the news on (report)
    const from = layer.tokens[action.clause.start]!.start;
    const speechVerb = layer.verbs.filter((v) => v.main < action.clause.start).at(-1);
    if (!speechVerb || SOURCE_VERBS.has(speechVerb.lemma)) here = here.filter((x) => x.m.start >= from);
  }
  if (action && action.clause.kind === 'relative') {
    // The act sits in a relative clause: the clause's actors and the one it refers to.
    const from = s.start + action.clause.start;
    const clauseStart = layer.tokens[action.clause.start]!.start;
    const antecedent = mentions.filter((x) => x.m.end <= clauseStart).at(-1);
    here = here.filter((x) => x.m.start >= Math.min(from, clauseStart) || x === antecedent);
    if (antecedent && !here.includes(antecedent)) here.unshift(antecedent);
  }
  // "U.S. law", "drugs toward the United States": a state that only qualifies or places something else
  here = here.filter((x) => x.actor.kind !== 'state' || !onlyQualifies(layer, action, x.m, mentions));
  // "the administration of President Ann Roe": the name inside a longer mention qualifies it
  here = here.filter((x) => x.actor.kind !== 'person' || !here.some((y) => y !== x && y.m.start <= x.m.start && x.m.end <= y.m.end && y.m.end - y.m.start > x.m.end - x.m.start));
  return here;
}

const PLACE_PREPOSITIONS = set(clauseWords.placePrepositions);
const PLACING = set(clauseWords.placingParticiples);
const GROUP_ONLY = set(clauseWords.groupOnlyPrepositions);
const STATE_HEADS = set(clauseWords.stateHeads);

/**
 * Whether a state's mention is no party to the act because it only qualifies or places
 * something else: (a) a modifier in a noun phrase whose head is another word ("U.S. law"),
 * unless that head stands for the state acting or names its act (`stateHeads`: "the U.S.
 * military", "U.S. strikes") or is itself a name of the sentence ("Mexican President Ana Roe");
 * (b) the object of a preposition of direction or location after a noun or a placing participle
 * ("drugs toward the United States", "based in Mexico"; "in" only after a group's name: "the
 * Orchid Brotherhood in Mexico"), not after the act's verb. A state that is the act's subject
 * or object ("the United States struck", "sanctions on Venezuela") is neither. Word lists in
 * `lexicons/clause-words.json`.
 */
function onlyQualifies(layer: Layer, action: Action | null, m: ActorCandidate, mentions: { actor: { kind: string }; m: ActorCandidate }[]): boolean {
  const toks = layer.tokens;
  const first = toks.findIndex((t) => t.start >= m.start);
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
  if (first < 0 || toks[last]!.end > m.end) return false;
  const phrase = layer.phrases.find((p) => p.start <= first && last < p.end);
  const possessive = /^[’']s?$/u.test(toks[last + 1]?.text ?? '');
  // "Colombian and Peruvian units": adjectives joined by "and" name each state's own, like the first
  const joined = toks[first - 1]?.pos === 'CCONJ' && mentions.some((y) => y.actor.kind === 'state' && y.m.end === toks[first - 2]?.end);
  if (phrase && phrase.head > last && !possessive && !joined) {
    const head = toks[phrase.head]!;
    const stands = STATE_HEADS.has(head.lower) || mentions.some((y) => y.m !== m && y.m.start <= head.start && head.end <= y.m.end);
    if (!stands) return true;
  }
  let k = first - 1;
  if (toks[k]?.pos === 'DET') k--;
  const prep = toks[k];
  if (!prep || !PLACE_PREPOSITIONS.has(prep.lower)) return false;
  const before = toks[k - 1];
  if (!before || (action && k - 1 === action.token)) return false;
  if (PLACING.has(before.lower)) return true;
  const afterGroup = mentions.some((y) => y.actor.kind === 'group' && y.m.end === before.end);
  return GROUP_ONLY.has(prep.lower) ? afterGroup : before.pos === 'NOUN' || before.pos === 'PROPN';
}

/** The date that places the sentence's act: the first one outside quotations and background clauses (unless the act is there). */
function sentenceDate(sentence: Sentence, dates: DateCandidate[], action: Action | null): DateCandidate | null {
  const layer = layerOf(sentence);
  const quoted = [...sentence.text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
  const inQuote = (d: DateCandidate) => quoted.some(([a, b]) => d.start - sentence.start >= a && d.start - sentence.start < b);
  // an act in an attribution or in what is reported takes a date of its own clause first
  // ("…, Rubio announced Sunday"; "reported Friday that in September Hegseth gave an order"),
  // then any date outside background clauses
  if (action && (action.clause.kind === 'attribution' || action.clause.kind === 'reported')) {
    const from = layer.tokens[action.clause.start]!.start;
    const to = layer.tokens[action.clause.end - 1]!.end;
    const own = dates.find((d) => d.start >= from && d.end <= to && !inQuote(d));
    if (own) return own;
  }
  return dates.find((d) => !inQuote(d) && !(inBackground(layer, action, d.start) && clauseAt(layer, d.start).kind !== 'subordinate')) ?? null;
}

/**
 * Stage 6: events. A sentence whose main clause reports an act (an action verb, past or present
 * perfect, not hedged, negated or quoted) is an event, with the actors and authorities it names,
 * its date as the text gives it (or null: never invented), resolved against the publication day
 * or, for "two days later" and "ahead of the operation", against the previous dated event.
 * A bare "X said" is a statement, not an event, unless the text dates it. A happening dated in
 * a noun phrase ("the terrorist attacks of Sept. 11, 2001") is an event of its own.
 */
export function findEvents(
  sentences: Sentence[],
  dates: Map<number, DateCandidate[]>,
  actorMentions: Map<number, { actor: ResolvedActor; m: ActorCandidate }[]>,
  authorityMentions: Map<number, { authority: ResolvedAuthority; m: AuthorityCandidate }[]>,
  published: string,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  let previous: EventDate | null = null;
  // The event whose date `previous` is (null when the date the text gave last dates no event).
  let previousEvent: number | null = null;
  // The date that places a paragraph: the last one its sentences gave, for an act it leaves undated.
  let paragraphDate: { paragraph: string; date: EventDate } | null = null;
  // The noun-phrase happenings of the sentence, by their date ("the attacks of Sept. 11, 2001").
  const nounEventAt = new Map<DateCandidate, number>();
  // The period the text named last ("in his second term"), and the event that began each period
  // ("When he returned to office in January, …"): what "Early on" counts from.
  let lastPeriod: { name: string; sentence: number } | null = null;
  const begun = new Map<string, { date: EventDate; index: number }>();
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    const named = PERIODS.find(([name]) => lower.includes(name))?.[0];
    const ds = dates.get(s.index) ?? [];
    const action = mainAction(s);
    const quoted = [...s.text.matchAll(QUOTED)].map((q) => [s.start + q.index, s.start + q.index + q[0].length] as const);
    const outside = (m: { start: number; end: number }) => !quoted.some(([a, b]) => m.start >= a && m.end <= b);
    const here = participants(s, action, actorMentions.get(s.index) ?? []);
    const actors = [...new Set(here.map((x) => x.actor.id))];
    const authorities = [...new Set((authorityMentions.get(s.index) ?? []).filter((x) => outside(x.m)).map((x) => x.authority.id))];
    // Noun-phrase happenings with a full date: "the attacks of Sept. 11, 2001".
    const nounEvents = ds.filter((d) => d.date.precision === 'day' && !d.anchor && EVENT_NOUN.test(s.paragraphText.slice(s.start, d.start)));
    for (const d of nounEvents) {
      const noun = s.paragraphText.slice(s.start, d.start).match(/\bthe\s+(?:[a-z-]+\s+)?[a-z]+\s+of\s+$/iu)![0];
      const nounActors = actors.filter((id) => (actorMentions.get(s.index) ?? []).some((x) => x.actor.id === id && x.actor.kind === 'group'));
      nounEventAt.set(d, out.length);
      const summary = `${(noun + d.text).replace(/^the\s+/iu, '').replace(/^./u, (c) => c.toUpperCase())}`;
      out.push({ sentence: s, summary, headline: summary, date: { ...d.date, approximate: false }, actors: nounActors, agents: [], authorities: [] });
    }
    let dc = sentenceDate(s, ds, action);
    let date: EventDate | null = dc ? resolveAnchored(dc, previous) : null;
    let countsFrom: EventCandidate['countsFrom'];
    const period = named ?? (lastPeriod && s.index - lastPeriod.sentence <= 1 ? lastPeriod.name : undefined);
    if (named) lastPeriod = { name: named, sentence: s.index };
    if (dc?.opens && period) {
      // "Early on" in a period the text named: from the event that began it, or undated when the
      // text dates no beginning ("in his first term" is a span relative to nothing here)
      const start = begun.get(period);
      date = start ? { ...resolveAnchored(dc, start.date)!, inferred: true, after: start.date.value } : null;
      if (start) countsFrom = { index: start.index, relation: 'from' };
    } else if (dc && date && dc.anchor) {
      // "two days later" counts from the date the text gave last; "ahead of the operation" takes it
      if (previousEvent !== null) countsFrom = { index: previousEvent, ...(dc.anchor === 'context' ? { relation: 'from' as const } : relationOf(dc.offsetDays ?? 0)) };
      if (dc.anchor === 'context') date = { ...date, inferred: true };
    } else if (date && dc?.published) date = { ...date, anchor: { kind: 'published' } };
    if (date && dc?.within) date = { ...date, within: dc.within };
    if (dc && date && !dc.anchor && AFTER_BEFORE.test(s.paragraphText.slice(s.start, dc.start))) {
      // "after the attacks of Sept. 11, 2001": only the year is sure, and it comes after them.
      const from = s.start + s.paragraphText.slice(s.start, dc.start).search(AFTER_BEFORE);
      const expression = s.paragraphText.slice(from, dc.end);
      const stated = date;
      date = { value: date.value.slice(0, 4), precision: date.precision === 'decade' ? 'decade' : 'year', approximate: true, expression };
      const happening = nounEventAt.get(dc);
      if (happening !== undefined) {
        const relation = /^(?:after|following)\b/iu.test(expression) ? ('after' as const) : ('before' as const);
        countsFrom = { index: happening, relation };
        if (relation === 'after') date.after = stated.value;
      }
    }
    // The context for "two days later" is the last date the text gave, event or not.
    if (date) {
      previous = date;
      previousEvent = null;
    }
    if (paragraphDate && paragraphDate.paragraph !== s.paragraph) paragraphDate = null;
    // An act the text leaves undated, in a paragraph an earlier sentence dated, took place then
    // ("In 1989, Bush sent troops … The General Assembly condemned the action"): approximately,
    // and no more precisely than the month.
    if (!date && action && !action.speech && paragraphDate) date = contextDate(paragraphDate.date);
    else if (date && !date.fromContext) paragraphDate = { paragraph: s.paragraph, date };
    // An act needs someone or something acting, unless the text dates it ("The program ended in 2017.").
    if (!action || (actors.length + authorities.length === 0 && !date)) continue;
    // A bare "X said" is a statement; a dated one is an act too.
    if (action.speech && !date) continue;
    if (!dc) dc = null;
    // Words that refer back ("the cartel", "the measure") are resolved in brackets in the title.
    const resolutions: Resolution[] = [
      ...actorResolutions((actorMentions.get(s.index) ?? []).filter((x) => x.m.via === 'coreference' && /^(?:the|this|that|such|both)\s/iu.test(x.m.text))),
      ...(authorityMentions.get(s.index) ?? []).filter((x) => x.m.anaphora && x.authority.name.split(/\s+/).length <= 8).map((x) => ({ start: x.m.start, end: x.m.end, name: x.authority.name.charAt(0).toLowerCase() + x.authority.name.slice(1) })),
    ];
    const summary = eventTitle(s, resolutions);
    // the date's own words stand beside the headline only when this sentence gives them
    const headline = eventHeadline(s, { resolutions, date: dc && !date?.fromContext ? dc : null, act: action.token, whole: summary });
    const event: EventCandidate = { sentence: s, summary, headline, date, actors, agents: agentsOf(s, action, here), authorities, ...(countsFrom && date ? { countsFrom } : {}) };
    if (date && date === previous) previousEvent = out.length;
    if (date && !date.inferred) for (const [name, starts] of PERIODS) if (!begun.has(name) && starts.some((w) => lower.includes(w))) begun.set(name, { date, index: out.length });
    // The article's lead: an undated act of its first paragraph is reported on the publication day.
    if (!date && s.paragraphIndex === 0 && !out.some((e) => e.reported)) event.reported = published;
    // An undated act the article reports as current ("have started drawing up options",
    // "declined to comment") is reported on the publication day too.
    else if (!date && reportsCurrent(s, action)) event.reported = published;
    out.push(event);
  }
  return out;
}

/** The participants whose mention lies in the act's subject (agentSpans), in the order of `actors`. */
function agentsOf(s: Sentence, action: Action, here: { actor: { id: string }; m: ActorCandidate }[]): string[] {
  const toks = layerOf(s).tokens;
  const spans = agentSpans(s, action.token).map((p) => ({ start: toks[p.start]!.start, end: toks[p.end - 1]!.end }));
  const ids = here.filter((x) => spans.some((p) => x.m.start < p.end && p.start < x.m.end)).map((x) => x.actor.id);
  return [...new Set(ids)];
}


/** A present perfect act ("has sidelined", "have started") or a reply to the press ("declined to comment"). */
function reportsCurrent(s: Sentence, action: Action): boolean {
  const layer = layerOf(s);
  const g = layer.verbs.find((v) => v.main === action.token);
  if (g && g.main > g.start && /^(?:has|have)$/u.test(layer.tokens[g.start]!.lower)) return true;
  const from = s.text.slice(action.index).toLowerCase();
  return REPLIES.some((r) => from.startsWith(r));
}

/** "two days later" (+2) is after the day it counts from; "three weeks earlier" (-21) before it. */
const relationOf = (offsetDays: number) => ({ relation: offsetDays < 0 ? ('before' as const) : ('after' as const), offsetDays });

/** One bracket per span: "the two leaders" is "[Donald Trump and Claudia Sheinbaum]". */
function actorResolutions(refs: { actor: ResolvedActor; m: ActorCandidate }[]): Resolution[] {
  const bySpan = new Map<string, { start: number; end: number; names: string[]; people: boolean }>();
  for (const x of refs) {
    const k = `${x.m.start}:${x.m.end}`;
    const r = bySpan.get(k) ?? { start: x.m.start, end: x.m.end, names: [], people: true };
    if (!r.names.includes(x.actor.name)) r.names.push(x.actor.name);
    r.people &&= x.actor.kind === 'person';
    bySpan.set(k, r);
  }
  const text = refs[0]?.m.sentence.paragraphText ?? '';
  // words that already say who ("the administration of President Ann Roe") need no bracket
  const says = (r: { start: number; end: number; names: string[] }) => r.names.every((n) => text.slice(r.start, r.end).includes(n.split(' ')[0]!));
  return [...bySpan.values()].filter((r) => !says(r)).map((r) => ({ start: r.start, end: r.end, name: r.names.join(' and '), ...(r.people ? { article: false as const } : {}) }));
}

/** A date an act takes from its paragraph's context: approximate, at most month-precise. */
function contextDate(d: EventDate): EventDate {
  const value = d.precision === 'day' ? d.value.slice(0, 7) : d.value;
  return { value, precision: d.precision === 'day' ? 'month' : d.precision, approximate: true, expression: d.expression, fromContext: true, inferred: true };
}
