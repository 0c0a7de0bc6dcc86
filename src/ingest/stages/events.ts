import bodies from '../gazetteer/bodies.json' with { type: 'json' };
import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import currentPatterns from '../patterns/reports-current.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import { resolveAnchored } from './candidates-dates.ts';
import { agentOffsets } from './event-agents.ts';
import { backgroundActs, type BackgroundAct } from './event-background.ts';
import { eventHeadline } from './event-headlines.ts';
import { firstWord, inBackground, participants, quotedAt, takingEffect } from './event-participants.ts';
import { scheduledIn, type Scheduled } from './event-scheduled.ts';
import { datesOnlyItsHappening, happeningsOf, matcherFor, type Happening } from './event-happenings.ts';
import { W } from './linguistics-words.ts';
import { isCapitalized, wordsOf } from './name-forms.ts';
import { eventTitle, pronounResolutions, type Resolution } from './event-titles.ts';
import {
  clauseAt,
  clauseOfToken,
  layerOf,
  set,
  type Clause,
  type Layer,
  type Token,
  type VerbGroup,
} from './linguistics.ts';
import type {
  ActorCandidate,
  ActorMentions,
  AuthorityCandidate,
  DateCandidate,
  ResolvedActor,
  ResolvedAuthority,
  Sentence,
} from './types.ts';
import type { EventDate } from '../../schemas/index.ts';
import { mentionsBySentence, type Stage } from '../doc.ts';

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
  /**
   * For an event told beside its sentence's act (a happening, a report, an indictment): its own
   * words, which its id is made from, so that its address names it and not the sentence's act.
   */
  words?: string;
}

/** The one list of speech verbs (the linguistic layer's), and those of them that are acts in themselves. */
const SPEECH = set(clauseWords.speechVerbs);
const SPEECH_ACT = set(verbs.speechActs);
const PLACING_SPEECH = set(verbs.placingSpeech);
const NOT_ACTS = set(verbs.notActs);
const NAMING = set(verbs.namingVerbs);
const SOURCE_VERBS = set(verbs.sourceVerbs);
const OPINION_VERBS = set(verbs.opinionVerbs);
const TOPIC_SUBJECTS = set(verbs.topicSubjects);
const SITUATIONS = set(verbs.situationSubjects);
const CONDITIONS = set(verbs.conditionSubordinators);
const RELATIONS = set(verbs.relationWords);
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ']);
const REFERRING = set(['the', 'this', 'that', 'such', 'both']);
const PERFECT = set(['has', 'have']);
const HYPHENS = new Set(['-', '‐']);
const APOSTROPHE_S = new Set(['’s', "'s"]);
const HEDGE = matcherFor('hedged-sentence');
const REPLY = matcherFor('reply-to-press');
/** "said in an email that …" and "For now, …": acts the article tells as current (patterns/reports-current.json). */
const CURRENT = new Matcher(currentPatterns as Pattern[], {
  writtenReplies: verbs.writtenReplies,
  currentOpenings: verbs.currentOpenings,
});
// Periods the text may name ("his second term"), with the words that tell each began.
const PERIODS = Object.entries(timeWords.periods);

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
  /** A present-tense act an opening tells as what is done now ("For now, the navy shares …"). */
  current?: boolean;
}

/**
 * The act a sentence reports, from the linguistic layer: the first verb group of the main clause
 * (or of what a speech verb reports) that is past or present perfect, not negated, not under a
 * modal or hedge, not quoted, not an infinitive or a participle. A speech verb is kept as the act
 * only when nothing else is ("Roe said on Thursday …").
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
  const layer = layerOf(sentence);
  if (HEDGE.matchAt(layer.tokens, 0)) return null;
  let speech: Action | null = null;
  let reportAct: Action | null = null;
  for (const g of layer.verbs) {
    const clause = clauseOfToken(layer, g.main);
    if (!isActVerb(layer, g, clause)) continue;
    const action = actionOf(sentence, layer, g, clause);
    if (action.speech) {
      speech ??= action;
      continue;
    }
    // "The Ledger reported on Friday that Roe had ordered …": the act reported is the event,
    // the report its source; the report stands when what it reports is no act
    if (
      SPEECH_ACT.has(g.lemma) &&
      clause.kind === 'main' &&
      layer.clauses.some((c) => c.kind === 'reported' && c.start > g.main)
    ) {
      reportAct ??= action;
      continue;
    }
    // "The crisis deepened on May 2, when the navy fired on …": the act is the one that deepened it
    return (subjectHead(layer, g, SITUATIONS) && subordinateAct(sentence, layer)) || action;
  }
  return reportAct ?? speech ?? subordinateAct(sentence, layer);
}

const actionOf = (sentence: Sentence, layer: Layer, g: VerbGroup, clause: Clause): Action => {
  const m = layer.tokens[g.main]!;
  const speech = SPEECH.has(g.lemma) && !SPEECH_ACT.has(g.lemma) && !places(layer, g, clause);
  return { verb: m.text, index: m.start - sentence.start, token: g.main, clause, speech };
};

/** "added the gang to a list": a speech verb that places something, with "to" after it in its clause, is an act. */
function places(layer: Layer, g: VerbGroup, clause: Clause): boolean {
  if (!PLACING_SPEECH.has(g.lemma)) return false;
  const next = layer.verbs.find((v) => v.main > g.main)?.start ?? clause.end;
  return layer.tokens.slice(g.end, Math.min(next, clause.end)).some((t) => t.lower === 'to' && t.pos === 'ADP');
}

/**
 * Whether a verb group can be the act: in the main clause, in what is reported (not a commentator's
 * view: "Roe noted that …") or a speech verb of an attribution; finite, past or present perfect, not
 * negated, modal or quoted, no copula, and no participle or infinitive.
 */
