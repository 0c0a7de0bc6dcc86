import { describe, expect, it } from 'vitest';
import { knownPeople, markEditorialName } from '../../../src/ingest/gazetteer/index.ts';
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

  it('an article that names a known person by surname alone gets the editorial mark', () => {
    const { actors } = extract('Defense Secretary Hegseth inspected the new patrol boats on Monday.', '2025-03-05');
    const hegseth = actors.find((a) => a.name === 'Pete Hegseth');
    expect(hegseth?.editorial?.fullNameSource).toMatch(/^https:\/\//);
  });
});
