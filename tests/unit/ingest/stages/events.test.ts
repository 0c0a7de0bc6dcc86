import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from '../helpers.ts';
import { mainAction } from '../../../../src/ingest/stages/events.ts';

/** The act's verb the events stage reads in the first sentence of an invented text, or null. */
const act = (text: string) => mainAction(sentencesOf(text)[0]!)?.verb ?? null;

describe('events', () => {
  test('a dated act is an event with its date, actors and exact sentence', () => {
    const r = extract('In February, Defense Secretary Pete Hegseth fired the top lawyers for the military services.');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.date).toEqual({ value: '2025-02', precision: 'month', approximate: false, expression: 'In February', anchor: { kind: 'published' } });
    expect(e.actors).toContain('pete-hegseth');
    expect(e.quote).toBe('In February, Defense Secretary Pete Hegseth fired the top lawyers for the military services.');
  });

  test('an undated act gets a null date, never an invented one', () => {
    const e = extract('The Office of Legal Counsel produced an opinion saying it was legal.').events[0]!;
    expect(e.date).toBeNull();
    expect(e.authorities).toContain('office-of-legal-counsel-opinion');
  });

  test('hedged, negated and quoted verbs are not events', () => {
    expect(extract('It is unclear whether the Office of Legal Counsel has produced an opinion.').events).toEqual([]);
    expect(extract('The CIA has not been authorized to use the drones.').events).toEqual([]);
    expect(extract('Unilateral military assaults by the U.S. military would be a marked escalation.').events).toEqual([]);
  });

  test('a bare "X said" is a statement, not an event; a dated one is both', () => {
    expect(extract('“We will act,” Marco Rubio said.').events).toEqual([]);
    expect(extract('“We will act,” Marco Rubio said on Thursday.').events).toHaveLength(1);
  });

  test('a named speaker quoted right after a dated act of the paragraph spoke on that occasion: its day, approximately', () => {
    const told = 'On Tuesday, the Harbor Ministry announced that it is doubling a bounty for information leading to the arrest of Ana Ruiz.';
    const r = extract(`${told} The ministry again described her as a smuggling boss, and Minister Lia Berg said she “will face the courts.”`);
    expect(r.events).toHaveLength(2);
    expect(r.events[1]!.date).toMatchObject({ value: '2025-08-05', precision: 'day', approximate: true, fromContext: true });
    expect(r.events[1]!.actors).toContain('lia-berg');
    // the speaker the dated sentence names, telling on: the same saying, no second event
    expect(extract('On Sunday, Minister Lia Berg said the port would reopen. “We will not wait,” Berg said.').events).toHaveLength(1);
    // unquoted, or a sentence further on: no date of the occasion
    expect(extract(`${told} Minister Lia Berg said she would face the courts.`).events).toHaveLength(1);
    expect(extract(`${told} The bounty is the largest yet. Minister Lia Berg said she “will face the courts.”`).events).toHaveLength(1);
  });

  test('a word that refers back to an instrument is named in brackets: a proper name keeps its capitals', () => {
    const headlines = extract('In March, the Senate passed the Harbor Waters Act. On April 2, Governor Ada Quill signed the measure.').events.map((e) => e.headline);
    expect(headlines).toContain('Governor Ada Quill signed the [Harbor Waters Act]');
    const described = extract('On May 3, President Ada Quill signed a directive ordering the navy to patrol the bays. On May 9, the navy said the directive was lawful and began the patrols.');
    expect(described.events.map((e) => e.headline)).toContain('The navy said the [directive ordering the navy to patrol the bays] was lawful and began the patrols');
  });

  test('"two days later" counts from the previous dated event', () => {
    const r = extract('Two weeks ago, the Treasury Department imposed sanctions on the Sinaloa Cartel.\n\nTwo days later, Marco Rubio issued a statement accusing the cartel.');
    expect(r.events.map((e) => e.date?.value)).toEqual(['2025-07-25', '2025-07-27']);
    expect(r.events[1]!.date!.approximate).toBe(true);
  });

  test('a happening dated in a noun phrase is an event of its own', () => {
    const r = extract('Congress legally authorized the use of military force against al-Qaida after the terrorist attacks of Sept. 11, 2001, but that was long ago.');
    expect(r.events.map((e) => [e.date?.value, e.date?.precision, e.date?.approximate])).toEqual([
      ['2001-09-11', 'day', false],
      ['2001', 'year', true],
    ]);
  });
});