function isActVerb(layer: Layer, g: VerbGroup, clause: Clause): boolean {
  const m = layer.tokens[g.main]!;
  // "…,” Roe said on Thursday" / "…, Roe announced Sunday": the attribution's verb is the
  // statement (an act when dated, or an act itself: announced)
  const attributes = clause.kind === 'attribution' && (SPEECH.has(g.lemma) || SPEECH_ACT.has(g.lemma));
  if (m.quoted || (clause.kind !== 'main' && clause.kind !== 'reported' && !attributes)) return false;
  if (clause.kind === 'reported' && opinionOf(layer, clause)) return false;
  // "have had several calls": a perfect of "have" is an act; a bare "is" or "has" is not
  if (
    g.negated ||
    g.modal ||
    g.tense !== 'past' ||
    (NOT_ACTS.has(g.lemma) && !(g.lemma === 'have' && g.main > g.start))
  )
    return false;
  if (isNonFinite(layer, g)) return false;
  // "The question of how … has animated the debate": an abstract subject makes it commentary;
  // so does a bare "That" or "This" ("That has put the capital at odds with …"): a situation
  // ("Experts questioned whether the raids …": a doubt voiced, commentary, not an act)
  const doubts = OPINION_VERBS.has(g.lemma) && WHETHER.has(layer.tokens[g.end]?.lower ?? '');
  return !doubts && !topicSubject(layer, g) && !situationPronoun(layer, g) && !authorsVoice(layer, g);
}

/** The reported clause is what a commentator thinks: the verb that introduces it is an opinion ("noted", "argued"). */
function opinionOf(layer: Layer, clause: Clause): boolean {
  const verb = layer.verbs.filter((v) => v.main < clause.start).at(-1);
  return !!verb && OPINION_VERBS.has(verb.lemma);
}

/** The act's subject is a topic, not someone acting: "The question … has animated …". */
const WHETHER = set(['whether', 'if']);
const FIRST_PERSON = set(['we', 'us']);
/**
 * "both of us have advised …", "we have argued …": outside quotation marks, "we" is the authors'
 * own voice (an opinion piece, the outlet's aside), no act the story reports. ("I published a
 * piece on …" stays: an author's dated act the story may turn on.)
 */
function authorsVoice(layer: Layer, g: VerbGroup): boolean {
  const clause = clauseOfToken(layer, g.main);
  return layer.tokens
    .slice(clause.start, g.start)
    .some((t) => FIRST_PERSON.has(t.lower) && t.pos === 'PRON' && !t.quoted);
}
const DEMONSTRATIVES = set(['that', 'this']);
/** A clause opened by a bare "That" or "This" right before its verb: the subject is what was said before. */
function situationPronoun(layer: Layer, g: VerbGroup): boolean {
  const subject = layer.tokens[g.start - 1];
  const clause = clauseOfToken(layer, g.main);
  return !!subject && DEMONSTRATIVES.has(subject.lower) && g.start - 1 === clause.start;
}
const topicSubject = (layer: Layer, g: VerbGroup) => subjectHead(layer, g, TOPIC_SUBJECTS);

/** The sentence opens with the act's subject, and its head is one of `heads`. */
function subjectHead(layer: Layer, g: VerbGroup, heads: Set<string>): boolean {
  const subject = layer.phrases[0];
  return !!subject && subject.start === 0 && subject.end <= g.start && heads.has(layer.tokens[subject.head]!.lemma);
}

/** An infinitive, a participle or a compound word: a verb form that is not the clause's finite verb. */
function isNonFinite(layer: Layer, g: VerbGroup): boolean {
  // (asked of every verb before a bare participle too: found once per verb group)
  const known = nonFinite.get(g);
  if (known !== undefined) return known;
  const answer = findNonFinite(layer, g);
  nonFinite.set(g, answer);
  return answer;
}
const nonFinite = new WeakMap<VerbGroup, boolean>();

function findNonFinite(layer: Layer, g: VerbGroup): boolean {
  const toks = layer.tokens;
  const m = toks[g.main]!;
  const before = toks[g.start - 1];
  const bare = g.start === g.main;
  if (before && (before.lower === 'to' || before.pos === 'DET' || before.pos === 'ADP')) return true;
  if (bare && m.lower.endsWith('ing')) return true;
  // "guided-missile destroyers", "well-financed groups": a word joined by a hyphen is part of a compound
  const next = toks[g.main + 1];
  if (next && HYPHENS.has(next.text) && next.start === m.end) return true;
  const modifies = ['NOUN', 'ADJ', 'PROPN'].includes(toks[g.end]?.pos ?? 'X');
  if (before && HYPHENS.has(before.text) && before.end === m.start && modifies) return true;
  // "the minister’s continued willingness": a participle after a possessive modifies a noun
  if (before && before.pos === 'PART' && APOSTROPHE_S.has(before.lower)) return true;
  // "would be arrested, detained and deported": a participle listed after a verb that is no act
  // (under a modal, or not finite) is no act either
  const prev = layer.verbs.filter((u) => u.end <= g.start).at(-1);
  const listed = (t: Token) => t.pos === 'CCONJ' || t.pos === 'ADV' || t.text === ',';
  if (bare && prev && before && listed(before) && toks.slice(prev.end, g.start).every(listed))
    if (prev.modal || isNonFinite(layer, prev)) return true;
  return bare && m.pos === 'VERB' && isBareParticiple(layer, g);
}

