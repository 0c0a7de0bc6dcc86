import { describe, expect, test } from 'vitest';
import { speakerOf } from '../../../src/lib/passage-speakers.ts';
import type { Actor } from '../../../src/schemas/index.ts';

// Invented: a minister quoted in two sentences, the second all quotation.
const said = (quote: string) => ({ source: 's', paragraph: 'p-1', quote });
const roe: Actor = {
  id: 'ana-roe', name: 'Ana Roe', kind: 'person', aliases: ['Roe'], roles: [],
  mentions: [{ ...said('“The port is closed to all traffic,” Roe said.'), text: 'Roe' }],
  statements: [said('The port is closed to all traffic,'), said('The harbor guild has smuggled arms through it for years.')],
};
const guild: Actor = { id: 'guild', name: 'Harbor Guild', kind: 'group', aliases: [], roles: [], mentions: [], statements: [] };

describe('who said a passage that is all quotation', () => {
  test('a sentence all quotation is the words of the one its paragraph quotes', () => {
    expect(speakerOf(said('“The harbor guild has smuggled arms through it for years.”'), [roe, guild])?.id).toBe('ana-roe');
  });

  test('a passage that names its speaker needs no one added', () => {
    expect(speakerOf(said('“The port is closed to all traffic,” Roe said.'), [roe, guild])).toBeUndefined();
  });

  test('words no statement of the paragraph holds, or another paragraph, have no speaker', () => {
    expect(speakerOf(said('The guild denied it.'), [roe, guild])).toBeUndefined();
    expect(speakerOf({ ...said('“The harbor guild has smuggled arms through it for years.”'), paragraph: 'p-2' }, [roe, guild])).toBeUndefined();
  });
});
