import { describe, expect, test } from 'vitest';
import { formatEventDate, compareEventDates, yearGroup } from '../../../src/lib/event-dates.ts';
import { quoteLink, textDirective } from '../../../src/lib/quote-links.ts';
import { firstOf, monthLabel, monthsOf, timeline, undatedBySource, undatedPath, yearPath } from '../../../src/lib/timeline.ts';
import { azIndex, sortKey } from '../../../src/lib/az-index.ts';
import { exactFirst, normalizeName, paragraphHits } from '../../../src/lib/search-results.ts';
import { searchTerms } from '../../../src/lib/search-terms.ts';
import { relatedActors, authoritiesOfActor, actorsOfAuthority } from '../../../src/lib/relations.ts';
import { jsonForScript } from '../../../src/lib/json-ld.ts';
import { citationIndex } from '../../../src/lib/citations.ts';
import { csvField, toCsv } from '../../../src/lib/data-csv.ts';
import { publicUrl, withBase } from '../../../src/lib/urls.ts';
import { robotsTxt } from '../../../src/lib/data-export.ts';
import { latestEvents, leadQuote, mostMentioned, publishedSpan, subjectDirective } from '../../../src/lib/overview.ts';
import { actorSchemaType } from '../../../src/lib/structured-data.ts';
import type { Actor, Authority, Event, Source } from '../../../src/schemas/index.ts';

const day = (value: string, approximate = false) => ({ value, precision: 'day' as const, approximate, expression: 'x' });

describe('event dates', () => {
  test('a date reads as precise as known, approximate ones as "around"', () => {
    expect(formatEventDate(day('2025-08-07'))).toBe('7 August 2025');
    expect(formatEventDate(day('2025-07-25', true))).toBe('around 25 July 2025');
    expect(formatEventDate({ value: '2025-02', precision: 'month', approximate: false, expression: 'In February' })).toBe('February 2025');
    expect(formatEventDate({ value: '1990', precision: 'decade', approximate: false, expression: 'the 1990s' })).toBe('the 1990s');
  });

  test('undated events sort last; a year sorts before the months inside it', () => {
    const y = { value: '2025', precision: 'year' as const, approximate: false, expression: 'x' };
    const m = { value: '2025-02', precision: 'month' as const, approximate: false, expression: 'x' };
    expect([null, m, y].sort(compareEventDates)).toEqual([y, m, null]);
  });

  test('a decade groups under its own heading', () => {
    expect(yearGroup({ value: '1990', precision: 'decade', approximate: false, expression: 'the 1990s' })).toBe('1990s');
  });
});

describe('quote links', () => {
  test('a quote links to its paragraph, with a text fragment kept apart', () => {
    const l = quoteLink('/', { source: 's', paragraph: 'p-a-1234', quote: 'short words here' }, 's');
    expect(l.href).toBe('/sources/s/#p-a-1234');
    expect(l.fragment).toBe('/sources/s/#p-a-1234:~:text=short%20words%20here');
  });

  test('a long quote becomes a start,end text range, with reserved characters encoded', () => {
    expect(textDirective('one two-three four five six seven eight nine, ten eleven')).toBe(':~:text=one%20two%2Dthree%20four%20five,eight%20nine%2C%20ten%20eleven');
  });

  test('a range starts with enough words that nothing on the page before the quote matches them first (case ignored)', () => {
    const before = 'Ana Roe, who then led the Harbor Office of Ostria, resigned.';
    const quote = 'The Harbor Office of Ostria wrote a memo on the raids in the spring.';
    expect(textDirective(quote, before)).toBe(':~:text=The%20Harbor%20Office%20of%20Ostria%20wrote,raids%20in%20the%20spring.');
    expect(textDirective(quote)).toBe(':~:text=The%20Harbor%20Office%20of,raids%20in%20the%20spring.');
  });

  test('a range ends with enough words that the quote holds no earlier match of them', () => {
    const once = 'Ships came to the port at dawn, and more ships came to the port at dusk.';
    expect(textDirective(once)).toBe(':~:text=Ships%20came%20to%20the,the%20port%20at%20dusk.');
    const repeated = 'One two three four five came to the port then six came to the port';
    expect(textDirective(repeated)).toBe(':~:text=One%20two%20three%20four,six%20came%20to%20the%20port');
  });

  test('a short quote the page already shows earlier gets no text directive: the link goes to its paragraph', () => {
    expect(textDirective('the Harbor Office', 'Ana Roe led the harbor office.')).toBe('');
    expect(quoteLink('/', { source: 's', paragraph: 'p-a', quote: 'the Harbor Office' }, 's', 'the harbor office').fragment).toBe('/sources/s/#p-a');
  });

  test('links honour the base path', () => {
    expect(quoteLink('/sub/', { paragraph: 'p-x', quote: 'q' }, 's').href).toBe('/sub/sources/s/#p-x');
    expect(withBase('/sub/', '/actors/')).toBe('/sub/actors/');
  });
});

