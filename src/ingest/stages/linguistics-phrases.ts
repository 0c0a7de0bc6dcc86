import type { NounPhrase, Token, VerbGroup } from './linguistics.ts';
import { NOMINAL, W, capitalized, endsWithAny } from './linguistics-words.ts';

const isPossessive = (t: Token | undefined) =>
  !!t && (t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'") && t.pos === 'PART';
const opensPhrase = (t: Token) => t.pos === 'DET' || (t.pos === 'PRON' && W.possessives.has(t.lower));

/**
 * Whether the joining word at j continues a proper name. "of", "for", "on" join only after a
 * head that takes them ("Department of …", "Center for …"), so "Dora Imre of Ohio" stays a
 * person and a place; "and" joins only when the name goes on to such a head ("Immigration and
 * Nationality Act"); Spanish articles join name words ("Banda de los Ríos").
 */
function joinsName(tokens: Token[], last: number, j: number): boolean {
  const t = tokens[j]!;
  if (W.nameArticles.has(t.lower)) {
    let k = j;
    while (k < tokens.length && W.nameArticles.has(tokens[k]!.lower)) k++;
    return capitalized(tokens[k]) && !t.cap;
  }
  if (!W.joiners.has(t.lower) || !capitalized(tokens[j + 1]) || W.calendar.has(tokens[j + 1]!.lower)) return false;
  if (t.lower === 'and') {
    let k = j + 1;
    while (capitalized(tokens[k])) k++;
    return W.nameHeads.has(tokens[k - 1]!.lower);
  }
  return W.nameHeads.has(tokens[last]!.lower) || W.nameHeads.has(tokens[last]!.lemma);
}

/** A participle is a modifier only right after a determiner or an adjective ("the disputed memo"). */
function isModifyingParticiple(tokens: Token[], j: number, start: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1]?.pos;
  const after = tokens[j + 1]?.pos ?? 'X';
  if (t.pos !== 'VERB' || !endsWithAny(t.lower, ['ed', 'ing']) || j <= start) return false;
  return (before === 'DET' || before === 'ADJ') && NOMINAL.has(after) && after !== 'NUM';
}

/** The noun phrase that starts at token `start`, if any, and where to look for the next one. */
function phraseAt(tokens: Token[], start: number): { phrase: NounPhrase | null; next: number } {
  let i = start;
  let determiner: string | null = null;
  if (opensPhrase(tokens[i]!)) determiner = tokens[i++]!.lower;
  let j = i;
  let lastNoun = -1;
  let proper = true;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.quoted && !tokens[start]!.quoted) break;
    if (NOMINAL.has(t.pos) || t.pos === 'ADJ' || isModifyingParticiple(tokens, j, start)) {
      if (NOMINAL.has(t.pos)) lastNoun = j;
      if (!t.cap && !t.num) proper = false;
    } else if (isPossessive(t) && lastNoun >= 0) {
      // A possessive inside: "Trump’s new directive" -> the possessor opens the next phrase.
      determiner = tokens
        .slice(i, j + 1)
        .map((x) => x.text)
        .join(' ');
      i = j + 1;
      lastNoun = -1;
      proper = true;
    } else if (t.text !== '-' && t.text !== '‐') {
      // Joining words inside a proper name: "Department of Homeland Security".
      if (lastNoun < 0 || !tokens[lastNoun]!.cap || !joinsName(tokens, lastNoun, j)) break;
    }
    j++;
  }
  if (lastNoun < 0) return { phrase: null, next: Math.max(j, start + 1) };
  const from = determiner && i > start ? start : i;
  return { phrase: { start: from, end: lastNoun + 1, head: lastNoun, proper, determiner }, next: lastNoun + 1 };
}

/**
 * Noun phrases by a pattern over the tags: (determiner | possessor ’s)? (adjective | noun |
 * proper noun | number | hyphen)* head, where the head is the last noun. Proper names keep their
 * joining words ("Department of Homeland Security", "Immigration and Nationality Act").
 */
export function chunk(tokens: Token[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (let i = 0; i < tokens.length;) {
    const { phrase, next } = phraseAt(tokens, i);
    if (phrase) out.push(phrase);
    i = next;
  }
  return out;
}

const isNegation = (u: Token) => u.pos === 'PART' && (u.lower === 'not' || u.lower === 'n’t' || u.lower === "n't");
/** No morphology in the model: a form that is neither the lemma nor its -s/-ing form is past. */
const inflectedPast = (u: Token) =>
  u.lower !== u.lemma && !u.lower.endsWith('ing') && u.lower !== `${u.lemma}s` && u.lower !== `${u.lemma}es`;

function tenseOf(first: Token, modal: string | null): VerbGroup['tense'] {
  if (modal === 'will' || modal === 'shall') return 'future';
  return W.pastAuxiliaries.has(first.lower) || (first.pos === 'VERB' && inflectedPast(first)) ? 'past' : 'present';
}

/** The verb group that opens at token i: auxiliaries, modals, negation and adverbs, then a main verb. */
function groupAt(tokens: Token[], i: number): VerbGroup | null {
  let j = i;
  let modal: string | null = null;
  let negated = false;
  let hasBe = false;
  let main = -1;
  for (; j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX') {
      if (W.modals.has(u.lower)) modal = u.lower;
      if (u.lemma === 'be') hasBe = true;
      main = j;
    } else if (isNegation(u)) negated = true;
    else if (u.pos === 'VERB') {
      main = j++;
      break;
    } else if (u.pos !== 'ADV' || j === i) break; // adverbs inside a verb group: "has secretly signed"
  }
  if (main < 0) return null;
  const m = tokens[main]!;
  const passive = hasBe && m.pos === 'VERB' && endsWithAny(m.lower, ['ed', 'en', 'wn', 'ne']);
  return { start: i, end: j, main, lemma: m.lemma, tense: tenseOf(tokens[i]!, modal), negated, modal, passive };
}

/** Verb groups: auxiliaries, modals, negation and adverbs before a main verb. */
export function verbGroups(tokens: Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') continue;
    const group = groupAt(tokens, i);
    if (!group) continue;
    out.push(group);
    i = group.end - 1;
  }
  return out;
}

/** The end of the noun phrase that starts at token i (i itself when none does). */
export function phraseEndAt(tokens: Token[], i: number): number {
  let j = i;
  if (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'PRON') j++;
  while (j < tokens.length && (NOMINAL.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PART'))
    j++;
  return (j > i && NOMINAL.has(tokens[j - 1]!.pos)) || tokens[i]?.pos === 'PRON' ? j : i;
}