/** A bare -ed form that modifies a noun or opens a clause of its own, not the finite verb. */
function isBareParticiple(layer: Layer, g: VerbGroup): boolean {
  const toks = layer.tokens;
  const before = toks[g.start - 1];
  // "Asked about …, Lena Ortiz said": a participle opening the sentence is a clause of its own
  if (g.start === 0) return true;
  // "often well-armed and well-financed organizations": a participle before a noun modifies it
  // (not after a subject and an adverb: "The army also provided equipment")
  const subjectThenAdverb = before?.pos === 'ADV' && SUBJECT_END.has(toks[g.start - 2]?.pos ?? 'X');
  if ((before?.pos === 'ADV' || before?.pos === 'ADJ' || before?.pos === 'CCONJ') && toks[g.end]?.pos === 'NOUN')
    return !subjectThenAdverb;
  // "an old law called the Harbor Safety Act": a naming participle is no act
  if (before?.pos === 'NOUN' && NAMING.has(g.lemma)) return true;
  // "the people killed were …": a bare participle between a noun and the verb is in the subject
  if (before?.pos === 'NOUN' && ['AUX', 'VERB'].includes(toks[g.end]?.pos ?? 'X')) return true;
  // "issues related to …": a bare participle right after a noun, once the clause has had its
  // verb, is a reduced relative clause; "a new approach, focused on …": after a comma too
  const kind = clauseOfToken(layer, g.main).kind;
  const hadVerb = layer.verbs.some(
    (u) => u.start < g.start && clauseOfToken(layer, u.main).kind === kind && !isNonFinite(layer, u),
  );
  if (hadVerb && (before?.pos === 'NOUN' || before?.text === ',') && !SPEECH.has(g.lemma)) return true;
  // "The group, financed by smugglers, seized …": a participle between commas before the verb
  return before?.text === ',' && participialAside(layer, g);
}

/** The participle at g opens a phrase that closes with a comma and the sentence's verb: "…, financed by X, seized". */
function participialAside(layer: Layer, g: VerbGroup): boolean {
  const toks = layer.tokens;
  let k = g.end;
  while (k < toks.length && toks[k]!.text !== ',' && !layer.verbs.some((v) => v.start === k)) k++;
  if (toks[k]?.text !== ',') return false;
  const next = layer.verbs.find((v) => v.start >= k + 1);
  return !!next && (next.start === k + 1 || (next.start === k + 2 && toks[k + 1]!.pos === 'ADV'));
}

/**
 * "While Ruiz hinted on Monday that …, she stayed vague": when the main clause reports no act, a
 * subordinate clause's act (not a condition) is the sentence's.
 */
function subordinateAct(sentence: Sentence, layer: Layer): Action | null {
  for (const g of layer.verbs) {
    const clause = clauseOfToken(layer, g.main);
    if (clause.kind !== 'subordinate' || layer.tokens[g.main]!.quoted || g.negated || g.modal || g.tense !== 'past')
      continue;
    if (NOT_ACTS.has(g.lemma) || CONDITIONS.has(layer.tokens[clause.start]!.lower)) continue;
    return actionOf(sentence, layer, g, clause);
  }
  return null;
}

/**
 * "The bill, which was filed on Friday by Ana Roe, calls for …": when no clause but a relative one
 * reports an act, and that clause gives the act its own date, it is the sentence's act.
 */
function datedRelativeAct(sentence: Sentence, dates: DateCandidate[]): Action | null {
  const layer = layerOf(sentence);
  for (const g of layer.verbs) {
    const clause = clauseOfToken(layer, g.main);
    if (clause.kind !== 'relative' || !isActVerb(layer, g, { ...clause, kind: 'main' })) continue;
    const from = layer.tokens[clause.start]!.start;
    const to = layer.tokens[clause.end - 1]!.end;
    if (dates.some((d) => d.start >= from && d.end <= to && !d.anchor)) return actionOf(sentence, layer, g, clause);
  }
  return null;
}

/**
 * The date that places the sentence's act: the first one outside quotations and background clauses
 * (unless the act is there).
 */
function sentenceDate(sentence: Sentence, dates: DateCandidate[], action: Action | null): DateCandidate | null {
  const layer = layerOf(sentence);
  const inQuote = (d: DateCandidate) => quotedAt(layer, d.start);
  // an act in an attribution or in what is reported takes a date of its own clause first
  // ("…, Roe announced Sunday"; "reported Friday that in September Ode gave an order"),
  // then any date outside background clauses
  if (action && (action.clause.kind === 'attribution' || action.clause.kind === 'reported')) {
    const from = layer.tokens[reportedFrom(layer, action)]!.start;
    const to = layer.tokens[action.clause.end - 1]!.end;
    const own = dates.find((d) => d.start >= from && d.end <= to && !inQuote(d));
    if (own) return own;
  }
  const background = (d: DateCandidate) =>
    inBackground(layer, action, d.start) && clauseAt(layer, d.start).kind !== 'subordinate';
  const placing = dates.filter((d) => !inQuote(d) && !background(d));
  // "Over the last two weeks, from May 3, …": a day the text names places the act better than a
  // vague span before it (not a day it is counted from: "a week after the May 3 raid")
  const exact = placing.find(
    (d) =>
      !d.date.approximate &&
      d.date.precision === 'day' &&
      relationBefore(
        layer.tokens,
        layer.tokens.findIndex((t) => t.start >= d.start),
      ) < 0,
  );
  return placing[0]?.date.approximate && !placing[0].anchor && exact ? exact : (placing[0] ?? null);
}

/**
 * Where what is reported begins: after the "that" of "reported Friday that in September Roe gave
 * …" (so its date is the act's, not the report's), else at the act's clause.
 */
