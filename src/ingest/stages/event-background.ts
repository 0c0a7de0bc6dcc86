import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
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
  return out;
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