describe('the act is the finite verb of its clause', () => {
  test('a participle between commas is not the act: the verb after it is', () => {
    expect(act('The Ostrian group, financed by smugglers, seized a port on Monday.')).toBe('seized');
  });

  test('a participle after the clause’s verb and a comma is no act', () => {
    expect(act('The plan appears to envision a new approach, focused on raids against depots.')).toBeNull();
  });

  test('a participle joined by a hyphen before a noun is no act', () => {
    expect(act('Raids would be a bold step against often well-armed and well-financed groups.')).toBeNull();
  });

  test('a participle opening the sentence does not hide the verb after it', () => {
    expect(act('Imposing new duties, the council voted on Tuesday.')).toBe('voted');
  });

  test('a verb after a subject and an adverb is the act, not a participle before its object', () => {
    expect(act('The navy also provided fuel and boats to the harbor police.')).toBe('provided');
  });

  test('a participle inside the subject is not the act', () => {
    expect(act('The boats seized were carrying arms.')).toBe('carrying');
  });
});

describe('commentary and hypotheticals are not events', () => {
  test('what a commentator notes or argues is no act', () => {
    // the noting is a statement; what it introduces is not the act
    expect(act('Ben Ode noted that the ministry has pushed broad readings of its power.')).toBe('noted');
    expect(extract('Ben Ode argued that the Harbor Council has stretched its powers.').events).toEqual([]);
  });

  test('what a topic has done is commentary', () => {
    expect(act('The question of how to curb smuggling has animated much of the debate.')).toBeNull();
    expect(act('The idea of closing the harbor took root among merchants in the 1990s.')).toBeNull();
  });

  test('a hypothetical under a modal, even with a participle after it, is no event', () => {
    expect(extract('Raids by the Ostrian navy would be a marked escalation, putting sailors on the front line.').events).toEqual([]);
  });

  test('a verb of the layer’s speech list is a statement, not an act, unless the text dates it', () => {
    expect(act('Ana Roe denied the report.')).toBe('denied');
    expect(mainAction(sentencesOf('Ana Roe denied the report.')[0]!)?.speech).toBe(true);
  });
});


describe('happenings a noun phrase dates are events of their own', () => {
  const dated = (text: string, published = '2025-10-10') =>
    extract(text, published).events.map((e) => [e.date?.value ?? null, e.summary]);

  test('a happening dated in a noun phrase stands beside the act that mentions it', () => {
    expect(dated('The Ledger wrote on Friday about a raid on Sept. 3 that left four dead.')).toEqual([
      ['2025-09-03', 'Raid on Sept. 3'],
      ['2025-10-10', 'The Ledger wrote on Friday about a raid on Sept. 3 that left four dead'],
    ]);
  });

  test('a happening’s address names it, not the act of its sentence, which keeps the sentence’s', () => {
    const ids = extract('The Ledger wrote on Friday about a raid on Sept. 3 that left four dead.', '2025-10-10').events.map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(ids.some((id) => /^raid-on-sept-3-[0-9a-f]{4}$/.test(id))).toBe(true);
    expect(ids.some((id) => /^the-ledger-wrote-on-friday-about-[0-9a-f]{4}$/.test(id))).toBe(true);
  });

  test('who the happening’s own words name did it', () => {
    const e = extract('The Ledger wrote on Friday about U.S. military raids on Sept. 3 that left four dead.', '2025-10-10').events;
    const raid = e.find((x) => x.summary.startsWith('U.S. military raids'));
    expect(raid?.agents).toEqual(['us-military']);
  });

  test('a happening "including" puts among others of its noun was done by whoever those are told of', () => {
    const text = 'The Ledger wrote on Friday about the U.S. military’s raids on fishing camps along the coast, including, in particular, a raid on Sept. 3 that left four dead.';
    const raid = extract(text, '2025-10-10').events.find((x) => x.summary === 'Raid on Sept. 3');
    expect(raid?.agents).toEqual(['us-military']);
  });

  test('a report with its day is a happening too, even when the sentence has no act', () => {
    expect(dated('Her remarks answer a Daily Ledger report Aug. 8 that the governor had signed an order.')).toEqual([
      ['2025-08-08', 'Daily Ledger report Aug. 8'],
    ]);
  });

  test('the act that takes the happening’s date is one event, not two', () => {
    expect(dated('The Ostrian navy’s raid on Sept. 3 killed four smugglers.')).toHaveLength(1);
  });

  test('each date joined to a happening’s date is another of those happenings, with its preposition, one on each day', () => {
    const out = dated('Ben Ode spoke about naval strikes on Sept. 2 and Sept. 9 that sank two boats.');
    expect(out).toContainEqual(['2025-09-09', 'Naval strike on Sept. 9']);
  });

  test('"the Sept. 3 raid" opened by its date is a happening, unless that day’s happening was told', () => {
    expect(dated('Officials on Monday defended the Sept. 3 raid on a fishing camp.')).toContainEqual([
      '2025-09-03',
      'Sept. 3 raid',
    ]);
    const told = dated('On Sept. 3, the Ostrian navy sank a boat. A week later, officials defended the Sept. 3 raid.');
    expect(told.filter(([d]) => d === '2025-09-03')).toHaveLength(1);
  });

  test('a date without its year, in a sentence that gives another year, dates no happening', () => {
    const out = dated('The assembly passed the Harbor Act in 2001, a week after the Sept. 11 attacks.');
    expect(out.map(([d]) => d)).not.toContain('2025-09-11');
    expect(out.map(([d]) => d)).not.toContain('2024-09-11');
  });
});

