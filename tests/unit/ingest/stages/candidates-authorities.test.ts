import { describe, expect, test } from 'vitest';
import { findAuthorities } from '../../../../src/ingest/stages/candidates-authorities.ts';
import { extract, sentencesOf } from '../helpers.ts';

const found = (t: string) => findAuthorities(sentencesOf(t)[0]!).map((a) => [a.name, a.kind, a.year]);
const names = (t: string) => extract(t).authorities.map((a) => a.name);
/** The text's forms of a record: its other names, then the words for it that name none. */
const forms = (a: { aliases: string[]; wordings?: string[] | undefined }) => [...a.aliases, ...(a.wordings ?? [])];

describe('authorities: noun phrases whose head is an instrument', () => {
  test('"an 1878 law called the X Act" is one statute, with its year', () => {
    const [a, ...rest] = extract('Under an 1878 law called the Posse Comitatus Act, it is illegal.').authorities;
    expect(rest).toEqual([]);
    expect([a!.name, a!.kind, a!.year, forms(a!)]).toEqual(['Posse Comitatus Act', 'statute', 1878, ['1878 law']]);
  });

  test('described instruments are named by what they do, in any case', () => {
    expect(found('It would involve a long-standing executive order banning assassinations, he said.')).toContainEqual(['Long-standing executive order banning assassinations', 'executive-order', null]);
    expect(found('Trump signed an order directing the State Department to start labeling cartels as terrorists.')[0]).toEqual(['Order directing the State Department to start labeling cartels as terrorists', 'executive-order', null]);
    expect(found('Senators failed, 52-47, to pass a resolution to block the strikes under the war powers act.')).toEqual([
      ['Resolution to block the strikes', 'statute', null],
      ['War powers act', 'statute', null],
    ]);
    expect(found('He faces narco-terrorism charges in New York.')).toEqual([['Narco-terrorism charges', 'charge', null]]);
  });

  test('the kind comes from the head, or from a modifier of a description', () => {
    expect(found('The Geneva Conventions and the laws of war forbid it, and so does the Constitution.')).toEqual([
      ['Geneva Conventions', 'international-law', null],
      ['Laws of war', 'international-law', null],
      ['Constitution', 'constitutional', null],
    ]);
    expect(found('They were designated as foreign terrorist organizations.')).toContainEqual(['Foreign terrorist organization designation', 'designation', null]);
    expect(found('It relies on his constitutional authority to act in national self-defense, perhaps.')).toContainEqual(['Constitutional authority to act in national self-defense', 'constitutional', null]);
  });

  test('a bare instrument is named after the body that made it; a verb can make one', () => {
    expect(found('The Office of Legal Counsel produced an opinion saying so.')).toContainEqual(['Office of Legal Counsel opinion', 'legal-opinion', null]);
    expect(found('Congress legally authorized the use of military force against al-Qaida after the attacks.')).toContainEqual(['Authorization for the use of military force against al-Qaida', 'authorization', null]);
    expect(found('The program has not been authorized to use drones.')).toEqual([]);
  });

  test('a description ends where a clause opens ("approval on what his government calls …")', () => {
    expect(names('The vote would have required parliamentary approval on what his government has alleged are smuggling boats.')).toContain('Parliamentary approval');
  });

  test('a hypothetical instrument ("whether ... has produced an opinion") is kept apart', () => {
    const [c] = findAuthorities(sentencesOf('It is unclear whether the Office of Legal Counsel has produced an authoritative opinion.')[0]!);
    expect(c?.hypothetical).toBe(true);
    expect(names('It is unclear whether the Office of Legal Counsel has produced an authoritative opinion.')).toEqual([]);
  });

  test('words that name no particular instrument are not authorities', () => {
    expect(found('Officers must follow orders, and any treaty can be broken in order to win.')).toEqual([]);
    expect(found('He said the law enforcement agencies agreed.')).toEqual([]);
  });

  test('U.S.C. sections and numbered instruments', () => {
    expect(found('The designation rests on 8 U.S.C. § 1189 and Executive Order 13224.').slice(1)).toEqual([
      ['8 U.S.C. § 1189', 'statute', null],
      ['Executive Order 13224', 'executive-order', null],
    ]);
    expect(found('They cited Article 51 of the U.N. Charter.')).toEqual([['Article 51 of the U.N. Charter', 'international-law', null]]);
    // a roman numeral numbers an article; a doubled section sign belongs to the citation
    expect(found('The court read Article IV of the Constitution and 33 U.S.C. §§ 1221 together.')).toEqual([
      ['Article IV', 'constitutional', null],
      ['33 U.S.C. §§ 1221', 'statute', null],
    ]);
  });

  test('a measure of Congress named by its number is one, and its number alone refers back to it', () => {
    expect(found('Members voted on H. Con. Res. 12 and H.R. 4410, and on S. J. Res. 7,introduced in May.')).toEqual([
      ['H. Con. Res. 12', 'statute', null],
      ['H.R. 4410', 'statute', null],
      ['S. J. Res. 7', 'statute', null],
    ]);
    const text =
      'Members rejected H. Con. Res. 12 on Tuesday. They also rejected H. Con. Res. 9. Rep. Max Orr voted for Res. 9 and Res. 12.';
    const records = extract(text, '2025-12-18').authorities;
    expect(records.map((a) => [a.name, a.mentions.length])).toEqual([
      ['H. Con. Res. 12', 2],
      ['H. Con. Res. 9', 2],
    ]);
  });

  test('why or how an instrument was made ("in response to …") and an "own" are no part of its name', () => {
    expect(found('Rebels enlisted after Gen. Ode’s order to mobilize reserves in response to the blockade.')).toEqual([
      ['Order to mobilize reserves', 'directive', null],
    ]);
    expect(found('It breaks the ministry’s own laws of war, Lee said.')).toEqual([['Laws of war', 'international-law', null]]);
  });

  test('a definite description resolves to the earlier authority it refers to', () => {
    const a = extract('Senators introduced a resolution to block the strikes on Monday. The measure failed on Tuesday, and the resolution is dead.').authorities;
    expect(a.map((x) => x.name)).toEqual(['Resolution to block the strikes']);
    expect(a[0]!.mentions).toHaveLength(3);
    // a legislative word with nothing before it refers to nothing
    expect(names('The measure of success is unclear.')).toEqual([]);
    // "the assassination ban" after "an executive order banning assassinations"
    expect(names('It breaks an executive order banning assassinations. Experts doubt the assassination ban applies.')).toEqual(['Executive order banning assassinations']);
  });

  test('the outlet an instrument is confirmed to is no part of it ("confirmed the new directive to Politico")', () => {
    const text = 'The Ledger said the governor had signed a directive to deploy the guard. An aide confirmed the new directive to Politico on Monday.';
    expect(names(text)).toEqual(['Directive to deploy the guard']);
  });

  test('a capitalised name the tagger begins before its noun phrase stays whole', () => {
    expect(found('The bank froze assets under a Specially Designated Maritime Smuggler designation.')).toEqual([
      ['Specially Designated Maritime Smuggler designation', 'designation', null],
    ]);
    // one capital word that opens the sentence is no part of it
    expect(found('Later Maritime Smuggler designations followed.').map((a) => a[0])).toEqual(['Maritime Smuggler designations']);
  });

  test('whose law it is alone names no instrument ("U.S. law"); with a description it does', () => {
    expect(found('The crews said the raids broke U.S. law and Mexican law.')).toEqual([]);
    expect(found('The raids broke the U.S. law against piracy.')).toEqual([['U.S. law against piracy', 'statute', null]]);
    expect(found('The raids broke maritime law.')).toEqual([['Maritime law', 'statute', null]]);
  });

  test('a verb whose object is an instrument makes no second one ("an order that authorized the label")', () => {
    const text = 'The move follows a decree that authorized the terrorist label for foreign gangs.';
    expect(names(text)).toEqual(['Decree', 'Terrorist label for foreign gangs']);
  });

  test('a noninternational armed conflict names the law of that class of conflict', () => {
    expect(found('The office says the state is in a noninternational armed conflict with the gangs.')).toEqual([
      ['Law of non-international armed conflict', 'international-law', null],
    ]);
    expect(names('It calls this a "non-international armed conflict" with smugglers.')).toEqual(['Law of non-international armed conflict']);
    // an armed conflict alone is no law
    expect(found('It is an armed conflict, they said.')).toEqual([]);
  });

  test('a bare instrument word without a determiner names no record ("for purposes of sanctions")', () => {
    expect(names('The minister listed the gangs for purposes of sanctions under the Harbor Act.')).toEqual(['Harbor Act']);
  });

  test('an instrument against an indefinite object said of anyone ("sanctions against a group") is no record', () => {
    expect(names('Lawyers said that imposing sanctions against a group by calling it hostile can freeze its funds.')).toEqual([]);
    expect(names('A ban on a country rarely works, she said.')).toEqual([]);
    // a particular object, or one the text names, keeps it
    expect(names('The bank imposed sanctions against a Bordurian shipping ring on Monday.')).toEqual([
      'Sanctions against a Bordurian shipping ring',
    ]);
    expect(names('The bank imposed sanctions on the Orchid Brotherhood on Monday.')).toEqual([
      'Sanctions on the Orchid Brotherhood',
    ]);
  });

  test('what a named instrument is invoked to do is no part of its name', () => {
    const a = extract('The governor invoked the Harbor Act of 1901 to order the closure of the ports.').authorities;
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Harbor Act', ['Harbor Act of 1901']]]);
  });

  test('words coordinated before a described instrument share its head ("human rights and maritime law")', () => {
    expect(found('The raid may have broken international human rights and maritime law, scholars said.')).toEqual([
      ['International human rights law', 'international-law', null],
      ['Maritime law', 'statute', null],
    ]);
    // nouns alone before "and" are left alone
    expect(found('He faces smuggling and narco-terrorism charges.').map((a) => a[0])).toEqual(['Narco-terrorism charges']);
  });

  test('hot pursuit names the right of hot pursuit', () => {
    expect(found('The rules allow a "hot pursuit" of a skiff into the high seas.')).toEqual([
      ['Right of hot pursuit', 'international-law', null],
    ]);
  });

  test('only an instrument that is made or indefinite is hypothetical in a "whether" clause', () => {
    expect(names('Critics asked whether the raids could breach international law on the use of force.')).toEqual([
      'International law on the use of force',
    ]);
    expect(names('The ministry has not said whether it will seek charges against the crews.')).toEqual([]);
  });

  test('a sentence is legislative by its verbs, not by a noun ("force can be used")', () => {
    expect(names('Force can be used to stop a skiff, but only through non-lethal measures.')).toEqual([]);
    expect(names('Senators passed a measure to close the ports.')).toEqual(['Measure to close the ports']);
  });

  test('a provision is named with the instrument it belongs to, and "the clock" refers back to it', () => {
    const text =
      'The navy must stop without congressional authorization past Friday, when the Harbor Act’s “30-day clock” runs out. ' +
      'The clock confers no power; it adds to the disclosure requirements written into the Harbor Act. Security requirements rose.';
    expect(extract(text).authorities.map((a) => [a.name, forms(a)])).toEqual([
      // (its name cut before "of" names a part of any instrument: no other name of it)
      ['30-day clock of the Harbor Act', ['clock']],
      ['Disclosure requirements of the Harbor Act', []],
      ['Harbor Act', []],
    ]);
    // a clock or requirements of no named instrument are none
    expect(names('The clock ran out, and new requirements apply.')).toEqual([]);
  });

  test('a quoted order after "to" describes the instrument, named without the quotation marks', () => {
    const a = extract('The crew obeyed the minister’s directive to “sink every boat.” Critics objected.').authorities;
    expect(a.map((x) => [x.name, forms(x)])).toEqual([['Directive to sink every boat', ['directive', 'directive to “sink every boat.”']]]);
  });

  test('a name followed by initials that cannot abbreviate it is the tail of a longer name', () => {
    expect(names('On Monday, the Union of Southern Republics-Peoples’ Trade Treaty (USR-TCP) rejected the plan.')).toEqual([]);
    expect(names('He cited the Harbor Safety Act (HSA) on Monday.')).toEqual(['Harbor Safety Act']);
  });

  test('an instrument someone would make is still to be made', () => {
    expect(names('A member said he would file a resolution to close the ports.')).toEqual([]);
    expect(names('A member filed a resolution to close the ports.')).toEqual(['Resolution to close the ports']);
  });

  test('decertifying a state is a designation, named by the state, which is no form of it', () => {
    const a = extract('The move follows the decision in May to decertify Borduria as a partner against smuggling.').authorities;
    expect(a.map((x) => [x.name, x.kind, forms(x)])).toEqual([['Decertification of Borduria', 'designation', ['decertify Borduria']]]);
  });

  test('someone "sanctioned by" a body is under sanctions, named without a title; nothing refers back to them', () => {
    const text =
      'The Treasury designated Gen. Tomas Vane on Friday. It targets the ruler of Veridia, President Ana Ruiz, ' +
      'who has also been sanctioned by the Treasury. The sanctions were imposed in haste.';
    expect(names(text)).toEqual(['Sanctions', 'Sanctions on Ana Ruiz']);
    expect(names('The minister has not been sanctioned by the Treasury.')).toEqual([]);
  });

  test('a capitalised instrument word whose name goes on is one name ("Authorization for Use of …")', () => {
    expect(found('Lawyers cited the 2001 Authorization for Use of Naval Force and the Convention against Piracy.')).toEqual([
      ['2001 Authorization for Use of Naval Force', 'authorization', 2001],
      ['Convention against Piracy', 'international-law', null],
    ]);
  });

  test('a verb right after an instrument describes it, and makes no second one', () => {
    expect(names('The directive authorizing the navy to seize boats has revived a debate.')).toEqual([
      'Directive authorizing the navy to seize boats',
    ]);
  });

  test('the year a named instrument was made, and "the 1999 law" after it', () => {
    const a = extract('Parliament passed the Authorization for Harbor Defense in 1999. Later a court cited the 1999 law.').authorities;
    expect(a.map((x) => [x.name, x.year, forms(x)])).toEqual([['Authorization for Harbor Defense', 1999, ['1999 law']]]);
  });

  test('what is designated is no time word ("as a foreign terrorist organization last month")', () => {
    // (the act lists the group the relative clause is about)
    expect(names('It names the Red Hand, which the ministry designated as a foreign terrorist organization last month.')).toEqual([
      'Foreign terrorist organization designation of Red Hand',
    ]);
  });

  test('a constitutional power, and an authority held as commander in chief, are constitutional', () => {
    expect(found('The raids rest on the governor’s constitutional power to defend the state.')).toEqual([
      ['Constitutional power to defend the state', 'constitutional', null],
    ]);
    expect(found('He is acting within his authority as commander in chief, she said.')).toEqual([
      ['Authority as commander in chief', 'constitutional', null],
    ]);
    expect(found('He has the authority as chairman to call a vote.')).toEqual([]);
  });
});

