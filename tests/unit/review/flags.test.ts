// Each flag of the review sheet on an invented record: it fires where the rules were unsure,
// says why, and stays quiet on a record they were sure of.
import { describe, expect, test } from 'vitest';
import { agentFlags, aliasFlags, dateFlags, hedgeFlags, mentionFlags, nameFlags, oneWordAliasFlags, partyFlags, roleFlags, yearFlags } from '../../../src/review/flags.ts';
import { actor, at, authority, event } from './records.ts';

const kinds = (flags: { kind: string }[]) => flags.map((f) => f.kind);

describe('event dates', () => {
  test('a date taken from the paragraph is inferred (and approximate), with its words', () => {
    const f = dateFlags(event({ id: 'e', date: { value: '1998', precision: 'year', approximate: true, expression: 'In 1998', fromContext: true, inferred: true } }));
    expect(f).toEqual([
      { kind: 'date-inferred', reason: 'the sentence gives no date; taken from its paragraph (“In 1998”)' },
      { kind: 'date-approximate', reason: 'the words place it only roughly (“In 1998”)' },
    ]);
  });
  test('a date taken from the event its words point to is inferred', () =>
    expect(kinds(dateFlags(event({ id: 'e', date: { value: '1998', precision: 'year', approximate: false, expression: 'Ahead of the vote', inferred: true } })))).toEqual(['date-inferred']));
  test('an approximate stated date', () => expect(kinds(dateFlags(event({ id: 'e', date: { value: '2025-02', precision: 'month', approximate: true, expression: 'late last month' } })))).toEqual(['date-approximate']));
  test('no date and no report day: undated; a stated date, a lead reported on its day, or an editors’ date: nothing', () => {
    expect(kinds(dateFlags(event({ id: 'e', date: null })))).toEqual(['undated']);
    expect(dateFlags(event({ id: 'e', date: null, reported: '2025-03-04' }))).toEqual([]);
    expect(dateFlags(event({ id: 'e' }))).toEqual([]);
    expect(dateFlags(event({ id: 'e', date: { value: '2025', precision: 'year', approximate: true, expression: 'x', inferred: true, editorial: 'checked' } }))).toEqual([]);
  });
});

describe('the act', () => {
  test('a modal or hedge in the headline, as a whole word, outside quotations', () => {
    expect(hedgeFlags(event({ id: 'e', headline: 'The guild would have closed the pier' }))).toEqual([{ kind: 'hedged-act', reason: 'the act may be modal or hedged (“would”): check that it happened' }]);
    expect(hedgeFlags(event({ id: 'e', headline: 'The guild reportedly seized a barge' }))[0]!.reason).toContain('“reportedly”');
    expect(hedgeFlags(event({ id: 'e', headline: 'The mayor is expected to sign the order' }))[0]!.reason).toContain('“is expected to”');
    expect(hedgeFlags(event({ id: 'e', headline: 'The guild seized a barge' }))).toEqual([]);
    expect(hedgeFlags(event({ id: 'e', headline: 'The mayor said “we may close it”' }))).toEqual([]);
    expect(hedgeFlags(event({ id: 'e', headline: 'The guild seized a cannery in Mayfield' }))).toEqual([]);
  });
  test('actors but none who acts', () => {
    expect(kinds(agentFlags(event({ id: 'e', actors: ['dock-guild'], agents: [] })))).toEqual(['no-agent']);
    expect(agentFlags(event({ id: 'e', actors: ['dock-guild'], agents: ['dock-guild'] }))).toEqual([]);
    expect(agentFlags(event({ id: 'e', actors: [], agents: [] }))).toEqual([]);
  });
  test('a party linked only through words that refer back, or through no words of the sentence', () => {
    const guild = actor({ id: 'dock-guild', name: 'Dock Guild', mentions: [{ ...at('p-one', 'A.'), text: 'Dock Guild' }, { ...at('p-two', 'B.'), text: 'the guild' }] });
    const map = new Map([[guild.id, guild]]);
    expect(partyFlags(event({ id: 'e', ...at('p-two', 'B.'), actors: ['dock-guild'] }), map)).toEqual([{ kind: 'party-not-named', reason: 'Dock Guild is linked only through “the guild”, words that refer back' }]);
    expect(partyFlags(event({ id: 'e', ...at('p-three', 'C.'), actors: ['dock-guild'] }), map)).toEqual([{ kind: 'party-not-named', reason: 'Dock Guild is linked, but no mention of it is in the event’s sentence' }]);
    expect(partyFlags(event({ id: 'e', ...at('p-one', 'A.'), actors: ['dock-guild'] }), map)).toEqual([]);
    // a name that is written in lower case is still a name; an actor the editors added is theirs
    const lower = actor({ id: 'al-rasa', name: 'al-Rasa', mentions: [{ ...at('p-two', 'B.'), text: 'al-Rasa' }] });
    expect(partyFlags(event({ id: 'e', ...at('p-two', 'B.'), actors: ['al-rasa'] }), new Map([[lower.id, lower]]))).toEqual([]);
    expect(partyFlags(event({ id: 'e', ...at('p-three', 'C.'), actors: ['dock-guild'], editorial: { actors: [{ id: 'dock-guild', reason: 'r' }] } }), map)).toEqual([]);
  });
});

