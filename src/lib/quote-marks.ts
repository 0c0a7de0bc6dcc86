// The quotation marks the site puts around words it quotes (a passage, a title, a date as the
// source wrote it, a search), decided in one place so that no page doubles a source's own marks.
//
// The rule, in order:
// 1. Words that are one quotation of their own (they open with a double mark, close with one,
//    perhaps before a final . , ; : ? or !, and hold no other) are shown as they are: their own
//    marks already say "quoted", and a second pair around them (““…””) says nothing more.
// 2. Any other words get “…” from us, and the double marks inside them become single ones
//    (‘…’), as a quotation inside a quotation is written: `said “no”` is shown “said ‘no’”.
//    Only the marks change, never a word; a mark at either end turned single this way stays
//    distinct from ours, so a reader sees where the inner quotation starts and ends.
// 3. Unless the words already hold single quotation marks as well (‘, or a straight ' opening
//    a quotation): turning their double marks single would make the two levels look alike, and
//    telling a closing ’ from an apostrophe is guesswork. Those are shown exactly as written,
//    with no marks from us; the block or the citation they sit in says they are quoted.
// Empty words get no marks at all. Rule 2 rather than leaving each side unwrapped where the words already have a mark there:
// `“A,” she said.` would then read `“A,” she said.”`, a closing mark whose opening is lost.

/** The marks to put before and after the words, and the words themselves as shown. */
export interface QuoteMarks {
  open: string;
  text: string;
  close: string;
}

const DOUBLE = /[“”"]/u;
const ONE_QUOTATION = /^\s*[“"][^“”"]*[”"][.,;:?!]?\s*$/u;
// A single quotation mark: ‘ always opens one; a straight ' does at the start or after a space,
// a bracket or a dash (in a word it is an apostrophe).
const SINGLE_QUOTATION = /‘|(?:^|[\s([{—–-])'/u;
// A straight double mark opens at the start or after a space, a bracket or a dash; else it closes.
const OPENS_AFTER = /[\s([{—–-]/u;

/** How words we quote are marked (see the rule above). */
export function quoteMarks(words: string): QuoteMarks {
  if (!words.trim()) return { open: '', text: words, close: '' };
  if (!DOUBLE.test(words)) return { open: '“', text: words, close: '”' };
  if (ONE_QUOTATION.test(words) || SINGLE_QUOTATION.test(words)) return { open: '', text: words, close: '' };
  const text = words.replace(new RegExp(DOUBLE, 'gu'), (mark, at: number) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    return at === 0 || OPENS_AFTER.test(words[at - 1]!) ? '‘' : '’';
  });
  return { open: '“', text, close: '”' };
}

/** Words we quote, with their marks, as one string. */
export function enquote(words: string): string {
  const q = quoteMarks(words);
  return `${q.open}${q.text}${q.close}`;
}
