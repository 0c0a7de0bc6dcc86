import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { actorProvenance, listedSources, authorityProvenance, byPublication, reportsInOrder, differenceLabel, differenceValue, eventProvenance, reportedLine, shareLabel, sourcedRoles, roleKeys } from '../../../src/lib/provenance.ts';
import { actorGlance, eventGlance } from '../../../src/lib/at-a-glance.ts';
import { ALPHA, BETA, DELTA, inventedCorpus } from '../../fixtures/multi-source/corpus.ts';

// Provenance on invented articles: which sources report a record, in publication order, the
// first and last, and each source's share. Two articles share a publication day: the tie falls by id.
const c = inventedCorpus();
const quell = c.actors.find((a) => a.id === 'mara-quell')!;
const act = c.authorities.find((a) => a.id === 'coastal-waters-act')!;
const raid = c.events.find((e) => e.id === 'the-raid-on-pier-nine')!;
const eventsOf = (id: string) => c.events.filter((e) => e.actors.includes(id) || e.authorities.includes(id));

describe('provenance of a record', () => {
  test('an actor: its sources in publication order (a same-day tie by id), first and last', () => {
    const p = actorProvenance(quell, eventsOf('mara-quell'), c.sources);
    expect(p.sources.map((s) => s.source.id)).toEqual([ALPHA, BETA, DELTA]);
    expect(p.first?.id).toBe(ALPHA);
    expect(p.last?.id).toBe(DELTA);
    expect(reportedLine(p)).toBe('First reported 8 August 2025 (Alpha Post), last 2 September 2025 (Delta News)');
  });

  test("each source's share is counted by kind of fact and said in words", () => {
    const p = actorProvenance(quell, eventsOf('mara-quell'), c.sources);
    expect(p.sources.map((s) => s.counts)).toEqual([
      { role: 1, statement: 1, mention: 1, event: 1 },
      { statement: 1, mention: 1, event: 1 },
      { role: 2, statement: 1, mention: 1, event: 1 },
    ]);
    expect(p.sources.map(shareLabel)).toEqual(['1 role, 1 quotation, 1 passage, 1 event', '1 quotation, 1 passage, 1 event', '2 roles, 1 quotation, 1 passage, 1 event']);
    // The link of each source goes to its own first fact.
    expect(p.sources.map((s) => s.first.source)).toEqual([ALPHA, BETA, DELTA]);
  });

  test("an authority's sources include those of the events that involve it", () => {
    const p = authorityProvenance(act, eventsOf('coastal-waters-act'), c.sources);
    expect(p.sources.map((s) => [s.source.id, s.counts])).toEqual([
      [ALPHA, { mention: 1 }],
      [DELTA, { mention: 1, event: 1 }],
    ]);
  });

  test("an event's sources: its own report and every other source's report", () => {
    const p = eventProvenance(raid, c.sources);
    expect(p.sources.map((s) => [s.source.id, s.counts.report, s.first.paragraph])).toEqual([
      [ALPHA, 1, raid.paragraph],
      [BETA, 1, raid.reports![0]!.paragraph],
      [DELTA, 1, raid.reports![1]!.paragraph],
    ]);
  });

  test('one source: "Reported …"; a fact without a source belongs to the only source; unknown sources are left out', () => {
    const one = [c.sources.find((s) => s.id === ALPHA)!];
    const lone = { ...raid, source: undefined, reports: undefined, differences: undefined };
    const p = eventProvenance(lone, one);
    expect(p.sources.map((s) => s.source.id)).toEqual([ALPHA]);
    expect(reportedLine(p)).toBe('Reported 8 August 2025 (Alpha Post)');
    // Against one source, the reports of the other two name sources that are not there.
    expect(eventProvenance(raid, one).sources.map((s) => s.source.id)).toEqual([ALPHA]);
    expect(reportedLine(eventProvenance(raid, []))).toBeNull();
  });

  test('the order does not depend on the order of the sources given', () => {
    const reversed = [...c.sources].reverse();
    expect(actorProvenance(quell, eventsOf('mara-quell'), reversed).sources.map((s) => s.source.id)).toEqual([ALPHA, BETA, DELTA]);
    expect([...c.sources].sort(byPublication).map((s) => s.id)).toEqual([ALPHA, BETA, DELTA]);
  });

  test('the summary box reads the same provenance: first and last day with their outlets, and the number of sources', () => {
    const g = actorGlance(quell, eventsOf('mara-quell'), c.sources);
    expect(g.reported).toEqual({ first: '2025-08-08', last: '2025-09-02', firstOutlet: 'Alpha Post', lastOutlet: 'Delta News' });
    expect(g.counts.sources).toBe(3);
    const e = eventGlance(raid, [], c.sources);
    expect(e.counts).toMatchObject({ quotations: 3, sources: 3 });
  });
});

