// Invented articles.
import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

const dated = (text: string, published = '2025-10-29') =>
  extract(text, published).events.map((e) => [e.date?.value ?? null, e.summary]);
const actorsOfEvent = (text: string, summary: string, published = '2025-10-29') => {
  const r = extract(text, published);
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const e = r.events.find((x) => x.summary === summary);
  if (!e) throw new Error(`no event "${summary}" in: ${r.events.map((x) => x.summary).join(' | ')}`);
  return e.actors.map((id) => names.get(id) ?? id).sort();
};

describe('a date in a possessive before a happening noun', () => {
  const rescue = 'The coast guard had asked Peru to find the lone survivor of Friday’s raid off the port.';

  test('a weekday in a possessive before a happening noun is a happening of its own', () => {
    expect(dated(rescue)).toContainEqual(['2025-10-24', 'Friday’s raid']);
  });

  test('a date opening a happening after the act’s verb dates that happening, not the act', () => {
    expect(dated(rescue).filter(([d]) => d === '2025-10-24')).toEqual([['2025-10-24', 'Friday’s raid']]);
    expect(dated('Officials defended the Sept. 3 raid on a fishing camp.')).toContainEqual(['2025-09-03', 'Sept. 3 raid']);
    expect(dated('Officials defended the Sept. 3 raid on a fishing camp.').filter(([d]) => d === '2025-09-03')).toHaveLength(1);
  });

  test('a possessive happening that is the act’s subject is the act: one event on its day', () => {
    expect(dated('Friday’s raid off the port left nine people dead.')).toEqual([
      ['2025-10-24', 'Friday’s raid off the port left nine people dead'],
    ]);
  });
});

describe('who did a happening told as known', () => {
  test('a possessive happening that names no one was done by whoever an earlier mention of its kind names', () => {
    const text = [
      'Peruvian President Ana Roe said on Wednesday that a search had failed to find the lone survivor of Chilean strikes on three fishing boats.',
      'The coast guard had asked Peru to find the survivor of Monday’s raids off the port.',
    ].join('\n\n');
    expect(actorsOfEvent(text, 'Monday’s raids')).toEqual(['Chile']);
  });

  test('an earlier mention names the doer in a "by" phrase after the happening', () => {
    const text = [
      'Strikes by Chile on three fishing boats have drawn protests in Lima.',
      'The coast guard had asked Peru to find the survivor of Monday’s strike.',
    ].join('\n\n');
    expect(actorsOfEvent(text, 'Monday’s strike')).toEqual(['Chile']);
  });

  test('a happening told as known that no earlier mention gives a doer was done by whoever the next sentence says did more of its kind', () => {
    const text = [
      'On Sept. 4, Governor Ana Roe wrote to the assembly about the Sept. 2 naval raid on a trawler in the Pacific.',
      'Since then, the Chilean navy has carried out at least nine additional raids on vessels off Peru.',
    ].join(' ');
    expect(actorsOfEvent(text, 'Sept. 2 naval raid')).toEqual(['Chile']);
  });

  test('a next sentence’s act on no more of the kind gives the happening no doer', () => {
    const text = [
      'On Sept. 4, Governor Ana Roe wrote to the assembly about the Sept. 2 naval raid on a trawler in the Pacific.',
      'Since then, the Chilean navy has carried out at least nine patrols off Peru.',
    ].join(' ');
    expect(actorsOfEvent(text, 'Sept. 2 naval raid')).toEqual([]);
  });

  test('a happening of another kind is no earlier mention of it', () => {
    const text = [
      'Observers in Lima questioned the Chilean election on three islands.',
      'The coast guard had asked Peru to find the survivor of Monday’s raid.',
    ].join('\n\n');
    expect(actorsOfEvent(text, 'Monday’s raid')).toEqual([]);
  });
});

describe('a date counted from the one before is no more precise than its words', () => {
  const dates = (text: string) => extract(text, '2025-10-10').events.map((e) => e.date);

  test('"later that month" is that month, after the day before', () => {
    const [, later] = dates('On Sept. 2 the Ostrian navy sank a boat off Peru. Later that month, the navy seized a trawler.');
    expect(later).toMatchObject({ value: '2025-09', precision: 'month', after: '2025-09-02' });
  });

  test('"later that year" is that year, after the date before', () => {
    const [, later] = dates('In May 2019 the ministry listed the Red Hand Cartel. Later that year, the ministry added the Blue Ring.');
    expect(later).toMatchObject({ value: '2019', precision: 'year', after: '2019-05' });
  });
});

describe('a count before a date: more happenings of the noun told before it', () => {
  const campaign = [
    'The campaign has so far involved four Chilean raids on fishing boats.',
    'The first raid came on Sept. 2, then another on Sept. 9, three more later that month, plus another last week.',
  ].join('\n\n');

  test('"three more" before a date counted from the one before are that many more happenings then', () => {
    expect(dated(campaign, '2025-10-28')).toContainEqual(['2025-09', 'Three more [raids] later that month']);
  });

  test('"another" before a date with its preposition is one more happening that day', () => {
    expect(dated(campaign, '2025-10-28')).toContainEqual(['2025-09-09', 'Another [raid] on Sept. 9']);
  });

  test('a day only roughly known ("last week") dates none of them', () => {
    expect(dated(campaign, '2025-10-28').map(([, title]) => title)).not.toContain('Another [raid] last week');
  });

  test('they were done by whoever an earlier mention of their kind names', () => {
    expect(actorsOfEvent(campaign, 'Three more [raids] later that month', '2025-10-28')).toEqual(['Chile']);
  });
});

test('"another" after a sentence whose subject is no happening counts something else: no happening', () => {
  const text = 'After the raid on Sept. 2, the ministry listed one gang on Sept. 5 and another on Sept. 9.';
  expect(dated(text, '2025-10-28').map(([, title]) => title)).not.toContain('Another [raid] on Sept. 9');
});