const ev = (id: string, date: Event['date'], actors: string[] = [], authorities: string[] = []): Event => ({
  id, date, actors, agents: [], authorities, summary: id, headline: id, source: 's', paragraph: 'p-1', quote: id,
});

describe('timeline', () => {
  test('dated events in order, grouped by year; undated ones apart', () => {
    const t = timeline([ev('b', day('2025-08-07')), ev('u', null), ev('a', day('1989-01-01'))], []);
    expect(t.years.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([['1989', ['a']], ['2025', ['b']]]);
    expect(t.undated.map((e) => e.id)).toEqual(['u']);
  });

  test('long lists show their first items and count the rest', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], more: 0 });
  });

  test('a year splits into months (day or month precision) and events dated only to the year', () => {
    const y = { value: '2025', precision: 'year' as const, approximate: false, expression: 'this year' };
    const { months, yearOnly } = monthsOf([ev('a', day('2025-08-07')), ev('b', y), ev('c', day('2025-02-01'))]);
    expect(months.map((m) => [m.month, m.events.map((e) => e.id)])).toEqual([['2025-02', ['c']], ['2025-08', ['a']]]);
    expect(yearOnly.map((e) => e.id)).toEqual(['b']);
    expect(monthLabel('2025-08')).toBe('August 2025');
  });

  test('a span from a day ("in her first term") is no month’s event: it goes with its year’s undivided ones', () => {
    const term = { ...day('2009-01-20'), until: '2013-01-20' };
    const { months, yearOnly } = monthsOf([ev('a', term), ev('b', day('2009-01-25'))]);
    expect(months.map((m) => [m.month, m.events.map((e) => e.id)])).toEqual([['2009-01', ['b']]]);
    expect(yearOnly.map((e) => e.id)).toEqual(['a']);
  });

  test('undated events group by source', () => {
    const other = { ...ev('b', null), source: 't' };
    expect(undatedBySource([ev('a', null), other, ev('c', day('2025-01-01'))], []).map((g) => [g.source, g.events.map((e) => e.id)])).toEqual([['s', ['a']], ['t', ['b']]]);
    expect(undatedPath('s')).toBe('/events/undated/s/');
  });

  test('each year of the timeline has a stable page path', () => {
    expect(yearPath('1990s')).toBe('/events/year/1990s/');
  });

  test('the overview shows the latest dated events, newest first', () => {
    expect(latestEvents([ev('a', day('2025-01-01')), ev('u', null), ev('b', day('2025-08-07'))], 5).map((e) => e.id)).toEqual(['b', 'a']);
  });
});

const mention = (paragraph: string, quote: string, text: string) => ({ source: 's', paragraph, quote, text });
const actor = (id: string, name: string, mentions: ReturnType<typeof mention>[], kind: Actor['kind'] = 'person'): Actor => ({
  id, name, kind, aliases: [], roles: [], mentions, statements: [],
});

