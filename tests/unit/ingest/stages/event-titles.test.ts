import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from '../helpers.ts';
import { datelineEnd, eventTitle, pronounResolutions, renderTokens, tidy } from '../../../../src/ingest/stages/event-titles.ts';
import { layerOf } from '../../../../src/ingest/stages/linguistics.ts';

// Invented sentences.
const first = (text: string) => sentencesOf(text)[0]!;

describe('an event title is its sentence’s own words', () => {
  test('a short sentence is its title whole, without its final full stop', () => {
    expect(eventTitle(first('The port council fined the Blue Hand for smuggling arms.'))).toBe('The port council fined the Blue Hand for smuggling arms');
  });

  test('a sentence ending with initials keeps their full stop', () => {
    expect(eventTitle(first('The port council sent the boats back to the U.S.'))).toBe('The port council sent the boats back to the U.S.');
    expect(eventTitle(first('The port council sent the boats back to Lorvia.'))).toBe('The port council sent the boats back to Lorvia');
  });

  test('a dateline goes: it is page furniture', () => {
    const s = first('PORT AMBER — The port council fined the Blue Hand.');
    expect(datelineEnd(s)).toBe(3);
    expect(eventTitle(s)).toBe('The port council fined the Blue Hand');
  });

  test('a capitalised opening word with no dash after it is no dateline', () => {
    expect(datelineEnd(first('NATO fined the Blue Hand.'))).toBe(0);
  });

  test('a dateline with a spaced hyphen, a minus sign, a colon or its agency in brackets goes', () => {
    expect(eventTitle(first('PORT AMBER - The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
    expect(eventTitle(first('PORT AMBER − The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
    expect(eventTitle(first('PORT AMBER: The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
    expect(eventTitle(first('PORT AMBER, Lorvia (Harbor Wire) — The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
    expect(eventTitle(first('(PORT AMBER, Lorvia) -- The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
    expect(eventTitle(first('(Harbor Wire) — The port council fined the Blue Hand.'))).toBe('The port council fined the Blue Hand');
  });

  test('a hyphen joined to the words around it is no dateline dash', () => {
    expect(datelineEnd(first('NATO-led ships fined the Blue Hand.'))).toBe(0);
    expect(datelineEnd(first('NATO -led ships fined the Blue Hand.'))).toBe(0);
    expect(datelineEnd(first('(Harbor Wire)-led ships fined the Blue Hand.'))).toBe(0);
  });

  test('a place in small letters opening a paragraph, then a dash and a capital, is a dateline', () => {
    expect(eventTitle(first('Port Amber — Harbor officials fined the Blue Hand on Monday.'))).toBe('Harbor officials fined the Blue Hand on Monday');
    expect(eventTitle(first('Lorvia: On 4 May the port council fined the Blue Hand.'))).toBe('On 4 May the port council fined the Blue Hand');
    // a hyphen inside a word later on closes no aside
    expect(eventTitle(first('Port Amber — Harbor officials fined the Blue Hand for a follow-on raid.'))).toBe('Harbor officials fined the Blue Hand for a follow-on raid');
  });

  test('a name before a dash that an aside closes, a dash before small letters, or a colon before a quotation stay', () => {
    expect(datelineEnd(first('Lorvia — and Ostria, too — fined the Blue Hand.'))).toBe(0);
    expect(datelineEnd(first('Lorvia — the smaller state — fined the Blue Hand.'))).toBe(0);
    expect(datelineEnd(first('Lorvia - Ostria and Dalmia - fined the Blue Hand.'))).toBe(0);
    expect(datelineEnd(first('Ana Roe: “We fined the Blue Hand.”'))).toBe(0);
    expect(datelineEnd(first('PORT AMBER: “We fined the Blue Hand,” Ana Roe said.'))).toBe(0);
  });

  test('a place in small letters is a dateline only where a paragraph opens', () => {
    const [, second] = sentencesOf('The council met. Lorvia — Harbor officials fined the Blue Hand.');
    expect(datelineEnd(second!)).toBe(0);
  });

  test('words that refer back are resolved in brackets, with "the" kept', () => {
    const s = first('The cartel paid the fine on Monday.');
    const at = s.start + s.text.indexOf('The cartel');
    expect(eventTitle(s, [{ start: at, end: at + 'The cartel'.length, name: 'Blue Hand Cartel' }])).toBe('[The Blue Hand Cartel] paid the fine on Monday');
  });

  test('a long sentence loses its relative clauses, shown as "…", with the comma that closes them', () => {
    const long = 'The port council, which met on Monday after weeks of talks between the harbor masters and the fishing fleets of the northern coast and the islands, fined the Blue Hand and the Red Hand for smuggling arms and fuel across the strait in small boats at night, the council said.';
    const t = eventTitle(first(long));
    expect(t).toContain('The port council … fined the Blue Hand');
    expect(t).not.toContain('which met');
  });
});

describe('rendering tokens', () => {
  test('tokens side by side keep the spacing as written; a cut leaves one space, none before a comma', () => {
    const s = first('The council fined Ana Roe, the harbor master, for smuggling.');
    const toks = layerOf(s).tokens;
    const from = toks.findIndex((t) => t.text === ',');
    const to = toks.findIndex((t, i) => i > from && t.text === ',');
    expect(renderTokens(s, [{ from, to: to + 1, text: '' }])).toBe('The council fined Ana Roe for smuggling.');
    expect(renderTokens(s, [{ from: from + 1, to: to + 1, text: '' }])).toBe('The council fined Ana Roe, for smuggling.');
  });

  test('tidy closes double spaces, drops the final full stop and capitalises the first letter, inside a bracket too', () => {
    expect(tidy('[the  council] fined the firm.')).toBe('[The council] fined the firm');
  });
});

describe('a pronoun opening the sentence', () => {
  const person = (name: string) => ({ actor: { name, kind: 'person' } });
  const body = (name: string) => ({ actor: { name, kind: 'organization' } });

  test('stands for the one person the sentence before names, in brackets', () => {
    const s = first('He said the boat was carrying arms.');
    const r = pronounResolutions(s, [person('Omar Lind'), body('Lorvian Navy')]);
    expect(eventTitle(s, r)).toBe('[Omar Lind] said the boat was carrying arms');
    expect(eventTitle(first('But she added that talks had failed.'), pronounResolutions(first('But she added that talks had failed.'), [person('Ana Roe')]))).toBe('But [Ana Roe] added that talks had failed');
  });

  test('stays as written when the sentence before names two people, or none', () => {
    const s = first('He said the boat was carrying arms.');
    expect(pronounResolutions(s, [person('Omar Lind'), person('Ben Ode')])).toEqual([]);
    expect(pronounResolutions(s, [body('Lorvian Navy')])).toEqual([]);
  });

  test('a pronoun inside a quotation, or not opening the sentence, is not resolved', () => {
    expect(pronounResolutions(first('“He lied,” the minister said.'), [person('Omar Lind')])).toEqual([]);
    expect(pronounResolutions(first('The minister said he lied.'), [person('Omar Lind')])).toEqual([]);
  });

  test('an event headline resolves it from the sentence before', () => {
    const r = extract('On Tuesday, Lorvian President Omar Lind announced that the navy sank a smuggling boat.\n\nHe said on Wednesday that the boat was carrying arms.', '2025-09-04');
    expect(r.events.map((e) => e.headline)).toContain('[Omar Lind] said on Wednesday that the boat was carrying arms');
  });
});

