import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

const roles = (text: string, name: string) =>
  extract(text)
    .actors.find((a) => a.name === name)
    ?.roles.map((r) => r.role) ?? [];

describe('roles written after the name', () => {
  test('an appositive opened by an article is a role, and "who was a …" after it another', () => {
    expect(
      roles('Peter Grant, a senior fellow at the Lindqvist Institute, said the raid was lawful.', 'Peter Grant'),
    ).toEqual(['senior fellow at the Lindqvist Institute']);
    const both = roles(
      'Peter Grant, a lawyer who was the deputy minister of justice, said the raid was lawful.',
      'Peter Grant',
    );
    expect(both).toEqual(expect.arrayContaining(['lawyer', 'deputy minister of justice']));
  });

  test('an appositive opened by a role noun is a role', () => {
    expect(roles('Ada Quist, chief judge for the Northern Circuit Court, ruled on Monday.', 'Ada Quist')).toContain(
      'chief judge for the Northern Circuit Court',
    );
  });

  test('a body whose name has initials stays whole in the role', () => {
    expect(roles('Adm. Lara Voss, commander of U.S. Northern Fleet Command, spoke on Monday.', 'Lara Voss')).toContain(
      'commander of U.S. Northern Fleet Command',
    );
  });

  test('a relative clause gives the role without its "who"', () => {
    const found = roles('Sen. Ora Pike, who heads the Senate Budget Committee, objected on Monday.', 'Ora Pike');
    expect(found).toContain('heads the Senate Budget Committee');
    expect(found.filter((r) => r.startsWith('who'))).toEqual([]);
  });

  test('a relative clause of two parts gives two roles, a past one as former', () => {
    const text = 'David Stone, who then led the Bureau of Audits and was the finance minister in the 1990s, spoke.';
    const found = roles(text, 'David Stone');
    expect(found).toEqual(expect.arrayContaining(['formerly led the Bureau of Audits', 'former finance minister (in the 1990s)']));
  });
});

describe('roles written before the name', () => {
  test('a role noun phrase right before the name', () => {
    expect(roles('Ruiz’s trade envoy Ben Ode arrived on Monday.', 'Ben Ode')).toContain('trade envoy');
  });

  test('a role noun phrase right after a preposition', () => {
    expect(roles('The plan was drafted by former navy lawyer Ruth Hale and others.', 'Ruth Hale')).toContain(
      'former navy lawyer',
    );
  });

  test('a role after a possessive pronoun, but not a time phrase after a preposition', () => {
    expect(roles('In 2019, his chief of staff at the time, Lee Marr, resigned.', 'Lee Marr')).toContain(
      'former chief of staff',
    );
    expect(roles('During his first term, Lee Marr resigned twice.', 'Lee Marr')).toEqual([]);
  });

  test('an apposed role phrase before the name, with a title between', () => {
    expect(roles('A spokeswoman for the Interior Ministry, Lisa Holm, said it was over.', 'Lisa Holm')).toContain(
      'spokeswoman for the Interior Ministry',
    );
    expect(roles('Nordland’s defense minister, Gen. Rafa Ocon, said it was over.', 'Rafa Ocon')).toContain(
      'defense minister',
    );
  });

  test('a lower-case title takes the capitalised body before it', () => {
    expect(roles('White House press secretary Ana Ruiz said it was over.', 'Ana Ruiz')).toContain(
      'White House press secretary',
    );
  });

  test('a party written before a lower-case plural title is part of the role', () => {
    expect(roles('Republican representatives Ann Lee and Tom Ruiz voted no on Monday.', 'Ann Lee')).toContain(
      'Republican representative',
    );
  });
});

describe('titles written in other house styles', () => {
  test('"Prof" without a full stop is a title, never part of the name', () => {
    const text = 'The raid was wrong, Prof Ben Ode of Lund University said on Monday.';
    expect(extract(text).actors.map((a) => a.name)).toContain('Ben Ode');
    expect(roles(text, 'Ben Ode')).toEqual(['professor of Lund University']);
  });

  test('"JAG" is a title: "former Navy JAG Dan Pike"', () => {
    expect(roles('The process was described this week by former Navy JAG Dan Pike.', 'Dan Pike')).toEqual(['former JAG']);
  });

  test('"Secretary of the Treasury" is a title', () => {
    expect(roles('In a release, Secretary of the Treasury Carl Hunt said output grew.', 'Carl Hunt')).toEqual([
      'Secretary of the Treasury',
    ]);
  });
});

