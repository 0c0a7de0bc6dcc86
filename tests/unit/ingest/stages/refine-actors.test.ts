import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from '../helpers.ts';
import { dropNonActors, dropOverlaps, resolveShortOrganizations } from '../../../../src/ingest/stages/refine-actors.ts';
import { spanOf, type ActorCandidate } from '../../../../src/ingest/stages/types.ts';
import { overlay } from '../../../../src/schemas/index.ts';

const actors = (t: string) => extract(t).actors;
const candidate = (text: string, words: string, kind: ActorCandidate['kind'], via: ActorCandidate['via']) => {
  const [s] = sentencesOf(text);
  const start = text.indexOf(words);
  return { ...spanOf(s!, start, start + words.length), name: words, kind, via } as ActorCandidate;
};

describe('one candidate per span', () => {
  test('an organization or group wins over a person guess it overlaps; then the longer span', () => {
    const text = 'Rosa Negra Cartel fought.';
    const kept = dropOverlaps([
      candidate(text, 'Rosa Negra', 'person', 'people'),
      candidate(text, 'Rosa Negra Cartel', 'group', 'pattern'),
    ]);
    expect(kept.map((c) => c.name)).toEqual(['Rosa Negra Cartel']);
  });
});

describe('names', () => {
  test('what a bracket opens after a name is no part of it ("Jane Roe (D-Ore")', () => {
    const text = 'Rep. Jane Roe (D-Ore said so.';
    const [c] = dropNonActors([candidate(text, 'Jane Roe (D-Ore', 'person', 'people')], overlay.parse({}));
    expect([c!.text, c!.name]).toEqual(['Jane Roe', 'Jane Roe']);
    expect(actors(text).map((a) => a.name)).toEqual(['Jane Roe']);
  });

  test('what the lexicon or the overlay says is never an actor is dropped', () => {
    const text = 'Air Force One landed.';
    expect(dropNonActors([candidate(text, 'Air Force One', 'organization', 'pattern')], overlay.parse({}))).toEqual([]);
  });

  test('a one-word organization that ends a name given before is that organization ("the Ledger")', () => {
    const text = 'The Daily Ledger said so; the Ledger added more.';
    const out = resolveShortOrganizations([
      candidate(text, 'Daily Ledger', 'organization', 'pattern'),
      candidate(text, 'Ledger', 'organization', 'pattern'),
    ]);
    expect(out.map((c) => c.name)).toEqual(['Daily Ledger', 'Daily Ledger']);
  });
});

describe('aliases', () => {
  test('"X, also known as Y" makes Y an alias of X', () => {
    const list = actors('The Red Hand Cartel, also known as La Mano Roja, grew.');
    expect(list.find((a) => a.name === 'Red Hand Cartel')?.aliases).toContain('La Mano Roja');
  });

  test('a name the text gives a group’s other name ("Rosa Negra, also known as RN-4") is that group', () => {
    const list = actors('Officials said Rosa Negra, also known as RN-4, had moved south.');
    expect(list.map((a) => [a.name, a.kind, a.aliases])).toEqual([['Rosa Negra', 'group', ['RN-4']]]);
  });

  test('but not a person a phrase ends with ("the sons of Juan Vela, known as Los Velitas")', () => {
    const list = actors('A war broke out among the sons of Juan Vela, known as Los Velitas, and others.');
    expect(list.find((a) => a.name === 'Juan Vela')?.kind).toBe('person');
  });

  test('the parts of a coordination ("the Fisheries and Transport Ministries") make no aliases', () => {
    const list = actors('On Friday, the Justice and State Departments agreed.');
    expect(list.find((a) => a.name === 'Department of State')?.aliases).toEqual([]);
    expect(list.find((a) => a.name === 'Department of Justice')?.aliases).toEqual([]);
  });
});

describe('home states and repeated names', () => {
  test('a state that qualifies a person or a group is no actor there', () => {
    expect(actors('Borduria’s Ana Ruiz spoke. Mexico’s Red Hand Cartel grew.').map((a) => a.name)).toEqual([
      'Ana Ruiz',
      'Red Hand Cartel',
    ]);
  });

  test('a surname alone after the full name is the person, found again over the tokens', () => {
    const list = actors('Senator Ana Ruiz spoke on Monday. Later, Ruiz left.');
    expect(list.find((a) => a.name === 'Ana Ruiz')?.mentions.map((m) => m.text)).toEqual(['Ana Ruiz', 'Ruiz']);
  });
});

describe('bodies inside the names of instruments', () => {
  test('a body opening the capitalised name of an instrument is a word of that name, not an actor', () => {
    const text = 'Ostria never ratified the United Nations Convention on the Rights of Ports.';
    const names = actors(text).map((a) => a.name);
    expect(names).not.toContain('United Nations');
  });

  test('a body before an instrument word in lower case still acts ("a UN Security Council resolution")', () => {
    expect(actors('A UN Security Council resolution passed on Monday.').map((a) => a.name)).toContain(
      'United Nations Security Council',
    );
  });
});
