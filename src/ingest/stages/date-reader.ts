import * as chrono from 'chrono-node';
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { escapeRe } from './types.ts';

/**
 * The date reader: chrono-node's casual English, configured through its own extension points
 * (`casual.clone()`, `parsers.push`, `refiners.unshift`/`push`) with what it does not read and
 * what this reference needs of a date. Each parser of ours tags its result (`ours/<kind>`) and
 * `assign`s only what the words state; what they leave out is `imply`'d (chrono's distinction
 * between stated and inferred). Word lists stay data (lexicons/time-words.json).
 *
 * - "two days later", "three weeks earlier": counted from the date the text gave last
 *   (`ours/counted`, tag `offset:<days>`), not from the publication day;
 * - "the previous day", "the following week": the same, by one unit (`ours/counted`);
 * - "the 1990s", "the early 2000s": a decade (`ours/decade`, the first year assigned);
 * - "that year", "ahead of the operation", "early on": the date of the context (`ours/context`);
 * - a refiner reads "late", "early", "mid", "end of", "beginning of" before a month or a year
 *   ("late last month") as the part of the period (`within:<part>`), into the expression;
 * - a refiner lets a phrase of context or a counted date win over chrono's reading of the same
 *   words ("later in the day" is not "in the day"), and chrono's own readings over our decades.
 */

const alternatives = (words: string[]) => words.map(escapeRe).join('|');
const NUMBER = alternatives(Object.keys(timeWords.numbers).sort((a, b) => b.length - a.length));
const UNIT = alternatives(Object.keys(timeWords.units));
const ONE_UNIT = alternatives(Object.keys(timeWords.units).filter((u) => !u.endsWith('s')));
const LATER = alternatives([...timeWords.counted.after, ...timeWords.counted.before]);
const ADJACENT = alternatives([...timeWords.adjacent.after, ...timeWords.adjacent.before]);
const AFTER = new Set([...timeWords.counted.after, ...timeWords.adjacent.after]);
const numberOf = (w: string) => Number(w) || timeWords.numbers[w.toLowerCase() as keyof typeof timeWords.numbers] || 1;
const unitOf = (w: string) => timeWords.units[w.toLowerCase() as keyof typeof timeWords.units];

/** Four digits from 1600 to 2099: a year. */
export const isYear = (text: string) =>
  text.length === 4 && [...text].every((c) => c >= '0' && c <= '9') && Number(text) >= 1600 && Number(text) < 2100;

export type OurKind = 'counted' | 'decade' | 'context';
/** The tag each of our parsers puts on its results. */
export const OURS = (kind: OurKind) => `ours/${kind}`;
export const ourKind = (r: { tags(): Set<string> }): OurKind | null => {
  for (const t of r.tags()) if (t.startsWith('ours/')) return t.slice(5) as OurKind;
  return null;
};
/** The value of a tag `<name>:<value>` on a result. */
export const tagValue = (r: { tags(): Set<string> }, name: string): string | undefined => {
  for (const t of r.tags()) if (t.startsWith(`${name}:`)) return t.slice(name.length + 1);
  return undefined;
};

/** The reference day as chrono gives it, for what a counted date implies until it is resolved. */
const implyReference = (c: chrono.ParsingComponents, ref: Date) =>
  c
    .imply('year', ref.getUTCFullYear())
    .imply('month', ref.getUTCMonth() + 1)
    .imply('day', ref.getUTCDate());

/**
 * "two days later", "three weeks earlier": counted from the previous date, by the words' days;
 * "the previous day", "the following week": one unit from it.
 */
const counted: chrono.Parser = {
  pattern: () =>
    new RegExp(String.raw`\b(?:(${NUMBER}|\d+)\s+(${UNIT})\s+(${LATER})|the\s+(${ADJACENT})\s+(${ONE_UNIT}))\b`, 'iu'),
  extract: (context, m) => {
    const unit = unitOf(m[2] ?? m[5]!);
    const sign = AFTER.has((m[3] ?? m[4]!).toLowerCase()) ? 1 : -1;
    const days = sign * (m[1] ? numberOf(m[1]) : 1) * unit;
    const tags = [OURS('counted'), `offset:${days}`, `unit:${unit}`];
    return implyReference(context.createParsingComponents(), context.refDate).addTags(tags);
  },
};