describe('dates of acts told around another', () => {
  const dated = (text: string, published = '2025-10-10') =>
    extract(text, published).events.map((e) => [e.date?.value ?? null, e.summary]);

  test('"tonight" is the publication day', () => {
    expect(dated('Tonight the assembly rejected the harbor bill.')).toEqual([
      ['2025-10-10', 'Tonight the assembly rejected the harbor bill'],
    ]);
  });

  test('what someone is said to have done takes no date from the paragraph: it is their claim', () => {
    const out = dated('On Monday, the Ostrian navy sank a boat off Port Ode. Ana Roe said the boat was carrying arms.');
    expect(out).toContainEqual([null, 'Ana Roe said the boat was carrying arms']);
  });

  test('an earlier date a paragraph looks back to does not date the acts told after it', () => {
    const text =
      'On 24 October the Harbor Office froze the assets of Ana Roe. The freeze followed a decision in September to close her port. Roe called the freeze unlawful.';
    const out = extract(text, '2025-10-30').events;
    const answer = out.find((e) => e.summary.startsWith('Roe called'))!;
    expect(answer.date?.value.slice(0, 7)).toBe('2025-10');
    expect(answer.date?.approximate).toBe(true);
    // a later date moves the paragraph on: what follows it takes that one
    const forward = extract('In 1994, the king sent troops to Port Ode. In 1995, the envoy left the port. The assembly condemned the raid.').events;
    expect(forward.find((e) => e.summary.startsWith('The assembly'))?.date?.value).toBe('1995');
  });

  test('a day the text names places the act better than a vague span before it', () => {
    expect(dated('Over the last two weeks, from Sept. 3, the Ostrian navy moved six frigates to the coast.', '2025-09-20')).toEqual([
      ['2025-09-03', 'Over the last two weeks, from Sept. 3, the Ostrian navy moved six frigates to the coast'],
    ]);
  });

  test('a relative clause with its own date is the act when no other clause reports one', () => {
    const [e] = extract('The bill, which was filed on Friday by Ana Roe, calls for an end to the raids.', '2025-09-22').events;
    expect(e?.date?.value).toBe('2025-09-19');
    expect(e?.actors).toContain('ana-roe');
    expect(extract('The bill, which Ana Roe filed, calls for an end to the raids.').events.filter((x) => x.date)).toEqual([]);
  });

  test('what is reported takes its own date, not the report’s', () => {
    const [e] = extract('The Ledger reported Friday that in the first raid, in September, Admiral Ana Roe gave the order.', '2025-11-29').events;
    expect(e?.date?.value).toBe('2025-09');
  });

  test('what has been so up to now takes no date from its paragraph', () => {
    const out = extract('Since May 3, the Ostrian navy has sunk nine boats. Past governments have relied on the police.', '2025-10-10');
    expect(out.events.filter((e) => e.date).map((e) => e.summary)).toEqual([
      'Since May 3, the Ostrian navy has sunk nine boats',
    ]);
  });

  test('"added the gang to a list" is the act, done by its subject; "added" alone is speech', () => {
    const r = extract(
      'On Monday, the Foreign Ministry added the Red Hand Cartel to a list of specially designated terrorist groups.',
      '2025-05-30',
    );
    const [e] = r.events;
    expect(e?.headline).toContain('added the Red Hand Cartel to a list');
    expect(e?.agents.map((id) => r.actors.find((a) => a.id === id)?.name)).toEqual(['Foreign Ministry']);
  });

  test('the day an instrument takes effect is an event of its own, and dates no other act of its sentence', () => {
    const listed = extract(
      'On May 16, the Foreign Ministry announced that it had listed the Red Hand Cartel as a terrorist organization, effective on May 24.',
      '2025-05-30',
    ).events;
    const effective = listed.find((e) => e.date?.value === '2025-05-24');
    expect(effective?.summary).toMatch(/^\[[^\]]*designation[^\]]*\], effective on May 24$/i);
    expect(listed.filter((e) => e !== effective).map((e) => e.date?.value)).not.toContain('2025-05-24');
    const law = extract('The Harbor Safety Act takes effect on May 24.', '2025-05-30').events;
    expect(law.map((e) => [e.date?.value, e.summary])).toEqual([['2025-05-24', 'Harbor Safety Act takes effect on May 24']]);
    // a day without its year, read as months before publication, may be the next one: no event
    expect(extract('The Harbor Safety Act takes effect on July 1.', '2025-05-30').events.filter((e) => e.date)).toEqual([]);
  });

  test('a dated report of an act with a date of its own is an event too, told by its own words', () => {
    const events = extract('The Ledger reported Friday that in the first raid, in September, Admiral Ana Roe gave the order.', '2025-11-29').events;
    expect(events.map((e) => [e.date?.value, e.summary])).toContainEqual(['2025-11-28', 'The Ledger reported Friday']);
    // one event when the act has no date but the report's
    expect(extract('The Ledger reported Friday that Admiral Ana Roe gave the order.', '2025-11-29').events).toHaveLength(1);
  });

  test('"ahead of the operation" comes before that operation, and dates nothing else of its paragraph', () => {
    const r = extract('In 1994, the Ostrian navy raided Port Ode.\n\nAhead of the operation, Ana Roe wrote a memo. The assembly condemned the raid.');
    const memo = r.events.find((e) => e.summary.startsWith('Ahead'))!;
    expect(memo.date).toMatchObject({ value: '1994', before: '1994', anchor: { kind: 'event', relation: 'before' } });
    expect(r.events.find((e) => e.summary.startsWith('The assembly'))?.date ?? null).toBeNull();
  });
});

