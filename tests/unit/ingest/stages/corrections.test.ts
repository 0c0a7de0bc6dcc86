// The editors' corrections in the overlay (events: drop, date, headline, addActors, dropActors;
// actors: dropRoles, dropAliases; authorities: dropAliases) change the built records as stated,
// and an entry that would change nothing (a stale id, role, name or actor) is refused by name.
import { describe, expect, test } from 'vitest';
import { merged, shortArticle } from '../merge-helpers.ts';
import { mergeArticles } from '../../../../src/ingest/stages/merge.ts';
import { applyCorrections } from '../../../../src/ingest/stages/corrections.ts';
import { ingestArticle } from '../../../../src/ingest/pipeline.ts';
import { event as eventSchema, overlay as overlaySchema } from '../../../../src/schemas/index.ts';

const STRIKE = 'on-monday-the-us-military-struck-25d8';
const ORTIZ = 'ms-ortiz-defended-the-strike-0966';
const ev = (c: ReturnType<typeof merged>, id: string) => c.events.find((e) => e.id === id);

describe('overlay corrections of events', () => {
  test('drop: true removes the event from the built records', () => {
    expect(ev(merged(), ORTIZ)).toBeDefined();
    const c = merged({ events: [{ id: ORTIZ, drop: true, reason: 'a defence of the act, not an act' }] });
    expect(ev(c, ORTIZ)).toBeUndefined();
    expect(c.events).toHaveLength(merged().events.length - 1);
  });

  test('date sets the editors’ date, its precision from its form, marked editorial with the reason', () => {
    const c = merged({ events: [{ id: ORTIZ, date: { value: '2025-09', reason: 'the article dates the defence elsewhere' } }] });
    const e = ev(c, ORTIZ)!;
    expect(e.date).toEqual({ value: '2025-09', precision: 'month', approximate: false, expression: '2025-09', editorial: 'the article dates the defence elsewhere' });
    expect(eventSchema.safeParse(e).success).toBe(true);
    // a stated date replaced: its anchor and approximation go, the text's words stay
    const d = ev(merged({ events: [{ id: STRIKE, date: { value: 2025, reason: 'only the year is sure' } }] }), STRIKE)!.date!;
    expect(d).toEqual({ value: '2025', precision: 'year', approximate: false, expression: 'On Monday', editorial: 'only the year is sure' });
  });

  test('a date with `until` is a span, marked editorial, that the schema accepts', () => {
    const c = merged({ events: [{ id: ORTIZ, date: { value: '2009-01-20', until: '2013-01-20', reason: 'her first term' } }] });
    const e = ev(c, ORTIZ)!;
    expect(e.date).toMatchObject({ value: '2009-01-20', until: '2013-01-20', precision: 'day', editorial: 'her first term' });
    expect(eventSchema.safeParse(e).success).toBe(true);
  });

  test('a date given `words` keeps them as what the source says; the editors give only the days', () => {
    const c = merged({ events: [{ id: ORTIZ, date: { value: '2009-01-20', until: '2013-01-20', words: 'In her first term', reason: 'her term’s days' } }] });
    expect(ev(c, ORTIZ)!.date).toMatchObject({ expression: 'In her first term', editorial: 'her term’s days', wordsOfSource: true });
    expect(eventSchema.safeParse(ev(c, ORTIZ)).success).toBe(true);
  });

  test('an added actor marked agent is one who acts; one not so marked is only a party', () => {
    const e = ev(merged({ events: [{ id: ORTIZ, addActors: [{ id: 'us-military', agent: true, reason: 'it defended the strike too' }] }] }), ORTIZ)!;
    expect(e.agents).toContain('us-military');
    const f = ev(merged({ events: [{ id: ORTIZ, addActors: [{ id: 'us-military', reason: 'the strike she defends is its' }] }] }), ORTIZ)!;
    expect(f.actors).toContain('us-military');
    expect(f.agents).not.toContain('us-military');
  });

  test('headline replaces the headline and keeps the reason as editorial', () => {
    const e = ev(merged({ events: [{ id: ORTIZ, headline: { text: 'Ortiz defends the strike', reason: 'shorter' } }] }), ORTIZ)!;
    expect(e.headline).toBe('Ortiz defends the strike');
    expect(e.editorial).toEqual({ headline: 'shorter' });
    expect(e.summary).toBe(ev(merged(), ORTIZ)!.summary);
  });

  test('addActors adds an actor, marked editorial with the reason; dropActors removes one from actors and agents', () => {
    const c = merged({
      events: [
        { id: STRIKE, dropActors: [{ id: 'us-military', reason: 'the cartel’s boat was struck, not by this body' }] },
        { id: ORTIZ, addActors: [{ id: 'us-military', reason: 'the strike she defends is its' }] },
      ],
    });
    expect(ev(merged(), STRIKE)!.agents).toContain('us-military');
    expect(ev(c, STRIKE)!.actors).toEqual(['red-hand-cartel']);
    expect(ev(c, STRIKE)!.agents).toEqual([]);
    expect(ev(c, ORTIZ)!.actors).toEqual(['lena-ortiz', 'us-military']);
    expect(ev(c, ORTIZ)!.editorial).toEqual({ actors: [{ id: 'us-military', reason: 'the strike she defends is its' }] });
  });
});

