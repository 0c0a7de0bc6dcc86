import { mainAction } from './events.ts';
import { agentOffsets } from './event-agents.ts';
import { layerOf, type Token } from './linguistics.ts';
import type { ActorCandidate, ActorMentions, Sentence } from './types.ts';

/** Words that make what a noun phrase names more of a kind already told ("additional raids"). */
const MORE = new Set(['additional', 'more', 'further']);

/**
 * "… the Sept. 2 naval raid on a trawler. Since then, the navy has carried out 13 additional
 * raids …": a happening told as known that no earlier mention gives a doer was done by the
 * subject of the next sentence's act, when that act is done to more of its kind ("additional",
 * "more", "further" and a noun `same` accepts): the one who did more did the first.
 */
export function doersOfMore(
  own: Sentence,
  same: (head: Token) => boolean,
  sentences: Sentence[],
  actorMentions: ActorMentions,
): string[] {
  const s = sentences[own.index + 1];
  const action = s && s.paragraphIndex - own.paragraphIndex <= 1 ? mainAction(s) : null;
  if (!s || !action) return [];
  const { tokens, phrases } = layerOf(s);
  const more = phrases.some(
    (p) =>
      p.start > action.token && same(tokens[p.head]!) && tokens.slice(p.start, p.head).some((t) => MORE.has(t.lower)),
  );
  if (!more) return [];
  const spans = agentOffsets(s, action.token);
  const within = (x: { m: ActorCandidate }) => spans.some((p) => p.start <= x.m.start && x.m.end <= p.end);
  return [...new Set((actorMentions.get(s.index) ?? []).filter(within).map((x) => x.actor.id))];
}
