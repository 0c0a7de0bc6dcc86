import { mainAction, type EventCandidate } from './events.ts';
import { participants } from './event-participants.ts';
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import titles from '../lexicons/titles.json' with { type: 'json' };
import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import { agentOffsets, agentSpans } from './event-agents.ts';
import { legislatureAddressed } from './event-addressees.ts';
import { joiners } from './event-companions.ts';
import { doersVerb, passiveDoers } from './event-passive-doers.ts';
import { doersOfMore } from './event-more-of-kind.ts';
import { happeningsOf } from './event-happenings.ts';
import { clauseOfToken, layerOf, type Token } from './linguistics.ts';
import type {
  ActorCandidate,
  ActorMentions,
  AuthorityCandidate,
  DateCandidate,
  ResolvedAuthority,
  Sentence,
} from './types.ts';
import { mentionsBySentence, type Stage } from '../doc.ts';
type AuthorityMentions = Map<number, { authority: ResolvedAuthority; m: AuthorityCandidate }[]>;

/** How far past its own paragraph a report may go on about one act. */
const PARAGRAPHS_AHEAD = 4;
const PARAGRAPHS_BACK = 3;
const EVENT_NOUNS = new Set(timeWords.eventNouns);
const ATTACKS = new Set(timeWords.attackNouns);

/**
 * Stage 6b: what neighbouring sentences add to an act. A report spreads one happening over
 * several sentences ("The Senate rejected the measure on Wednesday. The resolution, led by
 * Senators Ames and Bell, failed 51-48. Senator Cole was the only Democrat to vote against the
 * measure."), so an event's actors are not only the names of its own sentence:
 * - a later sentence that refers back to the act's authority by a definite description ("the
 *   resolution", "the measure"), before the text reaches another dated act, names more of them,
 *   and so does a sentence between that names someone already taking part;
 * - a next sentence of the paragraph that adds to the act with "also" and gives no date of its
 *   own ("Two more gangs were also named.") names more of them;
 * - an act whose own sentence names no one ("The designation was announced Wednesday.") was done
 *   by those of the sentences that introduced its authority, or, for a happening ("The first
 *   strike took place …"), by whoever its nearest earlier mention names.
 * Written here, not taken from a library: event coreference over this layer is the product's
 * core, and no JavaScript NLP library resolves it.
 */
export function joinElaborations(
  events: EventCandidate[],
  sentences: Sentence[],
  dates: Map<number, DateCandidate[]>,
  actorMentions: ActorMentions,
  authorityMentions: AuthorityMentions,
): EventCandidate[] {
  const dated = new Set(events.filter((e) => e.date && !e.date.fromContext).map((e) => e.sentence.index));
  const actorsOf = (s: Sentence) =>
    participants(s, mainAction(s), actorMentions.get(s.index) ?? []).map((x) => x.actor.id);
  const text: Text = { sentences, dates, actorMentions, authorityMentions, dated, actorsOf };
  return events.map((e0) => {
    if (!e0.date) return e0;
    const e = toldByAbsolute(e0, dates, actorMentions);
    const own = e.sentence;
    const added = goingOn(e, text);
    if (e.actors.length === 0) {
      // (the act's own: a happening beside "The bill … follows strikes on May 2" is not the bill's)
      const anaphors = (authorityMentions.get(own.index) ?? [])
        .filter((x) => x.m.anaphora && e.authorities.includes(x.authority.id))
        .map((x) => x.authority.id);
      added.push(...introducers(own, anaphors, sentences, authorityMentions).flatMap(actorsOf));
    }
    if (e.actors.length === 0 && added.length === 0)
      added.push(
        ...(e.words === undefined
          ? agentsOfEarlierMention(own, sentences, actorMentions)
          : doersOfHappening(e, dates, sentences, actorMentions)),
      );
    added.push(...namedLater(own, sentences, actorMentions), ...passiveDoers(own, actorMentions));
    added.push(...legislatureAddressed(e, actorMentions));
    const sofar = { ...e, actors: [...e.actors, ...added] };
    added.push(...joiners(sofar, sentences, dated, actorMentions, PARAGRAPHS_AHEAD));
    if (e.actors.length === 0 && added.length === 0 && undertakingSubject(own)) {
      const before = sentences[own.index - 1];
      if (before?.paragraph === own.paragraph) added.push(...actorsOf(before));
    }
    return added.length ? { ...e, actors: [...new Set([...e.actors, ...added])] } : e;
  });
}

