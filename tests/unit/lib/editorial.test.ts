// What the editors set on an event (overlay corrections) is read back for the pages to mark it.
import { describe, expect, test } from 'vitest';
import { editorialNote, eventEditorial } from '../../../src/lib/editorial.ts';
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