describe('relations', () => {
  const a = actor('a', 'A', [mention('p1', 'A met B.', 'A'), mention('p2', 'A alone.', 'A')]);
  const b = actor('b', 'B', [mention('p1', 'A met B.', 'B')]);
  const law: Authority = { id: 'law', name: 'Law', kind: 'statute', year: null, aliases: [], mentions: [mention('p2', 'A alone.', 'Law')] };

  test('actors mentioned in the same paragraph are related, the actor itself excluded', () => {
    expect(relatedActors(a, [a, b], []).map((r) => r.record.id)).toEqual(['b']);
  });

  test("a state is mentioned together with another actor only where an event of that paragraph names both", () => {
    const usa = actor('usa', 'Ostria', [mention('p1', 'A met B.', 'Ostria'), mention('p2', 'A alone.', 'Ostria')], 'state');
    expect(relatedActors(a, [a, b, usa], []).map((r) => r.record.id)).toEqual(['b']);
    expect(relatedActors(usa, [a, b, usa], [])).toEqual([]);
    const met = { ...ev('e', null, ['a', 'usa']), paragraph: 'p2' };
    expect(relatedActors(usa, [a, b, usa], [met]).map((r) => [r.record.id, r.count])).toEqual([['a', 1]]);
  });

  test("a name only inside someone's quoted words is mentioned together with no one", () => {
    const q = 'Sanctions let us “use the Harbor Office, whatever, to act,” Ana Roe said on Radio Ode.';
    const office = actor('office', 'Harbor Office', [mention('p7', q, 'Harbor Office')], 'organization');
    const radio = actor('radio', 'Radio Ode', [mention('p7', q, 'Radio Ode')], 'organization');
    const roe = actor('roe', 'Ana Roe', [mention('p7', q, 'Ana Roe')]);
    expect(relatedActors(radio, [office, radio, roe], []).map((r) => r.record.id)).toEqual(['roe']);
    expect(relatedActors(office, [office, radio, roe], [])).toEqual([]);
    // (named outside the quotation too, it counts)
    const also = actor('office', 'Harbor Office', [mention('p7', `${q} The Harbor Office declined to comment.`, 'Harbor Office')], 'organization');
    expect(relatedActors(also, [also, radio, roe], []).map((r) => r.record.id).sort()).toEqual(['radio', 'roe']);
  });

  test("a name inside another actor's role is mentioned together with that actor only, not the paragraph's others", () => {
    const q = 'Vera Lind, the minister in Roe’s first term, met B.';
    const lind: Actor = { ...actor('lind', 'Vera Lind', [mention('p5', q, 'Vera Lind')]), roles: [{ source: 's', paragraph: 'p5', quote: q, role: 'minister in Roe’s first term' }] };
    const roe = actor('roe', 'Roe', [mention('p5', q, 'Roe')]);
    const b5 = actor('b', 'B', [mention('p5', q, 'B')]);
    expect(relatedActors(roe, [lind, roe, b5], []).map((r) => r.record.id)).toEqual(['lind']);
    expect(relatedActors(lind, [lind, roe, b5], []).map((r) => r.record.id).sort()).toEqual(['b', 'roe']);
    expect(relatedActors(b5, [lind, roe, b5], []).map((r) => r.record.id)).toEqual(['lind']);
  });

  test('an authority named in the same sentence as an actor is linked both ways', () => {
    expect(authoritiesOfActor(a, [law], [], [a, b]).map((r) => r.record.id)).toEqual(['law']);
    expect(actorsOfAuthority(law, [a, b], []).map((r) => r.record.id)).toEqual(['a']);
  });

  test('a state named in the same sentence is not linked, only one an event names as a party', () => {
    const usa = actor('usa', 'Ostria', [mention('p2', 'A alone.', 'Ostria')], 'state');
    expect(actorsOfAuthority(law, [a, usa], []).map((r) => r.record.id)).toEqual(['a']);
    expect(authoritiesOfActor(usa, [law], [], [a, usa]).map((r) => r.record.id)).toEqual([]);
    expect(actorsOfAuthority(law, [a, usa], [ev('e', null, ['usa'], ['law'])]).map((r) => r.record.id)).toEqual(['a', 'usa']);
  });

  test('an actor named with an authority only through an event the editors tied it to carries their reason', () => {
    const usa = actor('usa', 'Ostria', [mention('p2', 'A alone.', 'Ostria')], 'state');
    const tied = { ...ev('e', null, ['usa'], ['law']), editorial: { actors: [{ id: 'usa', reason: 'its navy acted' }] } };
    expect(actorsOfAuthority(law, [a, usa], [tied]).map((r) => [r.record.id, r.byEditors])).toEqual([['a', undefined], ['usa', 'its navy acted']]);
    // named with it by the source too: no mark
    const named = ev('f', null, ['usa'], ['law']);
    expect(actorsOfAuthority(law, [a, usa], [tied, named]).find((r) => r.record.id === 'usa')!.byEditors).toBeUndefined();
    // and on the actor's page, the authority that event names
    expect(authoritiesOfActor(usa, [law], [tied], [a, usa]).map((r) => [r.record.id, r.byEditors])).toEqual([['law', 'its navy acted']]);
  });

  test("a name inside another actor's role links nothing by its sentence, unless also written outside it", () => {
    const q = 'The ban is unlawful, said Vera Lind, a former Ministry lawyer.';
    const ban: Authority = { ...law, id: 'ban', mentions: [mention('p3', q, 'ban')] };
    const lind: Actor = {
      ...actor('lind', 'Vera Lind', [mention('p3', q, 'Vera Lind')]),
      roles: [{ source: 's', paragraph: 'p3', quote: q, role: 'former Ministry lawyer' }],
    };
    const ministry = actor('ministry', 'Ministry', [mention('p3', q, 'Ministry')], 'organization');
    expect(actorsOfAuthority(ban, [lind, ministry], []).map((r) => r.record.id)).toEqual(['lind']);
    expect(authoritiesOfActor(ministry, [ban], [], [lind, ministry])).toEqual([]);
    const q2 = 'The Ministry defended the ban, said Vera Lind, a former Ministry lawyer.';
    const ban2: Authority = { ...ban, mentions: [mention('p4', q2, 'ban')] };
    const lind2: Actor = { ...lind, roles: [{ ...lind.roles[0]!, paragraph: 'p4', quote: q2 }] };
    const ministry2 = actor('ministry', 'Ministry', [mention('p4', q2, 'Ministry')], 'organization');
    expect(authoritiesOfActor(ministry2, [ban2], [], [lind2, ministry2]).map((r) => r.record.id)).toEqual(['ban']);
  });

  test('an event naming both links them too', () => {
    expect(authoritiesOfActor(b, [law], [ev('e', null, ['b'], ['law'])], [a, b]).map((r) => r.record.id)).toEqual(['law']);
  });
});

