import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, scoreExtraction, type ExtractInput, type Gold } from '../../src/lib/score-extraction.ts';

const seedGold = JSON.parse(readFileSync('tests/fixtures/gold/seed.gold.json', 'utf8')) as Gold;

/** An extraction that says exactly what a gold annotation says (required records only). */
function perfectExtract(gold: Gold): ExtractInput {
  const required = <T extends { optional?: boolean }>(xs: T[]) => xs.filter((x) => !x.optional);
  return {
    actors: required(gold.actors).map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases ?? [], roles: a.roles ?? [] })),
    authorities: required(gold.authorities).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      year: a.year ?? null,
      aliases: a.aliases ?? [],
      mentions: (a.paragraphs ?? []).map((paragraph) => ({ paragraph })),
    })),
    events: required(gold.events).map((e) => ({
      id: e.id,
      summary: e.summary,
      date: e.date,
      paragraph: e.paragraph,
      actors: (e.actors ?? []).filter((a) => !gold.actors.find((g) => g.id === a)?.optional),
      authorities: e.authorities ?? [],
    })),
    statements: (gold.statements ?? []).map((s) => ({ ...s })),
  };
}

const tiny: Gold = {
  actors: [
    { id: 'marco-rubio', name: 'Marco Rubio', kind: 'person', aliases: ['Rubio'], roles: ['secretary of state'] },
    { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] },
    { id: 'department-of-defense', name: 'Department of Defense', kind: 'organization', aliases: ['the Pentagon', 'Defense Department'] },
    { id: 'venezuela', name: 'Venezuela', kind: 'state' },
    { id: 'republicans', name: 'Republicans', kind: 'organization', optional: true },
  ],
  authorities: [
    { id: 'posse-comitatus-act', name: 'Posse Comitatus Act', kind: 'statute', year: 1878, aliases: ['an 1878 law'] },
  ],
  events: [
    { id: 'a', summary: 'Rubio speaks', paragraph: 'p-1', date: { value: '2025-08-07', precision: 'day', approximate: false, expression: 'On Thursday' }, actors: ['marco-rubio'] },
    { id: 'b', summary: 'Maduro indicted', paragraph: 'p-1', date: null, actors: ['nicolas-maduro'] },
    { id: 'c', summary: 'Pentagon declines', paragraph: 'p-2', date: null, actors: ['department-of-defense'] },
  ],
  statements: [{ actor: 'marco-rubio', paragraph: 'p-1', quote: 'We have to start treating them as armed terrorist organizations.' }],
  nonActors: ['Air Force One'],
};

