import { describe, expect, test } from 'vitest';
import { authorityJsonLd, eventJsonLd } from '../../../src/lib/structured-data.ts';
import { authority as authoritySchema, event as eventSchema } from '../../../src/schemas/index.ts';

// An invented event: the ministry (the subject) sanctioned the cartel (the object).
const e = eventSchema.parse({
  id: 'ministry-sanctions-cartel',
  source: 'test-source',
  paragraph: 'p-1',
  quote: 'On Monday, the ministry sanctioned the Red Hand.',
  summary: 'On Monday, the ministry sanctioned the Red Hand',
  headline: 'The ministry sanctioned the Red Hand',
  date: null,
  actors: ['ministry', 'red-hand'],
  agents: ['ministry'],
});
const names = new Map([['ministry', 'The Ministry'], ['red-hand', 'Red Hand']]);

describe('event JSON-LD', () => {
  test('an event whose subject is one actor and whose object is another gives one performer', () => {
    const ld = eventJsonLd(e, names, undefined, '/');
    expect(ld.performer).toEqual([{ '@id': '/actors/ministry/', name: 'The Ministry' }]);
    expect(ld.about).toEqual([{ '@id': '/actors/red-hand/', name: 'Red Hand' }]);
  });

  test('an event with no known agent names no performer', () => {
    const ld = eventJsonLd({ ...e, agents: [] }, names, undefined, '/');
    expect(ld.performer).toBeUndefined();
    expect(ld.about).toHaveLength(2);
  });

  test('its name is the headline', () => {
    expect(eventJsonLd(e, names, undefined, '/').name).toBe('The ministry sanctioned the Red Hand');
  });

  test('a dated event gives its start; one that lies somewhere in a span gives none', () => {
    const day = { value: '2025-03-03', precision: 'day' as const, approximate: false, expression: 'On Monday' };
    expect(eventJsonLd({ ...e, date: day }, names, undefined, '/').startDate).toBe('2025-03-03');
    const span = { ...day, value: '2009-01-20', until: '2013-01-20', editorial: 'her first term' };
    expect(eventJsonLd({ ...e, date: span }, names, undefined, '/').startDate).toBeUndefined();
  });

  test('an approximate date or a decade gives no start: no one value says "around 25 July" or "the 1990s"', () => {
    const around = { value: '2025-07-25', precision: 'day' as const, approximate: true, expression: 'Two weeks ago' };
    expect(eventJsonLd({ ...e, date: around }, names, undefined, '/').startDate).toBeUndefined();
    const decade = { value: '1990', precision: 'decade' as const, approximate: false, expression: 'In the 1990s' };
    expect(eventJsonLd({ ...e, date: decade }, names, undefined, '/').startDate).toBeUndefined();
    const month = { value: '2025-02', precision: 'month' as const, approximate: false, expression: 'In February' };
    expect(eventJsonLd({ ...e, date: month }, names, undefined, '/').startDate).toBe('2025-02');
  });
});

describe('authority JSON-LD', () => {
  const base = { id: 'smuggling-charges', name: 'Smuggling charges against Ann Roe', year: 2020, aliases: [], mentions: [{ source: 's', paragraph: 'p1', quote: 'Roe faces smuggling charges.', text: 'smuggling charges' }] };
  test('a criminal charge, a legal opinion, a claim of constitutional power or international law is not typed as legislation', () => {
    for (const kind of ['charge', 'legal-opinion', 'constitutional', 'international-law']) {
      const ld = authorityJsonLd(authoritySchema.parse({ ...base, kind }), undefined, '/');
      expect(ld['@type'], kind).toBe('CreativeWork');
      expect(ld, kind).not.toHaveProperty('legislationDate');
    }
  });
  test('a statute is legislation with its year', () => {
    const ld = authorityJsonLd(authoritySchema.parse({ ...base, kind: 'statute' }), undefined, '/');
    expect(ld['@type']).toBe('Legislation');
    expect(ld).toHaveProperty('legislationDate', '2020');
  });
  test('an act made under a law claims neither that law’s citation nor its page as its own', () => {
    const law = 'https://example.gov/harbor-act';
    const listing = { ...base, kind: 'designation', editorial: { madeUnder: 'Harbor Act § 4', url: law } };
    const ld = authorityJsonLd(authoritySchema.parse(listing), undefined, '/');
    expect(ld).not.toHaveProperty('sameAs');
    expect(ld).not.toHaveProperty('legislationIdentifier');
    const statute = authorityJsonLd(authoritySchema.parse({ ...base, kind: 'statute', editorial: { citation: 'Harbor Act', url: law } }), undefined, '/');
    expect(statute).toMatchObject({ sameAs: law, legislationIdentifier: 'Harbor Act' });
  });
});
