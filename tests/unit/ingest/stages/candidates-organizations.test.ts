import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from '../helpers.ts';
import { findOrganizations } from '../../../../src/ingest/stages/candidates-organizations.ts';

const found = (t: string) => findOrganizations(sentencesOf(t)).map((c) => [c.text, c.name, c.kind]);
const texts = (t: string) => found(t).map(([text]) => text);

describe('known forms, looked up over tokens', () => {
  test('a body or state form gets its canonical name, the longest form first', () => {
    expect(found('The Defense Department and the U.S. Coast Guard met in Panama.')).toEqual(
      expect.arrayContaining([
        ['Defense Department', 'Department of Defense', 'organization'],
        ['U.S. Coast Guard', 'U.S. Coast Guard', 'organization'],
        ['Panama', 'Panama', 'state'],
      ]),
    );
  });

  test('a state form inside a place name is no state ("New Mexico", "Panama City")', () => {
    expect(texts('Flights from New Mexico reached Panama City.')).toEqual([]);
  });

  test('a political party is a group, by its name or its members ("Democrats", "Republican Party")', () => {
    expect(found('Democrats and the Republican Party split on the bill.')).toEqual(
      expect.arrayContaining([
        ['Democrats', 'Democratic Party', 'group'],
        ['Republican Party', 'Republican Party', 'group'],
      ]),
    );
  });

  test('"U.S." written as an adjective of an operation names no body', () => {
    expect(texts('A U.S. military operation began.')).toEqual([]);
  });

  test('an adjective before an act names no body ("the military campaign"), before its members it does', () => {
    expect(texts('The senator faulted the military campaign on Monday.')).toEqual([]);
    expect(found('Lawyers for the military services objected.')).toContainEqual([
      'the military',
      'U.S. military',
      'organization',
    ]);
  });

  test('a service alone before a rank or role describes a person and names no body ("a Navy admiral")', () => {
    expect(texts('A Navy admiral and a former Navy JAG testified on Monday.')).toEqual([]);
    expect(found('The Navy said it would not comment.')).toContainEqual(['Navy', 'U.S. Navy', 'organization']);
    expect(found('He served under a U.S. Coast Guard officer.')).toContainEqual([
      'U.S. Coast Guard',
      'U.S. Coast Guard',
      'organization',
    ]);
  });

  test('a "U.S." form is also known written without dots ("US forces", "US Navy")', () => {
    expect(found('US forces and the US Navy moved south.')).toEqual(
      expect.arrayContaining([
        ['US forces', 'U.S. military', 'organization'],
        ['US Navy', 'U.S. Navy', 'organization'],
      ]),
    );
  });

  test('a form written against a hyphen is not a word of its own ("U.S.-backed")', () => {
    expect(texts('The U.S.-backed plan stalled.')).not.toContain('U.S.');
  });

  test('a capital stands for its state, not after "in" nor before another name', () => {
    expect(found('Washington warned Borduria.')).toContainEqual(['Washington', 'United States', 'state']);
    expect(texts('She lives in Washington.')).toEqual([]);
    expect(texts('The Washington Post reported it.')).toEqual([]);
    expect(texts('The constructor of the port spoke.')).toEqual([]);
  });
});

describe('token patterns: bodies and administrations', () => {
  test('capitalised words before a body word, and a body word before "of", name a body', () => {
    expect(texts('The Harbor Safety Commission and the Office of Coastal Affairs agreed.')).toEqual(
      expect.arrayContaining(['Harbor Safety Commission', 'Office of Coastal Affairs']),
    );
  });

  test('a possessor is no part of a body’s name, but names a leader’s administration', () => {
    expect(found('Ana Cruz’s Justice Department and Ana Cruz’s administration disagreed.')).toEqual(
      expect.arrayContaining([
        ['Justice Department', 'Department of Justice', 'organization'],
        ['Ana Cruz’s administration', 'Cruz administration', 'organization'],
      ]),
    );
  });

  test('an abbreviation before a body word is no name of a body ("the U.S. administration")', () => {
    expect(texts('The U.S. administration declined.')).toEqual(['U.S.']);
  });

  test('"the Fisheries and Transport Ministries": each part stands for its body, and is no name of it', () => {
    const parts = findOrganizations(sentencesOf('On Friday, the Fisheries and Transport Ministries agreed.'));
    expect(parts.map((c) => [c.text, c.name, c.via])).toEqual([
      ['Fisheries', 'Fisheries Ministry', 'coreference'],
      ['Transport', 'Transport Ministry', 'coreference'],
    ]);
  });

  test('"the House and Senate Fisheries committees": two committees with the words they share, no chamber', () => {
    const names = (t: string) => extract(t).actors.map((a) => a.name);
    expect(names('The House and Senate Fisheries committees vowed on Monday to look into it.')).toEqual([
      'House Fisheries Committee',
      'Senate Fisheries Committee',
    ]);
    expect(names('Members of the Senate and House Fisheries Committees spoke on Monday.')).toEqual([
      'House Fisheries Committee',
      'Senate Fisheries Committee',
    ]);
  });
});