function reportedFrom(layer: Layer, action: Action): number {
  const start = action.clause.start;
  if (action.clause.kind !== 'reported') return start;
  const at = W.calendar.has(layer.tokens[start]!.lower) ? start + 1 : start;
  return layer.tokens[at]?.lower === 'that' && at < action.token ? at + 1 : start;
}

type AuthorityMentions = Map<number, { authority: ResolvedAuthority; m: AuthorityCandidate }[]>;

/** What the stage remembers from sentence to sentence to date the next act. */
interface Timeline {
  published: string;
  out: EventCandidate[];
  /** The date the text gave last (the context of "two days later"). */
  previous: EventDate | null;
  /** The event whose date `previous` is (null when the date the text gave last dates no event). */
  previousEvent: number | null;
  /** The date that places a paragraph: the last one its sentences gave, for an act it leaves undated. */
  paragraphDate: { paragraph: string; date: EventDate; sentence: Sentence } | null;
  /** The noun-phrase happenings of the sentence, by their date ("the raids of May 3, 2003"). */
  nounEventAt: Map<DateCandidate, number>;
  /** The period the text named last ("in his second term"). */
  lastPeriod: { name: string; sentence: number } | null;
  /** The event that began each period ("When he returned to office in January, …"): what "Early on" counts from. */
  begun: Map<string, { date: EventDate; index: number }>;
  /** The last dated report ("The Ledger reported Friday that …"): what "the reporting" refers back to. */
  lastReport: { date: EventDate; paragraphIndex: number } | null;
}

/**
 * Stage 6: events. A sentence whose main clause reports an act (an action verb, past or present
 * perfect, not hedged, negated or quoted) is an event, with the actors and authorities it names,
 * its date as the text gives it (or null: never invented), resolved against the publication day
 * or, for "two days later" and "ahead of the operation", against the previous dated event.
 * A bare "X said" is a statement, not an event, unless the text dates it. A happening dated in
 * a noun phrase ("the raids of May 3, 2003") is an event of its own.
 */
export function findEvents(
  sentences: Sentence[],
  dates: Map<number, DateCandidate[]>,
  actorMentions: ActorMentions,
  authorityMentions: AuthorityMentions,
  published: string,
): EventCandidate[] {
  const line: Timeline = {
    published,
    out: [],
    previous: null,
    previousEvent: null,
    paragraphDate: null,
    nounEventAt: new Map(),
    lastPeriod: null,
    begun: new Map(),
    lastReport: null,
  };
  for (const s of sentences) {
    const ds = dates.get(s.index) ?? [];
    const action = mainAction(s) ?? datedRelativeAct(s, ds) ?? currentPractice(s);
    const mentions = actorMentions.get(s.index) ?? [];
    const instruments = authorityMentions.get(s.index) ?? [];
    const beside = action ? backgroundActs(s, action.token, ds, mentions, instruments) : [];
    const here = participants(s, action, notBeside(mentions, beside));
    const actors = [...new Set(here.map((x) => x.actor.id))];
    const layer = layerOf(s);
    const authorities = [...new Set(instruments.filter((x) => !quotedAt(layer, x.m.start)).map((x) => x.authority.id))];
    // the day an instrument takes effect ("…, effective on May 24") dates no other act of the sentence
    const scheduled = scheduledIn(s, ds, instruments);
    const dc = sentenceDate(
      s,
      ds.filter((d) => !scheduled.some((x) => x.date === d) && !datesOnlyItsHappening(s, d, action?.token)),
      action,
    );
    addNounEvents(s, ds, action ? dc : null, actors, actorMentions, line);
    addScheduled(scheduled, s, takingEffect(s, action, here), line);
    // (the paragraph's date before this sentence's own: what an act it says came first may take)
    const context = line.paragraphDate?.paragraph === s.paragraph ? line.paragraphDate.date : null;
    const { date, countsFrom } = dateOfAct(s, dc, action, line);
    // An act needs someone or something acting, unless the text dates it ("The program ended in 2017.").
    if (!action || (actors.length + authorities.length === 0 && !date)) continue;
    // A bare "X said" is a statement; a dated one is an act too, and so is a reply in writing.
    if (action.speech && !date && !repliesInWriting(s, action)) continue;
    const event = eventOf(
      s,
      action,
      { date, dc, actors, authorities, here, countsFrom },
      actorMentions,
      authorityMentions,
    );
    record(event, s, action, line);
    addBeside(s, beside, context ? sortedBefore(context, date) : null, line);
    addReport(s, action, ds, dc, { mentions, of: actors }, line);
  }
  return line.out;
}

/**
 * Acts told beside the sentence's own ("…, an idea Ana Ruiz later rejected"): the names only they
 * hold take no part in it.
 */
function notBeside<T extends { m: ActorCandidate }>(mentions: T[], beside: BackgroundAct[]): T[] {
  const aside = (x: T) => beside.some((b) => b.own && b.own.start <= x.m.start && x.m.end <= b.own.end);
  return mentions.filter((x) => !aside(x));
}

/**
 * The acts told beside the sentence's own, each an event; one an opening "after" clause says came
 * first takes the paragraph's date before the sentence's (`earlier`), the others none.
 */
function addBeside(s: Sentence, beside: BackgroundAct[], earlier: EventDate | null, line: Timeline): void {
  for (const { earlier: first, own: _own, ...b } of beside)
    line.out.push({ sentence: s, ...b, words: b.words ?? b.summary, date: first ? earlier : null });
}

/**
 * "The Ledger reported on Friday that in May Roe gave the order": when what is reported has a
 * date of its own, the dated report is an event too, told by the words before "that" (when the
 * act takes the report's date, the two are one event). Who reports is its agent; those the
 * reported act involves are what the report is about, and take part in it too.
 */