describe('an actor the editors drop as named only in passing', () => {
  test('inPassing marks its mentions in the event’s sentence, and only there', () => {
    const drop = { id: 'us-military', reason: 'named as where, not who', inPassing: true };
    const c = merged({ events: [{ id: STRIKE, dropActors: [drop] }] });
    const strike = ev(c, STRIKE)!;
    const military = c.actors.find((a) => a.id === 'us-military')!;
    const inSentence = military.mentions.filter((m) => m.paragraph === strike.paragraph && m.quote === strike.quote);
    expect(inSentence.length).toBeGreaterThan(0);
    expect(inSentence.every((m) => m.inPassing)).toBe(true);
    expect(military.mentions.filter((m) => !inSentence.includes(m)).some((m) => m.inPassing)).toBe(false);
    // without the flag, the drop leaves the mentions as they were
    const plain = merged({ events: [{ id: STRIKE, dropActors: [{ id: 'us-military', reason: 'x' }] }] });
    expect(plain.actors.find((a) => a.id === 'us-military')!.mentions.some((m) => m.inPassing)).toBe(false);
  });

  test('an actor its sentence does not name is refused by name', () => {
    const source = 'a-gazette';
    const said = (quote: string) => ({ source, paragraph: 'p-1', quote, text: 'Ostria' });
    const corpus = {
      sources: [],
      actors: [{ id: 'ostria', name: 'Ostria', kind: 'state', aliases: [], roles: [], statements: [], mentions: [said('Ostria protested.')] }],
      authorities: [],
      statements: [],
      events: [{ id: 'the-fleet-sailed-ab12', source, paragraph: 'p-1', quote: 'The fleet sailed.', summary: 'The fleet sailed', headline: 'The fleet sailed', date: null, actors: ['ostria'], agents: [], authorities: [] }],
    };
    const overlay = overlaySchema.parse({ events: [{ id: 'the-fleet-sailed-ab12', dropActors: [{ id: 'ostria', reason: 'x', inPassing: true }] }] });
    expect(() => applyCorrections(corpus as never, overlay, 'seeds/overlay.yaml')).toThrow(
      'seeds/overlay.yaml: events.0.dropActors.0.inPassing: "ostria" is not named in the event\'s sentence',
    );
  });

  test('an actor that takes part in another event of the same sentence is refused: it is not named only in passing', () => {
    const source = 'a-gazette';
    const quote = 'Roe planned raids in Ostria, which outraged Ostrian officials.';
    const ev = (id: string, actors: string[]) => ({ id, source, paragraph: 'p-1', quote, summary: id, headline: id, date: null, actors, agents: [], authorities: [] });
    const corpus = {
      sources: [],
      actors: [{ id: 'ostria', name: 'Ostria', kind: 'state', aliases: [], roles: [], statements: [], mentions: [{ source, paragraph: 'p-1', quote, text: 'Ostria' }] }],
      authorities: [],
      statements: [],
      events: [ev('roe-planned-raids-ab12', ['ostria']), ev('which-outraged-officials-cd34', ['ostria'])],
    };
    const overlay = overlaySchema.parse({ events: [{ id: 'roe-planned-raids-ab12', dropActors: [{ id: 'ostria', reason: 'x', inPassing: true }] }] });
    expect(() => applyCorrections(corpus as never, overlay, 'seeds/overlay.yaml')).toThrow(
      'events.0.dropActors.0.inPassing: "ostria" takes part in "which-outraged-officials-cd34", told by the same sentence',
    );
  });
});