describe('scoreExtraction', () => {
  it('gives 1.0 everywhere when the extraction equals the seed gold', () => {
    const r = scoreExtraction(seedGold, perfectExtract(seedGold));
    for (const s of [r.actors, r.authorities, r.events, r.statements, r.eventActorLinks]) {
      expect(s.precision).toBe(1);
      expect(s.recall).toBe(1);
      expect(s.f1).toBe(1);
    }
    expect(r.roles.share).toBe(1);
    expect(r.events.dateDetails.agree).toBe(r.events.dateDetails.dated);
  });

  it('lowers actor recall, not precision, when an actor is missing, and lists it as a miss', () => {
    const x = perfectExtract(tiny);
    x.actors = x.actors!.filter((a) => a.id !== 'venezuela');
    const r = scoreExtraction(tiny, x);
    expect(r.actors.precision).toBe(1);
    expect(r.actors.recall).toBeCloseTo(3 / 4);
    expect(r.actors.misses.map((m) => m.id)).toEqual(['venezuela']);
  });

  it('does not count an actor whose kind is wrong: it is both a miss and a false positive', () => {
    const x = perfectExtract(tiny);
    x.actors = x.actors!.map((a) => (a.id === 'venezuela' ? { ...a, kind: 'organization' } : a));
    const r = scoreExtraction(tiny, x);
    expect(r.actors.tp).toBe(3);
    expect(r.actors.misses[0]!.reason).toMatch(/another kind/);
    expect(r.actors.falsePositives[0]!.reason).toMatch(/kind mismatch/);
  });

  it('does not count an authority whose kind is wrong', () => {
    const x = perfectExtract(tiny);
    x.authorities = [{ id: 'pca', name: 'Posse Comitatus Act', kind: 'executive-order', year: 1878, aliases: [] }];
    const r = scoreExtraction(tiny, x);
    expect(r.authorities.tp).toBe(0);
    expect(r.authorities.recall).toBe(0);
  });

  it('matches names after folding accents, case, punctuation and a leading "the"', () => {
    expect(normalize('Nicolás Maduro')).toBe('nicolas maduro');
    expect(normalize('The Pentagon')).toBe('pentagon');
    expect(normalize('U.S. Coast Guard')).toBe('us coast guard');
    expect(normalize('MS-13')).toBe(normalize('ms 13'));
    const x: ExtractInput = {
      actors: [
        { id: 'nicolas-maduro', name: 'NICOLAS MADURO', kind: 'person' },
        { id: 'pentagon', name: 'The Pentagon', kind: 'organization' },
        { id: 'rubio', name: 'Rubio', kind: 'person' },
        { id: 'venezuela', name: 'venezuela', kind: 'state' },
      ],
    };
    const r = scoreExtraction(tiny, x);
    expect(r.actors.tp).toBe(4);
    expect(r.actors.falsePositives).toEqual([]);
  });

  it('counts a second record for the same actor as a duplicate false positive', () => {
    const x = perfectExtract(tiny);
    x.actors!.push({ id: 'defense-department', name: 'Defense Department', kind: 'organization' });
    const r = scoreExtraction(tiny, x);
    expect(r.actors.tp).toBe(4);
    expect(r.actors.falsePositives.map((f) => f.reason)).toEqual(['duplicate of gold department-of-defense']);
  });

  it('neither rewards nor penalizes optional records, and flags never-an-actor names', () => {
    const x = perfectExtract(tiny);
    x.actors!.push({ id: 'republicans', name: 'Republicans', kind: 'group' });
    x.actors!.push({ id: 'air-force-one', name: 'Air Force One', kind: 'organization' });
    const r = scoreExtraction(tiny, x);
    expect(r.actors.tp).toBe(4);
    expect(r.actors.falsePositives.map((f) => f.id)).toEqual(['air-force-one']);
    expect(r.nonActorHits.map((f) => f.id)).toEqual(['air-force-one']);
  });

  it('matches events one-to-one by paragraph and date value, so one extracted event cannot satisfy two gold events', () => {
    const x: ExtractInput = {
      actors: perfectExtract(tiny).actors!,
      events: [
        { id: 'e1', summary: 'something', paragraph: 'p-1', date: null, actors: ['nicolas-maduro'] },
        { id: 'e2', summary: 'Rubio', paragraph: 'p-1', date: { value: '2025-08-07', precision: 'day', approximate: false }, actors: [] },
        { id: 'e3', summary: 'Rubio again', paragraph: 'p-1', date: { value: '2025-08-07', precision: 'day', approximate: false }, actors: [] },
        { id: 'e4', summary: 'Pentagon', paragraph: 'p-2', date: { value: '2025-08-08', precision: 'day', approximate: false }, actors: [] },
      ],
    };
    const r = scoreExtraction(tiny, x);
    expect(r.events.matches).toEqual([
      { gold: 'a', extracted: 'e2' },
      { gold: 'b', extracted: 'e1' },
    ]);
    expect(r.events.falsePositives.map((f) => f.id).sort()).toEqual(['e3', 'e4']);
    expect(r.events.misses.map((m) => m.id)).toEqual(['c']);
    expect(r.events.recall).toBeCloseTo(2 / 3);
    expect(r.events.precision).toBeCloseTo(2 / 4);
  });

  it('prefers, among same-paragraph same-date candidates, the pairing that shares actors', () => {
    const gold: Gold = {
      actors: tiny.actors,
      authorities: [],
      events: [
        { id: 'g-rubio', summary: 'x', paragraph: 'p-9', date: null, actors: ['marco-rubio'] },
        { id: 'g-maduro', summary: 'y', paragraph: 'p-9', date: null, actors: ['nicolas-maduro'] },
      ],
    };
    const x: ExtractInput = {
      actors: perfectExtract(tiny).actors!,
      events: [
        { id: 'x-maduro', paragraph: 'p-9', date: null, actors: ['nicolas-maduro'] },
        { id: 'x-rubio', paragraph: 'p-9', date: null, actors: ['marco-rubio'] },
      ],
    };
    const r = scoreExtraction(gold, x);
    expect(r.eventActorLinks.f1).toBe(1);
    expect(r.events.matches).toContainEqual({ gold: 'g-rubio', extracted: 'x-rubio' });
  });

  it('catches roles by loose normalized substring and links by mapped actor ids', () => {
    const x = perfectExtract(tiny);
    x.actors = x.actors!.map((a) => (a.id === 'marco-rubio' ? { ...a, id: 'rubio-x', roles: ['the Secretary of State of the US'] } : a));
    x.events = x.events!.map((e) => (e.id === 'a' ? { ...e, actors: ['rubio-x', 'venezuela'] } : e));
    x.statements = [{ actor: 'rubio-x', paragraph: 'p-1', quote: 'We have to start treating them as armed terrorist organizations' }];
    const r = scoreExtraction(tiny, x);
    expect(r.roles.caught).toBe(1);
    expect(r.eventActorLinks.tp).toBe(3);
    expect(r.eventActorLinks.falsePositives.map((f) => f.label)).toEqual(['a -> venezuela']);
    expect(r.statements.f1).toBe(1);
  });

  it('does not count a statement attributed to the wrong speaker', () => {
    const x = perfectExtract(tiny);
    x.statements = [{ actor: 'nicolas-maduro', paragraph: 'p-1', quote: 'We have to start treating them as armed terrorist organizations.' }];
    const r = scoreExtraction(tiny, x);
    expect(r.statements.tp).toBe(0);
    expect(r.statements.misses[0]!.reason).toMatch(/attributed to nicolas-maduro/);
  });
});

describe('seed gold annotation', () => {
  it('uses known actor and authority ids in events and statements', () => {
    const actorIds = new Set(seedGold.actors.map((a) => a.id));
    const authorityIds = new Set(seedGold.authorities.map((a) => a.id));
    for (const e of seedGold.events) {
      for (const a of e.actors ?? []) expect(actorIds, `${e.id} -> ${a}`).toContain(a);
      for (const a of e.authorities ?? []) expect(authorityIds, `${e.id} -> ${a}`).toContain(a);
    }
    for (const s of seedGold.statements ?? []) expect(actorIds).toContain(s.actor);
  });

  it('has unique slug ids and never lists a never-an-actor name as an actor', () => {
    const ids = seedGold.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...seedGold.authorities.map((a) => a.id), ...seedGold.events.map((e) => e.id)])
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const banned = new Set((seedGold.nonActors ?? []).map(normalize));
    for (const a of seedGold.actors) for (const f of [a.name, ...(a.aliases ?? [])]) expect(banned.has(normalize(f)), f).toBe(false);
  });
});