/** "the 1990s", "the early 2000s": the decade's first year, assigned; its part, tagged. */
const decade: chrono.Parser = {
  pattern: () => /\b(?:(early|mid|late)[- ])?(?:(?:the|The)\s+)?(?:(early|mid|late)[- ])?(1[6-9]\d0|20\d0)s\b/u,
  extract: (context, m) => {
    const part = m[1] ?? m[2];
    const c = context.createParsingComponents().assign('year', Number(m[3])).imply('month', 1).imply('day', 1);
    return c.addTags([OURS('decade'), ...(part ? [`within:${part.toLowerCase()}`] : [])]);
  },
};

interface Anaphoric {
  phrase: string;
  exact?: boolean;
  precision?: string;
  opens?: boolean;
  relation?: string;
  afterVerb?: boolean;
}
const anaphoric = timeWords.anaphoric.map((a) => a as Anaphoric);
/** "that year", "ahead of the operation", "early on": the context's date, nothing assigned. */
const contextPhrase: chrono.Parser = {
  pattern: () => new RegExp(String.raw`\b(?:${anaphoric.map((a) => escapeRe(a.phrase)).join('|')})\b`, 'iu'),
  extract: (context, m) => {
    const a = anaphoric.find((x) => x.phrase === m[0].toLowerCase())!;
    const tags = [
      OURS('context'),
      ...(a.exact ? ['exact'] : []),
      ...(a.opens ? ['opens'] : []),
      ...(a.afterVerb ? ['after-verb'] : []),
      ...(a.precision ? [`precision:${a.precision}`] : []),
      ...(a.relation ? [`relation:${a.relation}`] : []),
    ];
    return implyReference(context.createParsingComponents(), context.refDate).addTags(tags);
  },
};

const overlaps = (a: chrono.ParsingResult, b: chrono.ParsingResult) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;
const PRIORITY: OurKind[] = ['decade', 'counted', 'context'];

/**
 * Which reading of overlapping words stands: a phrase of context or a counted date over chrono's
 * reading of the same words ("later in the day" is not "in the day"; "two days later" counts from
 * the previous date, not the publication); otherwise chrono's own readings first, then ours in
 * the order decade, counted, context.
 */
const precedence: chrono.Refiner = {
  refine: (_context, results) => {
    const phrases = results.filter((r) => ourKind(r) === 'context' || ourKind(r) === 'counted');
    const native = results.filter((r) => !ourKind(r) && !phrases.some((p) => overlaps(p, r)));
    const kept = [...native];
    for (const kind of PRIORITY)
      for (const r of results) if (ourKind(r) === kind && !kept.some((k) => overlaps(k, r))) kept.push(r);
    return kept.sort((a, b) => a.index - b.index);
  },
};

const QUALIFIERS = Object.entries(timeWords.qualifiers) as [string, 'early' | 'mid' | 'late'][];
const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
/** The qualifier that ends `before`, a whole word joined by a space or a hyphen ("late last month", "mid-2010"). */
function qualifierBefore(before: string): { words: string; part: 'early' | 'mid' | 'late' } | null {
  const lower = before.toLowerCase();
  for (const [q, part] of QUALIFIERS) {
    for (const joint of [' ', '-']) {
      const words = q + joint;
      if (lower.endsWith(words) && !isLetter(lower[lower.length - words.length - 1])) return { words, part };
    }
  }
  return null;
}

/** "late last month", "early this year": the part of the period, in the expression and as a tag. */
const partOfPeriod: chrono.Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const q = qualifierBefore(context.text.slice(0, r.index));
      if (!q || ourKind(r)) return r;
      const at = r.index - q.words.length;
      const out = context.createParsingResult(
        at,
        context.text.slice(at, r.index + r.text.length),
        r.start,
        r.end ?? undefined,
      );
      out.addTags(r.tags());
      return out.addTags(['qualified', `within:${q.part}`]);
    }),
};

const reader = chrono.casual.clone();
reader.parsers.push(counted, decade, contextPhrase);
reader.refiners.unshift(precedence);
// chrono's filter of unlikely readings judges its own results; ours are judged by their parsers
reader.refiners = reader.refiners.map((r) =>
  r.constructor.name === 'UnlikelyFormatFilter'
    ? {
        refine: (c: chrono.ParsingContext, results: chrono.ParsingResult[]) => {
          const valid = new Set(r.refine(c, results));
          return results.filter((x) => valid.has(x) || ourKind(x));
        },
      }
    : r,
);
reader.refiners.push(partOfPeriod);

/** Time expressions in a text, as chrono and our parsers read them against the reference day. */
export function readDates(text: string, reference: Date): chrono.ParsingResult[] {
  return reader.parse(text, reference, { forwardDate: false }) as chrono.ParsingResult[];
}
