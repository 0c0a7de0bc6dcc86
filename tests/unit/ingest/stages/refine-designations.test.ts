import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

// Invented paragraphs: one article's designation records, joined when one says more than the others.
const records = (text: string) =>
  extract(text).authorities.map((a) => [a.name, [...a.aliases, ...(a.wordings ?? [])].sort()]);
const names = (text: string) => extract(text).authorities.map((a) => a.name);

describe('refine-designations: one record per designation in an article', () => {
  test('a designation that says less joins the one record that says more', () => {
    const text =
      'The ministry has deemed them terrorist organizations, a source said. ' +
      'In March, the ministry declared four rings to be foreign terrorist organizations.';
    expect(names(text)).toEqual(['Foreign terrorist organization designation']);
  });

  test('the designation, a national one and its initials join it too ("FTO designations")', () => {
    const text =
      'Ministers rejected the U.S. designation of the harbor ring as a terrorist organization. ' +
      'The agency will designate the ring as a Foreign Terrorist Organization on Friday. ' +
      'Its FTO designations are rare.';
    expect(names(text)).toEqual(['Foreign terrorist organization designation']);
  });

  test('two designations that each say something the other does not stay apart', () => {
    const text =
      'The bank listed the ring among foreign terrorist organizations. ' +
      'Later it named the ring among global terrorist organizations. Both lists name terrorist organizations, it said.';
    expect(names(text)).toHaveLength(3);
  });

  test('a quoted label after "as" is a designation, and two coordinated labels are two', () => {
    const text =
      'The ministry listed three rings as “Foreign Terrorist Organizations” and also as “Specially Designated Global Terrorists” in May.';
    expect(records(text)).toEqual([
      ['Foreign terrorist organization designation', ['Foreign Terrorist Organizations']],
      ['Specially designated global terrorist designation', ['Specially Designated Global Terrorists']],
    ]);
    // a scare-quoted word is no designation
    expect(names('Critics called the gangs “terrorists” on Monday.')).toEqual([]);
  });
});