describe('each fact with its own source', () => {
  test("an event's reports in publication order, whatever order they are stored in", () => {
    const shuffled = { ...raid, reports: [...raid.reports!].reverse() };
    expect(reportsInOrder(shuffled, c.sources).map((r) => r.source)).toEqual([ALPHA, BETA, DELTA]);
  });

  test('a role stated by several sources is listed once, with every citation, earliest source first', () => {
    const roles = sourcedRoles(quell.roles, c.sources);
    expect(roles.map((r) => [r.role, r.cites.map((x) => x.source)])).toEqual([
      ['harbor commissioner', [ALPHA, DELTA]],
      ['acting governor', [DELTA]],
    ]);
  });

  test('where sources differ, each value is labelled; a date reads as the site writes dates, a figure as given', () => {
    expect(raid.differences!.map((d) => differenceLabel(d.about))).toEqual(['Date', 'Figure: killed']);
    expect(differenceValue('date', '2025-08-06')).toBe('6 August 2025');
    expect(differenceValue('date', '2025-08')).toBe('August 2025');
    expect(differenceValue('date', 'last Thursday')).toBe('last Thursday');
    expect(differenceValue('killed', '2025')).toBe('2025');
    expect(differenceLabel('place')).toBe('Place');
  });
});

test('provenance, updates and the feed never read the clock', () => {
  for (const f of ['provenance', 'updates', 'atom']) {
    const src = readFileSync(new URL(`../../../src/lib/${f}.ts`, import.meta.url), 'utf8');
    expect(src, f).not.toMatch(/new Date\(\s*\)|Date\.now|performance\.now/);
  }
});

describe('a record many sources report', () => {
  // The same three sources, copied under other ids and days, as if many articles named the record.
  const many = Array.from({ length: 30 }, (_, i) => ({ ...c.sources[i % c.sources.length]!, id: `s-${String(i).padStart(2, '0')}`, published: `2025-10-${String(i + 1).padStart(2, '0')}` }));
  const share = (s: (typeof many)[number]) => ({ source: s, counts: { mention: 1 }, first: { source: s, paragraph: 'p', quote: 'q' } });
  const p = { sources: many.map(share), first: many[0]!, last: many.at(-1)! } as unknown as Parameters<typeof listedSources>[0];

  test('the page lists the earliest and the latest sources, and says how many more lie between and when', () => {
    const { earliest, latest, between } = listedSources(p, 6);
    expect(earliest.map((s) => s.source.id)).toEqual(['s-00', 's-01', 's-02', 's-03', 's-04', 's-05']);
    expect(latest.map((s) => s.source.id)).toEqual(['s-24', 's-25', 's-26', 's-27', 's-28', 's-29']);
    expect(between).toEqual({ count: 18, from: '2025-10-07', to: '2025-10-24' });
  });

  test('a few sources are all listed', () => {
    const few = { ...p, sources: p.sources.slice(0, 13) };
    expect(listedSources(few, 6)).toEqual({ earliest: few.sources, latest: [], between: null });
  });
});

describe('roles as listed', () => {
  test('one spelling per role whatever its case; a bare title that begins a fuller one is listed as the fuller one', () => {
    const keys = roleKeys(['Harbor Minister', 'harbor minister', 'President', 'President of Ostria', 'envoy']);
    expect(keys.get('harbor minister')).toBe('Harbor Minister');
    expect(keys.get('President')).toBe('President of Ostria');
    expect(keys.get('envoy')).toBe('envoy');
    expect(new Set(keys.values()).size).toBe(3);
  });
});
