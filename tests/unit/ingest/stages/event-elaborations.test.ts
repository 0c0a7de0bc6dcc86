// Invented articles.
import { describe, expect, test } from 'vitest';
import { actorsOf } from '../helpers.ts';

describe('later sentences that go on about the same act add its actors', () => {
  const vote = [
    'Senate Democrats on Wednesday failed to pass a measure to bar the strikes on the boats.',
    'The resolution, led by Sens. Amy Ford and Ben Gale, failed 47-52.',
    'Sens. Carl Hunt and Dora Imre were the lone two Greens to side with Democrats.',
    'Sen. Eli Jonas was the only Democrat to vote against the measure.',
    'On Friday, Admiral Fay Kerr defended the strikes at a hearing.',
  ].join('\n\n');

  test('sentences that refer back to the measure, and those between them, name its actors', () => {
    expect(actorsOf(vote, 'Senate Democrats')).toEqual(expect.arrayContaining(['Amy Ford', 'Ben Gale', 'Carl Hunt', 'Dora Imre', 'Eli Jonas']));
  });

  test('a description opened by the name of someone taking no part is that one’s own instrument: it does not refer back', () => {
    const text = [
      'Senate Democrats on Wednesday failed to pass a measure to bar the strikes on the boats.',
      'The resolution, led by Sens. Amy Ford and Ben Gale, failed 47-52.',
      'Senators also turned down a second text, filed by Sen. Carl Hunt.',
      'Hunt’s resolution was backed by ten other senators.',
    ].join('\n\n');
    const actors = actorsOf(text, 'Senate Democrats');
    expect(actors).toEqual(expect.arrayContaining(['Amy Ford', 'Ben Gale']));
    expect(actors).not.toContain('Carl Hunt');
  });

  test('a sentence between that names no one taking part adds nothing', () => {
    const text = [
      'The Senate on Wednesday rejected a measure to bar the strikes on the boats.',
      'The resolution, led by Sen. Amy Ford, failed 47-52.',
      'He also quoted the historian Gus Lowe at length.',
      'Sen. Eli Jonas was the only Democrat to vote against the measure.',
    ].join('\n\n');
    const actors = actorsOf(text, 'The Senate');
    expect(actors).toEqual(expect.arrayContaining(['Amy Ford', 'Eli Jonas']));
    expect(actors).not.toContain('Gus Lowe');
  });

  test('the next dated act ends the report: its actors are not added', () => {
    expect(actorsOf(vote, 'Senate Democrats')).not.toContain('Fay Kerr');
  });

  test('an "also" sentence right after the act adds to it', () => {
    const text = 'In January, the Foreign Ministry listed the Red Hand Cartel as a terrorist organization. The Orchid Brotherhood was also named.';
    expect(actorsOf(text, 'In January')).toContain('Orchid Brotherhood');
  });

  test('an "also" sentence whose subject names someone else tells that one’s own act: it adds nothing', () => {
    const text = 'Admiral Ana Roe said on Monday that the navy was ready. Foreign Minister Ben Ode, visiting Borduria, also warned that smugglers would be caught.';
    const actors = actorsOf(text, 'Admiral Ana Roe');
    expect(actors).not.toContain('Ben Ode');
    expect(actors).not.toContain('Borduria');
  });

  test('"The program" that names no one is the act the sentence before tells, done by those who take part in it', () => {
    const text = 'The Colombian navy lent two helicopters to the Harbor Police Bureau. The program ended in 2019.';
    expect(actorsOf(text, 'The program')).toEqual(['Colombia', 'Harbor Police Bureau']);
  });

  test('"The program" opening a new paragraph takes no one from the paragraph before', () => {
    const text = 'The Colombian navy lent two helicopters to the Harbor Police Bureau.\n\nThe program ended in 2019.';
    expect(actorsOf(text, 'The program')).toEqual([]);
  });

  test('an act that names no one takes its actors from the sentence that introduced its authority', () => {
    const text = [
      'The Interior Ministry is designating the Red Hand Cartel as a terrorist organization.',
      'The designation was announced Wednesday.',
    ].join('\n\n');
    expect(actorsOf(text, 'The [')).toEqual(expect.arrayContaining(['Interior Ministry', 'Red Hand Cartel']));
  });

  test('an act whose subject describes someone by a role after "a" was done by the person named later with that role', () => {
    const text = [
      'A navy admiral briefed senators on Monday about the raid on the trawler.',
      'Sen. Ben Ode said afterwards that Adm. Ana Roe “answered every question.”',
    ].join('\n\n');
    expect(actorsOf(text, 'A navy admiral', '2025-05-10')).toContain('Ana Roe');
    const judge = [
      'A federal judge halted the transfers on Monday.',
      'The ruling came from Carl Hunt, chief judge of the district court, who heard the case.',
    ].join('\n\n');
    expect(actorsOf(judge, 'A federal judge', '2025-05-10')).toContain('Carl Hunt');
    // not someone named with another role
    const other = ['A navy admiral briefed senators on Monday.', 'Sen. Ben Ode said the briefing was short.'].join('\n\n');
    expect(actorsOf(other, 'A navy admiral', '2025-05-10')).not.toContain('Ben Ode');
  });

  test('a state of affairs dated only in a "with" phrase after it is the act of that phrase, whose names alone take part', () => {
    const text = 'Tensions have grown between Ana Roe and Ben Ode, with Colombia sinking a third trawler on Monday.';
    expect(actorsOf(text, 'Tensions', '2025-05-10')).toEqual(['Colombia']);
    // dated in its own clause, the state of affairs stays theirs
    const own = 'Tensions grew on Monday between Ana Roe and Ben Ode, with Colombia sinking a third trawler.';
    expect(actorsOf(own, 'Tensions', '2025-05-10')).toEqual(expect.arrayContaining(['Ana Roe', 'Ben Ode']));
  });

  test('the next sentence, "he" or "she" and a speech verb after one who told the act, goes on about it', () => {
    const text = 'Minister Ana Roe announced on Monday that the navy sank a trawler off the coast. She said the trawler was run by the Red Hand Cartel.';
    expect(actorsOf(text, 'Minister Ana Roe', '2025-05-10')).toContain('Red Hand Cartel');
    // after an act no one told, it is a new speaker's
    const untold = 'On Monday the navy sank a trawler off the coast. She said the trawler was run by the Red Hand Cartel.';
    expect(actorsOf(untold, 'On Monday', '2025-05-10')).not.toContain('Red Hand Cartel');
  });

  test('a happening that names no one was done by whoever its earlier mention names', () => {
    const text = 'The campaign has so far involved three Colombian raids on camps. The first raid came on May 14, killing 9 people.';
    expect(actorsOf(text, 'The first raid')).toEqual(['Colombia']);
  });

  test('an earlier mention names who did the happening in its possessor too, which the chunker leaves apart after a bare apostrophe', () => {
    const text = 'In May, the United States’ first raid on a camp left nine dead. A second raid was ordered to finish the job.';
    expect(actorsOf(text, 'A second raid', '2025-06-10')).toEqual(['United States']);
  });

  test('a plural the tagger left unlemmatized still names the same happening', () => {
    const text = 'Colombian airstrikes have hit three camps. The first strike came on May 14, killing 9 people.';
    expect(actorsOf(text, 'The first strike')).toEqual(['Colombia']);
  });
});

