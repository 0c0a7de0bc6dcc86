import legislators from '../lexicons/legislators.json' with { type: 'json' };
import { mainAction, type EventCandidate } from './events.ts';
import { verbGroupAt } from './event-agents.ts';
import { layerOf } from './linguistics.ts';
import type { ActorMentions } from './types.ts';

/** A name before the members places them ("Ostrian lawmakers"): another legislature's. */
const OWN_POS = new Set(['PROPN']);

/**
 * "Adm. Ana Roe told lawmakers on Thursday …", "Gen. Ben Ode wrote to senators on Friday …": an
 * act addressed to the unnamed members of a legislature (the noun phrase right after its verb, or
 * after a "to" there) involves that legislature, when the sentence names it
 * ("… told lawmakers on Thursday, as Congress weighs …": those members are its own;
 * `lexicons/legislators.json`). Not members a proper name places ("Ostrian lawmakers"), and not
 * those who act ("Lawmakers voted …"): only the act's addressee.
 */
export function legislatureAddressed(e: EventCandidate, actorMentions: ActorMentions): string[] {
  const s = e.sentence;
  const action = mainAction(s);
  const layer = layerOf(s);
  const g = action && verbGroupAt(layer, action.token);
  if (!g || e.words !== undefined) return [];
  const at = layer.tokens[g.end]?.lower === 'to' ? g.end + 1 : g.end;
  const phrase = layer.phrases.find((p) => p.start === at);
  if (!phrase) return [];
  const words = layer.tokens.slice(phrase.start, phrase.end);
  const body = legislators.legislatures.find((l) =>
    words.some((t, i) => l.members.includes(t.lower) && !OWN_POS.has(words[i - 1]?.pos ?? '')),
  );
  if (!body) return [];
  const named = (actorMentions.get(s.index) ?? []).find((x) => x.actor.name === body.name);
  return named ? [named.actor.id] : [];
}
