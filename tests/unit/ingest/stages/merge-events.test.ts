import { describe, expect, test } from 'vitest';
import { A, B, C, article, merged, mergedShort, shortArticle } from '../merge-helpers.ts';
import { mergeArticles } from '../../../../src/ingest/stages/merge.ts';
import { dateRelation, differencesOf, type Report } from '../../../../src/ingest/stages/merge-differences.ts';
import { overlay, type Event } from '../../../../src/schemas/index.ts';

const corpus = merged();
const about = (e: Event | undefined, what: string) =>
  e?.differences?.find((d) => d.about === what)?.values.map((v) => [v.source, v.value]);
const strike = corpus.events.find((e) => /struck a boat/u.test(e.quote))!;
const designation = corpus.events.find((e) => /designated the Red Hand Cartel/u.test(e.quote))!;

describe('one happening, one event', () => {
  test('three sources reporting the same strike make one event; its own evidence is the earliest-published report', () => {
    expect(
      corpus.events.filter(
        (e) => /struck a boat/u.test(e.quote) || e.reports?.some((r) => /struck a boat/u.test(r.quote)),
      ),
    ).toHaveLength(1);
    expect(strike.source).toBe(A);
    expect(strike.id).toBe(article(A).events.find((e) => /struck a boat/u.test(e.quote))!.id);
    expect(strike.date?.value).toBe('2025-09-01');
  });

  test('every other source’s sentence is kept as a report, in order of publication, with the date it gives', () => {
    expect(strike.reports?.map((r) => [r.source, r.date?.value])).toEqual([
      [B, '2025-09-01'],
      [C, '2025-08-31'],
    ]);
    for (const r of strike.reports!) expect(r.quote).toMatch(/struck a boat/u);
  });

  test('the actors and authorities of every report are the event’s', () => {
    expect(strike.actors).toEqual(expect.arrayContaining(['us-military', 'red-hand-cartel']));
  });

  test('figures the sources disagree on are kept side by side, never averaged: "11 people" killed, "three killed", "11 killed"', () => {
    expect(about(strike, 'killed')).toEqual([
      [A, '11'],
      [B, 'three'],
      [C, '11'],
    ]);
  });

  test('places the sources disagree on are kept side by side ("off Veracruz", "off Tampico")', () => {
    expect(about(strike, 'place')).toEqual([
      [A, 'off Veracruz'],
      [B, 'off Tampico'],
    ]);
  });

  test('a date a day apart is a difference between the sources, not two happenings ("Tuesday", "Wednesday")', () => {
    expect(designation.reports?.map((r) => r.source)).toEqual([B]);
    expect(about(designation, 'date')).toEqual([
      [A, '2025-09-02'],
      [B, '2025-09-03'],
    ]);
    expect(about(strike, 'date')).toEqual([
      [A, '2025-09-01'],
      [B, '2025-09-01'],
      [C, '2025-08-31'],
    ]);
  });

  test('undated reports are one event only on the same act, by the same actor, under the same authority (a directive signed)', () => {
    const signed = corpus.events.find((e) => /signed a directive/u.test(e.quote))!;
    expect(signed.source).toBe(A);
    expect(signed.reports?.map((r) => r.source)).toEqual([B]);
    expect(signed.differences).toBeUndefined();
  });

  test('acts of another kind stay events of their own ("defended the strike", "called the strike lawful")', () => {
    for (const q of [/defended the strike/u, /called the strike lawful/u])
      expect(corpus.events.find((e) => q.test(e.quote))?.reports).toBeUndefined();
  });

  test('two events of one article are never one', () => {
    const a = article(A);
    const copy = a.events.find((e) => /struck a boat/u.test(e.quote))!;
    const twice = {
      ...a,
      events: [...a.events, { ...copy, id: `${copy.id}-again` }],
      facts: { ...a.facts, [`${copy.id}-again`]: a.facts![copy.id]! },
    };
    const c = mergeArticles([twice], overlay.parse({}));
    expect(c.events.filter((e) => /struck a boat/u.test(e.quote))).toHaveLength(2);
  });

  test('a record of one source has no reports and no differences', () => {
    for (const e of merged({}, [A]).events) {
      expect(e.reports).toBeUndefined();
      expect(e.differences).toBeUndefined();
    }
  });

  test('the overlay keeps two reports apart, or makes two events one', () => {
    const ids = (src: string, re: RegExp) => article(src).events.find((e) => re.test(e.quote))!.id;
    const apart = merged({ keepApart: { events: [[ids(A, /struck a boat/u), ids(B, /struck a boat/u)]] } });
    expect(apart.events.find((e) => e.id === ids(A, /struck a boat/u))?.reports?.map((r) => r.source)).toEqual([C]);
    const forced = merged({
      merge: { events: [{ into: ids(A, /called the strike lawful/u), from: [ids(B, /defended the strike/u)] }] },
    });
    expect(
      forced.events.find((e) => e.id === ids(A, /called the strike lawful/u))?.reports?.map((r) => r.source),
    ).toEqual([B]);
  });
});

describe('dates and figures of one happening', () => {
  const day = (value: string) => ({ value, precision: 'day' as const, approximate: false, expression: value });
  const month = (value: string) => ({ value, precision: 'month' as const, approximate: false, expression: value });

  test('a day within the month another source gives is the same date; a day or a month apart is close; more is another happening', () => {
    expect(dateRelation(day('2025-08-08'), month('2025-08'))).toBe('same');
    expect(dateRelation(day('2025-08-08'), day('2025-08-09'))).toBe('close');
    expect(dateRelation(month('2025-01'), month('2025-02'))).toBe('close');
    expect(dateRelation(day('2025-08-08'), day('2025-08-20'))).toBe('far');
    expect(dateRelation(month('2025-01'), month('2025-03'))).toBe('far');
    expect(dateRelation(null, day('2025-08-08'))).toBe('undated');
  });

  test('the same figure written in words and in digits is no difference ("eleven", "11")', () => {
    const report = (source: string, text: string, value: number): Report => ({
      event: {
        id: source,
        source,
        paragraph: 'p-x',
        quote: `${text} killed`,
        summary: 's',
        headline: 's',
        date: null,
        actors: [],
        agents: [],
        authorities: [],
      },
      published: '2025-09-01',
      order: 0,
      facts: {
        act: 'strike',
        verbs: ['strike'],
        figures: [{ about: 'killed', key: 'kill', text, value }],
        place: null,
      },
    });
    expect(differencesOf([report('a', 'eleven', 11), report('b', '11', 11)])).toEqual([]);
    expect(differencesOf([report('a', 'eleven', 11), report('b', '3', 3)]).map((d) => d.about)).toEqual(['killed']);
  });
});

describe('an act told through what was done in it', () => {
  test('"In announcing sanctions on X, the ministry accused X …" and "The government announced sanctions against X" are one happening', () => {
    const one = shortArticle(
      'one',
      '2025-09-03',
      'In announcing on Monday that it was imposing sanctions on the Red Hand Cartel, the Finance Ministry accused the Red Hand Cartel of smuggling arms.',
    );
    const two = shortArticle(
      'two',
      '2025-10-02',
      'The Finance Ministry announced sanctions against the Red Hand Cartel last month.',
    );
    const corpus = mergedShort(one, two);
    const withSanctions = corpus.events.filter((e) => e.authorities.some((a) => /sanctions/.test(a)));
    expect(withSanctions).toHaveLength(1);
    expect(withSanctions[0]!.reports?.map((r) => r.source)).toEqual(['two']);
  });
});