describe('actors', () => {
  test('a role from someone’s description, and one the rules composed', () => {
    const a = actor({
      id: 'ida-renn',
      name: 'Ida Renn',
      kind: 'person',
      roles: [
        { ...at('p-one', 'Mayor Ida Renn spoke.'), role: 'Mayor' },
        { ...at('p-two', 'Critics described her as a harbor boss.'), role: 'described as harbor boss' },
        { ...at('p-two', 'Renn, who served as the pilots’ chair, spoke.'), role: 'former pilots’ chair' },
      ],
    });
    expect(roleFlags(a)).toEqual([
      { kind: 'role-description', reason: '“described as harbor boss” is how someone describes the person, not an office' },
      { kind: 'role-composed', reason: '“former pilots’ chair” is not in its sentence as written: the rules composed it' },
    ]);
  });
  test('another name found only after “or” or “and” joining two words', () => {
    const a = actor({ id: 'dock-guild', name: 'Dock Guild', aliases: ['Guild of Pilots', 'the Guild'], mentions: [
      { ...at('p-one', 'The Dock Guild, or Guild of Pilots, struck.'), text: 'Guild of Pilots' },
      { ...at('p-two', 'And the Guild struck again.'), text: 'the Guild' },
    ] });
    expect(aliasFlags(a)).toEqual([{ kind: 'alias-coordination', reason: 'the other name “Guild of Pilots” comes after “or”/“and”: check that it is the same, not a second one' }]);
  });
  test('a person named by one word only', () => {
    expect(nameFlags({ name: 'Quist', kind: 'person' })).toEqual([{ kind: 'surname-only', reason: 'named only as “Quist”: a surname (or a first name) alone' }]);
    expect(nameFlags({ name: 'Ida Renn', kind: 'person' })).toEqual([]);
    expect(nameFlags({ name: 'Senate', kind: 'organization' })).toEqual([]);
  });
  test('a party to events through one mention in all the sources', () => {
    const a = actor({ id: 'quist', name: 'Quist' });
    expect(mentionFlags(a, [event({ id: 'e', actors: ['quist'] })])).toEqual([{ kind: 'single-mention', reason: 'a party to 1 event through one mention in all the sources (“Quist”)' }]);
    expect(mentionFlags(a, [])).toEqual([]);
    expect(mentionFlags({ ...a, mentions: [...a.mentions, { ...at('p-two', 'Q.'), text: 'Quist' }] }, [event({ id: 'e', actors: ['quist'] })])).toEqual([]);
  });
});

describe('authorities', () => {
  test('another name of one word', () => {
    expect(oneWordAliasFlags(authority({ id: 'harbor-act', name: 'Harbor Act', aliases: ['act', 'the Harbor Law'] }))).toEqual([{ kind: 'one-word-alias', reason: 'the other name “act” is one word: it may name other instruments too' }]);
  });
  test('no year', () => {
    expect(kinds(yearFlags(authority({ id: 'harbor-act', name: 'Harbor Act' })))).toEqual(['no-year']);
    expect(yearFlags(authority({ id: 'harbor-act', name: 'Harbor Act', year: 1921 }))).toEqual([]);
  });
});
