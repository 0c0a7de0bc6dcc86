import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import stateWords from '../lexicons/states.json' with { type: 'json' };
import { piecesOf, tokensOf } from './candidates-authorities.ts';
import type { AuthorityCandidate, ResolvedAuthority } from './types.ts';

/** Heads of a designation proper (not sanctions): the words that say only that it is one. */
const DESIGNATION_HEADS = new Set(lexicon.synonyms.find((g) => g.includes('designation')) ?? []);
/** Words that say only whose designation it is ("the U.S. designation"), or how it is talked about. */
const WHOSE = new Set([
  ...lexicon.jurisdictions,
  ...lexicon.vagueModifiers,
  ...stateWords.states.flatMap((s) => [...s.forms, ...s.adjectives].flatMap((w) => piecesOfWords(w))),
]);
/** "U.S. government" -> u, s, government. */
function piecesOfWords(w: string): string[] {
  return w.toLowerCase().replaceAll('.', ' ').split(' ').filter(Boolean);
}
const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The words of a mention's core that say which designation it is ("foreign", "terrorist", "organization"). */
function whichWords(c: AuthorityCandidate): string[] {
  const core = c.text.indexOf(c.core);
  const span = core < 0 ? c : { ...c, start: c.start + core, end: c.start + core + c.core.length, text: c.core };
  return tokensOf(span)
    .filter((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PUNCT')
    .flatMap((t) => piecesOf(t))
    .map(singular)
    .filter((w) => !DESIGNATION_HEADS.has(w) && !WHOSE.has(w));
}

interface Entry {
  record: ResolvedAuthority;
  words: Set<string>;
  /** The initials of the words in order ("fto" for "foreign terrorist organization"). */
  initials: string;
}

const isDesignation = (a: ResolvedAuthority) =>
  a.kind === 'designation' && a.mentions.every((m) => DESIGNATION_HEADS.has(m.head));

function entryOf(record: ResolvedAuthority): Entry {
  const ordered = [...new Set(record.mentions.flatMap(whichWords))];
  return { record, words: new Set(ordered), initials: ordered.map((w) => w[0]).join('') };
}

/** Every word of `a` is a word of `b`, or the initials of `b`'s words ("FTO"); `b` says more. */
const within = (a: Entry, b: Entry) =>
  a !== b &&
  [...a.words].every((w) => b.words.has(w) || (w.length > 1 && b.initials.includes(w))) &&
  [...b.words].some((w) => !a.words.has(w));

function join(into: ResolvedAuthority, from: ResolvedAuthority): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((x, y) => x.sentence.index - y.sentence.index || x.start - y.start);
  for (const alias of [from.name, ...from.aliases]) if (alias !== into.name) into.aliases.add(alias);
  into.year ??= from.year;
}

/**
 * Refiner: one article's designation records that say less than another join it ("the
 * designation", "the U.S. designation", "terrorist organizations", "FTO designations" after
 * "Foreign Terrorist Organizations"), when exactly one record says most of what they say; two
 * designations that each say something the other does not stay apart (a foreign terrorist
 * organization designation and a global terrorist one).
 */
export function joinDesignations(records: ResolvedAuthority[]): ResolvedAuthority[] {
  const entries = records.filter(isDesignation).map(entryOf);
  const gone = new Set<ResolvedAuthority>();
  for (const a of [...entries].sort((x, y) => x.words.size - y.words.size)) {
    const wider = entries.filter((b) => !gone.has(b.record) && within(a, b));
    const widest = wider.filter((b) => !wider.some((c) => within(b, c)));
    if (widest.length !== 1) continue;
    join(widest[0]!.record, a.record);
    for (const w of a.words) widest[0]!.words.add(w);
    gone.add(a.record);
  }
  return records.filter((r) => !gone.has(r));
}