/** The article as the stage reads it: its sentences, their dates and mentions, the sentences of dated acts. */
interface Text {
  sentences: Sentence[];
  dates: Map<number, DateCandidate[]>;
  actorMentions: ActorMentions;
  authorityMentions: AuthorityMentions;
  dated: Set<number>;
  actorsOf: (s: Sentence) => string[];
}

/**
 * The report goes on about the act up to the last sentence that refers back to it; what lies
 * between is part of it too when it names someone already taking part. Their actors.
 */
function goingOn(e: EventCandidate, text: Text): string[] {
  const { sentences, dates, actorMentions, authorityMentions } = text;
  const own = e.sentence;
  const back: boolean[] = [];
  let last = own.index;
  for (let i = own.index + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.paragraphIndex - own.paragraphIndex > PARAGRAPHS_AHEAD || text.dated.has(s.index)) break;
    const refersBack = (authorityMentions.get(s.index) ?? []).some(
      (x) => x.m.anaphora && e.authorities.includes(x.authority.id) && !someoneElses(s, x.m, e.actors, actorMentions),
    );
    const next = i === own.index + 1 && !(dates.get(s.index) ?? []).length;
    const adds =
      next &&
      s.paragraph === own.paragraph &&
      ((saysAlso(s) && !actsOnItsOwn(s, e.actors, actorMentions)) || saysOn(s, own, e.actors, actorMentions));
    back[i] = refersBack || adds || (next && sameBodySays(s, own));
    if (back[i]) last = i;
  }
  const added: string[] = [];
  const taking = new Set(e.actors);
  for (let i = own.index + 1; i <= last; i++) {
    const ids = text.actorsOf(sentences[i]!);
    if (!back[i] && !ids.some((id) => taking.has(id))) continue;
    for (const id of ids) taking.add(id);
    added.push(...ids);
  }
  return added;
}

/**
 * "Ben Ode's resolution was backed by …": a description opened by the name of someone who takes no
 * part in the act is that one's own instrument, not the act's.
 */
function someoneElses(s: Sentence, m: AuthorityCandidate, taking: string[], actorMentions: ActorMentions): boolean {
  const toks = layerOf(s).tokens;
  const at = toks.findIndex((t) => t.start >= m.start);
  const mark = toks[at - 1];
  if (!mark || !POSSESSIVE_MARKS.has(mark.text)) return false;
  const owner = (actorMentions.get(s.index) ?? []).find((x) => x.m.end === mark.start);
  return !!owner && !taking.includes(owner.actor.id);
}

/**
 * The sentences that introduced the authorities an act refers back to: the first that names one by
 * name within reach (its first mention, as a reader meets it, not a passing one closer by), and the
 * anaphoric ones between it and the act.
 */
function introducers(
  own: Sentence,
  anaphors: string[],
  sentences: Sentence[],
  authorityMentions: AuthorityMentions,
): Sentence[] {
  if (!anaphors.length) return [];
  const within = sentences.filter(
    (s) => s.index < own.index && own.paragraphIndex - s.paragraphIndex <= PARAGRAPHS_BACK,
  );
  const naming = (s: Sentence) =>
    (authorityMentions.get(s.index) ?? []).filter((x) => anaphors.includes(x.authority.id));
  const first = within.findIndex((s) => naming(s).some((x) => !x.m.anaphora));
  const referring = (s: Sentence) => {
    const found = naming(s);
    return found.length > 0 && found.every((x) => x.m.anaphora);
  };
  if (first < 0) return within.filter(referring);
  return [within[first]!, ...within.slice(first + 1).filter(referring)];
}

