import { layerOf } from './linguistics.ts';
import { singular } from './name-forms.ts';
import type { ResolvedAuthority } from './types.ts';

/**
 * "new directive", "1878 law", "drug trafficking charges": words all in lower case describe an
 * instrument (its kind, its year, what it is about); an other name is written as a name is.
 */
const described = (form: string) => form === form.toLowerCase();

/** "foreign terrorist organizations" of "Foreign terrorist organization designation of X": the label, not the act. */
function labelOf(a: ResolvedAuthority, form: string): boolean {
  const at = a.name.toLowerCase().indexOf(' designation');
  if (a.kind !== 'designation' || at < 0) return false;
  const words = (s: string) => s.toLowerCase().split(' ').map(singular).join(' ');
  return words(form) === words(a.name.slice(0, at));
}

/** "authorized the use of force against X": the words of the verb that made it (or its object), no name of it. */
const verbPhrase = (a: ResolvedAuthority, form: string) =>
  a.mentions.some((m) => {
    if (m.text !== form && m.core !== form) return false;
    const toks = layerOf(m.sentence).tokens;
    return toks.find((t) => t.start === m.start)?.pos === 'VERB';
  });

/**
 * Of the words the text uses for an instrument, those that name none by themselves: a description
 * in lower case, a designation's label, a verb that made it. They stay forms of it (the extract
 * JSON's aliases, which are the text's surface forms) but are no other name a reader is told.
 */
export function wordingOnly(a: ResolvedAuthority, form: string): boolean {
  return described(form) || labelOf(a, form) || verbPhrase(a, form);
}
