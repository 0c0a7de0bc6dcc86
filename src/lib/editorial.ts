import { enquote } from './quote-marks.ts';
import { authorityKinds, type Actor, type Authority, type Event } from '../schemas/index.ts';
import { sourcesWords } from './authority-names.ts';

/**
 * What the editors changed on an event (`seeds/overlay.yaml`), each with their reason, for the
 * pages to mark editorial: the headline, the date, and the actors they added (by actor id).
 */
export interface EventEditorial {
  headline: string | null;
  date: string | null;
  actors: Map<string, string>;
}

export function eventEditorial(e: Pick<Event, 'date' | 'editorial'>): EventEditorial {
  return {
    headline: e.editorial?.headline ?? null,
    date: e.date?.editorial ?? null,
    actors: new Map((e.editorial?.actors ?? []).map((a) => [a.id, a.reason])),
  };
}

/**
 * When a record's name is not the sources' words (the editors' official name in full or number,
 * or an authority's name the site made from a description), the note to mark it with wherever
 * the name is shown; else null.
 */
export function nameByEditors(
  r: Pick<Actor | Authority, 'editorial'> & Partial<Pick<Actor | Authority, 'name' | 'mentions' | 'kind'>>,
): string | null {
  const e = r.editorial;
  if (e?.nameReason) return `The name is the editors’: ${e.nameReason}`;
  if (e?.fullNameSource) return 'The name in full is the editors’: the sources write a shorter or other form of it.';
  // (an authority's name the extractor made from the words the sources use: "Barr memo")
  const authority = r.name && r.mentions && (authorityKinds as readonly string[]).includes(r.kind ?? '');
  const words = authority ? sourcesWords(r as Authority) : null;
  if (words) return `The name is this site’s description: no source writes it; they say ${words.map(enquote).join(', ')}.`;
  return null;
}

/** The words beside an editorial mark: who set it, and why. */
export const editorialNote = {
  headline: (reason: string) => `The editors wrote this title, not the source: ${reason}`,
  // (with the source's own words, "In his first term": the editors gave them their days)
  date: (reason: string, words?: string) =>
    words ? `The source says ${enquote(words)}; the editors set its days: ${reason}` : `The editors set this date, not the source: ${reason}`,
  actor: (reason: string) => `added by the editors: ${reason}`,
  // on the page of the actor they added, beside the event
  actorLink: (name: string, reason: string) => `The editors, not the source, tie ${name} to this event: ${reason}`,
  // on an authority's page, beside an actor named with it only through such an event
  actorViaEvent: (name: string, reason: string) =>
    `The editors, not the source, tie ${name} to the event that names this authority: ${reason}`,
  // on an actor's page, beside an authority named with it only through such an event
  authorityViaEvent: (name: string, reason: string) =>
    `The editors, not the source, tie ${name} to the event that names it: ${reason}`,
};