function addReport(
  s: Sentence,
  action: Action,
  ds: DateCandidate[],
  dc: DateCandidate | null,
  reported: { mentions: { actor: ResolvedActor; m: ActorCandidate }[]; of: string[] },
  line: Timeline,
): void {
  const layer = layerOf(s);
  const from = reportedFrom(layer, action);
  if (action.clause.kind !== 'reported' || from === action.clause.start || !dc) return;
  const toks = layer.tokens;
  const end = toks[from - 2]!.end;
  const report = ds.find((d) => d.end <= end && !d.anchor && !quotedAt(layer, d.start));
  if (!report || report === dc) return;
  const summary = s.paragraphText.slice(s.start, end);
  const reporters = reported.mentions.filter((x) => x.m.end <= end && !quotedAt(layer, x.m.start));
  const agents = [...new Set(reporters.map((x) => x.actor.id))];
  line.lastReport = { date: report.date, paragraphIndex: s.paragraphIndex };
  line.out.push(
    besideAct(s, summary, report, report.date, { actors: [...new Set([...agents, ...reported.of])], agents }),
  );
}

/**
 * An event a sentence tells beside its act (a dated report, a happening, the day an instrument
 * takes effect), titled by its own words, its date counted from the publication day where its
 * words are.
 */
function besideAct(
  s: Sentence,
  summary: string,
  from: DateCandidate,
  date: EventDate,
  who: { actors: string[]; agents: string[] },
  authorities: string[] = [],
): EventCandidate {
  const anchor = from.published ? { anchor: { kind: 'published' as const } } : {};
  return { sentence: s, summary, headline: summary, date: { ...date, ...anchor }, ...who, authorities, words: summary };
}

/** Political parties (the gazetteer's bodies that are groups): unlike armed groups, never a raid's target. */
const PARTIES = new Set(bodies.bodies.filter((b) => b.kind === 'group').map((b) => b.name));

/** How long before publication a day without its year may be and still be the one an instrument took effect. */
const STALE_DAYS = 45;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The day an instrument of the sentence takes effect. */
function addScheduled(scheduled: Scheduled[], s: Sentence, actors: string[], line: Timeline): void {
  for (const x of scheduled) {
    // (a day without its year read as months past, where the words may mean the next one: left out)
    if (!x.yearGiven && daysBetween(x.date.date.value, line.published) > STALE_DAYS) continue;
    const date = { ...x.date.date, approximate: false };
    line.out.push(besideAct(s, x.summary, x.date, date, { actors, agents: [] }, [x.authority]));
  }
}

/**
 * The happenings noun phrases date ("the raids of May 3, 2003", "a strike on June 4"), each an
 * event of its own, unless the sentence's act takes that date (`actsOn`) ("The strike on June 4 killed
 * five": one event) or the article already has that happening on that day.
 */
function addNounEvents(
  s: Sentence,
  ds: DateCandidate[],
  actsOn: DateCandidate | null,
  actors: string[],
  actorMentions: ActorMentions,
  line: Timeline,
): void {
  const toks = layerOf(s).tokens;
  const here = actorMentions.get(s.index) ?? [];
  const groups = here.filter((x) => x.actor.kind === 'group' && !PARTIES.has(x.actor.name)).map((x) => x.actor.id);
  for (const h of happeningsOf(s, ds)) {
    const at = toks.findIndex((t) => t.start >= h.date.start);
    if (h.date === actsOn && relationBefore(toks, at) < 0) continue;
    const told = (e: EventCandidate) => h.definite || mentionsNoun(e.sentence, h.noun);
    if (line.out.some((e) => e.date?.value === h.date.date.value && told(e))) continue;
    line.nounEventAt.set(h.date, line.out.length);
    // "the Ostrian navy's raid", "U.S. strikes on …": who is named in the happening's own words did it
    const who = doers(
      h,
      here,
      actors.filter((id) => groups.includes(id)),
    );
    line.out.push(besideAct(s, h.summary, h.date, { ...h.date.date, approximate: false }, who));
  }
}

/**
 * The actors of a happening: who its own words name (its agents), or those of the happenings it is
 * one of ("the navy's raids on the coast, including a raid on May 4"), and the groups of its sentence.
 */
function doers(h: Happening, here: { actor: ResolvedActor; m: ActorCandidate }[], groups: string[]) {
  const within = (p: { start: number; end: number }) =>
    here.filter((x) => x.m.start >= p.start && x.m.end <= p.end).map((x) => x.actor.id);
  const own = within(h.phrase);
  const whole = own.length ? null : includedIn(h.date.sentence, h);
  const agents = [...new Set(whole ? within(whole) : own)];
  return { actors: [...new Set([...agents, ...reportedSubject(h, here), ...groups])], agents };
}

/**
 * "a Ledger report on May 2 that Admiral Ana Roe had ordered …": a report is about the act it
 * tells; who that act's subject names takes part in the report too (as in a dated "X reported
 * that …"), not the rest of what it tells.
 */
function reportedSubject(h: Happening, here: { actor: ResolvedActor; m: ActorCandidate }[]): string[] {
  if (!SOURCE_VERBS.has(h.noun)) return [];
  const layer = layerOf(h.date.sentence);
  const toks = layer.tokens;
  const that = toks.findIndex((t) => t.start >= Math.max(h.phrase.end, h.date.end));
  if (toks[that]?.lower !== 'that') return [];
  const verb = layer.verbs.find((v) => v.start > that);
  if (!verb) return [];
  const from = toks[that]!.end;
  const to = toks[verb.start]!.start;
  return here.filter((x) => x.m.start >= from && x.m.end <= to).map((x) => x.actor.id);
}

