import { describe, expect, test } from 'vitest';
import { findAuthorities } from '../../../../src/ingest/stages/candidates-authorities.ts';
import { groupAuthorities } from '../../../../src/ingest/stages/refine-authorities.ts';
import { overlay } from '../../../../src/schemas/index.ts';
import { extract, sentencesOf } from '../helpers.ts';

// Invented sentences: candidates of a paragraph, grouped into records.
const grouped = (text: string, patch = {}) =>
  groupAuthorities(sentencesOf(text).flatMap(findAuthorities), overlay.parse(patch)).map((a) => ({
    name: a.name,
    aliases: [...a.aliases],
    mentions: a.mentions.length,
  }));

describe('refine-authorities: candidates grouped into records', () => {
  test('"an 1899 statute called the X Act" is one record, named by its name', () => {
    const [a, ...rest] = grouped('Under an 1899 statute called the Harbor Safety Act, ships are inspected.');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ name: 'Harbor Safety Act', aliases: ['1899 statute'] });
  });

  test('a citation right after a statute is its alias', () => {
    const [a, ...rest] = grouped('The Harbor Safety Act, codified at 33 U.S.C. 1221, governs ports.');
    expect(rest).toEqual([]);
    expect(a!.aliases).toContain('33 U.S.C. 1221');
  });

  test('a bare description joins the latest record of the same sort; alone, a legislative word names nothing', () => {
    const text = 'Senators passed a resolution to fund the ports. The measure was signed, and the measure is law.';
    expect(grouped(text)).toEqual([expect.objectContaining({ name: 'Resolution to fund the ports', mentions: 3 })]);
    expect(grouped('The measure of the harbor is unclear.')).toEqual([]);
  });

  test('a bare description refers back to the instrument told, not the statute it is made under (which names it)', () => {
    const text = 'Senators failed to pass a measure under the Harbor Safety Act on Monday. The resolution, led by Sen. Ann Lee, failed 51-48.';
    expect(grouped(text)).toEqual([
      expect.objectContaining({ name: 'Measure under the Harbor Safety Act', mentions: 2 }),
      expect.objectContaining({ name: 'Harbor Safety Act', mentions: 1 }),
    ]);
    // cited alone, the statute is still what a later "the act" refers to
    const alone = 'Ships are inspected under the Harbor Safety Act. The measure was passed in 1899.';
    expect(grouped(alone)).toEqual([expect.objectContaining({ name: 'Harbor Safety Act', mentions: 2 })]);
  });

  test('a designation "as" terrorist organizations after a designation is the same one', () => {
    const text = 'The board cited its foreign terrorist organization designation, naming the gangs as terrorist organizations.';
    const a = grouped(text);
    expect(a).toHaveLength(1);
    expect(a[0]!.mentions).toBe(2);
  });

  test('a shorter description of a record already named joins it ("humanitarian law")', () => {
    const a = grouped('The navy follows international humanitarian law. Humanitarian law forbids the raids.');
    expect(a).toEqual([expect.objectContaining({ name: 'International humanitarian law', mentions: 2 })]);
  });

  test('the overlay names a record, its words compared in any case and spacing', () => {
    const patch = { authorities: [{ id: 'ports-act', name: 'Ports Act', aliases: ['HARBOR  SAFETY ACT'] }] };
    expect(grouped('They cited the Harbor Safety Act.', patch)[0]?.name).toBe('Ports Act');
  });

  test('"the authorization" refers back to a directive, "the directive" to an authorization a verb made', () => {
    expect(grouped('The governor signed a directive to close the ports. The authorization was leaked.')).toEqual([
      expect.objectContaining({ name: 'Directive to close the ports', mentions: 2 }),
    ]);
    const text = 'The governor said he authorized the guard to patrol the ports. A paper first reported the secret directive.';
    expect(grouped(text)).toEqual([expect.objectContaining({ name: 'Authorization for the guard to patrol the ports', mentions: 2 })]);
  });

  test('a record named by a bare word takes the name of a later description, not of the act it cites', () => {
    const text =
      'In his proclamation, the governor named the gangs. ' +
      'A judge blocked removals under the governor’s Sedition Act proclamation, citing the Sedition Act.';
    expect(grouped(text).map((a) => a.name)).toEqual(['Sedition Act proclamation', 'Sedition Act']);
    // the bare word it was named by stays a form of it as the text writes it, in lower case: no name
    expect(grouped(text)[0]!.aliases).toContain('proclamation');
    expect(grouped(text)[0]!.aliases).not.toContain('Proclamation');
  });

  test('someone’s instrument ("the governor’s decree") refers back to the instrument someone made', () => {
    const text =
      'In his proclamation, the governor named the gangs. A judge then issued a temporary restraining order. ' +
      'Flights under the governor’s decree must return.';
    expect(grouped(text)).toEqual([
      expect.objectContaining({ name: 'Proclamation', mentions: 2 }),
      expect.objectContaining({ name: 'Temporary restraining order', mentions: 1 }),
    ]);
  });

  test('"international law" is a body of its own, never a short form of a narrower law', () => {
    const text = 'The raid broke international human rights law, scholars said. Others cited international law.';
    expect(grouped(text).map((a) => a.name)).toEqual(['International human rights law', 'International law']);
  });

  test('a longer description of a body named by its description joins it ("international laws of war")', () => {
    const text = 'She teaches the laws of war and international law. Officers ask her about international laws of war.';
    const [war, law, ...rest] = grouped(text);
    expect([war!.name, law!.name, rest]).toEqual(['Laws of war', 'International law', []]);
    expect(war!.aliases).toContain('international laws of war');
    // (the wider body's name is no other name of it, nor is "laws", its name cut before "of")
    expect(war!.aliases).not.toContain('international laws');
    expect(war!.aliases).not.toContain('laws');
  });

  test('a description that says more than "international law" ("on the use of force") is another record, and the wider name is no alias of it', () => {
    const text = 'The raid broke international law, scholars said. Others cited international law on the use of force.';
    expect(grouped(text).map((a) => [a.name, a.aliases])).toEqual([
      ['International law', []],
      ['International law on the use of force', []],
    ]);
  });

  test('one lower-case word that is no instrument word is no alias ("international")', () => {
    const a = grouped('Scholars of international and maritime law agreed.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['International law', []],
      ['Maritime law', []],
    ]);
  });

  test('only a record named by one bare word takes a later description’s name', () => {
    const text = 'Lawyers cited the Convention against Piracy. The state is no party to the Regional Convention on Harbors.';
    expect(grouped(text).map((a) => a.name)).toEqual(['Convention against Piracy', 'Regional Convention on Harbors']);
  });
});


