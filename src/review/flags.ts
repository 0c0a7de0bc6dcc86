/**
 * What the extraction rules were least sure of, read from the built records (content/), never
 * from the articles' text: each flag names its kind and says why, for the review sheet
 * (`npm run review`). Each check is a small pure function over one record.
 */
import hedgeWords from './hedges.json' with { type: 'json' };
import type { Actor, Authority, Event, Mention } from '../schemas/index.ts';

export const flagKinds = [
  'date-inferred',
  'date-approximate',
  'undated',
  'hedged-act',
  'no-agent',
  'party-not-named',
  'role-description',
  'role-composed',
  'alias-coordination',
  'surname-only',
  'single-mention',
  'one-word-alias',
  'no-year',
] as const;
export type FlagKind = (typeof flagKinds)[number];
export interface Flag {
  kind: FlagKind;
  reason: string;
}

const q = (s: string) => `“${s}”`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sameSentence = (m: { source?: string | undefined; paragraph: string; quote: string }, e: { source?: string | undefined; paragraph: string; quote: string }) =>
  m.source === e.source && m.paragraph === e.paragraph && m.quote === e.quote;

/** A date the text does not give in the sentence, or gives only roughly. */
export function dateFlags(e: Pick<Event, 'date' | 'reported'>): Flag[] {
  const d = e.date;
  if (!d) return e.reported ? [] : [{ kind: 'undated', reason: 'no date at all: the sentence gives none and it is not the article’s lead' }];
  if (d.editorial) return [];
  const out: Flag[] = [];
  if (d.fromContext) out.push({ kind: 'date-inferred', reason: `the sentence gives no date; taken from its paragraph (${q(d.expression)})` });
  else if (d.inferred) out.push({ kind: 'date-inferred', reason: `no words of the sentence date it; taken from the event ${q(d.expression)} points to` });
  if (d.approximate) out.push({ kind: 'date-approximate', reason: `the words place it only roughly (${q(d.expression)})` });
  return out;
}

const HEDGES = [...hedgeWords.modals, ...hedgeWords.hedges].sort((a, b) => b.length - a.length);
const HEDGE = new RegExp(String.raw`(?<![\p{L}’'-])(${HEDGES.map((w) => w.split(' ').map(escapeRe).join(String.raw`\s+`)).join('|')})(?![\p{L}’'-])`, 'iu');

/**
 * An act the headline (which keeps the verb with its modality) says may not have happened: a
 * modal or hedge word from `hedges.json` outside a quotation.
 */
export function hedgeFlags(e: Pick<Event, 'headline'>): Flag[] {
  const outside = e.headline.replace(/“[^”]*”|"[^"]*"/gu, (m) => ' '.repeat(m.length));
  const m = HEDGE.exec(outside);
  return m ? [{ kind: 'hedged-act', reason: `the act may be modal or hedged (${q(m[1]!)}): check that it happened` }] : [];
}

/** Who acts is unknown: the event has actors, but none in the act's subject. */
export function agentFlags(e: Pick<Event, 'actors' | 'agents'>): Flag[] {
  return e.actors.length > 0 && e.agents.length === 0 ? [{ kind: 'no-agent', reason: 'none of its actors is the one who acts (no name in the act’s subject)' }] : [];
}

/** Words that only refer back ("the group", "his", "they"), no name. */
const REFERRING = /^(?:[a-z]|(?:The|This|That|These|Those|Its|His|Her|Their|Both)\s+[a-z])/u;

/**
 * A party linked to the event through nothing but words that refer back ("the cartel"), or
 * through no words of its sentence at all (its link comes from elsewhere).
 */
export function partyFlags(e: Pick<Event, 'actors' | 'source' | 'paragraph' | 'quote' | 'editorial'>, actors: Map<string, Pick<Actor, 'id' | 'name' | 'aliases' | 'mentions'>>): Flag[] {
  const out: Flag[] = [];
  const added = new Set(e.editorial?.actors?.map((x) => x.id));
  for (const id of e.actors) {
    const a = actors.get(id);
    if (!a || added.has(id)) continue;
    const names = new Set([a.name, ...a.aliases].map((n) => n.toLowerCase()));
    const here = a.mentions.filter((m) => sameSentence(m, e));
    if (here.length === 0) out.push({ kind: 'party-not-named', reason: `${a.name} is linked, but no mention of it is in the event’s sentence` });
    else if (here.every((m) => REFERRING.test(m.text) && !names.has(m.text.toLowerCase()))) out.push({ kind: 'party-not-named', reason: `${a.name} is linked only through ${here.map((m) => q(m.text)).join(', ')}, words that refer back` });
  }
  return out;
}

