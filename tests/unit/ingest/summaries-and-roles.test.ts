import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from './helpers.ts';
import { eventTitle } from '../../../src/ingest/stages/event-titles.ts';

const role = (text: string, name: string) => extract(text).actors.find((a) => a.name === name)?.roles.map((r) => r.role) ?? [];
const titles = (text: string, published?: string) => extract(text, published).events.map((e) => e.summary);

describe('event titles are the sentence’s own words', () => {
  const articles = [
    'seeds/000_bc7522480e5342aa.txt',
    ...readdirSync('tests/fixtures/generality').filter((n) => n.endsWith('.txt')).map((n) => `tests/fixtures/generality/${n}`),
  ];

  test('no title of the seed or the invented articles is cut inside a quotation', () => {
    const open = articles.flatMap((f) => titles(readFileSync(f, 'utf8')).filter((s) => (s.match(/“/gu)?.length ?? 0) !== (s.match(/”/gu)?.length ?? 0)));
    expect(open).toEqual([]);
  });

  test('a long quotation is kept whole, not cut at "whatever…"', () => {
    const s = 'Labeling the gangs as terrorists lets the republic “use every tool of national power, the army, the police, the courts, whatever, to go after these groups wherever they hide,” Jane Roe, the interior minister and a close adviser to the president, said on Monday in an interview.';
    const [t] = titles(s);
    expect(t).toContain('whatever, to go after these groups wherever they hide,”');
    expect(t).toContain('Jane Roe');
  });

  test('the point of a sentence is never cut off: a "but" clause stays', () => {
    // (the raids are an event of their own: the act's title is the one that opens with "Parliament")
    const t = titles('Parliament authorized force against the Red Hand after the raids of May 3, 2003, but that authorization does not extend to every group the government calls terrorists.').find((x) => x.startsWith('Parliament'));
    expect(t).toContain('does not extend to every group the government calls terrorists');
  });

  test('attribution stays: "according to people familiar with the matter"', () => {
    const [t] = titles('The governor has secretly signed an order to deploy the guard, according to people familiar with the matter.');
    expect(t).toMatch(/according to people familiar with the matter$/u);
  });

  test('words that refer back are resolved in brackets', () => {
    const t = titles('On Monday, the Treasury sanctioned the Blue Hand Cartel. On Tuesday, the Treasury accused the cartel of smuggling arms.');
    expect(t[1]).toContain('accused [the Blue Hand Cartel] of smuggling arms');
  });

  test('a dash aside and an inline quotation stay in a short title', () => {
    expect(eventTitle(sentencesOf('The assembly condemned the raid as a “flagrant violation of international law.”')[0]!)).toBe('The assembly condemned the raid as a “flagrant violation of international law.”');
    const [t] = titles('On Thursday, the ministry announced that it is doubling a reward — to $5 million — for information on the fugitive.');
    expect(t).toContain('— to $5 million — for information on the fugitive');
  });
});

describe('events: the act, its actors and its date', () => {
  test('a name in a clause about something else is not an actor of the act', () => {
    const e = extract('In 2001, Jane Roe, who worked in Smith’s first cabinet, wrote a disputed memo on the raids.').events[0]!;
    const actors = extract('In 2001, Jane Roe, who worked in Smith’s first cabinet, wrote a disputed memo on the raids.').actors;
    expect(e.actors.map((id) => actors.find((a) => a.id === id)?.name)).toEqual(['Jane Roe']);
  });

  test('an act the text leaves undated takes the date of its paragraph, approximately', () => {
    const [a, b] = extract('In 1999, the Republic of Nordland invaded the island of Vesta. The United Nations General Assembly condemned the invasion as unlawful.').events;
    expect(a!.date).toMatchObject({ value: '1999', approximate: false });
    expect(b!.date).toMatchObject({ value: '1999', precision: 'year', approximate: true });
  });

  test('the article’s undated lead event is reported on the publication day, not dated by it', () => {
    const [lead] = extract('The governor has secretly signed an order to deploy the guard, according to people familiar with the matter.\n\nThe order was criticized on Monday.', '2025-08-08').events;
    expect(lead!.date).toBeNull();
    expect(lead!.reported).toBe('2025-08-08');
  });

  test('what an outlet reports is the act of whom it names; the outlet is its source', () => {
    const r = extract('The Daily Ledger reported on Friday that Governor Jane Roe had ordered the guard to the border.', '2025-08-08');
    expect(r.actors.find((a) => a.name === 'Daily Ledger')?.kind).toBe('organization');
    expect(r.events[0]!.actors).toEqual(['jane-roe']);
  });
});

describe('actors and roles', () => {
  test('party, title and home state are peeled off into the role', () => {
    const r = extract('Democratic Sen. Jane Roe of Ohio said on Sunday that the strikes were “plainly unlawful.”');
    expect(r.actors.map((a) => a.name)).toEqual(['Jane Roe']);
    expect(r.actors[0]!.roles.map((x) => x.role)).toContain('Democratic senator from Ohio');
  });

  test('a plural title holds for each name it is written before', () => {
    expect(role('Republican Sens. Jane Roe of Ohio and John Doe of Utah voted for it.', 'John Doe')).toContain('Republican senator from Utah');
  });

  test('a place is never a speaker', () => {
    const r = extract('“We will not bow,” Nordland said.');
    expect(r.statements).toEqual([]);
  });

  test('"retired" and "former" stay with the title', () => {
    expect(role('The retired Gen. John Doe said the plan was unlawful.', 'John Doe')).toContain('retired general');
  });

  test('a role held in the past reads as former', () => {
    expect(role('Mary Major, who served as the top lawyer for the army in the 1990s, said the plan was unlawful.', 'Mary Major')).toContain('former top lawyer for the army (in the 1990s)');
  });

  test('a past role keeps the time its clause gives it', () => {
    expect(role('Mary Major, who served as the top lawyer for the army in the early 1990s, said the plan was unlawful.', 'Mary Major')).toContain('former top lawyer for the army (in the early 1990s)');
    expect(role('Mary Major, who served as the top lawyer for the army, said the plan was unlawful.', 'Mary Major')).toContain('former top lawyer for the army');
  });

  test('"at the time" makes a former role', () => {
    expect(role('In 2019, his defense secretary at the time, Mark Esper, opposed the idea.', 'Mark Esper')).toContain('former defense secretary');
  });

  test("someone else's characterisation is not an office, nor a role", () => {
    const roles = role('President Nicolás Maduro was indicted in 2020. The administration described him as a cartel head.', 'Nicolás Maduro');
    expect(roles.filter((r) => r.includes('cartel head'))).toEqual([]);
  });
});

describe('statements', () => {
  test('the quoted title of a show is not a statement', () => {
    const r = extract('“It is a war crime if true,” Jane Roe said on “Meet the Voters with Ann Smith.”');
    expect(r.statements.map((s) => s.quote)).toEqual(['It is a war crime if true,']);
  });
});