describe('authorities: what the text says is missing or what a description lists', () => {
  test('an instrument the text says is missing ("without congressional authorization") is no record', () => {
    expect(found('The navy held the crews for weeks without congressional authorization.')).toEqual([]);
    expect(found('The navy held the crews for weeks under a congressional authorization.')).toHaveLength(1);
  });

  test('nor one missing after "without seeking", nor one "no" denies, a quoted name between', () => {
    expect(found('The navy held the crews for weeks without seeking congressional authorization.')).toEqual([]);
    expect(found('A senator said there was no “sink them all” order from the admiral.')).toEqual([]);
    expect(found('A senator said there was no order from the admiral.')).toEqual([]);
    expect(found('A senator said there was a “sink them all” order from the admiral.')).toHaveLength(1);
  });

  test('someone’s field ("a specialist in the laws of war") is no instrument of the story', () => {
    expect(found('The raid was unlawful, said Ben Ode, a former diplomat who is a specialist in the laws of war.')).toEqual([]);
    expect(found('The raid broke the laws of war, said Ben Ode, a former diplomat.')).toHaveLength(1);
  });

  test('a description that lists groups "as" something runs through the label ("labeling rings as foreign terrorist organizations")', () => {
    expect(found('The governor signed an order directing the ministry to start labeling harbor rings as foreign terrorist organizations.')[0]).toEqual([
      'Order directing the ministry to start labeling harbor rings as foreign terrorist organizations',
      'executive-order',
      null,
    ]);
  });
});