const INCLUDING = set(['including']);
const ASIDE_WORDS = set([',', '—', 'in', 'particular']);

/**
 * "the navy's raids on the coast, including a raid on May 4": the words, up to their noun, of the
 * happenings of the same noun that "including" puts the dated one among (paragraph offsets).
 */
function includedIn(s: Sentence, h: Happening): { start: number; end: number } | null {
  const { tokens: toks, phrases } = layerOf(s);
  let k = toks.findIndex((t) => t.start >= h.phrase.start) - 1;
  while (k > 0 && (ASIDE_WORDS.has(toks[k]!.lower) || toks[k]!.pos === 'DET')) k--;
  if (k <= 0 || !INCLUDING.has(toks[k]!.lower)) return null;
  const whole = phrases.filter((p) => p.end <= k && toks[p.head]!.lemma === h.noun).at(-1);
  return whole ? { start: toks[whole.start]!.start, end: toks[whole.head]!.end } : null;
}

/** The sentence names the happening ("strikes" for "strike"). */
const mentionsNoun = (s: Sentence, noun: string) => layerOf(s).tokens.some((t) => t.lemma === noun);

/** The date of the sentence's act, resolved against what the text dated before, and what it counts from. */
function dateOfAct(s: Sentence, dc: DateCandidate | null, action: Action | null, line: Timeline) {
  const lower = s.text.toLowerCase();
  const named = PERIODS.find(([name]) => lower.includes(name))?.[0];
  let date: EventDate | null = dc ? resolveAnchored(dc, line.previous) : null;
  let countsFrom: EventCandidate['countsFrom'];
  const period =
    named ?? (line.lastPeriod && s.index - line.lastPeriod.sentence <= 1 ? line.lastPeriod.name : undefined);
  if (named) line.lastPeriod = { name: named, sentence: s.index };
  if (dc?.opens && period) {
    // "Early on" in a period the text named: from the event that began it, or undated when the
    // text dates no beginning ("in his first term" is a span relative to nothing here)
    const start = line.begun.get(period);
    date = start ? { ...resolveAnchored(dc, start.date)!, inferred: true, after: start.date.value } : null;
    if (start) countsFrom = { index: start.index, relation: 'from' };
  } else if (dc && date && dc.anchor) {
    // "two days later" counts from the date the text gave last; "ahead of the operation" takes it
    // ("ahead of the operation" comes before it, and sorts so)
    const relation =
      dc.anchor === 'context' ? { relation: dc.relation ?? ('from' as const) } : relationOf(dc.offsetDays ?? 0);
    if (line.previousEvent !== null) countsFrom = { index: line.previousEvent, ...relation };
    if (dc.anchor === 'context') date = { ...date, inferred: true, ...sidesOf(dc, line.previous) };
  } else if (date && dc?.published) date = { ...date, anchor: { kind: 'published' } };
  if (date && dc?.within) date = { ...date, within: dc.within };
  const relative = dc && date && !dc.anchor ? relativeToHappening(s, dc, date, line) : null;
  if (relative) date = relative.date;
  if (relative?.countsFrom) countsFrom = relative.countsFrom;
  return { date: contextual(s, date, action, line), countsFrom };
}

const REPORT_NOUNS = set(verbs.reportNouns);

/**
 * "The Ledger reported Friday that in May the admiral … . Roe called the reporting false.": an act
 * on "the reporting" (this paragraph or the next) answers the report: it came after the report's
 * day, in its month as far as the text says, not in May with the story the report told.
 */
function answersReport(s: Sentence, line: Timeline): EventDate | null {
  const report = line.lastReport;
  if (!report || s.paragraphIndex - report.paragraphIndex > 1 || report.date.precision !== 'day') return null;
  const toks = layerOf(s).tokens;
  const refers = toks.some((t, i) => REPORT_NOUNS.has(t.lower) && !t.quoted && toks[i - 1]?.lower === 'the');
  if (!refers) return null;
  const { value, expression } = report.date;
  return {
    value: value.slice(0, 7),
    precision: 'month',
    approximate: false,
    expression,
    after: value,
    fromContext: true,
    inferred: true,
  };
}

/** "ahead of the operation": the act sorts before the date it takes (after it, for "shortly after"). */
function sidesOf(dc: DateCandidate, previous: EventDate | null): Partial<EventDate> {
  if (!dc.relation || !previous) return {};
  return { [dc.relation]: previous.value };
}

/**
 * "after the raids of May 3, 2003": only the year is sure, and it comes after them (counted
 * from the happening when the sentence made it an event).
 */
function relativeToHappening(s: Sentence, dc: DateCandidate, stated: EventDate, line: Timeline) {
  const toks = layerOf(s).tokens;
  const at = toks.findIndex((t) => t.start >= dc.start);
  const rel = relationBefore(toks, at);
  if (rel < 0) return null;
  const expression = s.paragraphText.slice(toks[rel]!.start, dc.end);
  const precision: EventDate['precision'] = stated.precision === 'decade' ? 'decade' : 'year';
  const date: EventDate = { value: stated.value.slice(0, 4), precision, approximate: true, expression };
  const happening = line.nounEventAt.get(dc);
  if (happening === undefined) return { date };
  const relation = toks[rel]!.lower === 'before' ? ('before' as const) : ('after' as const);
  if (relation === 'after') date.after = stated.value;
  return { date, countsFrom: { index: happening, relation } };
}

/**
 * The token of "after", "before" or "following" that opens the phrase ending at token `at`: at most
 * three words between, after an optional "the" and before an optional "of"; -1 when none does.
 */
