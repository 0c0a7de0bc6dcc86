// Invented records for the review sheet's tests: a harbor story, every name and sentence made up.
import type { Actor, Authority, Event, Source } from '../../../src/schemas/index.ts';

export const SRC = 'example-2025-03-04-harbor';
export const SRC2 = 'example-2025-03-09-harbor-again';
const S1 = 'The Dock Guild, or the Guild of Pilots, seized a barge on Monday, Mayor Ida Renn said.';
const S2 = 'Two days later, the guild would have closed the pier, Renn said.';
const S3 = 'The Harbor Act applies, Quist said.';
const S4 = 'The port authority reopened the pier in March.';

export const at = (paragraph: string, quote: string, source = SRC) => ({ source, paragraph, quote });

export const sources: Source[] = [
  { id: SRC, title: 'Guild seizes barge', outlet: 'Example Post', published: '2025-03-04', file: 'seeds/a.txt', paragraphs: [{ id: 'p-one', text: S1 }, { id: 'p-two', text: `${S2} ${S3}` }] },
  { id: SRC2, title: 'Pier reopens', outlet: 'Example Daily', published: '2025-03-09', file: 'seeds/b.txt', paragraphs: [{ id: 'p-three', text: S4 }] },
];

export const actor = (o: Partial<Actor> & Pick<Actor, 'id' | 'name'>): Actor => ({ kind: 'organization', aliases: [], roles: [], mentions: [{ ...at('p-one', S1), text: o.name }], statements: [], ...o });
export const authority = (o: Partial<Authority> & Pick<Authority, 'id' | 'name'>): Authority => ({ kind: 'statute', year: null, aliases: [], mentions: [{ ...at('p-two', S3), text: o.name }], ...o });
export const event = (o: Partial<Event> & Pick<Event, 'id'>): Event => ({
  ...at('p-one', S1),
  summary: 'The Dock Guild seized a barge',
  headline: 'The Dock Guild seized a barge',
  date: { value: '2025-03-03', precision: 'day', approximate: false, expression: 'on Monday', anchor: { kind: 'published' } },
  actors: [],
  agents: [],
  authorities: [],
  ...o,
});

export const actors: Actor[] = [
  actor({ id: 'dock-guild', name: 'Dock Guild', kind: 'group', aliases: ['Guild of Pilots'], mentions: [{ ...at('p-one', S1), text: 'Dock Guild' }, { ...at('p-one', S1), text: 'Guild of Pilots' }, { ...at('p-two', S2), text: 'the guild' }] }),
  actor({ id: 'ida-renn', name: 'Ida Renn', kind: 'person', aliases: ['Renn'], roles: [{ ...at('p-one', S1), role: 'Mayor' }], mentions: [{ ...at('p-one', S1), text: 'Ida Renn' }, { ...at('p-two', S2), text: 'Renn' }] }),
  actor({ id: 'quist', name: 'Quist', kind: 'person', mentions: [{ ...at('p-two', S3), text: 'Quist' }] }),
  actor({ id: 'port-authority', name: 'Port Authority', mentions: [{ ...at('p-three', S4, SRC2), text: 'port authority' }] }),
];
export const authorities: Authority[] = [authority({ id: 'harbor-act', name: 'Harbor Act', aliases: ['act'] })];
export const events: Event[] = [
  event({ id: 'the-dock-guild-seized-a-barge-1a2b', actors: ['dock-guild', 'ida-renn'], agents: ['dock-guild'] }),
  event({
    id: 'two-days-later-the-guild-would-3c4d',
    ...at('p-two', S2),
    headline: 'The guild would have closed the pier',
    date: { value: '2025-03-05', precision: 'day', approximate: false, expression: 'Two days later', anchor: { kind: 'event', event: 'the-dock-guild-seized-a-barge-1a2b', relation: 'after', offsetDays: 2 } },
    actors: ['dock-guild'],
    agents: [],
  }),
  event({ id: 'the-port-authority-reopened-5e6f', ...at('p-three', S4, SRC2), headline: 'The port authority reopened the pier', date: null, actors: ['port-authority'], agents: ['port-authority'] }),
];
export const corpus = () => ({ sources, actors, authorities, events });