describe('refine-authorities: a charge is against someone', () => {
  const charges = (text: string) =>
    extract(text)
      .authorities.filter((a) => a.kind === 'charge')
      .map((a) => [a.name, [...a.aliases, ...(a.wordings ?? [])]]);

  test('a charge is named by the person a relative clause, a passive or "faces" says it is against', () => {
    const text =
      'In 1997, the navy seized the port to arrest Tomas Vell, who had been indicted in Borduria on charges of arms smuggling. ' +
      'The ministry doubled its reward for Ana Ruiz, who has been indicted on money laundering charges.';
    expect(charges(text)).toEqual([
      ['Arms smuggling charges against Tomas Vell', ['charges of arms smuggling']],
      ['Money laundering charges against Ana Ruiz', ['money laundering charges']],
    ]);
    expect(charges('The court heard that Ana Ruiz faces fraud charges in two countries.')).toEqual([
      ['Fraud charges against Ana Ruiz', ['fraud charges']],
    ]);
  });

  test('two people’s charges of one crime are two records; charges against no one named keep their words', () => {
    const text =
      'Tomas Vell, who was indicted on charges of arms smuggling, fled. ' +
      'Ana Ruiz, who was indicted on charges of arms smuggling, stayed.';
    expect(charges(text).map(([n]) => n)).toEqual([
      'Arms smuggling charges against Ana Ruiz',
      'Arms smuggling charges against Tomas Vell',
    ]);
    expect(charges('Prosecutors said charges of arms smuggling were likely.').map(([n]) => n)).toEqual([
      'Charges of arms smuggling',
    ]);
  });
});
