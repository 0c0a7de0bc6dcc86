import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import { layerOf } from './linguistics.ts';
import { singular } from './name-forms.ts';
import type { ResolvedAuthority } from './types.ts';

/** Words that say only what sort of instrument it is, or how it is talked about ("the new directive"). */
const KIND_WORDS = new Set([
  ...Object.keys(lexicon.heads),
  ...Object.keys(lexicon.kindBy),
  ...lexicon.vagueModifiers,
  ...lexicon.legalWords,
  ...lexicon.jurisdictions,
  ...lexicon.designationObjects,
  ...lexicon.anaphoricDeterminers,
  ...lexicon.longevityWords,
]);

/** "new directive", "opinion", "constitutional authority": lower-case words of a kind, no name of one. */
const kindWordsOnly = (form: string) => form === form.toLowerCase() && form.split(' ').every((w) => KIND_WORDS.has(w));

/** "foreign terrorist organizations" of "Foreign terrorist organization designation of X": the label, not the act. */
function labelOf(a: ResolvedAuthority, form: string): boolean {
  const at = a.name.toLowerCase().indexOf(' designation');
  if (a.kind !== 'designation' || at < 0) return false;
  const words = (s: string) => s.toLowerCase().split(' ').map(singular).join(' ');
  return words(form) === words(a.name.slice(0, at));
}

/** "authorized the use of force against X": the words of the verb that made it, no name of it. */
const verbPhrase = (a: ResolvedAuthority, form: string) =>
  a.mentions.some((m) => {
    if (m.text !== form) return false;
    const toks = layerOf(m.sentence).tokens;
    return toks.find((t) => t.start === m.start)?.pos === 'VERB';
  });

/**
 * Of the words the text uses for an instrument, those that name none by themselves: its kind in
 * general words, a designation's label, a verb that made it. They stay forms of it (the extract
 * JSON's aliases, which are the text's surface forms) but are no other name a reader is told.
 */
export function wordingOnly(a: ResolvedAuthority, form: string): boolean {
  return kindWordsOnly(form) || labelOf(a, form) || verbPhrase(a, form);
}
