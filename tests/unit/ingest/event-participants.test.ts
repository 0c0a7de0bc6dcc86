import { describe, expect, test } from 'vitest';
import { actorsOf, extract } from './helpers.ts';

describe('an event’s actors are everyone its report names as taking part', () => {
  test('a list between dashes after the object names the groups the act is about', () => {
    const text = 'In March, the Foreign Ministry declared three armed groups — the Red Hand Cartel, the Blue Ring Cartel and the Orchid Brotherhood — to be terrorist organizations.';
    expect(actorsOf(text, 'In March')).toEqual(expect.arrayContaining(['Blue Ring Cartel', 'Foreign Ministry', 'Orchid Brotherhood', 'Red Hand Cartel']));
  });

  test('a subordinate clause inside the opening phrase ends at its comma: its names are background', () => {
    const text = 'In the first meeting of the two ministers since President Ana Roe returned to the Harbor Palace, Ben Ode met on Wednesday in Port Ode with President Carl Hunt.';
    const actors = actorsOf(text, 'In the first meeting', '2025-09-05');
    expect(actors).toEqual(expect.arrayContaining(['Ben Ode', 'Carl Hunt']));
    expect(actors).not.toContain('Ana Roe');
  });

  test('a person named in another’s title ("Roe’s border czar Ben Ode") is no party to what the other does', () => {
    const text = 'In March, President Ana Roe’s border czar Ben Ode threatened to use force against the Red Hand Cartel.';
    expect(actorsOf(text, 'In March', '2025-05-10')).toEqual(['Ben Ode', 'Red Hand Cartel']);
    const own = 'In March, President Ana Roe threatened to use force against the Red Hand Cartel.';
    expect(actorsOf(own, 'In March', '2025-05-10')).toContain('Ana Roe');
  });

  test('"said Roe, who heads the committee": the clause tells who speaks; the committee is no party', () => {
    const text = '“He was given a written order,” said Sen. Carl Hunt, who heads the Senate Harbor Committee, on Thursday.';
    expect(actorsOf(text, '“He was given', '2025-05-10')).toEqual(['Carl Hunt']);
    const opened = 'Ben Ode met the council on Thursday. He was given a written order,” said Sen. Carl Hunt, who heads the Senate Harbor Committee.';
    expect(actorsOf(opened, '[Ben Ode] was given', '2025-05-10')).not.toContain('Senate Harbor Committee');
  });

  test('an aside with a verb of its own stays background', () => {
    const text = 'On Monday, the Foreign Ministry — which Ana Ruiz has led since 2019 — expelled the Red Hand Cartel’s envoys.';
    expect(actorsOf(text, 'On Monday')).not.toContain('Ana Ruiz');
  });

  test('who says that something happened takes part in it; who only reports it does not', () => {
    const said = 'President Elena Vargas said Thursday that a coast guard patrol had found no trace of the crew.';
    expect(actorsOf(said, 'President Elena Vargas')).toContain('Elena Vargas');
    const reported = 'The Daily Ledger reported Friday that General Tomás Ibarra had ordered a second strike.';
    expect(actorsOf(reported, 'The Daily Ledger')).not.toContain('Daily Ledger');
  });

  test('a news outlet that says an act happened passes the news on: it is no party, as after "reported"', () => {
    const times = 'The Harbor Times said Monday that Admiral Ana Roe had ordered a second raid.';
    expect(actorsOf(times, 'The Harbor Times', '2025-05-10')).not.toContain('Harbor Times');
    expect(actorsOf(times, 'The Harbor Times', '2025-05-10')).toContain('Ana Roe');
    const told = 'Admiral Ana Roe told the Harbor Times on Monday that she had ordered a second raid.';
    expect(actorsOf(told, 'Admiral Ana Roe', '2025-05-10')).toContain('Ana Roe');
  });

  test('after "X reported that", the act reported is not the reporter’s: X is no party to it', () => {
    const text = 'Senators want answers after the Daily Ledger reported that Admiral Ana Roe on May 2 ordered a second raid.';
    const actors = actorsOf(text, 'Senators want', '2025-05-10');
    expect(actors).toContain('Ana Roe');
    expect(actors).not.toContain('Daily Ledger');
  });

  test('a name that opens a relative clause without "that" and a past verb of its own is no party to the act', () => {
    const text = 'On Friday the Daily Ledger published a memo the Foreign Ministry sent to the navy.';
    expect(actorsOf(text, 'On Friday', '2025-05-10')).toEqual(['Daily Ledger']);
  });

  test('a name that a relative clause without "that", opened by a pronoun, tells of is no party to the act', () => {
    const text = 'On Friday the Honduran navy sank a trawler she tied to Peru, Minister Ana Roe said.';
    expect(actorsOf(text, 'On Friday', '2025-05-10')).not.toContain('Peru');
    const object = 'On Friday the Honduran navy sank a trawler and warned Peru.';
    expect(actorsOf(object, 'On Friday', '2025-05-10')).toContain('Peru');
  });

  test('a dated report is the reporter’s act, about those the reported act involves', () => {
    const text = 'The Daily Ledger reported Friday that in the first raid, in September, Admiral Ana Roe gave the order to fire.';
    const r = extract(text, '2025-11-29');
    const names = (summary: string) =>
      r.events.find((e) => e.summary === summary)?.actors.map((id) => r.actors.find((a) => a.id === id)?.name).sort();
    expect(names('The Daily Ledger reported Friday')).toEqual(['Ana Roe', 'Daily Ledger']);
    // the act itself stays the admiral's alone
    expect(names(text.slice(0, -1))).toEqual(['Ana Roe']);
  });

  test('a dated report told by a noun is about the act its "that" clause tells: that act’s subject takes part', () => {
    const text = 'The ministry’s remarks are a reply to a Daily Ledger report on May 2 that Admiral Ana Roe had ordered the navy to sink a trawler near Peru.';
    const actors = actorsOf(text, 'Daily Ledger report', '2025-06-10');
    expect(actors).toContain('Ana Roe');
    // the rest of what it tells is not
    expect(actors).not.toContain('Peru');
  });

  test('the day an instrument takes effect involves those of the clause that tells it, not who announced it', () => {
    const text = 'On May 2, Minister Ana Roe announced that the Interior Ministry intends to designate the Red Hand Cartel as a foreign terrorist organization, effective on May 9.';
    const r = extract(text, '2025-05-20');
    const effect = r.events.find((e) => e.date?.value === '2025-05-09');
    const names = effect?.actors.map((id) => r.actors.find((a) => a.id === id)?.name).sort();
    expect(names).toEqual(['Interior Ministry', 'Red Hand Cartel']);
    // the announcement stays the minister's
    expect(actorsOf(text, 'On May 2', '2025-05-20')).toContain('Ana Roe');
  });

  test('a happening dated beside a resolution takes neither the party of its sponsors nor the resolution’s first mention', () => {
    const text =
      'Two senators have filed a resolution to halt the raids on the Red Hand Cartel.\n\n' +
      'The measure, which Senators Ana Roe and Ben Ode, both Democrats, lodged on Friday, follows naval raids on May 4 and May 19, which killed nine people.';
    expect(actorsOf(text, 'Naval raid on May 4', '2025-05-24')).not.toContain('Democratic Party');
    expect(actorsOf(text, 'Naval raid on May 19', '2025-05-24')).not.toContain('Red Hand Cartel');
  });

  test('an act told of an instrument by "the designation" is done by those of the sentence that introduced it', () => {
    const text =
      'The Ostrian government is designating three gangs, including the Red Hand Cartel, as foreign terrorist organizations to curb smuggling.\n\n' +
      'The step follows President Ana Roe’s executive order that allowed the foreign terrorist organization label for gangs.\n\n' +
      'The designation was announced Tuesday and takes effect next week.';
    const actors = actorsOf(text, 'The [foreign terrorist organization designation', '2025-03-07');
    expect(actors).toContain('Red Hand Cartel');
    // who made a law it passingly cites, closer by, did not announce it
    expect(actors).not.toContain('Ana Roe');
  });

  test('when a state of affairs "deepened when" someone acted, the act is theirs', () => {
    const text = 'The standoff deepened on May 2, when Colombian troops sank a trawler off the coast, killing four.';
    expect(actorsOf(text, 'The standoff deepened', '2025-05-10')).toEqual(['Colombia']);
  });

  test('an act whose clause names no one is told by the "when" or "until" clause after it, whose names take part', () => {
    const feud = 'The feud widened on May 2, when the Foreign Ministry expelled two envoys of the Red Hand Cartel.';
    expect(actorsOf(feud, 'The feud widened', '2025-05-10')).toEqual(['Foreign Ministry', 'Red Hand Cartel']);
    const law = 'The old smuggling law was rarely used until the State Department listed the Orchid Brotherhood as a terrorist group in March.';
    expect(actorsOf(law, 'The old smuggling law', '2025-05-10')).toEqual(['Department of State', 'Orchid Brotherhood']);
  });

  test('an act whose subject is a pronoun for people keeps the "when" clause after it as background', () => {
    const text = 'Ana Ruiz spoke on Friday. She resigned on May 2, when the Foreign Ministry expelled two envoys.';
    expect(actorsOf(text, '[Ana Ruiz] resigned', '2025-05-10')).not.toContain('Foreign Ministry');
  });

  test('a state before warships named with a compound word ("guided-missile") fields them: it stays a party', () => {
    const text = 'On Monday, four U.S. Zumwalt guided-missile warships sailed past the coast of Honduras.';
    expect(actorsOf(text, 'On Monday', '2025-05-10')).toContain('United States');
  });

  test('a name in a phrase opened by "without" is what the act lacks, no party to it', () => {
    const text = 'On Monday, Sen. Ana Roe filed a bill that would bar naval raids without the approval of Congress.';
    expect(actorsOf(text, 'On Monday', '2025-05-10')).toEqual(['Ana Roe']);
  });

  test('a name that labels the sentence before a colon, like a dateline, is no party to the act', () => {
    const text = 'Peru: On May 2 the Foreign Ministry expelled two envoys of the Red Hand Cartel.';
    expect(actorsOf(text, 'On May 2', '2025-05-10')).toEqual(['Foreign Ministry', 'Red Hand Cartel']);
  });

  test('a state in a compound word or where a cargo is bound for is no party to the act', () => {
    const text = 'On May 2, Colombian troops sank a Honduran-flagged trawler carrying arms bound for Guatemala, killing four.';
    expect(actorsOf(text, 'On May 2', '2025-05-10')).toEqual(['Colombia']);
  });

  test('a relative clause on what the act is done to names who is involved; one on the subject does not', () => {
    const object = 'On Tuesday the State Department designated the Orchid Brotherhood, which officials say is run by Ramón Quiroga, a terrorist organization.';
    expect(actorsOf(object, 'On Tuesday')).toContain('Ramón Quiroga');
    const subject = 'The State Department, which Ramón Quiroga once sued, on Tuesday designated the Orchid Brotherhood a terrorist organization.';
    expect(actorsOf(subject, 'The State Department')).not.toContain('Ramón Quiroga');
  });

  test('a gang’s home country is no party to the act', () => {
    const text = 'In March, the Foreign Ministry listed Venezuela’s Orchid Brotherhood and the Colombian Red Hand Cartel as terrorist organizations.';
    const actors = actorsOf(text, 'In March');
    expect(actors).toEqual(expect.arrayContaining(['Orchid Brotherhood', 'Red Hand Cartel']));
    expect(actors).not.toContain('Venezuela');
    expect(actors).not.toContain('Colombia');
  });

  test('a state named as the adjective of another noun is no party to the act', () => {
    const text = 'In May, the Foreign Ministry cited U.S. law on harbor inspections.';
    expect(actorsOf(text, 'In May')).not.toContain('United States');
  });

  test('a state whose possessive qualifies another noun is no party; one whose possessive names its act stays one', () => {
    const other = 'In May, the Treasury praised Peru’s coastal patrols.';
    expect(actorsOf(other, 'In May')).not.toContain('Peru');
    const decision = 'In May, the Treasury welcomed Ecuador’s decision to expel the envoys.';
    expect(actorsOf(decision, 'In May')).toContain('Ecuador');
  });

  test('a state that is only where something goes is no party to the act', () => {
    const text = 'In June, the Coast Guard stopped a freighter carrying rifles toward Colombia.';
    expect(actorsOf(text, 'In June')).not.toContain('Colombia');
    expect(actorsOf('In June, the Coast Guard increased patrol flights over Colombia.', 'In June')).not.toContain('Colombia');
    expect(actorsOf('In June, the Coast Guard stopped two freighters near Colombia.', 'In June')).not.toContain('Colombia');
  });

  test('a state that is only where a cargo goes to or comes from is no party to the act', () => {
    const to = 'In June, the Coast Guard stopped a freighter carrying rifles to Colombia.';
    expect(actorsOf(to, 'In June')).not.toContain('Colombia');
    const from = 'In June, the Coast Guard seized cocaine from Ecuador on a freighter.';
    expect(actorsOf(from, 'In June')).not.toContain('Ecuador');
    // a state something is sent to stays a party
    expect(actorsOf('In June, the Coast Guard sent a letter to Colombia.', 'In June')).toContain('Colombia');
  });

  test('a state that is only where a group is based is no party to the act', () => {
    const inGroup = 'In July, the Foreign Ministry listed the Orchid Brotherhood in Ecuador as a terrorist organization.';
    expect(actorsOf(inGroup, 'In July')).not.toContain('Ecuador');
    const based = 'In July, the Foreign Ministry listed two gangs that are based in Ecuador as terrorist organizations.';
    expect(actorsOf(based, 'In July')).not.toContain('Ecuador');
  });

  test('states joined as adjectives of what the act is done to stay parties, each like the first', () => {
    const text = 'In August, the Coast Guard trained Colombian and Ecuadorian harbor patrols.';
    expect(actorsOf(text, 'In August')).toEqual(expect.arrayContaining(['Colombia', 'Ecuador']));
  });

  test('a state that acts, is acted on, or fields the force that acts stays a party', () => {
    expect(actorsOf('In August, the United States struck a speedboat near the coast.', 'In August')).toContain('United States');
    expect(actorsOf('In August, the Foreign Ministry imposed sanctions on Colombia.', 'In August')).toContain('Colombia');
    expect(actorsOf('In August, two U.S. destroyers struck a speedboat near the coast.', 'In August')).toContain('United States');
  });

  test('a state in the title of a person the act is done to is no party; in the title of its subject it stays one', () => {
    const object = 'On May 3 the Treasury sanctioned Peruvian President Ana Roe and her son.';
    expect(actorsOf(object, 'On May 3', '2025-05-10')).toEqual(['Ana Roe', 'Department of the Treasury']);
    const possessive = 'On Friday the Honduran navy detained Ecuador’s Interior Minister Ben Ode.';
    expect(actorsOf(possessive, 'On Friday', '2025-05-10')).not.toContain('Ecuador');
    const subject = 'Peruvian President Ana Roe said Monday that the raids broke the law.';
    expect(actorsOf(subject, 'Peruvian President', '2025-05-10')).toContain('Peru');
    const held = 'The administration of Peruvian President Ana Roe on Monday doubled its reward for the arrest of Carl Hunt.';
    expect(actorsOf(held, 'The administration', '2025-05-10')).toContain('Peru');
  });

  test('a body named only in the post of those the act is done to ("fired the lawyers for the navy") is no party', () => {
    const fired = 'In March, Interior Minister Ana Ruiz fired the top lawyers for the Harbor Council.';
    expect(actorsOf(fired, 'In March', '2025-05-10')).toEqual(['Ana Ruiz']);
    const own = 'In March, the Harbor Council fired its top lawyers.';
    expect(actorsOf(own, 'In March', '2025-05-10')).toContain('Harbor Council');
    const acted = 'In March, Interior Minister Ana Ruiz fined the lawyers and the Harbor Council.';
    expect(actorsOf(acted, 'In March', '2025-05-10')).toContain('Harbor Council');
  });

  test('names inside single quotes are not parties to the act', () => {
    const text = "The letter, sent on Friday, urged lawmakers 'to stop the Foreign Ministry from starting a war'.";
    expect(actorsOf(text, 'The letter')).not.toContain('Foreign Ministry');
  });

  test('a relative clause on what the act is done to that tells what it did describes it: its names take part', () => {
    const text = 'Minister Ana Ruiz announced on Monday that the navy sank a trawler which she said had sailed from Peru.';
    expect(actorsOf(text, 'Minister Ana Ruiz', '2025-05-10')).toContain('Peru');
    // what was done to it is an act of its own
    const done = 'On Monday the navy sank a trawler that had been seized in Peru.';
    expect(actorsOf(done, 'On Monday', '2025-05-10')).not.toContain('Peru');
  });

  test('a relative clause that tells an act of its own stays background', () => {
    const text = 'On Monday, Minister Ana Ruiz said the dead worked for the Orchid Brotherhood, a gang that the Interior Ministry banned in 2019.';
    expect(actorsOf(text, 'On Monday')).not.toContain('Interior Ministry');
  });
});