function relationBefore(toks: Token[], at: number): number {
  let k = at - 1;
  if (toks[k]?.lower === 'of') k--;
  for (let words = 0; k >= 0 && words <= 3; k--) {
    const t = toks[k]!;
    if (RELATIONS.has(t.lower)) return k;
    if (HYPHENS.has(t.text) && t.end === toks[k + 1]?.start) continue;
    if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') return -1;
    if (!(t.lower === 'the' && RELATIONS.has(toks[k - 1]?.lower ?? '')) && !HYPHENS.has(toks[k - 1]?.text ?? ''))
      words++;
  }
  return -1;
}

/**
 * Keeps the context for the next sentence, and dates an act the text leaves undated in a paragraph
 * an earlier sentence dated ("In 1994, the king sent troops … The assembly condemned the
 * action"): approximately, and no more precisely than the month.
 */
function contextual(s: Sentence, date: EventDate | null, action: Action | null, line: Timeline): EventDate | null {
  // The context for "two days later" is the last date the text gave, event or not.
  if (date) {
    line.previous = date;
    line.previousEvent = null;
  }
  if (line.paragraphDate && line.paragraphDate.paragraph !== s.paragraph) line.paragraphDate = null;
  // (not what someone is said to have done: "He said the boat was carrying arms" is a claim of
  // theirs; nor what "has" been so up to now: "Past governments have relied on the police")
  const claimed = action?.clause.kind === 'reported';
  const now = action && (action.current || repliesInWriting(s, action));
  const answered = !date && action && !claimed ? answersReport(s, line) : null;
  if (answered) return answered;
  if (!date && action && !claimed && !now && !perfect(s, action) && line.paragraphDate)
    if (!action.speech) return contextDate(line.paragraphDate.date);
    // (said on the occasion the sentence before dates: its day, approximately)
    else if (answers(s, line.paragraphDate.sentence))
      return { ...contextDate(line.paragraphDate.date), ...dayOf(line) };
  // (a date the act takes from another event, "Ahead of the operation", places no paragraph)
  if (date && !date.fromContext && !date.inferred && !looksBack(line.paragraphDate, s, date))
    line.paragraphDate = { paragraph: s.paragraph, date, sentence: s };
  return date;
}

/**
 * "On 24 October the office froze his assets. It followed a decision in September. He called it a
 * lie.": a date earlier than the one the paragraph already set looks back; the acts told after it
 * go on from the paragraph's own date, not from the one looked back to.
 */
function looksBack(paragraphDate: Timeline['paragraphDate'], s: Sentence, date: EventDate): boolean {
  if (!paragraphDate || paragraphDate.paragraph !== s.paragraph) return false;
  const before = paragraphDate.date.value;
  const common = Math.min(before.length, date.value.length);
  return date.value.slice(0, common) < before.slice(0, common);
}

/** "after X did Y, Z did W in 1994": X's act, dated by the paragraph, sorts before the sentence's date. */
const sortedBefore = (context: EventDate, date: EventDate | null): EventDate => ({
  ...contextDate(context),
  ...(date && !date.inferred ? { before: date.value } : {}),
});

/** The day of the paragraph's dated act, when it has one. */
function dayOf(line: Timeline): Partial<EventDate> {
  const d = line.paragraphDate!.date;
  return d.precision === 'day' ? { value: d.value, precision: 'day' } : {};
}

/**
 * A named speaker's words quoted in the sentence right after a dated one of the same paragraph
 * ("On Tuesday, the ministry announced … . Minister Lia Berg said she “will face the courts.”"):
 * said on that occasion, so dated by it. Not a speaker the dated sentence names (the same
 * saying, told on: one event), nor further on, nor unquoted.
 */
function answers(s: Sentence, dated: Sentence): boolean {
  const toks = layerOf(s).tokens;
  const before = new Set(
    layerOf(dated)
      .tokens.filter((t) => t.pos === 'PROPN')
      .map((t) => t.lower),
  );
  const speaker = toks.find((t, i) => !t.quoted && SPEECH.has(t.lemma) && toks[i - 1]?.pos === 'PROPN');
  const name = speaker && toks[toks.indexOf(speaker) - 1]!.lower;
  return s.index === dated.index + 1 && toks.some((t) => t.quoted) && !!name && !before.has(name);
}

interface Found {
  date: EventDate | null;
  dc: DateCandidate | null;
  actors: string[];
  authorities: string[];
  here: { actor: ResolvedActor; m: ActorCandidate }[];
  countsFrom: EventCandidate['countsFrom'];
}

/** The event record of a sentence's act: its title, headline, date and parties. */
function eventOf(
  s: Sentence,
  action: Action,
  f: Found,
  actorMentions: ActorMentions,
  authorityMentions: AuthorityMentions,
): EventCandidate {
  // Words that refer back ("the cartel", "the measure") are resolved in brackets in the title.
  const refs = (actorMentions.get(s.index) ?? []).filter(
    (x) => x.m.via === 'coreference' && REFERRING.has(firstWord(x.m.text)),
  );
  const anaphora = (authorityMentions.get(s.index) ?? []).filter(
    (x) => x.m.anaphora && x.authority.name.split(' ').length <= 8,
  );
  // ("[the directive on military force]", but a proper name keeps its capital: "[War Powers Resolution]")
  const proper = (name: string) => isCapitalized(wordsOf(name)[1]);
  const lowerFirst = (name: string) => (proper(name) ? name : name.charAt(0).toLowerCase() + name.slice(1));
  const resolutions: Resolution[] = [
    ...actorResolutions(refs),
    ...anaphora.map((x) => ({ start: x.m.start, end: x.m.end, name: lowerFirst(x.authority.name) })),
    ...pronounResolutions(s, actorMentions.get(s.index - 1) ?? []),
  ];
  const summary = eventTitle(s, resolutions);
  // the date's own words stand beside the headline only when this sentence gives them
  const headline = eventHeadline(s, {
    resolutions,
    date: f.dc && !f.date?.fromContext ? f.dc : null,
    act: action.token,
    whole: summary,
  });
  const agents = agentsOf(s, action, f.here);
  return {
    sentence: s,
    summary,
    headline,
    date: f.date,
    actors: f.actors,
    agents,
    authorities: f.authorities,
    ...(f.countsFrom && f.date ? { countsFrom: f.countsFrom } : {}),
  };
}

