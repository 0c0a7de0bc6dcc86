import type { Actor } from '../schemas/index.ts';

type Placed = { source?: string | undefined; paragraph: string; quote: string };
const key = (p: { source?: string | undefined; paragraph: string }) => `${p.source}|${p.paragraph}`;
const indexes = new WeakMap<Actor[], Map<string, { words: string; actor: Actor }[]>>();

/**
 * Who said the words a passage is, when the passage does not say it: a sentence that is all
 * quotation ("“The port is closed.”"), its speaker named elsewhere by the source. Found among the
 * actors' statements of the same paragraph whose words the passage holds; none when the passage
 * names the speaker itself.
 */
export function speakerOf(passage: Placed, actors: Actor[]): Actor | undefined {
  let index = indexes.get(actors);
  if (!index) {
    index = new Map();
    for (const actor of actors)
      for (const s of actor.statements) index.set(key(s), [...(index.get(key(s)) ?? []), { words: s.quote, actor }]);
    indexes.set(actors, index);
  }
  const said = (index.get(key(passage)) ?? []).filter((s) => passage.quote.includes(s.words));
  const speakers = [...new Set(said.map((s) => s.actor))];
  if (speakers.length !== 1) return undefined;
  const [actor] = speakers as [Actor];
  const names = [actor.name, ...actor.aliases].flatMap((n) => [n, n.split(' ').at(-1)!]);
  return names.some((n) => passage.quote.includes(n)) ? undefined : actor;
}