describe('words that refer back to people name them', () => {
  test('"the two leaders" are the last two people named, and the title says who', () => {
    const text = [
      'President Ana Ruiz has pressed Prime Minister Ben Ode to act against the Red Hand Cartel.',
      'The two leaders have held two meetings this year on border trade.',
    ].join('\n\n');
    const r = extract(text);
    const e = r.events.find((x) => x.summary.includes('two meetings'))!;
    expect(e.summary).toMatch(/^\[(Ana Ruiz and Ben Ode|Ben Ode and Ana Ruiz)\] have held/);
    expect(actorsOf(text, '[')).toEqual(['Ana Ruiz', 'Ben Ode']);
    // the words that refer back are no name of theirs
    expect(r.actors.flatMap((a) => a.aliases)).not.toContain('The two leaders');
  });

  test('"the administration" after a president in the same sentence is that president’s', () => {
    const text = [
      'President Ana Ruiz of Borduria met President Carl Hunt.',
      'Hunt said on Sunday he does not think the administration requires consent from parliament for raids.',
    ].join('\n\n');
    const r = extract(text);
    const e = r.events.find((x) => x.summary.startsWith('Hunt said'))!;
    expect(e.summary).toContain('[the Hunt administration]');
  });
});

describe('more of who takes part', () => {
  test('an act in the attribution is done to all it attributes, relative clauses included', () => {
    const text = 'The republic will list the Orchid Brotherhood, which officials say is run by Ramón Quiroga, as a terrorist group, Foreign Minister Ana Ruiz announced Sunday.';
    expect(actorsOf(text, 'The republic')).toEqual(expect.arrayContaining(['Ana Ruiz', 'Orchid Brotherhood', 'Ramón Quiroga']));
  });

  test('"the administration of President X" is X’s administration, in the words of the text', () => {
    const text = 'President Carl Hunt met reporters. The administration of President Carl Hunt on Monday doubled its reward for the arrest of Ramón Quiroga.';
    const r = extract(text, '2025-10-10');
    const e = r.events.find((x) => x.summary.startsWith('The administration of'))!;
    expect(e.summary).toBe('The administration of President Carl Hunt on Monday doubled its reward for the arrest of Ramón Quiroga');
    expect(actorsOf(text, 'The administration of')).toEqual(['Hunt administration', 'Ramón Quiroga']);
  });
});

