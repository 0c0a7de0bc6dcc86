import { describe, expect, test } from 'vitest';
import { findOrganizations } from '../../../src/ingest/stages/candidates-organizations.ts';
import { sentencesOf } from './helpers.ts';

const orgs = (t: string) => findOrganizations(sentencesOf(t)).map((c) => [c.text, c.name, c.kind]);

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
