import words from './lexicons/unnamed-sources.json' with { type: 'json' };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

const NOUN = `(?:${alt(words.nouns)})`;
// "two senior U.S. officials", "a person": a count, then up to three modifiers, then the noun.
const WHO = `(?:(?:${alt(words.counts)})\\s+)?(?:(?:${alt(words.modifiers)})\\s+){0,3}${NOUN}\\b`;
const ANONYMITY = new RegExp(`\\b(?:${alt(words.anonymity)})\\b`, 'iu');
const QUALIFIED = new RegExp(`\\b${WHO}\\s+(?:${alt(words.qualifiers)})\\b`, 'iu');
const ACCORDING = new RegExp(`\\baccording\\s+to\\s+${WHO}(?:\\s+(?:${alt(words.qualifiers)})\\b)?`, 'iu');
const WHO_SAID = new RegExp(`\\b${WHO}\\s+(?:${alt(words.attribution)})\\b`, 'iu');
const SAID_WHO = new RegExp(`\\bsaid\\s+${WHO}`, 'iu');
// Who said it, by name: "Rubio said", "said Brian Finucane", "Anna Kelly, a White House spokesperson, said".
const NAME = String.raw`[A-Z][\p{L}’'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\p{L}’'-]+)*`;
const NAMED = [
  new RegExp(String.raw`\b${NAME}\s+(?:said|says|told)\b`, 'gu'),
  new RegExp(String.raw`\b(?:said|says|told)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b${NAME},\s[^,]{1,80},\s+(?:said|says|told)\b`, 'gu'),
];

/**
 * Whether a sentence reports something only on the word of people it does not name ("according
 * to people familiar with the matter", "U.S. officials said"): the words that say so, or null
 * when the sentence names no such source or also names who said it.
 */
export function unnamedSourcing(sentence: string): string | null {
  const hit = [ANONYMITY, ACCORDING, QUALIFIED, SAID_WHO, WHO_SAID].map((re) => sentence.match(re)).find((m) => m);
  if (!hit) return null;
  const [from, to] = [hit.index!, hit.index! + hit[0].length];
  // A name-like match inside the unnamed words themselves ("Officials say") names no one.
  const named = NAMED.some((re) => [...sentence.matchAll(re)].some((m) => m.index < from || m.index + m[0].length > to));
  if (named) return null;
  return hit[0];
}

/**
 * Every place a sentence the label marks (`unnamedSourcing`) names its unnamed sources ("the
 * people familiar with the talks said", "according to officials"), with its offset: none when
 * the label is not shown.
 */
export function unnamedSourceWords(sentence: string): { index: number; words: string }[] {
  if (!unnamedSourcing(sentence)) return [];
  return [ANONYMITY, ACCORDING, QUALIFIED, SAID_WHO, WHO_SAID].flatMap((re) => {
    const m = sentence.match(re);
    return m ? [{ index: m.index!, words: m[0] }] : [];
  });
}
