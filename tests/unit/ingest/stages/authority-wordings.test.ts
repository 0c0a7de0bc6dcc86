import { describe, expect, test } from 'vitest';
import { toExtractJson } from '../../../../src/ingest/render/extract-json.ts';
import type { Source } from '../../../../src/schemas/index.ts';
import { extract } from '../helpers.ts';

// Invented sentences: the words a text uses for an instrument that name none by themselves.
const record = (text: string, name: string) => extract(text, '2025-06-12').authorities.find((a) => a.name.startsWith(name))!;

describe('authority wordings: forms of an instrument that are no other name of it', () => {
  test('its kind in general words ("the new directive", "the opinion") is no other name', () => {
    const text =
      'The governor signed a directive to the navy to patrol the coast on Monday. The new directive was praised. ' +
      'An aide said the directive was lawful.';
    const r = record(text, 'Directive to the navy');
    expect(r.aliases).not.toContain('new directive');
    expect(r.wordings).toEqual(expect.arrayContaining(['new directive']));
  });

  test('a description in lower case ("an 1899 law") is no other name; a name written as one is', () => {
    const text = 'Under an 1899 law called the Harbor Safety Act, ships are inspected. Critics call it the HSA Rule.';
    const r = record(text, 'Harbor Safety Act');
    expect(r.aliases).not.toContain('1899 law');
    expect(r.wordings).toContain('1899 law');
  });

  test('a designation’s label is no other name of the act of listing', () => {
    const text = 'In May, the ministry designated the Orchid Brotherhood as a foreign terrorist organization.';
    const r = record(text, 'Foreign terrorist organization designation of Orchid Brotherhood');
    expect(r.aliases).toEqual([]);
    expect(r.wordings).toEqual(['foreign terrorist organization']);
  });

  test('the words of the verb that made an instrument are no other name of it; a described name stays one', () => {
    const text = 'In 2003, the assembly authorized the use of force against the Red Hand Cartel under a decades-old statute.';
    const r = record(text, 'Authorization for the use of force');
    expect(r.aliases.some((a) => a.startsWith('authorized'))).toBe(false);
    expect(r.wordings?.some((a) => a.startsWith('authorized'))).toBe(true);
  });

  test('the extract JSON’s aliases keep every surface form, names and wordings alike', () => {
    const text = 'In May, the ministry designated the Orchid Brotherhood as a foreign terrorist organization.';
    const source = { title: 'Invented', published: '2025-06-12', paragraphs: [] } as unknown as Source;
    const json = toExtractJson({ ...extract(text, '2025-06-12'), source });
    expect(json.authorities[0]!.aliases).toEqual(['foreign terrorist organization']);
  });
});
