import { mainAction, type EventCandidate } from './events.ts';
import { agentSpans, verbGroupAt } from './event-agents.ts';
import { layerOf } from './linguistics.ts';
import type { ActorCandidate, ActorMentions, ResolvedActor, Sentence } from './types.ts';

/** Verbs by which one goes along with another in what they do. */
const JOINING = new Set(['join', 'accompany']);

/**
 * "Adm. Ana Roe briefed the Senate on Thursday. … Roe was joined at the hearing by Gen. Ben Ode":
 * who joins (or accompanies) someone taking part in an act, in a sentence after it, within
 * `ahead` paragraphs and before the next dated act, takes part too; nobody else that sentence
 * names does (what it goes on to say of the occasion is not the act).
 */
export function joiners(
  e: EventCandidate,
  sentences: Sentence[],
  dated: Set<number>,
  actorMentions: ActorMentions,
  ahead: number,
): string[] {
  const own = e.sentence;
  const out: string[] = [];
  for (const s of sentences.slice(own.index + 1)) {
    if (s.paragraphIndex - own.paragraphIndex > ahead || dated.has(s.index)) break;
    out.push(...joinerOf(s, e.actors, actorMentions.get(s.index) ?? []));
  }
  return out;
}

/** "Roe was joined by Ode", "Ode joined Roe": Ode, when Roe is one of `taking`. */
function joinerOf(s: Sentence, taking: string[], mentions: { actor: ResolvedActor; m: ActorCandidate }[]): string[] {
  const action = mainAction(s);
  const layer = layerOf(s);
  const g = action && verbGroupAt(layer, action.token);
  if (!action || !g || !JOINING.has(g.lemma)) return [];
  const toks = layer.tokens;
  const within = (spans: { start: number; end: number }[]) =>
    mentions.filter((x) => spans.some((p) => toks[p.start]!.start <= x.m.start && x.m.end <= toks[p.end - 1]!.end));
  // ("was joined at the hearing by Gen. Ode": the "by" phrase may come after a place or time)
  const by = toks.findIndex((t, i) => i >= g.end && i < action.clause.end && t.lower === 'by');
  const byPhrase = layer.phrases.filter((p) => by >= 0 && p.start === by + 1);
  const agents = within(g.passive ? byPhrase : agentSpans(s, action.token));
  // the one joined: the subject of a passive, the phrase right after an active verb
  const object = layer.phrases.find((p) => p.start === g.end || p.start === g.end + 1);
  const joined = g.passive
    ? mentions.filter((x) => x.m.end <= toks[g.start]!.start)
    : within(object ? [object] : []);
  if (!joined.some((x) => taking.includes(x.actor.id))) return [];
  return agents.map((x) => x.actor.id).filter((id) => !taking.includes(id));
}
