import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../helpers.ts';
import { findProperOrganizations } from '../../../../src/ingest/stages/candidates-proper.ts';

const found = (t: string) => findProperOrganizations(sentencesOf(t)).map((c) => [c.text, c.name, c.kind]);

describe('organizations among the layer’s noun phrases', () => {
  test('by their words: an organization head, a group word, an outlet word', () => {
    expect(found('The Drug Policy Alliance, the Red Hand Cartel and Harbor News disagreed.')).toEqual(
      expect.arrayContaining([
        ['Drug Policy Alliance', 'Drug Policy Alliance', 'organization'],
        ['Red Hand Cartel', 'Red Hand Cartel', 'group'],
        ['Harbor News', 'Harbor News', 'organization'],
      ]),
    );
  });

  test('by what they do: a name that reports is an outlet; one capitalised word alone is not', () => {
    expect(found('Meridian reported the strike on Monday.')).toContainEqual(['Meridian', 'Meridian', 'organization']);
    expect(found('Meridian visited the port on Monday.')).toEqual([]);
  });

  test('by what they publish: capitalised words ending in an outlet word before "report" are the outlet', () => {
    expect(found('Roe answered a Harbor Bay Times report Aug. 8 on the raid.')).toContainEqual([
      'Harbor Bay Times',
      'Harbor Bay Times',
      'organization',
    ]);
    // not any name before a report: "a Senate report" is no outlet's
    expect(found('Roe answered a Senate report on the raid.').map((c) => c[1])).not.toContain('Senate');
  });

  test('the article’s own outlet is its source, never an actor of its story', () => {
    const own = (t: string) => findProperOrganizations(sentencesOf(t), 'Harbor News').map((c) => c.name);
    expect(own('Harbor News has not independently confirmed the report.')).toEqual([]);
    expect(own('Harbor News spoke to three officials, and the Courier reported it.')).toEqual(['Courier']);
  });

  test('a state’s body in lower case after its possessive is named with the state’s adjective', () => {
    expect(found('Ecuador’s interior ministry did not respond on Monday.')).toContainEqual([
      'interior ministry',
      'Ecuadorian interior ministry',
      'organization',
    ]);
    expect(found('Ecuador’s president did not respond on Monday.')).toEqual([]);
  });

  test('a phrase whose head is a rank or role describes a person, no organization ("a Navy JAG")', () => {
    expect(found('A Navy JAG and the Navy officer testified on Monday.')).toEqual([]);
  });

  test('"war" and "citizen" make no organization', () => {
    expect(found('The Harbor War ended, said Public Citizen.')).toEqual([]);
  });

  test('a nationality adjective or a possessor before a name is no part of it', () => {
    expect(found('Borduria’s Coastal Alliance met the Mexican Red Hand Cartel.').map(([t]) => t)).toEqual([
      'Coastal Alliance',
      'Red Hand Cartel',
    ]);
  });

  test('"the Ministries of Transport and Fisheries" names two bodies, whose words make no alias', () => {
    const out = findProperOrganizations(sentencesOf('The Ministries of Transport and Fisheries agreed.'));
    expect(out.filter((c) => c.via === 'coreference').map((c) => [c.text, c.name])).toEqual([
      ['Transport', 'Ministry of Transport'],
      ['Fisheries', 'Ministry of Fisheries'],
    ]);
  });

  test('members listed after a collective: "three cartels: Harbor, Red Coast and Vlatko"', () => {
    const names = found('Officials named three cartels: Harbor, Red Coast and Vlatko.').map(([, n]) => n);
    expect(names).toEqual(expect.arrayContaining(['Harbor Cartel', 'Red Coast Cartel', 'Vlatko Cartel']));
  });
});

describe('members a list names after a collective', () => {
  test('"groups, which include …" lists organizations', () => {
    const got = found('The letter was signed by 20 groups, which include Harbor Watch, Peace Now Network and the Coastal Rights Project.');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Harbor Watch', 'Harbor Watch', 'organization'],
        ['Peace Now Network', 'Peace Now Network', 'organization'],
        ['Coastal Rights Project', 'Coastal Rights Project', 'organization'],
      ]),
    );
  });

  test('a list after a dash names groups; one named with a lower-case group word is left to the group finder', () => {
    const got = found('The ministry listed four cartels — the Harbor cartel, RCX, the Vlatko cartel and Ostrava — as threats.');
    expect(got).toEqual(expect.arrayContaining([['RCX', 'RCX', 'group'], ['Ostrava', 'Ostrava', 'group']]));
    expect(got.map((g) => g[0])).not.toContain('Harbor');
  });
});
