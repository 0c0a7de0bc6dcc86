import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import { capitalised } from './event-happenings.ts';
import { layerOf, set, type Clause, type Layer, type VerbGroup } from './linguistics.ts';
import type {
  ActorCandidate,
  AuthorityCandidate,
  DateCandidate,
  ResolvedActor,
  ResolvedAuthority,
  Sentence,
} from './types.ts';

type Actors = { actor: ResolvedActor; m: ActorCandidate }[];
type Instruments = { authority: ResolvedAuthority; m: AuthorityCandidate }[];

/** Steps of a prosecution a relative clause can report of a person ("who had been indicted …"). */
const LEGAL_STEPS = set(verbs.legalSteps);
const REACTIONS = set(verbs.reactionVerbs);
const NOT_ACTS = set(verbs.notActs);
const INDEFINITE = set(['a', 'an']);
const RELATIVE_THING = set(['which']);
const RELATIVES = set(['which', 'that', 'who', 'whom']);
/** What stands where a verb's object would be: the object is there, no gap for the noun the clause describes. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** How long the phrase a final apposition repeats may be ("the idea of bombing labs in Ostria"). */
const MAX_ANTECEDENT = 10;
const RELATIVE_PERSON = set(['who']);
const OPENING = set(['but', 'and']);
const BEFORE = set(['after', 'once']);

/** An act the sentence tells in the background of its own: its words, who takes part, its place. */
export interface BackgroundAct {
  /** The source's words, one run of them. */
  summary: string;
  /** The summary by deletion only. */
  headline: string;
  actors: string[];
  agents: string[];
  authorities: string[];
  /**
   * An opening "after" clause's act: it came before the sentence's, within what the paragraph
   * dated before ("In the 1990s, … . But after the provinces started seizing boats, … in 1994"),
   * so the caller may date it from the paragraph. A legal step is never so dated: the paragraph's
   * date may be years after ("In 1989 …, who had been indicted").
   */
  earlier: boolean;
  /** The source's own run of words, when the summary resolves what they refer back to. */
  words?: string;
  /** Paragraph offsets of the words only this act holds: their names are no party to the sentence's act. */
  own?: { start: number; end: number };
}

/**
 * Acts a sentence tells beside its own, each an event of its own a reader would list:
 * - a step of a prosecution a relative clause reports of a named person ("…, Ana Ruiz, who had
 *   been indicted in Ostria on charges of smuggling"): the person took no part in it but as its
 *   object, so it has no agent; the clause's instrument ("charges of smuggling") is its authority;
 * - the act an opening "after" clause says came first ("But after the provinces started seizing
 *   boats, the ministry halted …"), when the clause has a subject that is no pronoun and a past
 *   verb of its own, and no date of its own (the sentence's act takes that).
 * The text gives neither a date of its own.
 */
export function backgroundActs(
  s: Sentence,
  own: number | null,
  dates: DateCandidate[],
  actors: Actors,
  instruments: Instruments,
): BackgroundAct[] {
  const layer = layerOf(s);
  const out: BackgroundAct[] = [];
  for (const clause of layer.clauses) {
    // (a clause that holds the sentence's own act is that act)
    if (own !== null && clause.start <= own && own < clause.end) continue;
    const act = legalStep(s, layer, clause, actors, instruments) ?? earlierAct(s, layer, clause, dates, actors);
    if (act) out.push(act);
  }
  const meanwhile = simultaneousAct(s, layer, own, actors);
  return [...out, ...appositionActs(s, layer, own, actors), ...(meanwhile ? [meanwhile] : [])];
}

const AS = set(['as']);
const SPEECH = set(clauseWords.speechVerbs);
const PERSONAL = set(['he', 'she']);
/** What may stand between "as" and its verb: a subject of names, pronouns and titles, no verb or preposition. */
const SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'CCONJ', 'PUNCT']);

/**
 * "… grew under Ana Roe as she and her deputy, Ben Ode, vowed more raids": an act an "as" clause
 * tells at the time of the sentence's, by named doers (a past verb of its own, no negation, modal
 * or passive). Undated, as the text leaves it. A "he"/"she" opening the subject stands, in
 * brackets, for the one person the words before name, and only then (else no event: its doer
 * would be unsure).
 */