describe('a dated report of a dated act', () => {
  const text =
    'The Ledger reported Friday that in the navy’s first raid on a trawler in May, Admiral Ana Roe gave an order to sink it. Roe called the reporting false.';

  test('the act keeps who reports it in its title: the report is no fact of the site', () => {
    const r = extract(text, '2025-09-07');
    const order = r.events.find((e) => e.date?.value === '2025-05')!;
    expect(order.headline).toMatch(/^The Ledger reported Friday that .*Ana Roe gave an order to sink it$/u);
  });

  test('an act on "the reporting" answers the report: after its day, not in the month of the story', () => {
    const r = extract(text, '2025-09-07');
    const answer = r.events.find((e) => e.headline.startsWith('Roe called the reporting'))!;
    expect(answer.date).toMatchObject({ value: '2025-09', precision: 'month', after: '2025-09-05' });
  });
});

describe('what is no act, though a past verb stands in it', () => {
  test('participles listed after a modal or an infinitive share its status', () => {
    expect(act('Those on the list could face being jailed, fined and expelled.')).toBeNull();
    expect(act('The crews were to be quickly jailed, fined and expelled.')).toBeNull();
    expect(act('The navy seized the boat, detained the crew and deported them.')).toBe('seized');
  });

  test('a bare "That" or "This" as subject tells a situation, not an act', () => {
    expect(act('That has put the capital at odds with its neighbor.')).toBeNull();
    expect(act('This pushed the council to act.')).toBeNull();
    expect(act('That ministry has put the capital at odds with its neighbor.')).toBe('put');
  });
});

describe("the authors' own voice", () => {
  test('"we" or "both of us" outside quotation marks is no act of the story; a quoted "we" is the speaker’s', () => {
    expect(act('As former ministry lawyers, both of us have advised the council on raids.')).toBeNull();
    expect(act('We have argued for years that the raids are unlawful.')).toBeNull();
    expect(act('“We seized the boat,” the admiral said on Monday.')).toBe('said');
    expect(act('Last May I published a piece on the raids.')).toBe('published');
  });
});

describe('commentary told with a past verb', () => {
  test('a doubt voiced ("questioned whether …") is no act; questioning someone is one', () => {
    expect(act('Experts have also questioned whether the raids could break the harbor law.')).toBeNull();
    expect(act('The senator questioned the admiral for two hours on Monday.')).toBe('questioned');
  });

  test('what a thing "marks" is an assessment, not an act', () => {
    expect(act('The sanctions mark a new low in relations between the two states.')).toBeNull();
    expect(act('The sanctions marked a new low in relations between the two states.')).toBeNull();
  });
});