describe('overlay corrections of actors and authorities', () => {
  test('dropRoles removes a role (with all its citations) from an actor', () => {
    expect(merged().actors.find((a) => a.id === 'nora-quist')!.roles.map((r) => r.role)).toEqual(['Attorney General', 'attorney general']);
    const c = merged({ actors: [{ id: 'nora-quist', dropRoles: [{ role: 'attorney general', reason: 'the same office twice' }] }] });
    expect(c.actors.find((a) => a.id === 'nora-quist')!.roles.map((r) => r.role)).toEqual(['Attorney General']);
  });

  test('dropAliases removes another name from an actor and from an authority', () => {
    const c = merged({
      actors: [{ id: 'nora-quist', dropAliases: [{ alias: 'Quist', reason: 'a surname alone' }] }],
      authorities: [{ id: 'international-law', dropAliases: [{ alias: 'International laws', reason: 'a plural, no name' }] }],
    });
    expect(c.actors.find((a) => a.id === 'nora-quist')!.aliases).toEqual(['Nora J. Quist']);
    expect(c.authorities.find((a) => a.id === 'international-law')!.aliases).toEqual([]);
  });

  test('an actor patch with only the old fields leaves its roles and names alone', () => {
    const c = merged({ actors: [{ id: 'nora-quist', editorial: { description: 'An invented attorney general.' } }] });
    expect(c.actors.find((a) => a.id === 'nora-quist')!.aliases).toEqual(['Quist', 'Nora J. Quist']);
  });
});

describe('an authority’s year from the overlay', () => {
  test('is the record’s year, marked as the editors’', () => {
    const text = 'Headline\n\nThe mayor invoked the Harbor Act on Monday to close the docks.';
    const meta = { id: 'example-2025-05-10-harbor', title: 'x', outlet: 'Example', published: '2025-05-10' };
    const plain = ingestArticle('a.txt', text, meta, overlaySchema.parse({})).authorities.find((a) => a.id === 'harbor-act')!;
    expect(plain.year).toBeNull();
    expect(plain.yearByEditors).toBeUndefined();
    const dated = ingestArticle('a.txt', text, meta, overlaySchema.parse({ authorities: [{ id: 'harbor-act', year: 1921 }] })).authorities.find((a) => a.id === 'harbor-act')!;
    expect(dated).toMatchObject({ year: 1921, yearByEditors: true });
  });
});

describe('a correction that would do nothing is refused, naming the entry', () => {
  const refused = (o: object, message: string) => expect(() => merged(o)).toThrow(message);
  test('an event id that is not on the site', () =>
    refused({ events: [{ id: 'no-such-event-0000', drop: true, reason: 'x' }] }, 'seeds/overlay.yaml: events.0: no event "no-such-event-0000" is on the site'));
  test('a role the actor does not have', () =>
    refused({ actors: [{ id: 'lena-ortiz', dropRoles: [{ role: 'Navy Secretary', reason: 'x' }] }] }, 'seeds/overlay.yaml: actors.0.dropRoles.0: actor "lena-ortiz" has no role "Navy Secretary" (its roles: "Defense Secretary")'));
  test('another name the record does not have', () => {
    refused({ actors: [{ id: 'lena-ortiz', dropAliases: [{ alias: 'Lena', reason: 'x' }] }] }, 'actors.0.dropAliases.0: actor "lena-ortiz" has no other name "Lena" (its other names: "Ortiz")');
    refused({ authorities: [{ id: 'international-law', dropAliases: [{ alias: 'law', reason: 'x' }] }] }, 'authorities.0.dropAliases.0: authority "international-law" has no other name "law"');
  });
  test('an actor merged into another record', () =>
    refused({ merge: { actors: [{ into: 'mark-hale', from: ['hale'] }] }, actors: [{ id: 'hale', dropAliases: [{ alias: 'Hale', reason: 'x' }] }] }, 'actors.0: no actor "hale" is on the site after the merge'));
  test('dropping an actor the event does not have, adding one that does not exist or is there already', () => {
    refused({ events: [{ id: ORTIZ, dropActors: [{ id: 'nora-quist', reason: 'x' }] }] }, 'events.0.dropActors.0: "nora-quist" is not one of the event\'s actors (its actors: "lena-ortiz")');
    refused({ events: [{ id: ORTIZ, addActors: [{ id: 'nobody', reason: 'x' }] }] }, 'events.0.addActors.0: no actor "nobody" is on the site');
    refused({ events: [{ id: ORTIZ, addActors: [{ id: 'lena-ortiz', reason: 'x' }] }] }, 'events.0.addActors.0: "lena-ortiz" is already one of the event\'s actors');
  });
});

