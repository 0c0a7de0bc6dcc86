import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

// Invented paragraphs: one article's designation records, joined when one says more than the others.
const records = (text: string) => extract(text).authorities.map((a) => [a.name, a.aliases.slice().sort()]);
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