describe('refine-designations: one record per designation act', () => {
  test('a designation act is named by the groups it lists, and a list that goes on says so', () => {
    const text = 'In May, the ministry designated the Orchid Brotherhood and several other groups as foreign terrorist organizations.';
    expect(names(text)).toEqual(['Foreign terrorist organization designation of Orchid Brotherhood and others']);
  });

  test('two acts listing other groups under one label are two records, with the year of their sentence', () => {
    const text =
      'In March 2024, the ministry designated the Orchid Brotherhood as a foreign terrorist organization. ' +
      'In June 2025, it designated the Red Hand Cartel as a foreign terrorist organization.';
    const got = extract(text).authorities.map((a) => [a.name, a.year]);
    expect(got).toEqual([
      ['Foreign terrorist organization designation of Orchid Brotherhood', 2024],
      ['Foreign terrorist organization designation of Red Hand Cartel', 2025],
    ]);
  });

  test('sanctions the same day on a group a listing names are that act', () => {
    const text =
      'Last week, the treasury added the Borduvian group Orchid Brotherhood to a list of specially designated global terrorist groups. ' +
      'In announcing last week that it was imposing sanctions on the Borduvian group Orchid Brotherhood, the treasury cited smuggling.';
    expect(names(text)).toEqual(['Specially designated global terrorist group designation of Orchid Brotherhood']);
    // its other names are the sanctions' own words, not the bare word any sanctions share
    const aliases = extract(text).authorities[0]!.aliases.map((a) => a.toLowerCase());
    expect(aliases).toContain('sanctions on the borduvian group orchid brotherhood');
    expect(aliases).not.toContain('sanctions');
    // sanctions told on another day are another act
    const later =
      'Last week, the treasury added the Borduvian group Orchid Brotherhood to a list of specially designated global terrorist groups. ' +
      'In 2019, the treasury imposed sanctions on the Borduvian group Orchid Brotherhood.';
    expect(names(later)).toHaveLength(2);
  });

  test('a label that says less joins the nearest label that says more ("terrorist groups" is the foreign terrorist organization listing)', () => {
    const text =
      'The ministry listed rings among foreign terrorist organizations. ' +
      'Last week, it listed others among specially designated global terrorist groups. ' +
      'Labeling the rings as terrorist groups lets the army strike them, the minister said.';
    const fto = extract(text).authorities.find((a) => a.name.startsWith('Foreign'));
    expect(fto?.wordings).toContain('terrorist groups');
    expect(names(text)).toHaveLength(2);
  });

  test('a designation act takes only the mentions its context ties to it: a group it lists, or "the designation"', () => {
    const text =
      'The navy may now strike rings that the cabinet has deemed terrorist organizations. ' +
      'In May, the ministry designated the Orchid Brotherhood and the Red Hand Cartel as foreign terrorist organizations. ' +
      'Labeling rings as terrorist groups lets the army strike them, the minister said. ' +
      'The designation takes effect on Friday. ' +
      'A judge said the Orchid Brotherhood had been wrongly named a terrorist organization. ' +
      'The push to label rings as terrorist organizations has reached several in Borduria.';
    const got = extract(text).authorities;
    expect(got.map((a) => a.name)).toEqual(['Foreign terrorist organization designation of Orchid Brotherhood and Red Hand Cartel']);
    expect(got[0]!.mentions.map((m) => m.text)).toEqual([
      'foreign terrorist organizations',
      'designation',
      'terrorist organization',
    ]);
    // (the forms of the labels it no longer takes are no other names of it)
    expect(got[0]!.aliases).not.toContain('terrorist groups');
  });

  test('a second label coordinated with the first ("as X and as Y") lists what the first lists', () => {
    const text =
      'The navy may strike the nine rings that the minister designated as “Foreign Terrorist Organizations” ' +
      'and as “Specially Designated Global Terrorists” on May 2.';
    expect(names(text)).toEqual([
      'Foreign terrorist organization designation of nine rings',
      'Specially designated global terrorist designation of nine rings',
    ]);
  });

  test('groups the next sentence says were "also named" join the act’s list; others named there do not', () => {
    const also =
      'In March, the ministry designated the Orchid Brotherhood as a foreign terrorist organization. ' +
      'The Salt Cartel was also named.';
    expect(names(also)).toEqual(['Foreign terrorist organization designation of Orchid Brotherhood and Salt Cartel']);
    const other =
      'In March, the ministry designated the Orchid Brotherhood as a foreign terrorist organization. ' +
      'The Salt Cartel was named in a court case.';
    expect(names(other)).toEqual(['Foreign terrorist organization designation of Orchid Brotherhood']);
  });

  test('"The label also applies to …" soon after an act lists more groups of it, and refers back to it', () => {
    const text =
      'The ministry is designating four Ostrian rings, including the Orchid Brotherhood and the Salt Cartel, as foreign terrorist organizations.\n\n' +
      'The step follows months of talks. The label also applies to two gangs based in Borduria: the Red Hand Cartel and the Pike Cartel.\n\n' +
      'The designation was announced Tuesday.';
    const out = extract(text, '2025-06-12');
    const act = 'Foreign terrorist organization designation of Orchid Brotherhood, Salt Cartel, Red Hand Cartel and Pike Cartel';
    expect(out.authorities.map((a) => a.name)).toEqual([act]);
    const announced = out.events.find((e) => e.summary.includes('announced'))!;
    expect(announced.actors).toEqual(
      expect.arrayContaining(['orchid-brotherhood', 'salt-cartel', 'red-hand-cartel', 'pike-cartel']),
    );
    // a label said of groups with no act before it lists nothing
    const alone = 'Officials met on Monday. The label also applies to the Red Hand Cartel, a lawyer said.';
    expect(names(alone)).toEqual([]);
  });

  test('an act told in a relative clause lists what the clause’s antecedent names or describes', () => {
    const described = 'The navy may strike the nine rings that the minister (not the king) designated as “Foreign Terrorist Organizations”.';
    expect(names(described)).toEqual(['Foreign terrorist organization designation of nine rings']);
    const passive = 'Officials want to pursue the Orchid Brotherhood, which has been designated as a global terrorist organization.';
    expect(names(passive)).toEqual(['Global terrorist organization designation of Orchid Brotherhood']);
    // an appositive's antecedent is the name before it, and two tellings of one act give one record
    const apposed =
      'The raid hit the Orchid Brotherhood, a gang that the ministry designated as a foreign terrorist organization. ' +
      'In May, the ministry designated the Orchid Brotherhood, the Red Hand Cartel and other groups as foreign terrorist organizations.';
    expect(names(apposed)).toEqual([
      'Foreign terrorist organization designation of Orchid Brotherhood, Red Hand Cartel and others',
    ]);
  });
});