describe('lists of lawmakers with party and state tags', () => {
  const list =
    'Green representatives Ann Rowe (G.-Ky.), Ed Tait (Ga.) and Cy Wynne (Ill.), and Democrats Jo Pike (Texas), ' +
    'Bo Vane (Calif.), and Di Poll (Ill.) backed the measure on Monday.';

  test('a plural title holds along a list of names with tags, commas and "and"', () => {
    expect(roles(list, 'Ed Tait')).toEqual(['representative from Georgia']);
    expect(roles(list, 'Cy Wynne')).toEqual(['representative from Illinois']);
  });

  test('members of a party named before the rest of the list give their party to the title', () => {
    expect(roles(list, 'Jo Pike')).toEqual(['Democratic representative from Texas']);
    expect(roles(list, 'Di Poll')).toEqual(['Democratic representative from Illinois']);
  });

  test('a party letter with a full stop is a party tag ("(D.-Mass.)")', () => {
    expect(roles('The bill was sponsored by Rep. Kim Oh (D.-Mass.) on Monday.', 'Kim Oh')).toEqual([
      'Democratic representative from Massachusetts',
    ]);
  });

  test("a state alone in brackets is a lawmaker's state, not a mayor's", () => {
    expect(roles('Rep. Lu Chen (Ore.) said no on Monday.', 'Lu Chen')).toEqual(['representative from Oregon']);
    expect(roles('Mayor Lu Chen (Ore.) said no on Monday.', 'Lu Chen')).toEqual(['Mayor']);
  });
});

describe('what is not a role', () => {
  test('a clause after a comma is not an appositive: "…, the council condemned …", "…, officials said"', () => {
    const text =
      'In a statement released by Foreign Minister Lena Dahl, the council condemned the raid as a "grave error."';
    expect(roles(text, 'Lena Dahl')).toEqual(['Foreign Minister']);
    expect(
      roles('The gang acts under the control of Nordland leader Maria Costa, officials said.', 'Maria Costa'),
    ).toEqual(['Nordland leader']);
  });

  test('an appositive with no role noun is a label, not a role: "a longtime foe of the republic"', () => {
    expect(roles('President Ivo Mend, a longtime foe of the republic, spoke on Monday.', 'Ivo Mend')).toEqual([
      'President',
    ]);
  });

  test('a party member described in an appositive keeps the role: "a Virginia Democrat"', () => {
    expect(roles('Sen. Ann Lee, a Virginia Democrat, objected on Monday.', 'Ann Lee')).toContain('Virginia Democrat');
  });

  test('"to be" and "to lead" after a verb of appointing are roles', () => {
    const text =
      'The Senate confirmed Laura Mills to be deputy attorney general, and David Stone to lead the Office of Audits.';
    expect(roles(text, 'Laura Mills')).toContain('deputy attorney general');
    expect(roles(text, 'David Stone')).toContain('confirmed to lead the Office of Audits');
  });

  test('a purpose is not a role: "sent David Stone to lead the talks"', () => {
    expect(roles('The minister sent David Stone to lead the talks on Monday.', 'David Stone')).toEqual([]);
  });

  test('a label others give is not a role: "described him as a cartel head"', () => {
    const found = roles(
      'President Ivo Mend was indicted in 2020. The ministry described him as a cartel head.',
      'Ivo Mend',
    );
    expect(found).toEqual(['President']);
  });
});

describe('roles in their time', () => {
  test('a title in a sentence dated long before the publication is given with its year', () => {
    expect(roles('In 1994, President Ivo Mend sent troops to the border.', 'Ivo Mend')).toEqual(['President (in 1994)']);
    // a recent year reads as current, and a date in a relative clause is the time of something else
    expect(roles('In 2021, President Ivo Mend sent troops to the border.', 'Ivo Mend')).toEqual(['President']);
    expect(roles('The retired Gen. Ana Roe, who served as army chief in the 1990s, spoke.', 'Ana Roe')).not.toContain(
      'retired general (in the 1990s)',
    );
  });
});