describe('A–Z index', () => {
  test('a leading "the" and accents do not decide the letter', () => {
    expect(sortKey('The Pentagon')).toBe('pentagon');
    const groups = azIndex({ actors: [{ id: 'x', data: { name: 'Ángel' } }, { id: 'y', data: { name: 'the Navy' } }], authorities: [], events: [], sources: [] });
    expect(groups.map((g) => g.letter)).toEqual(['A', 'N']);
  });
});

describe('search helpers', () => {
  test('names compare without case, accents, punctuation or a leading "the"', () => {
    expect(normalizeName('The Nicolás  Maduro.')).toBe('nicolas maduro');
  });

  test('a result whose own name or alias is the query moves first, others keep their order', () => {
    const r = (title: string, aliases = '') => ({ meta: { title, aliases } });
    const out = exactFirst([r('Directive to the Pentagon'), r('Other'), r('Department of Defense', 'Department of Defense · Pentagon')], 'pentagon');
    expect(out.map((x) => x.meta.title)).toEqual(['Department of Defense', 'Directive to the Pentagon', 'Other']);
  });

  test('matched words are grouped by the paragraph they fall in', () => {
    const anchors = [{ element: 'h1', id: 'title', location: 0 }, { element: 'div', id: 'p-a', location: 5 }, { element: 'div', id: 'p-b', location: 20 }];
    expect(paragraphHits([6, 21, 22], anchors, 3)).toEqual([{ id: 'p-b', locations: [21, 22] }, { id: 'p-a', locations: [6] }]);
  });

  test('record pages index accent-free names, citation variants and the year', () => {
    expect(searchTerms(['Nicolás Maduro'])).toBe('Nicolas Maduro');
    const t = searchTerms(['Posse Comitatus Act'], '18 U.S.C. § 1385', 1878);
    expect(t).toContain('18 U.S.C. 1385');
    expect(t).toContain('18 USC 1385');
    expect(t).toContain('1878');
  });
});