/**
 * Roles that rest on someone's description ("described as …") or on words the rules put
 * together (not in the sentence as written: "former …", "President of …").
 */
export function roleFlags(a: Pick<Actor, 'roles'>): Flag[] {
  const out: Flag[] = [];
  for (const role of [...new Set(a.roles.map((r) => r.role))]) {
    const cited = a.roles.filter((r) => r.role === role);
    if (/^described as\b/u.test(role)) out.push({ kind: 'role-description', reason: `${q(role)} is how someone describes the person, not an office` });
    else if (!cited.some((r) => r.quote.toLowerCase().includes(role.toLowerCase())))
      out.push({ kind: 'role-composed', reason: `${q(role)} is not in its sentence as written: the rules composed it` });
  }
  return out;
}

// "X, or Y", "X or Y", "X and Y": the other name comes right after a word and a coordinating
// one ("And the Navy …" opening a sentence joins no two names).
const COORDINATION = /[\p{L}\p{N}.)’']\s*,?\s+(?:or|and)\s+(?:the\s+)?$/iu;

/** Other names found only right after "or"/"and" ("the Cartel of the Suns, or Suns"): a coordination may join two. */
export function aliasFlags(a: Pick<Actor, 'aliases' | 'mentions'> | Pick<Authority, 'aliases' | 'mentions'>): Flag[] {
  const out: Flag[] = [];
  for (const alias of a.aliases) {
    const at = (a.mentions as Mention[]).filter((m) => m.text === alias).map((m) => m.quote.slice(0, Math.max(0, m.quote.indexOf(alias))));
    if (at.length > 0 && at.every((before) => COORDINATION.test(before)))
      out.push({ kind: 'alias-coordination', reason: `the other name ${q(alias)} comes after “or”/“and”: check that it is the same, not a second one` });
  }
  return out;
}

/** A person named by one word only: a surname the rules could not tie to a full name. */
export function nameFlags(a: Pick<Actor, 'name' | 'kind'>): Flag[] {
  return a.kind === 'person' && !/\s/u.test(a.name.trim()) ? [{ kind: 'surname-only', reason: `named only as ${q(a.name)}: a surname (or a first name) alone` }] : [];
}

/** A party to events that one mention in all the sources stands for. */
export function mentionFlags(r: Pick<Actor, 'id' | 'mentions'>, events: Pick<Event, 'actors'>[]): Flag[] {
  if (r.mentions.length !== 1) return [];
  const n = events.filter((e) => e.actors.includes(r.id)).length;
  if (n === 0) return [];
  return [{ kind: 'single-mention', reason: `a party to ${n} event${n === 1 ? '' : 's'} through one mention in all the sources (${q(r.mentions[0]!.text)})` }];
}

/** An authority's other name of one word ("directive"): it may match other instruments too. */
export function oneWordAliasFlags(a: Pick<Authority, 'aliases'>): Flag[] {
  return a.aliases.filter((x) => !/\s/u.test(x.trim())).map((x) => ({ kind: 'one-word-alias' as const, reason: `the other name ${q(x)} is one word: it may name other instruments too` }));
}

/** An authority the text gives no year for. */
export function yearFlags(a: Pick<Authority, 'year'>): Flag[] {
  return a.year === null ? [{ kind: 'no-year', reason: 'no year: the text gives none (the overlay’s year can give it)' }] : [];
}

/** Every flag of an event. */
export function eventFlags(e: Event, actors: Map<string, Actor>): Flag[] {
  return [...dateFlags(e), ...hedgeFlags(e), ...agentFlags(e), ...partyFlags(e, actors)];
}

/** Every flag of an actor. */
export function actorFlags(a: Actor, events: Event[]): Flag[] {
  return [...nameFlags(a), ...roleFlags(a), ...aliasFlags(a), ...mentionFlags(a, events)];
}

/** Every flag of an authority. */
export function authorityFlags(a: Authority): Flag[] {
  return [...yearFlags(a), ...oneWordAliasFlags(a), ...aliasFlags(a)];
}
