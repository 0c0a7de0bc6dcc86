import { describe, expect, test } from 'vitest';
import { merged, shortArticle } from '../merge-helpers.ts';
import { overlay, overlay as overlaySchema } from '../../../../src/schemas/index.ts';
import { mergeArticles } from '../../../../src/ingest/stages/merge.ts';

describe('overlay overrides of the merge are checked', () => {
  test('a merge naming a record no article produced is refused in one line naming the entry', () => {
    expect(() => merged({ merge: { actors: [{ into: 'lena-ortiz', from: ['nobody-at-all'] }] } })).toThrow(
      'seeds/overlay.yaml: merge.actors.0.from.0: no actor "nobody-at-all" was extracted from any article (fix the id or remove the entry)',
    );
    expect(() => merged({ merge: { authorities: [{ into: 'no-such-act', from: ['international-law'] }] } })).toThrow(
      'merge.authorities.0.into: no authority "no-such-act"',
    );
  });

  test('a pair kept apart naming an unknown event is refused', () => {
    expect(() => merged({ keepApart: { events: [['no-such-event', 'nor-this-one']] } })).toThrow(
      'keepApart.events.0.0: no event "no-such-event"',
    );
  });

  test('the overlay schema takes merge and keepApart by collection, and nothing else there', () => {
    expect(overlay.parse({}).merge).toEqual({ actors: [], authorities: [], events: [] });
    expect(overlay.safeParse({ merge: { people: [] } }).success).toBe(false);
    expect(overlay.safeParse({ keepApart: { actors: [['a-b']] } }).success).toBe(false);
    expect(overlay.safeParse({ merge: { actors: [{ into: 'a', from: [] }] } }).success).toBe(false);
  });
});

describe('an address the overlay retired keeps leading to its record', () => {
  const first = shortArticle('first-wire', '2025-09-03', 'On Monday, Nora Quist said the raid broke international law.');
  const second = shortArticle('second-wire', '2025-09-05', 'On Wednesday, the senate voted to repeal the Harbor Act.');
  const retiring = overlaySchema.parse({ authorities: [{ id: 'international-law', formerIds: ['harbor-act'] }] });

  test('another article’s authority that comes out with a retired id takes the next free suffix, its events following', () => {
    const c = mergeArticles([first, second], retiring);
    const ids = c.authorities.map((a) => a.id);
    expect(ids).toContain('international-law');
    expect(ids).toContain('harbor-act-2');
    expect(ids).not.toContain('harbor-act');
    const vote = c.events.find((e) => e.source === 'second-wire');
    expect(vote?.authorities).toEqual(['harbor-act-2']);
  });
});

describe('an instrument merged across articles', () => {
  test('a name that differs only by its accents is no other name of it', () => {
    const first = shortArticle('first-wire', '2025-09-03', 'Police arrested Tomás Vell, who had been indicted on arms smuggling charges.');
    const second = shortArticle('second-wire', '2025-09-05', 'Tomas Vell, who faces arms smuggling charges, fled on Friday.');
    const charges = mergeArticles([first, second], overlaySchema.parse({})).authorities.filter((a) => a.kind === 'charge');
    expect(charges.map((a) => [a.name, a.aliases, a.wordings])).toEqual([['Arms smuggling charges against Tomás Vell', [], ['arms smuggling charges']]]);
  });
});

describe('instruments named by a bare word', () => {
  test('two articles’ records named by one instrument word ("Order") are two records, each article’s events naming its own', () => {
    const first = shortArticle('first-wire', '2025-09-03', 'On Monday, Admiral Ana Ruiz said the order was lawful.');
    const second = shortArticle('second-wire', '2025-09-05', 'On Wednesday, Senator Tomas Vell said the order was unlawful.');
    expect(first.authorities.map((a) => a.name)).toEqual(['Order']);
    const c = mergeArticles([first, second], overlaySchema.parse({}));
    const orders = c.authorities.filter((a) => a.name === 'Order');
    expect(orders.map((a) => [a.id, [...new Set(a.mentions.map((m) => m.source))]])).toEqual([
      ['order', ['first-wire']],
      ['order-2', ['second-wire']],
    ]);
    const said = c.events.find((e) => e.source === 'second-wire');
    expect(said?.authorities).toEqual(['order-2']);
  });
});

describe('a bare word among the names of an instrument merged across articles', () => {
  test('another article’s one-word name of it ("Designation") is a word for it, no other name', () => {
    const text = 'In May, the ministry designated the Red Hand Cartel as a foreign terrorist organization.';
    const first = shortArticle('first-wire', '2025-05-03', text);
    const second = shortArticle('second-wire', '2025-05-05', text);
    second.authorities = second.authorities.map((a) => ({ ...a, aliases: [...a.aliases, 'Designation', 'Ministry listing'] }));
    const [act] = mergeArticles([first, second], overlaySchema.parse({})).authorities;
    expect(act!.aliases).toEqual(['Ministry listing']);
    expect(act!.wordings).toContain('designation');
  });
});

describe('one designation act told by several articles', () => {
  test('another article’s name of the act that lists only groups another of its names lists is no other name', () => {
    const first = shortArticle(
      'first-wire',
      '2025-05-03',
      'In May, the ministry designated the Orchid Brotherhood, the Red Hand Cartel and several other groups as foreign terrorist organizations.',
    );
    const second = shortArticle('second-wire', '2025-05-05', 'In May, the ministry designated the Red Hand Cartel as a foreign terrorist organization.');
    const third = shortArticle(
      'third-wire',
      '2025-05-06',
      'In May, the ministry designated the Red Hand Cartel and the Salt Cartel as foreign terrorist organizations.',
    );
    const acts = mergeArticles([first, second, third], overlaySchema.parse({})).authorities;
    const listings = (names: string[]) => names.filter((n) => n.includes(' designation of '));
    expect(acts.map((a) => [a.name, listings(a.aliases)])).toEqual([
      [
        'Foreign terrorist organization designation of Orchid Brotherhood, Red Hand Cartel and others',
        ['Foreign terrorist organization designation of Red Hand Cartel and Salt Cartel'],
      ],
    ]);
  });
});