describe('the members a list names', () => {
  test('"three cartels …: Ostrava, Red Coast …" names the Ostrava Cartel and the Red Coast Cartel, with the short names as aliases', () => {
    const r = extract('The label also applies to three cartels based in Borduria: Ostrava, Red Coast, and the Vlatko Cartel.');
    const names = r.actors.map((a) => a.name).sort();
    expect(names).toEqual(expect.arrayContaining(['Ostrava Cartel', 'Red Coast Cartel', 'Vlatko Cartel']));
    expect(r.actors.find((a) => a.name === 'Ostrava Cartel')!.aliases).toContain('Ostrava');
  });

  test('members after "including" keep their own names', () => {
    const r = extract('Several groups, including Public Voice and Peace Now, wrote to the ministry on Monday.');
    expect(r.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Public Voice', 'Peace Now']));
  });
});

describe('who acts for a body', () => {
  const agentsOf = (text: string, start: string) => {
    const r = extract(text, '2025-10-10');
    const e = r.events.find((x) => x.summary.replace(/^\[/, '').startsWith(start));
    if (!e) throw new Error(`no event starting "${start}" in: ${r.events.map((x) => x.summary).join(' | ')}`);
    return e.agents.map((id) => r.actors.find((a) => a.id === id)?.name);
  };

  test('the officials of a known body act for it: the body is the act’s agent', () => {
    expect(agentsOf('U.S. military officials have drafted plans for a blockade of the port.', 'U.S. military officials')).toEqual(['U.S. military']);
  });

  test('"The military" after the U.S. military is named is its agent', () => {
    const text = 'The U.S. military trained harbor pilots in Ostria. The military also lent them two helicopters.';
    expect(agentsOf(text, 'The U.S. military] also lent')).toEqual(['U.S. military']);
  });
});

describe('a state named only in passing is marked so on its record', () => {
  const passing = (text: string, state: string) => {
    const a = extract(text).actors.find((x) => x.name === state);
    if (!a) throw new Error(`no actor ${state}`);
    return a.mentions.map((m) => !!m.inPassing);
  };

  test('a state that only qualifies a law or places a cargo is named in passing', () => {
    expect(passing('The senators said the raids broke Colombian law.', 'Colombia')).toEqual([true]);
    expect(passing('The Coast Guard stopped a freighter carrying rifles toward Colombia.', 'Colombia')).toEqual([true]);
    expect(passing('The navy seized a trafficker who had been indicted in Colombia.', 'Colombia')).toEqual([true]);
  });

  test('a state that acts, is acted on, or owns what is done to is not', () => {
    expect(passing('Colombia expelled the envoys.', 'Colombia')).toEqual([false]);
    expect(passing('The ministry warned Colombia on Monday.', 'Colombia')).toEqual([false]);
    expect(passing('The cartel corrupted Colombia’s courts, the minister said.', 'Colombia')).toEqual([false]);
  });
});
