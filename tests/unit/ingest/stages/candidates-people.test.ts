import { describe, expect, test } from 'vitest';
import { findPeople } from '../../../../src/ingest/stages/candidates-people.ts';
import { knownPeople } from '../../../../src/ingest/gazetteer/index.ts';
import { sentencesOf } from '../helpers.ts';

const people = (t: string) => findPeople(sentencesOf(t)).map((c): [string, string] => [c.name, c.title ?? '']);
const names = (t: string) => findPeople(sentencesOf(t)).map((c) => c.name);

describe('people: names found over the tokens', () => {
  test('a title before a name is kept apart as the title', () => {
    expect(people('In February, Defense Secretary Dora Lind fired them.')).toContainEqual([
      'Dora Lind',
      'Defense Secretary',
    ]);
    expect(people('The retired Rear Adm. Paul R. Dunmore said so.')).toContainEqual(['Paul R. Dunmore', 'Rear Adm.']);
  });

  test('a title of several words ending in a capitalised word is not part of the name', () => {
    expect(people('On Friday, Secretary of the Navy Ilse Marn resigned.')).toContainEqual([
      'Ilse Marn',
      'Secretary of the Navy',
    ]);
  });

  test('a word before an abbreviated title is no part of the name: "Ohio Rep. Jane Doe"', () => {
    const found = people('Ohio Rep. Jane Doe, the top Democrat on the panel, said on Monday that it was over.');
    expect(found).toContainEqual(['Jane Doe', 'Rep.']);
    expect(found.filter(([n]) => n.includes('Rep.'))).toEqual([]);
  });

  test('initials are part of the name', () => {
    expect(names('The Senate confirmed Ray Olsen, and T. Omar Hale to lead the office.')).toContain('T. Omar Hale');
  });

  test('a possessive after a name is not part of it', () => {
    expect(names('Bruno Keller’s memo was leaked on Friday.')).toContain('Bruno Keller');
    expect(names('Bruno Keller’s memo was leaked on Friday.').some((n) => n.includes('’'))).toBe(false);
  });

  test('a month or a weekday is no name', () => {
    expect(names('In January, Ruth Abara said the talks had failed.')).toEqual(expect.arrayContaining(['Ruth Abara']));
    expect(names('In January, Ruth Abara said the talks had failed.').some((n) => /January/u.test(n))).toBe(false);
  });

  test('a bracket ends a name: "Ann Lee (Ore.)" is a name and a state', () => {
    const found = names('Republican lawmakers Ann Lee (Ore.), Tom Ruiz (Nev.) and Dale Fenn (Ill.) voted no.');
    expect(found).toEqual(expect.arrayContaining(['Ann Lee', 'Tom Ruiz', 'Dale Fenn']));
    expect(found.some((n) => n.includes('('))).toBe(false);
  });

  test('a known figure is a person by the surname alone', () => {
    const surname = knownPeople[0]!.forms.at(-1)!;
    expect(names(`${surname} posted a video on Friday.`)).toContain(surname);
  });

  test('a hyphen joins the words of a name', () => {
    expect(names('Prime Minister Anna Ruiz-Bello spoke.')).toContain('Anna Ruiz-Bello');
  });

  test('a ship named like a person is no person', () => {
    expect(names('The USS Arthur B. Lane sailed on Monday.')).toEqual([]);
  });

  test('a party word or its members before a name is no part of it ("Democrats Ann Lee and …")', () => {
    expect(new Set(names('Backing it were Republicans Ann Morrow (Ohio) and Bill Tate, and Democrats Dana Pike (Maine).'))).toEqual(new Set([
      'Ann Morrow',
      'Bill Tate',
      'Dana Pike',
    ]));
    expect(names('Democrat Fay Hull voted no.')).toEqual(['Fay Hull']);
  });

  test('a full stop ends a name: a sentence glued to the next ("Ana Ruiz.Lind said") keeps its name whole', () => {
    expect(names('The talks with the leader Ana Ruiz.Lind said later that they would go on.')).toEqual(['Ana Ruiz']);
  });

  test('a word abbreviated before a number is a numbered reference, no name ("Res. 12")', () => {
    expect(names('Two members voted for H. Res. 12, and both backed Res. 14.')).toEqual([]);
  });

  test('a list of names with state tags names people, however short the given name ("Di Pell (Ill.)")', () => {
    expect(names('Co-sponsors were Ro Vance (Calif.), Di Pell (Ill.) and Ty Oduya (Texas).')).toEqual(
      expect.arrayContaining(['Ro Vance', 'Di Pell', 'Ty Oduya']),
    );
    expect(names('Also backing it was Di Pell (D-Ill.).')).toContain('Di Pell');
  });

  test('one place with a state after it, or a name holding a state, is no tagged name', () => {
    expect(names('Officials in Santa Fe (New Mexico) objected, and the Texas Tribune (Texas) did too.')).toEqual([]);
  });

  test('a party label is no name ("a Virginia Democrat")', () => {
    expect(names('A Virginia Democrat objected on Monday.')).toEqual([]);
  });
});

describe('a whole title inside a capitalised run', () => {
  test('cuts the name after it when two words follow ("Ostrian President Ana Ruiz" is Ana Ruiz)', () => {
    const found = people('Officials of Ostrian President Ana Ruiz agreed.');
    expect(found).toContainEqual(['Ana Ruiz', 'President']);
    expect(found.map(([name]) => name).filter((n) => n.includes('President'))).toEqual([]);
  });
});