/**
 * "Three Bordurian navy raids have hit camps. The first raid came on May 14": an act whose
 * subject is a happening ("strike", "attack") and that names no one was done by whoever the
 * nearest earlier mention of that happening, in this paragraph or the one before, names in it.
 */
function agentsOfEarlierMention(own: Sentence, sentences: Sentence[], actorMentions: ActorMentions): string[] {
  const action = mainAction(own);
  if (!action) return [];
  const { tokens, phrases } = layerOf(own);
  const subject = phrases.find((p) => p.end <= action.token && EVENT_NOUNS.has(tokens[p.head]!.lower));
  if (!subject) return [];
  const noun = tokens[subject.head]!.lemma;
  // ("airstrikes" is one of "strike": the tagger leaves some compounds unlemmatized)
  return namesOfEarlierMention(own, 1, (head) => singular(head.lemma).endsWith(noun), sentences, actorMentions);
}

/**
 * "Chilean strikes on three boats … the survivor of Monday’s raid": a happening told as known (a
 * possessive or "the" before its date) that names no one was done by whoever the nearest earlier
 * mention of a happening of its kind (`attackNouns`), within three paragraphs, names in it, or
 * else by whoever the next sentence says did more of them (`doersOfMore`).
 */
function doersOfHappening(
  e: EventCandidate,
  dates: Map<number, DateCandidate[]>,
  sentences: Sentence[],
  actorMentions: ActorMentions,
): string[] {
  const s = e.sentence;
  const h = happeningsOf(s, dates.get(s.index) ?? []).find((x) => x.summary === e.words && x.definite);
  if (!h) return [];
  const kind = ATTACKS.has(h.noun) ? ATTACKS : new Set([h.noun]);
  const same = (head: Token) => kind.has(head.lower);
  const earlier = namesOfEarlierMention(s, PARAGRAPHS_BACK, same, sentences, actorMentions);
  return earlier.length ? earlier : doersOfMore(s, same, sentences, actorMentions);
}

/**
 * The names in the nearest mention, in the sentences before `own` within `reach` paragraphs, of a
 * noun phrase whose head is `same`: from its possessor ("the navy’s raids") to its head, and the
 * phrase after a "by" right after it ("raids by the navy").
 */
function namesOfEarlierMention(
  own: Sentence,
  reach: number,
  same: (head: Token) => boolean,
  sentences: Sentence[],
  actorMentions: ActorMentions,
): string[] {
  for (let i = own.index - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (own.paragraphIndex - s.paragraphIndex > reach) break;
    const layer = layerOf(s);
    for (const p of [...layer.phrases].reverse()) {
      const head = layer.tokens[p.head]!;
      if (!same(head)) continue;
      const from = layer.tokens[possessorStart(layer, p.start)]!.start;
      const by = layer.tokens[p.head + 1]?.lower === 'by' && layer.phrases.find((q) => q.start === p.head + 2);
      const to = by ? layer.tokens[by.end - 1]!.end : head.end;
      const inside = (actorMentions.get(s.index) ?? []).filter((x) => x.m.start >= from && x.m.end <= to);
      if (inside.length) return [...new Set(inside.map((x) => x.actor.id))];
    }
  }
  return [];
}

const POSSESSIVE_MARKS = new Set(['’', "'", '’s', "'s"]);

/** "the navy’s first raid": a noun phrase begins with its possessor, which the chunker leaves apart. */
function possessorStart(layer: ReturnType<typeof layerOf>, start: number): number {
  const mark = layer.tokens[start - 1];
  if (!mark || !POSSESSIVE_MARKS.has(mark.text)) return start;
  return layer.phrases.find((q) => q.end === start - 1)?.start ?? start;
}

const SITUATIONS = new Set(verbs.situationSubjects);
const WITH = new Set(['with']);

/**
 * "Tensions have risen between Ana Roe and Ben Ode, with the navy sinking a trawler on Monday": a
 * state of affairs the sentence dates only in a "with" phrase after it, opened by a noun and a
 * verb in -ing, is the act of that phrase, whose names alone take part.
 */
