import { boundOf } from '../../lib/event-dates.ts';
import { InputError } from '../errors.ts';
import type { Actor, Authority, Event, EventDate, Overlay, Source } from '../../schemas/index.ts';

interface Records {
  sources: Source[];
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
}

const quoted = (list: string[]) => (list.length ? list.map((x) => `"${x}"`).join(', ') : 'none');

type Fail = (at: string, problem: string) => never;

/** Drops the other names an entry names; naming one the record does not have is an error. */
function dropAliases<R extends { id: string; aliases: string[] }>(
  rec: R,
  list: { alias: string }[],
  at: string,
  noun: string,
  fail: Fail,
) {
  for (const [j, d] of list.entries())
    if (!rec.aliases.includes(d.alias))
      fail(
        `${at}.dropAliases.${j}`,
        `${noun} "${rec.id}" has no other name "${d.alias}" (its other names: ${quoted(rec.aliases)})`,
      );
  const gone = new Set(list.map((d) => d.alias));
  rec.aliases = rec.aliases.filter((x) => !gone.has(x));
}

/** The record an entry names, by the id the site shows. */
const target = <R extends { id: string }>(list: R[], id: string, at: string, noun: string, fail: Fail): R =>
  list.find((r) => r.id === id) ??
  fail(
    at,
    `no ${noun} "${id}" is on the site after the merge ` +
      '(it was merged into another record: correct that one, by its id)',
  );

/** Actors lose the roles and other names the overlay drops; authorities, the other names. */
function correctNames(actors: Actor[], authorities: Authority[], overlay: Overlay, fail: Fail) {
  for (const [i, p] of overlay.actors.entries()) {
    if (!p.dropRoles.length && !p.dropAliases.length) continue;
    const a = target(actors, p.id, `actors.${i}`, 'actor', fail);
    const roles = [...new Set(a.roles.map((r) => r.role))];
    for (const [j, d] of p.dropRoles.entries())
      if (!roles.includes(d.role))
        fail(`actors.${i}.dropRoles.${j}`, `actor "${a.id}" has no role "${d.role}" (its roles: ${quoted(roles)})`);
    const gone = new Set(p.dropRoles.map((d) => d.role));
    a.roles = a.roles.filter((r) => !gone.has(r.role));
    dropAliases(a, p.dropAliases, `actors.${i}`, 'actor', fail);
  }
  for (const [i, p] of overlay.authorities.entries())
    if (p.dropAliases.length)
      dropAliases(
        target(authorities, p.id, `authorities.${i}`, 'authority', fail),
        p.dropAliases,
        `authorities.${i}`,
        'authority',
        fail,
      );
}

/**
 * A former id leads to the record's page: the record must be on the site, and no record may
 * have that id still (one address, one page).
 */
function checkFormerIds(
  records: { id: string }[],
  patches: { id: string; formerIds: string[] }[],
  collection: 'actors' | 'authorities' | 'events',
  fail: Fail,
) {
  const ids = new Set(records.map((r) => r.id));
  for (const [i, p] of patches.entries()) {
    if (!p.formerIds.length) continue;
    const kind = ({ actors: 'actor', authorities: 'authority', events: 'event' } as const)[collection];
    target(records, p.id, `${collection}.${i}`, kind, fail);
    for (const [j, old] of p.formerIds.entries())
      if (ids.has(old)) fail(`${collection}.${i}.formerIds.${j}`, `"${old}" is still the id of a record on the site`);
  }
}

type EventPatch = Overlay['events'][number];

/** One event with the editors' date, headline and actors, each marked editorial with its reason. */
function correctEvent(found: Event, p: EventPatch, at: string, actorIds: Set<string>, fail: Fail): Event {
  const e: Event = { ...found };
  const editorial: NonNullable<Event['editorial']> = { ...e.editorial };
  if (p.date) {
    const { value, until, words, reason } = p.date;
    e.date = {
      value,
      // (the overlay's dates are YYYY, YYYY-MM or YYYY-MM-DD: the precision their form gives)
      precision: boundOf(value).precision,
      approximate: false,
      expression: words ?? e.date?.expression ?? value,
      ...(until ? { until } : {}),
      editorial: reason,
      ...(words ? { wordsOfSource: true as const } : {}),
    };
  }
  if (p.headline) {
    e.headline = p.headline.text;
    editorial.headline = p.headline.reason;
  }
  for (const [j, d] of p.dropActors.entries())
    if (!e.actors.includes(d.id))
      fail(`${at}.dropActors.${j}`, `"${d.id}" is not one of the event's actors (its actors: ${quoted(e.actors)})`);
  const gone = new Set(p.dropActors.map((d) => d.id));
  e.actors = e.actors.filter((a) => !gone.has(a));
  e.agents = e.agents.filter((a) => !gone.has(a));
  for (const [j, d] of p.addActors.entries()) {
    if (!actorIds.has(d.id)) fail(`${at}.addActors.${j}`, `no actor "${d.id}" is on the site (fix the id)`);
    if (e.actors.includes(d.id)) fail(`${at}.addActors.${j}`, `"${d.id}" is already one of the event's actors`);
    e.actors = [...e.actors, d.id];
    if (d.agent) e.agents = [...e.agents, d.id];
    editorial.actors = [...(editorial.actors ?? []), { id: d.id, reason: d.reason }];
  }
  if (Object.keys(editorial).length) e.editorial = editorial;
  if (p.formerIds.length) e.formerIds = p.formerIds;
  return e;
}

