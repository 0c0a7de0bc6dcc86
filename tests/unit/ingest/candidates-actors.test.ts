import { describe, expect, test } from 'vitest';
import { findPeople, tidyName } from '../../../src/ingest/stages/candidates-people.ts';
import { findOrganizations } from '../../../src/ingest/stages/candidates-organizations.ts';
import { sentencesOf } from './helpers.ts';

const people = (t: string) => findPeople(sentencesOf(t)).map((c) => [c.name, c.title ?? '']);
const orgs = (t: string) => findOrganizations(sentencesOf(t)).map((c) => [c.text, c.name, c.kind]);

describe('people', () => {
  test('a title before a name is kept apart as the title', () => {
    expect(people('In February, Defense Secretary Pete Hegseth fired them.')).toContainEqual(['Pete Hegseth', 'Defense Secretary']);
    expect(people('The retired Rear Adm. James E. McPherson said so.')).toContainEqual(['James E. McPherson', 'Rear Adm.']);
  });

  test('initials are part of the name', () => {
    expect(people('The Senate confirmed Earl Matthews, and T. Elliot Gaiser to lead the office.').map((p) => p[0])).toContain('T. Elliot Gaiser');
  });

  test('tidyName strips possessives and refuses calendar words', () => {
    expect(tidyName('Trump’s')?.name).toBe('Trump');
    expect(tidyName('January')).toBeNull();
  });
});

describe('organizations, groups and states', () => {
  test('surface forms of one body get its canonical name', () => {
    expect(orgs('The Pentagon and the Defense Department declined.')).toEqual(
      expect.arrayContaining([['Pentagon', 'Department of Defense', 'organization'], ['Defense Department', 'Department of Defense', 'organization']]),
    );
  });

  test('"the Justice and State Departments" names two bodies, each by the word that stands for it', () => {
    const found = orgs('On Thursday, the Justice and State Departments announced it.');
    expect(found).toContainEqual(['Justice', 'Department of Justice', 'organization']);
    expect(found).toContainEqual(['State', 'Department of State', 'organization']);
  });

  test('cartel names and gang acronyms are groups', () => {
    const found = orgs('The Treasury accused the Sinaloa Cartel and MS-13 of it.');
    expect(found).toContainEqual(['Sinaloa Cartel', 'Sinaloa Cartel', 'group']);
    expect(found).toContainEqual(['MS-13', 'MS-13', 'group']);
  });

  test('a nationality adjective names its state, but not in "Latin American"', () => {
    const found = orgs('The military trained with Colombian and Mexican troops against Latin American cartels.');
    expect(found).toContainEqual(['Colombian', 'Colombia', 'state']);
    expect(found).toContainEqual(['Mexican', 'Mexico', 'state']);
    expect(found.some(([t]) => t === 'American')).toBe(false);
  });

  test('"<Name> administration" is an organization', () => {
    expect(orgs('The Clinton administration halted the assistance.')).toContainEqual(['Clinton administration', 'Clinton administration', 'organization']);
  });
});