describe('structured data', () => {
  test('JSON-LD cannot close its script element or open markup', () => {
    const s = jsonForScript({ q: '</script><img src=x onerror=alert(1)>&' });
    expect(s).not.toMatch(/<|>|&/);
    expect(JSON.parse(s)).toEqual({ q: '</script><img src=x onerror=alert(1)>&' });
  });

  test('actors map to schema.org types', () => {
    expect(actorSchemaType({ kind: 'person', name: 'X', aliases: [] })).toBe('Person');
    expect(actorSchemaType({ kind: 'state', name: 'Mexico', aliases: [] })).toBe('Country');
    expect(actorSchemaType({ kind: 'organization', name: 'State Department', aliases: [] })).toBe('GovernmentOrganization');
    expect(actorSchemaType({ kind: 'group', name: 'Sinaloa Cartel', aliases: [] })).toBe('Organization');
  });
});

describe('overview', () => {
  test('what was reported: the first mention of a directive, in the earliest source', () => {
    const src: Source = { id: 's', title: 't', outlet: 'o', published: '2025-08-08', file: 'f', paragraphs: [{ id: 'p-1', text: 'Intro.' }, { id: 'p-2', text: 'The directive.' }] };
    const dir: Authority = { id: 'd', name: 'D', kind: 'directive', year: 2025, aliases: [], mentions: [mention('p-2', 'The directive.', 'directive')] };
    expect(leadQuote([src], [dir])).toEqual({ source: 's', paragraph: 'p-2', quote: 'The directive.' });
    expect(leadQuote([src], [])?.paragraph).toBe('p-1');
  });

  test('with several sources: the directive the most sources name, quoted from the earliest source that names it', () => {
    const early: Source = { id: 'a', title: 't', outlet: 'o', published: '2025-02-19', file: 'f', paragraphs: [{ id: 'p-1', text: 'A court order.' }] };
    const lead: Source = { id: 'b', title: 't', outlet: 'o', published: '2025-08-08', file: 'f', paragraphs: [{ id: 'p-1', text: 'Intro.' }, { id: 'p-2', text: 'The directive.' }] };
    const later: Source = { id: 'c', title: 't', outlet: 'o', published: '2025-09-01', file: 'f', paragraphs: [{ id: 'p-1', text: 'The directive again.' }] };
    const at = (source: string, paragraph: string, quote: string) => ({ source, paragraph, quote, text: 'order' });
    const court: Authority = { id: 'court', name: 'Court order', kind: 'directive', year: null, aliases: [], mentions: [at('a', 'p-1', 'A court order.')] };
    const dir: Authority = { id: 'dir', name: 'D', kind: 'directive', year: 2025, aliases: [], mentions: [at('c', 'p-1', 'The directive again.'), at('b', 'p-2', 'The directive.')] };
    expect(subjectDirective([court, dir])?.id).toBe('dir');
    expect(leadQuote([early, lead, later], [court, dir])).toEqual({ source: 'b', paragraph: 'p-2', quote: 'The directive.' });
    expect(publishedSpan([later, early, lead])).toEqual({ first: '2025-02-19', last: '2025-09-01' });
  });
});

describe('public addresses', () => {
  test('absolute from a known origin, site-relative without one, never localhost', () => {
    expect(publicUrl(new URL('https://example.org'), '/sub/', '/actors/x/')).toBe('https://example.org/sub/actors/x/');
    expect(publicUrl(undefined, '/sub/', '/actors/x/')).toBe('/sub/actors/x/');
  });

  test('robots.txt names the sitemap only when the origin is known', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(new URL('https://example.org'), '/sub/')).toContain('Sitemap: https://example.org/sub/sitemap.xml');
  });
});