function toldByAbsolute(e: EventCandidate, dates: Map<number, DateCandidate[]>, actorMentions: ActorMentions) {
  const s = e.sentence;
  const action = mainAction(s);
  const { tokens, phrases, verbs: groups } = layerOf(s);
  const subject = phrases[0];
  if (!action || !subject || subject.end > action.token || !SITUATIONS.has(tokens[subject.head]!.lower)) return e;
  const k = tokens.findIndex((t, i) => i > action.token && WITH.has(t.lower));
  const p = phrases.find((q) => q.start === k + 1 || q.start === k + 2);
  const ing = p && groups.find((g) => g.start === p.end && tokens[g.main]!.lower.endsWith('ing'));
  if (k < 0 || !ing) return e;
  const from = tokens[k]!.start;
  const own = (dates.get(s.index) ?? []).filter((d) => !d.anchor);
  if (!own.length || own.some((d) => d.start < from)) return e;
  const names = new Set((actorMentions.get(s.index) ?? []).filter((x) => x.m.start >= from).map((x) => x.actor.id));
  return { ...e, actors: e.actors.filter((id) => names.has(id)), agents: e.agents.filter((id) => names.has(id)) };
}

const TITLE_ROLES = titles.titleRoles as Record<string, string>;
const INDEFINITE = new Set(['a', 'an']);
const ROLE_NOUNS = new Set([...Object.values(TITLE_ROLES), ...titles.roleNouns, 'judge', 'officer', 'commander']);
/** How far ahead the name of someone an act describes ("A navy admiral told …") may come. */
const NAME_AHEAD = 2;

/**
 * "A navy admiral told senators on Monday … / Adm. Ana Roe said …": the act's subject describes
 * someone by a role noun after "a"; the first person named later with that role (a title that
 * reads as it, or the noun in an apposition after the name), within two paragraphs, did it. Only
 * the event takes them: the description stays no mention (what it says is no one's statement).
 */
function namedLater(own: Sentence, sentences: Sentence[], actorMentions: ActorMentions): string[] {
  const noun = describedSubject(own);
  if (!noun) return [];
  for (const s of sentences.slice(own.index + 1)) {
    if (s.paragraphIndex - own.paragraphIndex > NAME_AHEAD) break;
    const found = (actorMentions.get(s.index) ?? []).find(
      (x) => x.actor.kind === 'person' && (titledAs(x.actor.titles, noun) || appositionSays(s, x.m, noun)),
    );
    if (found) return [found.actor.id];
  }
  return [];
}

/** The role noun of the act's doer when it is "a"/"an" and words before a role noun, naming no one. */
function describedSubject(own: Sentence): string | null {
  const verb = doersVerb(own);
  if (verb === null) return null;
  const { tokens } = layerOf(own);
  const span = agentSpans(own, verb)[0];
  if (!span || !INDEFINITE.has(tokens[span.start]!.lower)) return null;
  const head = tokens[span.end - 1]!;
  return head.pos === 'NOUN' && ROLE_NOUNS.has(head.lower) ? head.lower : null;
}

const titledAs = (held: string[], noun: string) =>
  held.some((t) => (TITLE_ROLES[t] ?? t.toLowerCase()).split(' ').at(-1) === noun);

/** "Ana Roe, chief judge of …": the noun within the few words after a comma after the name. */
function appositionSays(s: Sentence, m: ActorCandidate, noun: string): boolean {
  const toks = layerOf(s).tokens;
  const after = toks.findIndex((t) => t.start >= m.end);
  if (toks[after]?.text !== ',') return false;
  return toks.slice(after + 1, after + 4).some((t) => t.lower === noun);
}

const UNDERTAKINGS = new Set(clauseWords.undertakingNouns);

/**
 * "The navy lent helicopters to the border police. The program ended in 2017.": an act whose
 * subject is "the" and a noun for an undertaking, and that names no one, is about the act the
 * sentence before it in its paragraph tells, and done by those who take part in that one.
 */