describe('an event another one counts its date from', () => {
  const art = shortArticle(
    'example-2025-05-10-dock',
    '2025-05-10',
    'On May 2, the Dock Guild seized a barge in Port Vell. Two days later, Mayor Ida Renn closed the docks.',
  );
  const [first, later] = mergeArticles([art], overlaySchema.parse({})).events.sort((a, b) => a.date!.value.localeCompare(b.date!.value));
  test('the fixture: the second counts from the first', () => {
    expect(later!.date!.anchor).toEqual({ kind: 'event', event: first!.id, relation: 'after', offsetDays: 2 });
  });
  const run = (events: object[]) => mergeArticles([art], overlaySchema.parse({ events }));
  test('cannot be dropped or dated anew unless the other gets its own date', () => {
    expect(() => run([{ id: first!.id, drop: true, reason: 'x' }])).toThrow(`events.0: the date of event "${later!.id}" counts from "${first!.id}" ("Two days later"): give "${later!.id}" a date here too, or drop it`);
    expect(() => run([{ id: first!.id, date: { value: '2025-05-01', reason: 'x' } }])).toThrow(`events.0.date: the date of event "${later!.id}" counts from "${first!.id}"`);
  });
  test('with the other dated by the editors too, the first is dropped and no date names it', () => {
    const c = run([
      { id: first!.id, drop: true, reason: 'x' },
      { id: later!.id, date: { value: '2025-05-04', reason: 'y' } },
    ]);
    expect(c.events.map((e) => e.id)).toEqual([later!.id]);
    expect(c.events[0]!.date).toEqual({ value: '2025-05-04', precision: 'day', approximate: false, expression: 'Two days later', editorial: 'y' });
  });
});

describe('former ids: the addresses a renamed record had lead to its page', () => {
  test('a record carries the former ids the overlay gives it', () => {
    const overlay = overlaySchema.parse({ authorities: [{ id: 'international-law', formerIds: ['law-of-nations'] }] });
    const a = ingestArticle(
      'x.txt',
      'Headline\n\nOn Monday, Nora Quist said the raid broke international law.',
      { id: 'x', title: 'x', outlet: 'Example', published: '2025-09-03' },
      overlay,
    );
    expect(a.authorities.find((r) => r.id === 'international-law')?.formerIds).toEqual(['law-of-nations']);
  });

  test('a former id that is still a record’s id, or one for a record not on the site, is refused by name', () => {
    expect(() => merged({ authorities: [{ id: 'international-law', formerIds: ['international-law'] }] })).toThrow(
      'authorities.0.formerIds.0: "international-law" is still the id of a record on the site',
    );
    expect(() => merged({ actors: [{ id: 'no-such-actor', formerIds: ['old-actor'] }] })).toThrow('actors.0: no actor "no-such-actor"');
  });

  test('an event whose id changed carries its former ids; one still an event’s id is refused', () => {
    expect(ev(merged({ events: [{ id: ORTIZ, formerIds: ['ms-ortiz-defended-the-strike-0966-2'] }] }), ORTIZ)!.formerIds).toEqual([
      'ms-ortiz-defended-the-strike-0966-2',
    ]);
    expect(() => merged({ events: [{ id: ORTIZ, formerIds: [STRIKE] }] })).toThrow(`events.0.formerIds.0: "${STRIKE}" is still the id of a record on the site`);
  });
});