function simultaneousAct(s: Sentence, layer: Layer, own: number | null, actors: Actors): BackgroundAct | null {
  const toks = layer.tokens;
  // ("…,” said Ana Roe, as she left the hall": the circumstance of a saying, no act of the story)
  if (own === null || SPEECH.has(toks[own]!.lemma)) return null;
  const at = toks.findIndex((t, i) => i > 0 && AS.has(t.lower) && t.pos === 'SCONJ' && !t.quoted);
  const group = at < 0 ? undefined : layer.verbs.find((v) => v.start > at);
  if (!group || group.tense !== 'past' || group.negated || group.modal || group.passive) return null;
  if (NOT_ACTS.has(group.lemma) || (group.start <= own && own < group.end)) return null;
  const subject = toks.slice(at + 1, group.start);
  if (!subject.length || subject.some((t) => !SUBJECT_TAGS.has(t.pos))) return null;
  const from = toks[at + 1]!.start;
  const end = toks.at(-1)!.pos === 'PUNCT' ? toks.at(-2)!.end : toks.at(-1)!.end;
  // ("her agency's director", "his CIA director": a name before the noun it qualifies is no doer)
  const qualifies = (x: Actors[number]) => toks.find((t) => t.start >= x.m.end)?.pos === 'NOUN';
  const doers = actors.filter((x) => x.m.start >= from && x.m.end <= toks[group.start]!.start && !qualifies(x));
  let headline = capitalised(s.paragraphText.slice(from, end));
  const pronoun = PERSONAL.has(subject[0]!.lower) ? subject[0]! : null;
  const people = [...new Set(actors.filter((x) => x.m.end <= toks[at]!.start && x.actor.kind === 'person'))];
  const before = [...new Set(people.map((x) => x.actor.id))];
  if (pronoun && before.length !== 1) return null;
  if (pronoun) headline = `[${people[0]!.actor.name}]${s.paragraphText.slice(pronoun.end, end)}`;
  const agents = [...new Set([...(pronoun ? [before[0]!] : []), ...doers.map((x) => x.actor.id)])];
  if (!agents.length) return null;
  const here = actors.filter((x) => x.m.start >= from && x.m.end <= end && !qualifies(x)).map((x) => x.actor.id);
  const summary = s.paragraphText.slice(from, end);
  const act = { summary, headline, actors: [...new Set([...agents, ...here])], agents, authorities: [] };
  return { ...act, earlier: false, own: { start: from, end } };
}

/** ", who had been indicted on charges of X" after a person's name. */
function legalStep(
  s: Sentence,
  layer: Layer,
  clause: Clause,
  actors: Actors,
  instruments: Instruments,
): BackgroundAct | null {
  const toks = layer.tokens;
  if (clause.kind !== 'relative' || !RELATIVE_PERSON.has(toks[clause.start]?.lower ?? '')) return null;
  if (toks[clause.start - 1]?.text !== ',') return null;
  const group = verbIn(layer, clause);
  if (!group || !group.passive || group.negated || group.modal || !LEGAL_STEPS.has(group.lemma)) return null;
  if (group.start !== clause.start + 1) return null;
  const comma = toks[clause.start - 1]!;
  const person = actors.find((x) => x.actor.kind === 'person' && x.m.end === comma.start);
  if (!person) return null;
  const end = clauseEnd(layer, clause);
  const inside = (m: { start: number; end: number }) => m.start >= toks[clause.start]!.end && m.end <= end;
  const words = s.paragraphText.slice(toks[clause.start + 1]!.start, end);
  return {
    summary: s.paragraphText.slice(person.m.start, end),
    headline: `${s.paragraphText.slice(person.m.start, person.m.end)} ${words}`,
    actors: [person.actor.id],
    agents: [],
    authorities: [...new Set(instruments.filter((x) => inside(x.m)).map((x) => x.authority.id))],
    earlier: false,
  };
}

