import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from '../helpers.ts';
import { eventHeadline } from '../../../../src/ingest/stages/event-headlines.ts';
import { eventTitle } from '../../../../src/ingest/stages/event-titles.ts';
import { layerOf } from '../../../../src/ingest/stages/linguistics.ts';

// Invented sentences. `act` is the act's verb; `date` the words that give the date shown beside the
// headline; the whole sentence is the title (`eventTitle`), the headline when nothing is cut.
function headline(text: string, act: string | null, date?: string): string {
  const [s] = sentencesOf(text);
  const toks = layerOf(s!).tokens;
  const token = act === null ? null : toks.findIndex((t) => t.lower === act);
  const at = date ? s!.start + s!.text.indexOf(date) : -1;
  return eventHeadline(s!, { act: token, date: date ? { start: at, end: at + date.length } : null, whole: eventTitle(s!) });
}

describe('an event headline is its sentence by deletion only', () => {
  test('a sentence that opens inside a quotation the one before began opens the quotation again', () => {
    expect(headline('He was given a written order,” said Sen. Ana Roe on Monday.', 'given', 'on Monday')).toMatch(/^“He was given a written order,” said Sen\. Ana Roe/);
    // (a name put in for "He" may hold marks of its own: the sentence as written decides)
    const [s] = sentencesOf('He was given a written order,” said Sen. Ana Roe on Monday.');
    const named = eventHeadline(s!, { act: null, date: null, whole: '[Carl “Red” Hunt] was given a written order,” said Sen. Ana Roe' });
    expect(named).toBe('“[Carl “Red” Hunt] was given a written order,” said Sen. Ana Roe');
    expect(headline('“He was given a written order,” said Sen. Ana Roe on Monday.', 'given', 'on Monday')).toMatch(/^“He was given/);
    expect(headline('He was given a written order, Sen. Ana Roe said on Monday.', 'given', 'on Monday')).toMatch(/^He was given/);
  });

  test('negation is kept: "did not authorize"', () => {
    expect(headline('On Monday, the governor, a former judge, did not authorize the transfer of the prisoners.', 'authorize', 'On Monday')).toBe('The governor did not authorize the transfer of the prisoners');
  });

  test('modality is kept: "would", "could"', () => {
    expect(headline('The ministry would deploy two frigates to the strait, according to people familiar with the plan.', 'deploy')).toBe('The ministry would deploy two frigates to the strait');
    expect(headline('The port could close for a week, saying the storm had damaged the piers.', 'close')).toBe('The port could close for a week');
  });

  test('a quotation is kept whole, commas and all', () => {
    const h = headline('In May, the council called the blockade “a reckless act, which no one, however, should copy,” in a statement.', 'called', 'In May');
    expect(h).toBe('The council called the blockade “a reckless act, which no one, however, should copy,” in a statement');
  });

  test('attribution to a named speaker is kept; the apposition on the name goes', () => {
    expect(headline('The navy seized three boats, Ana Ruiz, the port commander, said.', 'seized')).toBe('The navy seized three boats, Ana Ruiz said');
    expect(headline('The navy seized three boats, according to Ana Ruiz.', 'seized')).toBe('The navy seized three boats, according to Ana Ruiz');
    expect(headline('“We took the boats,” Ana Ruiz, the port commander and a former admiral, said on Friday.', 'said')).toBe('“We took the boats,” Ana Ruiz said on Friday');
  });

  test('attribution to unnamed sources is removed only where the unnamed-sources label stands beside it', () => {
    expect(headline('The navy seized three boats, according to two officials.', 'seized')).toBe('The navy seized three boats');
    expect(headline('The navy seized three boats near the island, the people briefed on the raid said.', 'seized')).toBe('The navy seized three boats near the island');
    // named as well: the label is not shown, so nothing says the source is unnamed, and it stays
    expect(headline('The navy seized three boats, according to officials, Ana Ruiz told reporters.', 'seized')).toContain('according to officials');
  });

  test('a leading time phrase goes when it holds the date shown beside the headline, and stays when not', () => {
    expect(headline('In March, the agency froze the accounts of the Red Hand.', 'froze', 'In March')).toBe('The agency froze the accounts of the Red Hand');
    expect(headline('When she took office in March, Lena Ortiz froze the accounts.', 'froze', 'in March')).toBe('Lena Ortiz froze the accounts');
    expect(headline('In her view, the agency froze the accounts.', 'froze')).toBe('In her view, the agency froze the accounts');
  });

  test('an apposition is removed', () => {
    expect(headline('The court fined Blue Hand, Red Hand and Green Hand, the three firms.', 'fined')).toBe('The court fined Blue Hand, Red Hand and Green Hand, the three firms');
    expect(headline('The court fined the Blue Hand, or Mano Azul, for smuggling.', 'fined')).toBe('The court fined the Blue Hand for smuggling');
  });

  test('an apposition that ends a relative clause goes, and the comma closing the clause stays', () => {
    const text = 'The bill, which was filed on Friday by Ana Roe and Ben Ode, both members, follows two raids on the port.';
    expect(headline(text, 'follows')).toBe('The bill, which was filed on Friday by Ana Roe and Ben Ode, follows two raids on the port');
  });

  test('a non-restrictive relative clause is removed; a restrictive one stays', () => {
    expect(headline('The court fined Oleg Varga, who owns the shipyard.', 'fined')).toBe('The court fined Oleg Varga');
    expect(headline('Oleg Varga, who owns the shipyard, paid the fine.', 'paid')).toBe('Oleg Varga paid the fine');
    expect(headline('The court fined the firm that owns the shipyard.', 'fined')).toBe('The court fined the firm that owns the shipyard');
  });

  test('a trailing participial clause is removed', () => {
    expect(headline('The agency froze the accounts, saying they funded the militia.', 'froze')).toBe('The agency froze the accounts');
    expect(headline('The agency drafted a new rule, focused on river ports.', 'drafted')).toBe('The agency drafted a new rule');
    expect(headline('The agency closed the river ports, putting its own inspectors in charge.', 'closed')).toBe('The agency closed the river ports');
  });

  test('an aside, an interjected "however" and an opening "But" go', () => {
    expect(headline('But the board, however, raised the fee — to $9 — for every ship.', 'raised')).toBe('The board raised the fee for every ship');
  });

  test('a leading clause saying when or how goes before a subject and its verb; a hedge or a condition stays', () => {
    expect(headline('In closing the harbour, the council blamed the smugglers for the fires.', 'blamed')).toBe('The council blamed the smugglers for the fires');
    expect(headline('After the vote, the council banned night fishing.', 'banned')).toBe('The council banned night fishing');
    expect(headline('In her view, the council banned night fishing.', 'banned')).toBe('In her view, the council banned night fishing');
    expect(headline('If the river rose, the council closed the bridge.', 'closed')).toBe('If the river rose, the council closed the bridge');
    // what follows the comma is no subject with the act's verb: nothing goes
    expect(headline('After the vote, angry and tired, the council banned night fishing.', 'banned')).toContain('After the vote');
    // being asked is no part of the act, past the apposition its speaker's name takes
    expect(headline('Asked about the fires, Dana Roe, a council spokeswoman, said in an email that the council acted.', 'said')).toBe(
      'Dana Roe said in an email that the council acted',
    );
    // a short phrase between the subject and its verb ("in 1994") does not keep the clause
    expect(headline('But after those towns started taxing such boats, the council in 1994 halted the aid.', 'halted')).toBe(
      'The council in 1994 halted the aid',
    );
  });

  test('a purpose infinitive after a sending verb, its object and place goes; a verb\'s complement stays', () => {
    expect(headline('The ministry sent two frigates to the strait to stop the flow of stolen fuel.', 'sent')).toBe('The ministry sent two frigates to the strait');
    expect(headline('The ministry sent two frigates to the strait to stop the flow of fuel, and closed the port.', 'sent')).toBe('The ministry sent two frigates to the strait, and closed the port');
    expect(headline('The ministry urged the navy at the strait to stop the flow of stolen fuel.', 'urged')).toBe('The ministry urged the navy at the strait to stop the flow of stolen fuel');
    expect(headline('The ministry began to send frigates to the strait.', 'began')).toBe('The ministry began to send frigates to the strait');
    expect(headline('The ministry sent frigates on a mission to stop the fuel.', 'sent')).toBe('The ministry sent frigates on a mission to stop the fuel');
    expect(headline('The ministry sent frigates to the strait to stop and searched the tankers.', 'sent')).toBe('The ministry sent frigates to the strait to stop and searched the tankers');
  });

  test('a parenthetical on the wording stays: without it the page would say the words in its own voice', () => {
    expect(headline('The mayor promised to send inspectors to, as she put it, clean up the docks.', 'promised')).toBe('The mayor promised to send inspectors to, as she put it, clean up the docks');
    expect(headline('The mayor promised to send inspectors, as the law requires, to the docks.', 'promised')).toBe('The mayor promised to send inspectors, as the law requires, to the docks');
    expect(headline('The mayor called the docks “a mess, as she put it, from end to end.”', 'called')).toBe('The mayor called the docks “a mess, as she put it, from end to end.”');
  });

  test('after a final speech verb, the date shown beside the headline and the venue go; other words stay', () => {
    expect(headline('“The docks are closed,” Lena Ortiz said on Tuesday in an interview with a harbour radio station.', 'said', 'on Tuesday')).toBe('“The docks are closed,” Lena Ortiz said');
    expect(headline('“The docks are closed,” Lena Ortiz said at a news conference.', 'said')).toBe('“The docks are closed,” Lena Ortiz said');
    // not the date shown beside it: the time stays, and so all of it does
    expect(headline('“The docks are closed,” Lena Ortiz said on Tuesday in an interview with a harbour radio station.', 'said')).toBe('“The docks are closed,” Lena Ortiz said on Tuesday in an interview with a harbour radio station');
    expect(headline('“The docks are closed,” Lena Ortiz said in tears.', 'said')).toBe('“The docks are closed,” Lena Ortiz said in tears');
  });

  test('a final apposition that repeats a noun of the clause goes, with all that describes it; another noun stays', () => {
    expect(headline('The mayor backed the idea of a river toll, an idea her deputy later called costly, and which angered the boat owners.', 'backed')).toBe('The mayor backed the idea of a river toll');
    expect(headline('The mayor backed the idea of a river toll, a plan her deputy later called costly.', 'backed')).toBe('The mayor backed the idea of a river toll, a plan her deputy later called costly');
  });

  test('an aside between dashes that opens with "and" or "or" goes, its own verb with it', () => {
    const text = 'The navy gave radios to patrol units that trained with — and at times fought alongside — coast guard crews in Lorvia.';
    expect(headline(text, 'gave')).toBe('The navy gave radios to patrol units that trained with coast guard crews in Lorvia');
    expect(headline('The navy seized — or at least took — three boats near the island.', 'seized')).toBe('The navy seized three boats near the island');
  });

  test('an aside between dashes with its own verb and no conjunction stays', () => {
    const text = 'The navy seized three boats — the crews had fled the night before — near the island.';
    expect(headline(text, 'seized')).toBe('The navy seized three boats — the crews had fled the night before — near the island');
  });

  test('a dateline goes with the other cuts, and what stays keeps the spacing it has', () => {
    expect(headline('PORT AMBER — The navy seized three boats, Ana Ruiz, the port commander, said.', 'seized')).toBe('The navy seized three boats, Ana Ruiz said');
  });

  test('unsure: no act known, or nothing to cut, gives the whole sentence', () => {
    expect(headline('The agency froze the accounts, saying they funded the militia.', null)).toBe('The agency froze the accounts, saying they funded the militia');
    // the act inside the only part that could go: nothing goes
    expect(headline('The plan looks different, focused on boats.', 'focused')).toBe('The plan looks different, focused on boats');
  });

  test('words that refer back are resolved in brackets, as in the title', () => {
    const [, e] = extract('On Monday, the Treasury sanctioned the Blue Hand Cartel. On Tuesday, the Treasury accused the cartel of smuggling arms, saying it paid the guards.').events;
    expect(e!.headline).toBe('The Treasury accused [the Blue Hand Cartel] of smuggling arms');
    expect(e!.summary).toContain('saying it paid the guards');
  });
});

describe('who acts: the agents of an event', () => {
  test('the subject acts; what the act is done to does not', () => {
    const r = extract('On Monday, the Treasury Department sanctioned the Blue Hand Cartel.');
    const [e] = r.events;
    const id = (name: string) => r.actors.find((a) => a.name.includes(name))!.id;
    expect(e!.actors).toEqual(expect.arrayContaining([id('Treasury'), id('Blue Hand')]));
    expect(e!.agents).toEqual([id('Treasury')]);
  });

  test('a passive: the "by" phrase acts', () => {
    const r = extract('On Monday, the Blue Hand Cartel was designated by the State Department.');
    expect(r.events[0]!.actors).toEqual(expect.arrayContaining(['blue-hand-cartel', 'department-of-state']));
    expect(r.events[0]!.agents).toEqual(['department-of-state']);
  });
});