/** The events after the overlay's drops and fixes, and which entry dropped or re-dated which event. */
function correctEvents(corpus: Records, overlay: Overlay, fail: Fail) {
  const actorIds = new Set(corpus.actors.map((a) => a.id));
  const events = new Map(corpus.events.map((e) => [e.id, e]));
  const dropped = new Map<string, number>();
  const redated = new Map<string, number>();
  for (const [i, p] of overlay.events.entries()) {
    const at = `events.${i}`;
    const found =
      events.get(p.id) ??
      fail(
        at,
        `no event "${p.id}" is on the site ` +
          "(its id is the last part of its page's address, /events/<id>/; fix the id or remove the entry)",
      );
    if (p.drop) {
      dropped.set(p.id, i);
      events.delete(p.id);
      continue;
    }
    if (p.date) redated.set(p.id, i);
    events.set(p.id, correctEvent(found, p, at, actorIds, fail));
  }
  return { events, dropped, redated };
}

/**
 * An actor the editors drop from an event as named there only in passing (`inPassing`): its
 * mentions in the event's sentence are marked so, as the extractor marks "Ostrian law".
 */
function markInPassing(actors: Actor[], overlay: Overlay, events: Map<string, Event>, fail: Fail) {
  for (const [i, p] of overlay.events.entries())
    for (const [j, d] of p.dropActors.entries()) {
      if (!d.inPassing) continue;
      const e = events.get(p.id)!;
      const a = actors.find((x) => x.id === d.id);
      const here = (m: Actor['mentions'][number]) =>
        m.source === e.source &&
        m.paragraph === e.paragraph &&
        (e.quote.includes(m.quote) || m.quote.includes(e.quote));
      const at = `events.${i}.dropActors.${j}.inPassing`;
      if (!a?.mentions.some(here)) fail(at, `"${d.id}" is not named in the event's sentence (remove it)`);
      // ("… bombing labs in Ostria, which outraged Ostrian officials": a party to the sentence's other event)
      const other = [...events.values()].find(
        (x) => x.id !== e.id && x.source === e.source && x.quote === e.quote && x.actors.includes(d.id),
      );
      if (other)
        fail(at, `"${d.id}" takes part in "${other.id}", told by the same sentence: not named only in passing`);
      a!.mentions = a!.mentions.map((m) => (here(m) ? { ...m, inPassing: true as const } : m));
    }
}

/**
 * A date counted from an event the editors drop or date anew: they give it a date of their own,
 * or drop it too. (Another source's report keeps its date, without the link to one that is gone.)
 */
function checkAnchors(
  events: Map<string, Event>,
  dropped: Map<string, number>,
  redated: Map<string, number>,
  fail: Fail,
) {
  const noAnchor = <D extends { date: EventDate | null }>(x: D): D => {
    const a = x.date?.anchor;
    if (a?.kind !== 'event' || !dropped.has(a.event)) return x;
    const { anchor: _gone, ...date } = x.date!;
    return { ...x, date };
  };
  for (const [id, e] of events) {
    const a = e.date?.anchor;
    const anchor = a?.kind === 'event' ? a.event : '';
    const from = `the date of event "${id}" counts from "${anchor}" (${JSON.stringify(e.date?.expression)})`;
    if (a?.kind === 'event' && dropped.has(a.event) && !e.date!.editorial)
      fail(`events.${dropped.get(a.event)}`, `${from}: give "${id}" a date here too, or drop it`);
    if (a?.kind === 'event' && redated.has(a.event) && !e.date!.editorial)
      fail(`events.${redated.get(a.event)}.date`, `${from}: give "${id}" a date here too`);
    if (e.reports?.some((r) => r.date?.anchor?.kind === 'event' && dropped.has(r.date.anchor.event)))
      events.set(id, { ...e, reports: e.reports.map(noAnchor) as typeof e.reports });
  }
}

/**
 * After the merge: the editors' corrections from the overlay, by record id as the site shows it.
 * An actor or authority loses the roles (`dropRoles`) and other names (`dropAliases`) named; an
 * event is dropped, or takes the editors' date, headline or actors, each marked editorial with
 * its reason (`date.editorial`, `editorial.headline`, `editorial.actors`). Every entry must change
 * something: one naming a record, role, name or actor that is not there is an error naming the
 * entry, so a stale overlay never silently does nothing.
 */
export function applyCorrections<T extends Records>(corpus: T, overlay: Overlay, file: string): T {
  const fail: Fail = (at, problem) => {
    throw new InputError(file, `${at}: ${problem}`);
  };
  const actors = corpus.actors.map((a) => ({ ...a }));
  const authorities = corpus.authorities.map((a) => ({ ...a }));
  correctNames(actors, authorities, overlay, fail);
  checkFormerIds(actors, overlay.actors, 'actors', fail);
  checkFormerIds(authorities, overlay.authorities, 'authorities', fail);
  const { events, dropped, redated } = correctEvents(corpus, overlay, fail);
  markInPassing(actors, overlay, events, fail);
  checkAnchors(events, dropped, redated, fail);
  checkFormerIds([...events.values()], overlay.events, 'events', fail);
  return { ...corpus, actors, authorities, events: [...events.values()] };
}