describe('citations of quotes', () => {
  const src = (id: string, extra: Partial<Source> = {}): Source => ({
    id, title: `A made-up story ${id}`, outlet: 'Example Radio', published: '2024-03-05', file: `seeds/${id}.txt`,
    paragraphs: [{ id: 'p-one-1111', text: 'One.' }, { id: 'p-two-2222', text: 'Two.' }], ...extra,
  });

  test('a quote is cited with the agency, the title, the outlet, the day and its paragraph number', () => {
    const cites = citationIndex([src('a', { url: 'https://example.org/story', agency: 'Example Wire' })]);
    expect(cites.reference({ source: 'a', paragraph: 'p-two-2222', quote: 'Two.' })).toBe('Example Wire, “A made-up story a”, Example Radio, 5 March 2024, ¶ 2, https://example.org/story');
    expect(cites.label({ source: 'a', paragraph: 'p-two-2222', quote: 'Two.' })).toBe('Example Radio, 5 Mar 2024, ¶ 2');
    expect(cites.origin({ source: 'a', paragraph: 'p-two-2222', quote: 'Two.' })).toEqual({ lead: 'Example Wire, “A made-up story a”, in ', url: 'https://example.org/story' });
    expect(cites.number('a', 'p-one-1111')).toBe(1);
  });

  test('without an agency or an address the reference names the outlet alone', () => {
    const cites = citationIndex([src('b')]);
    expect(cites.article('b')).toBe('“A made-up story b”, Example Radio, 5 March 2024');
    expect(cites.origin({ paragraph: 'p-one-1111', quote: 'One.' })).toEqual({ lead: '“A made-up story b”, in ' });
  });
});

describe('CSV', () => {
  test('fields with commas, quotes or line breaks are quoted; quotes are doubled', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"\nthen')).toBe('"say ""no""\nthen"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  test('a text a spreadsheet would run as a formula starts with an apostrophe', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)']) expect(csvField(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField(-2)).toBe('-2');
  });

  test('rows become a header line and CRLF-ended lines', () => {
    expect(toCsv([{ a: 'x', b: 1 }], [{ name: 'a', about: '', value: (r) => r.a }, { name: 'b', about: '', value: (r) => r.b }])).toBe('a,b\r\nx,1\r\n');
  });
});

describe('the records most talked about', () => {
  test('rank by the paragraphs that name them, not by how often one sentence repeats a name', () => {
    const m = (paragraph: string, quote: string) => ({ source: 's', paragraph, quote, text: 'x' });
    const twiceInOne = { name: 'Harbor Act', mentions: [m('p-1', 'The Harbor Act, and only that act, applies.'), m('p-1', 'The Harbor Act, and only that act, applies.')] };
    const inTwo = { name: 'Tide Rule', mentions: [m('p-2', 'The Tide Rule came first.'), m('p-5', 'The Tide Rule was repealed.')] };
    expect(mostMentioned([twiceInOne, inTwo], 2).map((r) => [r.record.name, r.paragraphs])).toEqual([['Tide Rule', 2], ['Harbor Act', 1]]);
  });

  test('records tied at the cut are all left out, not picked by name', () => {
    const m = (paragraph: string) => ({ source: 's', paragraph, quote: `In ${paragraph}.`, text: 'x' });
    const rec = (name: string, ...ps: string[]) => ({ name, mentions: ps.map(m) });
    const list = [rec('Alpha Act', 'p-1'), rec('Beta Act', 'p-2'), rec('Gamma Act', 'p-1', 'p-2'), rec('Delta Act', 'p-3')];
    expect(mostMentioned(list, 2).map((r) => r.record.name)).toEqual(['Gamma Act']);
    expect(mostMentioned(list, 4).map((r) => r.record.name)).toEqual(['Gamma Act', 'Alpha Act', 'Beta Act', 'Delta Act']);
  });
});