describe('token patterns: groups', () => {
  test('a name holding a group word, with Spanish connectors, less a nationality before it', () => {
    expect(found('The Bordurian Cartel de los Vientos and the Red Hand Cartel fought.')).toEqual(
      expect.arrayContaining([
        ['Cartel de los Vientos', 'Cartel de los Vientos', 'group'],
        ['Red Hand Cartel', 'Red Hand Cartel', 'group'],
      ]),
    );
  });

  test('a group word in lower case after a name takes a capital in the name', () => {
    expect(found('The Harbor cartel grew.')).toContainEqual(['Harbor cartel', 'Harbor Cartel', 'group']);
    expect(texts('The Harbor cartel of old grew.')).toEqual([]);
  });

  test('a name opened by "Los" is a group, but not a city nor a nickname in quotation marks', () => {
    expect(texts('Los Perros Negros Rojos fought Los Lagartos near Los Angeles.')).toEqual([
      'Los Perros Negros Rojos',
      'Los Lagartos',
    ]);
    expect(texts('Juan “Los Toros” Vela was held.')).toEqual([]);
  });

  test('a gang’s letters and number is a group; one letter and a number is an aircraft', () => {
    expect(texts('AB-12 members fled as a P-8 flew over.')).toEqual(['AB-12']);
  });

  test('"<Word> de <Word>" is a group only where the paragraph speaks of groups', () => {
    expect(texts('The Vela de Oro gang was designated.')).toContain('Vela de Oro');
    expect(texts('She studied at Puerto de Mar.')).toEqual([]);
  });

  test('a group word that is a name of one group is no head word ("Tren", "Mara" are gone)', () => {
    expect(texts('Tren Azul and Mara Lopez spoke.')).toEqual([]);
  });
});

describe('nationality adjectives and datelines', () => {
  test('a nationality adjective names its state, except after "Latin", before a language word or a group', () => {
    expect(found('Bordurian troops and Mexican officials met.')).toContainEqual(['Mexican', 'Mexico', 'state']);
    expect(texts('Latin American leaders met.')).toEqual([]);
    expect(texts('Its Spanish initials are known.')).toEqual([]);
    expect(texts('Mexican trafficking groups grew.')).toEqual([]);
  });

  test('a dateline names a place and an outlet, not actors (a state in it stays)', () => {
    const first = found('OSTRAVA, Borduria (Harbor News Service) — The Red Hand Cartel lost a boat.');
    expect(first.map(([t]) => t)).toEqual(['Red Hand Cartel']);
    expect(texts('MEXICO CITY (Harbor News Service) — Mexico protested.')).toEqual(['Mexico']);
  });

  test('a dateline on a line of its own ("LIMA, Peru") names no actor, not even its state', () => {
    expect(texts('LIMA, Peru')).toEqual([]);
    expect(texts('LIMA, Peru — Ecuador protested.')).toEqual(['Peru', 'Ecuador']);
  });
});

describe('a body written with its country first is the same body', () => {
  test('"US Department of State" and "U.S. Justice Department" take the canonical names', () => {
    expect(found('The US Department of State and the U.S. Justice Department replied on Monday.')).toEqual(
      expect.arrayContaining([
        ['US Department of State', 'Department of State', 'organization'],
        ['U.S. Justice Department', 'Department of Justice', 'organization'],
      ]),
    );
  });

  test('a designated group known by its initials is a group, named in full by the refiner', () => {
    expect(found('Officials said CJNG runs the route.')).toEqual([['CJNG', 'CJNG', 'group']]);
    const { actors } = extract('Officials said on Monday that CJNG runs the route.');
    expect(actors.find((a) => a.kind === 'group')?.name).toBe('Jalisco New Generation Cartel');
  });
});

describe('a described collective that acts or is acted on as one', () => {
  test('is a group named by its own words, without the article or the count', () => {
    expect(found('The ministry has listed a coalition of Bordurian gangs as a threat.')).toContainEqual([
      'coalition of Bordurian gangs',
      'Coalition of Bordurian gangs',
      'group',
    ]);
    expect(found('An alliance of more than 20 rights groups wrote to the ministry.')).toContainEqual([
      'alliance of more than 20 rights groups',
      'Alliance of rights groups',
      'group',
    ]);
  });

  test('not without a word that says which members, nor one that may never be formed, nor in a quotation', () => {
    const collectives = (t: string) => found(t).filter(([, , kind]) => kind === 'group');
    expect(collectives('The ministry has listed a coalition of gangs as a threat.')).toEqual([]);
    expect(collectives('The minister could form a coalition of opposition parties.')).toEqual([]);
    expect(collectives('The minister hopes to form an alliance of opposition parties.')).toEqual([]);
    expect(collectives('The minister said it was “a coalition of Bordurian gangs” at work.')).toEqual([]);
  });
});