function undertakingSubject(own: Sentence): boolean {
  const action = mainAction(own);
  if (!action) return false;
  const { tokens, phrases } = layerOf(own);
  const subject = phrases.find((p) => p.end <= action.token && p.end >= action.token - 1);
  return !!subject && subject.determiner?.toLowerCase() === 'the' && UNDERTAKINGS.has(tokens[subject.head]!.lower);
}

/** A lemma without a plural "s" the tagger left on it. */
const singular = (lemma: string) => (lemma.endsWith('s') ? lemma.slice(0, -1) : lemma);

const SPEECH = new Set(clauseWords.speechVerbs);
const SPEAKERS = new Set(['he', 'she']);

/**
 * "Ana Roe announced on Monday that the navy sank a trawler. She said the trawler carried arms for
 * the Red Hand Cartel.": the next sentence, opened by "he" or "she" and a speech verb after one who
 * told the act, is the same speaker going on about it.
 */
function saysOn(s: Sentence, own: Sentence, taking: string[], actorMentions: ActorMentions): boolean {
  const { tokens, verbs: groups } = layerOf(s);
  if (!SPEAKERS.has(tokens[0]!.lower) || !groups.some((g) => g.start === 1 && SPEECH.has(g.lemma))) return false;
  const told = layerOf(own).clauses.find((c) => c.kind === 'reported');
  if (!told) return false;
  const from = layerOf(own).tokens[told.start]!.start;
  return (actorMentions.get(own.index) ?? []).some(
    (x) => x.actor.kind === 'person' && x.m.end <= from && taking.includes(x.actor.id),
  );
}

const STATING = new Set([...clauseWords.speechVerbs, ...verbs.speechActs]);

/**
 * "The Ostrian government on Monday rejected the listing. In a statement, the government condemned
 * it as …": the next sentence, in this paragraph or the next, whose speech verb has for subject
 * "the" and the head noun of the act's subject (a body, not a name), is that body going on about it.
 */
function sameBodySays(s: Sentence, own: Sentence): boolean {
  const action = mainAction(own);
  if (!action || s.paragraphIndex - own.paragraphIndex > 1) return false;
  const mine = layerOf(own);
  const span = agentSpans(own, action.token)[0];
  const head = span && mine.tokens[span.end - 1];
  if (!head || head.pos !== 'NOUN') return false;
  const { tokens, phrases, verbs: groups } = layerOf(s);
  return phrases.some(
    (p) =>
      p.determiner?.toLowerCase() === 'the' &&
      p.end === p.head + 1 &&
      tokens[p.head]!.lemma === head.lemma &&
      groups.some((g) => g.start === p.end && STATING.has(g.lemma) && g.tense === 'past' && !g.negated && !g.modal),
  );
}

/** "… were also named": the act's main clause says it adds to what came before. */
function saysAlso(s: Sentence): boolean {
  const action = mainAction(s);
  if (!action || action.speech) return false;
  const layer = layerOf(s);
  return layer.tokens.some((t, i) => t.lower === 'also' && clauseOfToken(layer, i).start === action.clause.start);
}

/**
 * "Ana Roe said on Monday that … Ben Ode, visiting the port, also warned …": an "also" sentence
 * whose act has a subject naming someone not taking part tells another act beside it, by them.
 */
function actsOnItsOwn(s: Sentence, taking: string[], actorMentions: ActorMentions): boolean {
  const action = mainAction(s)!;
  const spans = agentOffsets(s, action.token);
  return (actorMentions.get(s.index) ?? []).some(
    (x) => !taking.includes(x.actor.id) && spans.some((p) => x.m.start < p.end && p.start < x.m.end),
  );
}

/** Sentences that go on about an event join it (its actors and authorities). */
export const elaborationsStage: Stage = {
  name: 'elaborations',
  run: (doc) => {
    const { actorMentions, authorityMentions, dates } = mentionsBySentence(doc);
    return { ...doc, events: joinElaborations(doc.events, doc.sentences, dates, actorMentions, authorityMentions) };
  },
};
