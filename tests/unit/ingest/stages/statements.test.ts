import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

// Invented articles: each quotation with the id of the actor it is attributed to.
const said = (text: string) => extract(text).statements.map((s) => [s.actor, s.quote]);

describe('a quotation’s speaker is the subject of its speech verb, as the layer reads it', () => {
  test('a name before the verb speaks', () => {
    expect(said('Ana Ruiz said the navy “will not stop the patrols at all.”')).toEqual([['ana-ruiz', 'will not stop the patrols at all.']]);
  });

  test('after the quotation, the name after the verb speaks', () => {
    expect(said('“We will not stop the patrols,” said Ben Ode.')).toEqual([['ben-ode', 'We will not stop the patrols,']]);
  });

  test('a subject with a name in apposition: the person speaks, not the body in the role', () => {
    const text = 'A spokeswoman for the Harbor Council, Lena Ortiz, told reporters that the raid was “fully within the rules of the sea.”';
    expect(said(text)).toEqual([['lena-ortiz', 'fully within the rules of the sea.']]);
  });

  test('a name with an "of" complement: the person speaks, not the place or body after "of"', () => {
    const text = '“Force can stop a boat but it should not kill anyone,” Dr Ben Ode of Lund University said.';
    expect(said(text)).toEqual([['ben-ode', 'Force can stop a boat but it should not kill anyone,']]);
  });

  test('a participle before a noun ("a reported raid") is no speech verb', () => {
    const text = 'Sen. Ann Roe of Ohio said Monday that a reported raid on the port “crosses a line if it is true.”';
    expect(said(text)).toEqual([['ann-roe', 'crosses a line if it is true.']]);
  });

  test('"with Ana Ruiz warning that …": a speech participle after a name speaks with that name', () => {
    const text = 'Two ministers joined the vote, with Ana Ruiz warning that the navy was “sinking boats without a trial.”';
    expect(said(text)).toEqual([['ana-ruiz', 'sinking boats without a trial.']]);
  });

  test('after a quoting verb the name is the one called something, not the speaker', () => {
    const text = 'President Ben Ode on Monday called Ann Lee an “illegal fishing boss of the port.”';
    expect(said(text)).toEqual([['ben-ode', 'illegal fishing boss of the port.']]);
  });

  test('"referred to X as “…”" quotes the one who refers', () => {
    const text = 'A week earlier, President Ben Ode referred to Ann Lee as an “illegal fishing boss” and threatened to halt aid.';
    expect(said(text)).toEqual([['ben-ode', 'illegal fishing boss']]);
  });

  test('"quoted Ana Ruiz: “…”": the one quoted speaks, not the one who quotes', () => {
    const text = 'Ben Ode spoke on Monday. He also quoted the retired captain Ana Ruiz: “A port that sinks boats is in danger.”';
    expect(said(text)).toEqual([['ana-ruiz', 'A port that sinks boats is in danger.']]);
  });

  test('a quotation ending its own sentence is said by the one the next sentence names as speaking', () => {
    const text = 'Ben Ode spoke on Monday. “Is it so much to ask who was on the boats?” Ana Ruiz said in the chamber.';
    expect(said(text)).toEqual([['ana-ruiz', 'Is it so much to ask who was on the boats?']]);
    const quoted = 'Ben Ode spoke on Monday. “Is it so much to ask who was on the boats?” Ana Ruiz said “we will not go back.”';
    expect(said(quoted)).toEqual([['ana-ruiz', 'we will not go back.']]);
  });

  test('a verb joined by "but" speaks with the subject of the verb before it', () => {
    const text = 'Ben Ode met Ana Ruiz on Monday. Asked about the raid, she called it a “bad idea” but said she thinks “the port is safe now.”';
    expect(said(text)).toEqual([
      ['ana-ruiz', 'bad idea'],
      ['ana-ruiz', 'the port is safe now.'],
    ]);
  });

  test('the body that says it speaks, not a person its subject or a relative clause names', () => {
    const text = 'The decision by Ana Ruiz to confirm the raid was “highly unusual for a minister,” the Foreign Ministry said.';
    expect(said(text)).toEqual([['foreign-ministry', 'highly unusual for a minister,']]);
    const relative = 'The Foreign Ministry, which Ana Ruiz once led, said the raid was “a grave mistake by the navy.”';
    expect(said(relative)).toEqual([['foreign-ministry', 'a grave mistake by the navy.']]);
  });

  test('"called it “…”" and "condemned … as “…”" attribute the quotation that follows them', () => {
    const text = 'The Harbor Council condemned the raid as a “flagrant breach of the law of the sea.”';
    expect(said(text)).toEqual([['harbor-council', 'flagrant breach of the law of the sea.']]);
  });
});

describe('what is not a statement, and what continues one', () => {
  test('two words a quoting verb gives as someone’s are a statement ("called the raids “plainly unlawful”")', () => {
    expect(said('Ana Ruiz on Tuesday called the raids “plainly unlawful.”')).toEqual([['ana-ruiz', 'plainly unlawful.']]);
    expect(said('Ana Ruiz called the smugglers “sea bandits” and vowed to go on.')).toEqual([['ana-ruiz', 'sea bandits']]);
  });

  test('"according to the groups, which include X": X is one of them, not who is quoted', () => {
    const text = 'The raids “put fishermen at risk and help no one,” according to the groups, which include the Harbor Alliance and Sea Watch.';
    expect(said(text)).toEqual([]);
    const named = 'The raids “put fishermen at risk and help no one,” according to a statement from the Harbor Alliance.';
    expect(said(named)).toEqual([['harbor-alliance', 'put fishermen at risk and help no one,']]);
  });

  test('a quotation between a determiner and its noun names the thing, it quotes no one', () => {
    expect(said('Ana Ruiz said there was no “sink them all” order from Ben Ode.')).toEqual([]);
    expect(said('Ben Ode denied that the “leave no boat afloat” policy was his.')).toEqual([]);
    expect(said('Ana Ruiz said the order was “to sink them all” and left.')).toEqual([['ana-ruiz', 'to sink them all']]);
  });

  test('scare quotes and titles are not statements', () => {
    expect(said('Ana Ruiz called the raid “murder.”')).toEqual([]);
    expect(said('Ana Ruiz said on “Morning Desk with Clara Voss” that she would resign.')).toEqual([]);
  });

  test('a quotation standing alone at the start of a sentence continues the paragraph’s speaker', () => {
    const text = '“We will act soon,” Ana Ruiz said. “The patrols go on tonight.”';
    expect(said(text)).toEqual([
      ['ana-ruiz', 'We will act soon,'],
      ['ana-ruiz', 'The patrols go on tonight.'],
    ]);
  });

  test('"he said" is the last person named; "the minister said" the last person with that role', () => {
    const text = 'Ben Ode, the fisheries minister, met the fleet. “The season is over for now,” the minister said.';
    expect(said(text)).toEqual([['ben-ode', 'The season is over for now,']]);
  });
});