/** Adds the event, noting what later sentences count from and when it was reported. */
function record(event: EventCandidate, s: Sentence, action: Action, line: Timeline): void {
  const { date } = event;
  const lower = s.text.toLowerCase();
  if (date && date === line.previous) line.previousEvent = line.out.length;
  if (date && !date.inferred)
    for (const [name, starts] of PERIODS)
      if (!line.begun.has(name) && starts.some((w) => lower.includes(w)))
        line.begun.set(name, { date, index: line.out.length });
  // The article's lead: an undated act of its first paragraph is reported on the publication day.
  if (!date && s.paragraphIndex === 0 && !line.out.some((e) => e.reported)) event.reported = line.published;
  // An undated act the article reports as current ("have started drawing up options",
  // "declined to comment") is reported on the publication day too.
  else if (!date && reportsCurrent(s, action)) event.reported = line.published;
  line.out.push(event);
}

/** The participants whose mention lies in the act's subject (agentSpans), in the order of `actors`. */
function agentsOf(s: Sentence, action: Action, here: { actor: { id: string }; m: ActorCandidate }[]): string[] {
  const spans = agentOffsets(s, action.token);
  const ids = here.filter((x) => spans.some((p) => x.m.start < p.end && p.start < x.m.end)).map((x) => x.actor.id);
  return [...new Set(ids)];
}

/**
 * A present perfect act ("has sidelined", "have started"), a reply to the press ("declined to
 * comment", "said in an email that …") or a practice told as current ("For now, …").
 */
function reportsCurrent(s: Sentence, action: Action): boolean {
  if (action.current || repliesInWriting(s, action)) return true;
  return perfect(s, action) || REPLY.matchAt(layerOf(s).tokens, action.token) !== null;
}

/**
 * "Asked about the raids, Dana Roe, a ministry spokesperson, said in an email that “…”", "…,” she
 * said by email.": a speech verb right before how the answer reached the reporter in writing, then
 * what was said, is a reply to the press, made for the article (not "said in an email to staff").
 */
function repliesInWriting(s: Sentence, action: Action): boolean {
  if (!action.speech) return false;
  const layer = layerOf(s);
  const g = layer.verbs.find((v) => v.main === action.token);
  return !!g && CURRENT.matchAt(layer.tokens, g.end)?.label === 'reply-in-writing';
}

/**
 * "For now, officers in Borduria pass what they learn to the ministry": after an opening that says
 * now, the first finite verb of the main clause, in the present, not negated, modal, a copula or a
 * speech verb, is a practice the article reports as current.
 */
function currentPractice(s: Sentence): Action | null {
  const layer = layerOf(s);
  const opening = CURRENT.matchAt(layer.tokens, 0);
  if (opening?.label !== 'current-opening') return null;
  for (const g of layer.verbs) {
    const clause = clauseOfToken(layer, g.main);
    if (g.start < opening.end || clause.kind !== 'main' || isNonFinite(layer, g)) continue;
    const plain = !g.negated && !g.modal && g.tense === 'present' && !layer.tokens[g.main]!.quoted;
    if (!plain || NOT_ACTS.has(g.lemma) || SPEECH.has(g.lemma)) return null;
    return { ...actionOf(s, layer, g, clause), current: true };
  }
  return null;
}

/** The act is told in the present perfect: "has sidelined", "have relied". */
function perfect(s: Sentence, action: Action): boolean {
  const layer = layerOf(s);
  const g = layer.verbs.find((v) => v.main === action.token);
  return !!g && g.main > g.start && PERFECT.has(layer.tokens[g.start]!.lower);
}

/** "two days later" (+2) is after the day it counts from; "three weeks earlier" (-21) before it. */
const relationOf = (offsetDays: number) => ({
  relation: offsetDays < 0 ? ('before' as const) : ('after' as const),
  offsetDays,
});

/** One bracket per span: "the two leaders" is "[Ana Roe and Ben Ode]". */
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
  const says = (r: { start: number; end: number; names: string[] }) =>
    r.names.every((n) => text.slice(r.start, r.end).includes(n.split(' ')[0]!));
  return [...bySpan.values()]
    .filter((r) => !says(r))
    .map((r) => ({
      start: r.start,
      end: r.end,
      name: r.names.join(' and '),
      ...(r.people ? { article: false as const } : {}),
    }));
}

/** A date an act takes from its paragraph's context: approximate, at most month-precise. */
function contextDate(d: EventDate): EventDate {
  const value = d.precision === 'day' ? d.value.slice(0, 7) : d.value;
  return {
    value,
    precision: d.precision === 'day' ? 'month' : d.precision,
    approximate: true,
    expression: d.expression,
    fromContext: true,
    inferred: true,
  };
}

export const eventsStage: Stage = {
  name: 'events',
  run: (doc) => {
    const { actorMentions, authorityMentions, dates } = mentionsBySentence(doc);
    return {
      ...doc,
      events: findEvents(doc.sentences, dates, actorMentions, authorityMentions, doc.context.published),
    };
  },
};