describe('who did an act told in the passive without its doer', () => {
  test('the subject the subordinate clause right after an agentless passive names did the act', () => {
    const text = 'Governor Ana Roe’s harbor plan was dealt a blow on Monday, after Judge Ben Ode ruled against it.';
    expect(actorsOf(text, 'Governor Ana Roe')).toContain('Ben Ode');
  });

  test('a role description there ("a federal judge") is the person named later with that role', () => {
    const text = [
      'Governor Ana Roe’s harbor plan was dealt a blow on Monday, after a federal judge agreed to halt the transfers.',
      'At the request of the Civil Rights Union, Ben Ode, chief judge of the district court in Lima, halted the transfers.',
    ].join('\n\n');
    expect(actorsOf(text, 'Governor Ana Roe')).toContain('Ben Ode');
  });

  test('an active act’s subordinate clause tells another act: its subject takes no part', () => {
    const text = 'Governor Ana Roe signed the harbor plan on Monday, after Judge Ben Ode ruled on the case.';
    expect(actorsOf(text, 'Governor Ana Roe')).not.toContain('Ben Ode');
  });

  test('a passive that names its doer with "by" takes no other from the clause after it', () => {
    const text = 'Governor Ana Roe’s harbor plan was struck down by the Harbor Court on Monday, after Judge Ben Ode ruled on the case.';
    expect(actorsOf(text, 'Governor Ana Roe')).not.toContain('Ben Ode');
  });
});

describe('the body that did an act going on about it', () => {
  const rejection = (next: string) =>
    ['The Peruvian government on Monday rejected the Chilean listing of the Red Hand Cartel.', next].join('\n\n');

  test('the next sentence whose speech verb has "the" and the act’s subject noun for subject goes on about it', () => {
    const going = rejection('In a statement read by Foreign Minister Ana Roe, the government condemned the listing as a lie.');
    expect(actorsOf(going, 'The Peruvian government')).toContain('Ana Roe');
  });

  test('another body’s speech is no going on', () => {
    const text = rejection('In a statement read by Foreign Minister Ana Roe, the ministry condemned the listing as a lie.');
    expect(actorsOf(text, 'The Peruvian government')).not.toContain('Ana Roe');
  });

  test('the same body’s act that is no speech is no going on', () => {
    const text = rejection('In a raid led by Gen. Ana Roe, the government seized two boats.');
    expect(actorsOf(text, 'The Peruvian government')).not.toContain('Ana Roe');
  });
});
