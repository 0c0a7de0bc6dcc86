import { describe, expect, it } from 'vitest';
import { addInstrumentEditorial, instrumentFor, knownInstruments, knownPeople, markEditorialName } from '../../../src/ingest/gazetteer/index.ts';
import type { Actor } from '../../../src/schemas/index.ts';
import { extract } from './helpers.ts';

const person = (name: string, written: string[]): Actor => ({
  id: 'x',
  name,
  kind: 'person',
  aliases: [],
  roles: [],
  statements: [],
  mentions: written.map((text) => ({ source: 's', paragraph: 'p1', quote: `${text} spoke on Monday.`, text })),
});

describe('gazetteer of known people', () => {
  it('gives every entry a source page and the day it was checked', () => {
    expect(knownPeople.length).toBeGreaterThan(5);
    for (const p of knownPeople) {
      expect(p.forms.length).toBeGreaterThan(0);
      expect(p.source).toMatch(/^https:\/\//);
    }
  });

  it('marks a full name editorial when the texts write only a surname', () => {
    const entry = knownPeople.find((p) => p.forms.some((f) => f !== p.name))!;
    const surname = entry.forms.find((f) => f !== entry.name && !entry.name.startsWith(f))!;
    const marked = markEditorialName(person(entry.name, [surname]));
    expect(marked.editorial?.fullNameSource).toBe(entry.source);
  });

  it('leaves the name unmarked when a text writes it in full, and removes a stale mark', () => {
    const entry = knownPeople[0]!;
    expect(markEditorialName(person(entry.name, [entry.name])).editorial).toBeUndefined();
    const stale = { ...person(entry.name, [entry.name]), editorial: { fullNameSource: entry.source, description: 'kept' } };
    expect(markEditorialName(stale).editorial).toEqual({ description: 'kept' });
  });

  it("a state the sources name only by its adjective has its name marked the editors'; once named, the mark goes", () => {
    const state = (texts: string[]): Actor => ({ ...person('Colombia', texts), kind: 'state' });
    expect(markEditorialName(state(['Colombian'])).editorial?.nameReason).toBe('the sources write only “Colombian”, the adjective.');
    expect(markEditorialName(state(['Colombian', 'Colombia'])).editorial).toBeUndefined();
    const merged = { ...state(['Colombian', 'Colombia']), editorial: markEditorialName(state(['Colombian'])).editorial! };
    expect(markEditorialName(merged).editorial).toBeUndefined();
  });

  it('an article that names a known person by surname alone gets the editorial mark', () => {
    const { actors } = extract('Defense Secretary Hegseth inspected the new patrol boats on Monday.', '2025-03-05');
    const hegseth = actors.find((a) => a.name === 'Pete Hegseth');
    expect(hegseth?.editorial?.fullNameSource).toMatch(/^https:\/\//);
  });
});

describe('gazetteer of known bodies', () => {
  it('marks a body’s official name editorial, with its site, when the texts write another form of it', () => {
    const { actors } = extract('On Monday, the State Department and the Justice Department announced new charges.', '2025-03-05');
    for (const name of ['Department of State', 'Department of Justice']) {
      const body = actors.find((a) => a.name === name);
      expect(body?.editorial?.fullNameSource, name).toMatch(/^https:\/\/www\.(state|justice)\.gov\//);
    }
    // written in full, no mark
    const written = extract('On Monday, the Department of State announced new charges.', '2025-03-05');
    expect(written.actors.find((a) => a.name === 'Department of State')?.editorial?.fullNameSource).toBeUndefined();
  });
});

describe('gazetteer of legal instruments', () => {
  it('checks every citation against a named official page, on a given day', () => {
    expect(knownInstruments.length).toBeGreaterThan(5);
    for (const e of knownInstruments) {
      expect(e.url).toMatch(/^https:\/\//);
      expect(e.checkedAgainst.length).toBeGreaterThan(5);
    }
  });

  it('finds an instrument by any of its forms, whatever the case or a leading "the"', () => {
    expect(instrumentFor('the war powers act')?.name).toBe('War Powers Resolution');
    expect(instrumentFor('War Powers')).toBeUndefined();
  });

  it('an authority the text names by a known form gets the citation, link and year as editorial', () => {
    const { authorities } = extract('Senators invoked the War Powers Act on Tuesday to force a vote on the strikes.', '2025-10-08');
    const wpr = authorities.find((a) => a.aliases.concat(a.name).some((n) => /war powers/i.test(n)));
    expect(wpr?.editorial?.citation).toContain('50 U.S.C.');
    expect(wpr?.editorial?.year).toBe(1973);
  });

  it('a year the text gives is not replaced, and the overlay’s own note wins', () => {
    const a = {
      id: 'posse-comitatus-act',
      name: 'Posse Comitatus Act',
      kind: 'statute' as const,
      year: 1878,
      aliases: [],
      mentions: [{ source: 's', paragraph: 'p1', quote: 'The Posse Comitatus Act applies.', text: 'Posse Comitatus Act' }],
      editorial: { citation: 'Overlay citation' },
    };
    const out = addInstrumentEditorial(a);
    expect(out.editorial?.citation).toBe('Overlay citation');
    expect(out.editorial?.year).toBeUndefined();
  });
});

describe('an instrument named by a known form takes the canonical name', () => {
  it('"the War Powers Act" is the War Powers Resolution, its words kept as an alias', () => {
    const { authorities } = extract('Two senators said on Monday that the strikes broke the War Powers Act.', '2025-10-08');
    const wpr = authorities.find((a) => a.id === 'war-powers-resolution');
    expect(wpr?.name).toBe('War Powers Resolution');
    expect(wpr?.kind).toBe('statute');
    expect(wpr?.aliases).toContain('War Powers Act');
  });
});

describe('a treaty named with its maker before it', () => {
  it('"United Nations Convention on …" is the known convention, whoever made it', () => {
    expect(instrumentFor('the U.N. Convention on the Law of the Sea')?.name).toBe('Convention on the Law of the Sea');
    expect(instrumentFor('United Nations Charter')?.name).toBe('Charter of the United Nations');
    expect(instrumentFor('United Nations Convention on Harbors')).toBeUndefined();
  });
});