/** "After the provinces started seizing boats, …": the clause's act, before the sentence's. */
function earlierAct(
  s: Sentence,
  layer: Layer,
  clause: Clause,
  dates: DateCandidate[],
  actors: Actors,
): BackgroundAct | null {
  const toks = layer.tokens;
  const opener = OPENING.has(toks[0]?.lower ?? '') ? 1 : 0;
  if (clause.kind !== 'subordinate' || clause.start !== opener || !BEFORE.has(toks[clause.start]!.lower)) return null;
  const group = verbIn(layer, clause);
  if (!group || group.tense !== 'past' || group.negated || group.modal || group.passive) return null;
  const subject = toks.slice(clause.start + 1, group.start);
  if (!subject.length || subject.some((t) => t.pos === 'PRON' || t.pos === 'VERB')) return null;
  const from = toks[clause.start + 1]!.start;
  const end = clauseEnd(layer, clause);
  if (dates.some((d) => d.start >= from && d.end <= end)) return null;
  const here = actors.filter((x) => x.m.start >= from && x.m.end <= end);
  const words = s.paragraphText.slice(from, end);
  const agents = here.filter((x) => x.m.end <= toks[group.start]!.start).map((x) => x.actor.id);
  return {
    summary: words,
    headline: capitalised(words),
    actors: [...new Set(here.map((x) => x.actor.id))],
    agents: [...new Set(agents)],
    authorities: [],
    earlier: true,
  };
}

/** The first verb group inside the clause. */
const verbIn = (layer: Layer, clause: Clause): VerbGroup | undefined =>
  layer.verbs.find((v) => v.start >= clause.start && v.end <= clause.end);

/** Where the clause's words end, before a closing comma or full stop. */
function clauseEnd(layer: Layer, clause: Clause): number {
  let last = clause.end - 1;
  while (last > clause.start && layer.tokens[last]!.pos === 'PUNCT') last--;
  return layer.tokens[last]!.end;
}

/** A final apposition that repeats a noun of its sentence: ", an idea …" after "the idea of …". */
interface Apposition {
  /** Token of its noun ("idea"). */
  noun: number;
  /** Token where it ends (before the full stop). */
  end: number;
  /** The words it repeats, from their determiner to the comma ("the idea of bombing labs in Ostria"). */
  antecedent: string;
}

/**
 * "…, an idea his minister at the time, Ana Ruiz, later portrayed as reckless in her memoir, and
 * which provoked outrage from Peruvian officials": acts told in relative clauses of a final
 * apposition that repeats a noun of the sentence, each an event of its own, beside the sentence's
 * act and after it, undated (the text gives them no date):
 * - the act of a named person the clause without "that" makes its subject, its object the noun
 *   ("Ana Ruiz later portrayed [the idea of …] as reckless in her memoir");
 * - a reaction a "which" clause says the noun drew from those it names ("[The idea of …] provoked
 *   outrage from Peruvian officials"; `reactionVerbs`).
 * The phrase the apposition repeats is what the clauses are about, so it stands in brackets.
 */
function appositionActs(s: Sentence, layer: Layer, own: number | null, actors: Actors): BackgroundAct[] {
  const app = finalApposition(layer, s);
  if (!app || (own !== null && own > app.noun)) return [];
  return [namedPersonAct(s, layer, app, actors), reactionAct(s, layer, app, actors)].filter(
    (a): a is BackgroundAct => a !== null,
  );
}

/** The first ", a/an <noun>" of the sentence that repeats the noun of an earlier "the <noun> (of …)". */
function finalApposition(layer: Layer, s: Sentence): Apposition | null {
  const toks = layer.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.text !== ',' || !INDEFINITE.has(toks[i + 1]?.lower ?? '') || toks[i + 2]?.pos !== 'NOUN') continue;
    const earlier = repeated(layer, i, toks[i + 2]!.lemma);
    if (!earlier) continue;
    let end = toks.length;
    while (end > i && toks[end - 1]!.pos === 'PUNCT') end--;
    return { noun: i + 2, end, antecedent: s.paragraphText.slice(toks[earlier]!.start, toks[i - 1]!.end) };
  }
  return null;
}

/**
 * The first token of "the <noun>" before the comma at token i, when all between it and the comma is
 * its "of" complement ("the idea of bombing labs in Ostria"), short and without punctuation.
 */
