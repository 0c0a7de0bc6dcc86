import titlesLexicon from '../lexicons/titles.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { knownPeople } from '../gazetteer/index.ts';
import states from '../lexicons/states.json' with { type: 'json' };
import partyTags from '../lexicons/party-tags.json' with { type: 'json' };
import { Matcher, type Match, type Pattern, type WordLists } from '../match/matcher.ts';
import type { Token } from './linguistics.ts';
import type { Sentence } from './types.ts';

/**
 * What the people and roles stages share: the word lists of titles as matcher lists, and small
 * checks on one token (a word of a name, a calendar word, a possessive).
 */

/** The word lists the people and role patterns name. */
export const peopleLists: WordLists = {
  titles: titlesLexicon.titles,
  modifiers: titlesLexicon.modifiers,
  knownPeople: knownPeople.flatMap((p) => p.forms),
  titleQualifiers: [
    ...titlesLexicon.nationalQualifiers,
    ...states.states.flatMap((s) => s.adjectives),
    ...titlesLexicon.qualifiers,
    ...titlesLexicon.branches,
  ],
  /** The states a party tag after a name writes ("(D-Calif.)", "(Ore.)"). */
  tagStates: Object.keys(partyTags.states),
};

/** A matcher for the patterns of one label in a pattern file. */
export const matcherFor = (patterns: readonly Pattern[], label: string, lists: WordLists = peopleLists) =>
  new Matcher(
    patterns.filter((p) => p.label === label),
    lists,
  );

const isUpperChar = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
/** Starts with a capital letter. */
export const startsUpper = (s: string) => isUpperChar(s[0] ?? '');
/** Has a small letter. */
export const hasLower = (s: string) => s !== s.toUpperCase();
/** Initials: capitals each followed by a period ("E.", "H.W."). */
export const isInitials = (t: Token) => t.text.endsWith('.') && !hasLower(t.text) && t.text.length > 1;
/** A word of a name: capitalised with a small letter ("McAllen", "O’Neil", "Jr."), or initials ("H.W."). */
export const isNameWord = (t: Token | undefined) => !!t && startsUpper(t.text) && (hasLower(t.text) || isInitials(t));

const calendarWords = new Set([...Object.keys(timeWords.months), ...Object.keys(timeWords.weekdays)]);
/** A month or a weekday, written whole or abbreviated ("Aug."). */
export const isCalendar = (t: Token) => calendarWords.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
/** The possessive ending of a word ("’s", or an apostrophe alone after a plural). */
export const isPossessive = (t: Token | undefined) => !!t && POSSESSIVES.has(t.lower);

/** The words of tokens [a, b) as the paragraph writes them. */
export const textOf = (sentence: Sentence, tokens: readonly Token[], a: number, b: number) =>
  b > a ? sentence.paragraphText.slice(tokens[a]!.start, tokens[b - 1]!.end) : '';

/** The words of a match's capture, if it has one. */
export const captured = (sentence: Sentence, tokens: readonly Token[], m: Match, name: string) => {
  const c = m.captures[name];
  return c ? textOf(sentence, tokens, c[0], c[1]) : undefined;
};
