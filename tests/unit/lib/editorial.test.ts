// What the editors set on an event (overlay corrections) is read back for the pages to mark it.
import { describe, expect, test } from 'vitest';
import { editorialNote, eventEditorial, nameByEditors } from '../../../src/lib/editorial.ts';
import { entryHtml } from '../../../src/lib/atom.ts';
import { dateBasis } from '../../../src/lib/event-dates.ts';

describe('an event’s editorial marks', () => {
  test('the headline, date and added actors the editors set, each with its reason', () => {
    const m = eventEditorial({
      date: { value: '2024-06', precision: 'month', approximate: false, expression: 'that summer', editorial: 'the guild’s minutes date it' },
      editorial: { headline: 'shorter', actors: [{ id: 'dock-guild', reason: 'named just before' }] },
    });
    expect(m.headline).toBe('shorter');
    expect(m.date).toBe('the guild’s minutes date it');
    expect([...m.actors]).toEqual([['dock-guild', 'named just before']]);
  });

  test('an event the editors left alone has none', () => {
    const m = eventEditorial({ date: { value: '2024', precision: 'year', approximate: false, expression: 'In 2024' } });
    expect(m).toEqual({ headline: null, date: null, actors: new Map() });
  });

  test('an editorial date rests on the editors’ reason; where the source has words for it, they are said to be its', () => {
    expect(dateBasis({ value: '2024-06', precision: 'month', approximate: false, expression: 'that summer', editorial: 'the minutes date it' })).toBe(
      'The editors set this date, not the source: the minutes date it',
    );
    expect(dateBasis({ value: '2024-06', precision: 'month', approximate: false, expression: 'that summer', editorial: 'the minutes date it', wordsOfSource: true })).toBe(
      'The source says “that summer”; the editors set its days: the minutes date it',
    );
    expect(editorialNote.headline('shorter')).toBe('The editors wrote this title, not the source: shorter');
  });
});

describe('a name the editors gave', () => {
  test('is said to be theirs: with their reason for an authority, as the full form for an actor; a written name is not', () => {
    expect(nameByEditors({ editorial: { nameReason: 'the sources only describe it' } })).toBe('The name is the editors’: the sources only describe it');
    expect(nameByEditors({ editorial: { fullNameSource: 'https://example.gov/' } })).toMatch(/^The name in full is the editors’/);
    expect(nameByEditors({ editorial: { description: 'a port authority' } })).toBeNull();
    expect(nameByEditors({})).toBeNull();
  });

  test('an authority named by a description no source writes says so, with the words the sources use; an actor does not', () => {
    const m = (quote: string, text: string) => ({ source: 's', paragraph: 'p-1', quote, text });
    const memo = { name: 'Lind memo', kind: 'legal-opinion' as const, mentions: [m('Vera Lind wrote a disputed memo.', 'disputed memo')] };
    expect(nameByEditors(memo)).toBe('The name is this site’s description: no source writes it; they say “disputed memo”.');
    expect(nameByEditors({ ...memo, mentions: [m('The Lind memo was leaked.', 'Lind memo')] })).toBeNull();
    expect(nameByEditors({ ...memo, kind: 'person' as const })).toBeNull();
  });

  test('the feed says so beside a new record, and beside an event whose title the editors wrote', () => {
    const source = { id: 'a-gazette', title: 'Harbor news', outlet: 'Gazette', published: '2025-05-01' };
    const update = {
      source,
      anchor: 'a-gazette',
      records: [{ collection: 'authorities', id: 'harbor-order-12', name: 'Harbor Order 12', editorialName: 'The name is the editors’: x' }],
      events: [{ collection: 'events', id: 'the-port-closed', name: 'The port closed', editorialTitle: 'shorter' }],
      extensions: [],
    };
    const html = entryHtml(update as never, (p) => p);
    expect(html).toContain('Harbor Order 12</a> (authority; its name is the editors’)');
    expect(html).toContain('The port closed</a> (title by the editors)');
  });
});
