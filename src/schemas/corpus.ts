import type { Actor } from './actor.ts';
import type { Authority } from './authority.ts';
import type { Event } from './event.ts';
import type { Source } from './source.ts';

/** Every record of the four collections: what ingest writes to content/ and the site reads. */
export interface Corpus {
  sources: Source[];
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
}
