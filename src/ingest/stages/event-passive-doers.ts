import { mainAction } from './events.ts';
import { agentOffsets, verbGroupAt } from './event-agents.ts';
import { layerOf, type Layer, type VerbGroup } from './linguistics.ts';
import type { ActorCandidate, ActorMentions, Sentence } from './types.ts';

/**
 * The verb whose subject did the act: the act's own, or, for a passive that names no doer ("The
 * order was dealt a blow on Monday, after a judge agreed to halt it"), the verb of the
 * subordinate clause right after the act's clause, which tells who did it.
 */
export function doersVerb(own: Sentence): number | null {
  const action = mainAction(own);
  if (!action) return null;
  const layer = layerOf(own);
  const g = verbGroupAt(layer, action.token);
  const by = layer.tokens.slice(g?.end, action.clause.end).some((t) => t.lower === 'by');
  if (!g || !passiveForm(layer, g) || by) return action.token;
  const next = layer.clauses.find((c) => c.start === action.clause.end && c.kind === 'subordinate');
  const verb = next && layer.verbs.find((v) => v.main >= next.start && v.main < next.end);
  return verb ? verb.main : action.token;
}

/**
 * "was dealt a blow", "were sent home": "be" and a verb not in -ing is a passive, whatever the
 * participle's ending (the layer reads a passive from regular ones: "-ed", "-en").
 */
const passiveForm = (layer: Layer, g: VerbGroup) =>
  g.passive ||
  (g.main > g.start &&
    layer.tokens.slice(g.start, g.main).some((t) => t.lemma === 'be') &&
    !layer.tokens[g.main]!.lower.endsWith('ing'));

/** Those named as the subject of the clause that tells who did an act told in the passive (`doersVerb`). */
export function passiveDoers(own: Sentence, actorMentions: ActorMentions): string[] {
  const action = mainAction(own);
  const verb = doersVerb(own);
  if (!action || verb === null || verb === action.token) return [];
  const spans = agentOffsets(own, verb);
  const within = (x: { m: ActorCandidate }) => spans.some((p) => p.start <= x.m.start && x.m.end <= p.end);
  return (actorMentions.get(own.index) ?? []).filter(within).map((x) => x.actor.id);
}
