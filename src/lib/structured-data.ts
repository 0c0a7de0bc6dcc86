import type { Actor, Authority, Event } from '../schemas/index.ts';
import { publicUrl, recordPath } from './urls.ts';
import { machineDate } from './event-dates.ts';

const GOVERNMENT = /\b(department|office|congress|senate|house|agency|administration|ministry|pentagon|military|army|navy|air force|marines|coast guard|national guard|cia|fbi|dea|drug enforcement|treasury|white house|general assembly|government|court|commission|council)\b/i;

// @id and url are site-relative when SITE is unset: JSON-LD resolves them against the page.
const url = publicUrl;

/** schema.org type for an actor: Person, Country, GovernmentOrganization or Organization. */
export function actorSchemaType(a: Pick<Actor, 'kind' | 'name' | 'aliases'>): string {
  if (a.kind === 'person') return 'Person';
  if (a.kind === 'state') return 'Country';
  if (a.kind === 'organization' && [a.name, ...a.aliases].some((n) => GOVERNMENT.test(n))) return 'GovernmentOrganization';
  return 'Organization';
}

const offices = (a: Actor) => [...new Set(a.roles.map((r) => r.role).filter((r) => !/^described as\b/u.test(r)))];

export function actorJsonLd(a: Actor, site: URL | undefined, base: string) {
  return {
    '@type': actorSchemaType(a),
    '@id': url(site, base, recordPath('actors', a.id)),
    name: a.name,
    url: url(site, base, recordPath('actors', a.id)),
    ...(a.aliases.length ? { alternateName: a.aliases } : {}),
    // Offices only: another's characterisation ("described as …") is not a job title.
    ...(a.kind === 'person' && offices(a).length ? { jobTitle: offices(a) } : {}),
  };
}

/**
 * Kinds that are legal acts (schema.org Legislation: "an act, decree, bill, etc."). A charge, a
 * legal opinion, a claim of constitutional power or a body of international law is none: a plain
 * work, with no legislation fields.
 */
const LEGISLATION = new Set<Authority['kind']>(['statute', 'executive-order', 'directive', 'designation', 'authorization']);

export function authorityJsonLd(a: Authority, site: URL | undefined, base: string) {
  if (!LEGISLATION.has(a.kind))
    return { '@type': 'CreativeWork', '@id': url(site, base, recordPath('authorities', a.id)), name: a.name };
  return {
    '@type': 'Legislation',
    '@id': url(site, base, recordPath('authorities', a.id)),
    name: a.name,
    url: url(site, base, recordPath('authorities', a.id)),
    ...(a.aliases.length ? { alternateName: a.aliases } : {}),
    ...(a.year ? { legislationDate: String(a.year) } : {}),
    ...(a.editorial?.citation ? { legislationIdentifier: a.editorial.citation } : {}),
    // (the link of an act made under a law is that law's: the act is not the same thing as it)
    ...(a.editorial?.url && !a.editorial.madeUnder ? { sameAs: a.editorial.url } : {}),
  };
}

// No eventStatus: the events are reported ones, mostly past; "EventScheduled" would be false.
export function eventJsonLd(e: Event, names: Map<string, string>, site: URL | undefined, base: string) {
  const ref = (id: string) => ({ '@id': url(site, base, recordPath('actors', id)), name: names.get(id) ?? id });
  const agents = e.actors.filter((id) => e.agents.includes(id));
  const others = e.actors.filter((id) => !e.agents.includes(id));
  return {
    '@type': 'Event',
    '@id': url(site, base, recordPath('events', e.id)),
    name: e.headline,
    url: url(site, base, recordPath('events', e.id)),
    ...(e.date && machineDate(e.date) ? { startDate: machineDate(e.date) } : {}),
    // Only those who act perform it; an actor it is done to (a cartel designated) is what it is about.
    ...(agents.length ? { performer: agents.map(ref) } : {}),
    ...(others.length ? { about: others.map(ref) } : {}),
  };
}