function repeated(layer: Layer, i: number, lemma: string): number | null {
  const toks = layer.tokens;
  const p = layer.phrases.find(
    (q) => q.end <= i && toks[q.head]!.lemma === lemma && q.determiner?.toLowerCase() === 'the',
  );
  if (!p || i - p.start > MAX_ANTECEDENT) return null;
  const between = toks.slice(p.end, i);
  if (between.length && (toks[p.end]!.lower !== 'of' || between.some((t) => t.pos === 'PUNCT'))) return null;
  return p.start;
}

/** The next comma at or after token k, or the apposition's end. */
function commaFrom(layer: Layer, k: number, end: number): number {
  while (k < end && layer.tokens[k]!.text !== ',') k++;
  return k;
}

/** "an idea his minister at the time, Ana Ruiz, later portrayed as reckless …": the named person's act. */
function namedPersonAct(s: Sentence, layer: Layer, app: Apposition, actors: Actors): BackgroundAct | null {
  const toks = layer.tokens;
  const g = layer.verbs.find((v) => v.start > app.noun && v.start < app.end);
  if (!g || g.tense !== 'past' || g.negated || g.modal || g.passive || NOT_ACTS.has(g.lemma)) return null;
  if (OBJECT_START.has(toks[g.end]?.pos ?? 'X') || toks[g.end]?.lower === 'that') return null;
  let from = g.start;
  while (toks[from - 1]?.pos === 'ADV') from--;
  const subject = toks.slice(app.noun + 1, from);
  if (!subject.length || subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || RELATIVES.has(t.lower)))
    return null;
  const [a, b] = [toks[app.noun + 1]!.start, toks[from - 1]!.end];
  const person = actors.filter((x) => x.actor.kind === 'person' && x.m.start >= a && x.m.end <= b).at(-1);
  if (!person) return null;
  const last = commaFrom(layer, g.end, app.end);
  const text = (x: number, y: number) => s.paragraphText.slice(toks[x]!.start, toks[y - 1]!.end);
  const rest = last > g.end ? ` ${text(g.end, last)}` : '';
  const name = s.paragraphText.slice(person.m.start, person.m.end);
  const title = `${name} ${text(from, g.end)} [${app.antecedent}]${rest}`;
  const words = text(app.noun - 1, last);
  return {
    summary: title,
    headline: title,
    words,
    actors: [person.actor.id],
    agents: [person.actor.id],
    authorities: [],
    earlier: false,
    own: { start: a, end: toks[last - 1]!.end },
  };
}

/** "…, and which provoked outrage from Peruvian officials": the reaction the noun drew, from those named. */
function reactionAct(s: Sentence, layer: Layer, app: Apposition, actors: Actors): BackgroundAct | null {
  const toks = layer.tokens;
  // right after the noun (", an idea which …") or coordinated with the clause before (", and which …")
  const opens = (k: number) =>
    k === app.noun + 1 || (toks[k - 1]?.lower === 'and' && toks[k - 2]?.text === ',' && k - 2 > app.noun);
  const j = toks.findIndex((t, k) => k > app.noun && k < app.end && RELATIVE_THING.has(t.lower) && opens(k));
  const before = layer.verbs.filter((v) => v.start > app.noun && v.start < j);
  if (before.length > 1) return null;
  const g = layer.verbs.find((v) => v.start === j + 1);
  if (j < 0 || !g || g.tense !== 'past' || g.negated || g.modal || g.passive || !REACTIONS.has(g.lemma)) return null;
  const last = commaFrom(layer, g.end, app.end);
  const [a, b] = [toks[j]!.start, toks[last - 1]!.end];
  const here = actors.filter((x) => x.m.start >= a && x.m.end <= b);
  if (!here.length) return null;
  const told = s.paragraphText.slice(toks[g.start]!.start, b);
  const title = `[${capitalised(app.antecedent)}] ${told}`;
  return {
    summary: title,
    headline: title,
    words: s.paragraphText.slice(a, b),
    actors: [...new Set(here.map((x) => x.actor.id))],
    agents: [],
    authorities: [],
    earlier: false,
    own: { start: a, end: b },
  };
}
