import { z } from 'zod';
import type { Actor } from '../../schemas/index.ts';
import peopleFile from './people.json' with { type: 'json' };

/**
 * The gazetteer: names of the subject as editorial data, apart from the rules. Each entry has
 * its canonical name, the forms texts write it in, and a public page that gives what the texts
 * may not (the full name), with the day it was checked.
 */
const person = z.object({
  name: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  source: z.url(),
  checked: z.iso.date(),
});
export type KnownPerson = z.infer<typeof person>;

const file = z.object({ _comment: z.string().optional(), people: z.array(person) });

/** The entries, validated once (a broken entry stops the build with its position). */
export const knownPeople: readonly KnownPerson[] = (() => {
  const parsed = file.safeParse(peopleFile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`src/ingest/gazetteer/people.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.people;
})();

const byName = new Map(knownPeople.map((p) => [p.name, p]));

/**
 * The actor with its full name marked editorial when the name is the gazetteer's and no mention
 * writes it (the texts say "Ruiz"; the page says "Alma Ruiz" and cites where that comes from).
 * Idempotent: a record whose mentions write the name loses the mark.
 */
export function markEditorialName(actor: Actor): Actor {
  const entry = actor.kind === 'person' ? byName.get(actor.name) : undefined;
  const written = !entry || actor.mentions.some((m) => m.text.includes(actor.name) || m.quote.includes(actor.name));
  const { editorial: before, ...base } = actor;
  const { fullNameSource: _old, ...rest } = before ?? {};
  const editorial = written ? rest : { ...rest, fullNameSource: entry.source };
  return Object.keys(editorial).length ? { ...base, editorial } : base;
}
