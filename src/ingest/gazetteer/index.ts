import { z } from 'zod';
import type { Actor } from '../../schemas/index.ts';
import peopleFile from './people.json' with { type: 'json' };
import bodiesFile from './bodies.json' with { type: 'json' };
import instrumentsFile from './instruments.json' with { type: 'json' };
import statesFile from '../lexicons/states.json' with { type: 'json' };
import { authorityKind, type Authority } from '../../schemas/index.ts';

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

const instrument = z.object({
  name: z.string().min(1),
  kind: authorityKind,
  forms: z.array(z.string().min(1)).min(1),
  year: z.number().int().min(1700).max(2100),
  citation: z.string().min(1),
  url: z.url(),
  checked: z.iso.date(),
  /** The official page the citation was checked against. */
  checkedAgainst: z.string().min(1),
});
export type KnownInstrument = z.infer<typeof instrument>;

/** A gazetteer file's entries, validated once: a broken entry stops the build, naming it. */
function load<T extends z.ZodType>(name: string, key: string, entry: T, data: unknown): z.infer<T>[] {
  const parsed = z.object({ _comment: z.string().optional(), [key]: z.array(entry) }).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`src/ingest/gazetteer/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data[key] as z.infer<T>[];
}

export const knownPeople: readonly KnownPerson[] = load('people.json', 'people', person, peopleFile);

/** A body: its official name, and the site that gives it where texts write another form. */
const body = z.object({
  name: z.string().min(1),
  kind: z.string(),
  forms: z.array(z.string().min(1)).min(1),
  source: z.url().optional(),
});
const knownBodies = load('bodies.json', 'bodies', body, bodiesFile);
export const knownInstruments: readonly KnownInstrument[] = load(
  'instruments.json',
  'instruments',
  instrument,
  instrumentsFile,
);

/** How forms are compared: case, a leading "the" and runs of spaces do not count. */
const formKey = (s: string) => {
  const words = s.toLowerCase().split(' ').filter(Boolean);
  return (words[0] === 'the' ? words.slice(1) : words).join(' ');
};
const instrumentByForm = new Map(
  knownInstruments.flatMap((e) => [e.name, ...e.forms].map((f) => [formKey(f), e] as const)),
);

/** Who made a treaty, written before its name ("United Nations Convention on …"): no part of the form. */
const MAKERS = ['united nations ', 'u.n. ', 'un '];
/** The known instrument a name or a form written in a text names, if any. */
export function instrumentFor(written: string): KnownInstrument | undefined {
  const key = formKey(written);
  const maker = MAKERS.find((m) => key.startsWith(m));
  return instrumentByForm.get(key) ?? (maker ? instrumentByForm.get(key.slice(maker.length)) : undefined);
}

/**
 * An authority that names a known instrument gets its official citation and link as editorial
 * (the overlay's own note, when there is one, wins), and its year when no source gives one.
 */
export function addInstrumentEditorial(authority: Authority): Authority {
  const entry = [authority.name, ...authority.aliases].map(instrumentFor).find(Boolean);
  if (!entry) return authority;
  const editorial = {
    citation: entry.citation,
    url: entry.url,
    ...(authority.year === null ? { year: entry.year } : {}),
    ...authority.editorial,
  };
  return { ...authority, editorial };
}

const byName = new Map(knownPeople.map((p) => [p.name, p]));
// (a body with no source is left unmarked: there is no page to cite for its name)
const bodiesByName = new Map(knownBodies.filter((b) => b.source).map((b) => [b.name, b as { source: string }]));

/** Each state's adjectives ("Colombian"): a state the sources name only so has no name of theirs. */
const adjectivesOf = new Map(statesFile.states.map((st) => [st.name, new Set(st.adjectives)]));
/** How the reason below starts, so that a later run can tell it from an editor's own. */
const ONLY_ADJECTIVE = 'the sources write only ';

/**
 * The actor with its full name marked editorial when the name is the gazetteer's and no mention
 * writes it (the texts say "Ruiz"; the page says "Alma Ruiz" and cites where that comes from),
 * and a state's name when the sources write only its adjective ("Colombian"). Idempotent: a
 * record whose mentions write the name loses the mark.
 */
export function markEditorialName(actor: Actor): Actor {
  const entry = actor.kind === 'person' ? byName.get(actor.name) : bodiesByName.get(actor.name);
  const written = !entry || actor.mentions.some((m) => m.text.includes(actor.name) || m.quote.includes(actor.name));
  const { editorial: before, ...base } = actor;
  const { fullNameSource: _old, ...rest } = before ?? {};
  const editorial: NonNullable<Actor['editorial']> = written ? rest : { ...rest, fullNameSource: entry.source };
  if (editorial.nameReason?.startsWith(ONLY_ADJECTIVE)) delete editorial.nameReason;
  const adjectives = actor.kind === 'state' ? adjectivesOf.get(actor.name) : undefined;
  const texts = [...new Set(actor.mentions.map((m) => m.text))];
  if (adjectives && texts.length && texts.every((t) => adjectives.has(t)) && !editorial.nameReason)
    editorial.nameReason = `${ONLY_ADJECTIVE}${texts.map((t) => `“${t}”`).join(', ')}, the adjective.`;
  return Object.keys(editorial).length ? { ...base, editorial } : base;
}
