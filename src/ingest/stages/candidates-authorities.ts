import lexicon from '../lexicons/authority-patterns.json' with { type: 'json' };
import { spanOf, type AuthorityCandidate, type Sentence } from './types.ts';
import type { AuthorityKind } from '../../schemas/index.ts';

interface Pattern {
  kind: AuthorityKind;
  re: RegExp;
  name: string;
  year?: number;
  /** Which group is the naming text (0 = the whole match; default: the whole match). */
  text?: number;
  skipAfter?: RegExp;
}

const patterns: Pattern[] = lexicon.patterns.map((p) => ({
  kind: p.kind as AuthorityKind,
  re: new RegExp(p.re, 'gu'),
  name: p.name,
  ...(p.year ? { year: p.year } : {}),
  ...(p.text !== undefined ? { text: p.text } : {}),
  ...(p.skipAfter ? { skipAfter: new RegExp(String.raw`\b(?:${p.skipAfter.join('|')})\b[^.;]*$`, 'iu') } : {}),
}));

const anaphora = lexicon.anaphora.forms.map((f) => ({
  re: new RegExp(f.re, 'gu'),
  kinds: f.kinds as AuthorityKind[],
  ...(f.nameHas ? { nameHas: f.nameHas } : {}),
}));

// Words a statute-like match must not start with: they begin a clause, not a title.
const LEADING = /^(?:(?:The|A|An|In|Under|By|But|And|Or|That|This|When|After)\s+)+/u;

/** The subject a "wrote a memo" pattern names the memo after: the surname of the person before it. */
function subjectSurname(sentence: string, before: number): string | null {
  const head = sentence.slice(0, before);
  const names = [...head.matchAll(/\b([A-Z][\p{L}’'-]+)(?=,|\s+(?:wrote|drafted|signed|issued)\b)/gu)];
  const people = [...head.matchAll(/\b[A-Z][\p{Ll}]+(?:\s+[A-Z]\.)*\s+([A-Z][\p{L}’'-]+)(?=,|\s)/gu)];
  return people[0]?.[1] ?? names.at(-1)?.[1] ?? null;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills a name template with the match's groups. */
function fill(template: string, m: RegExpMatchArray, subject: string | null): string | null {
  if (template.includes('$S') && !subject) return null;
  const name = template
    .replace(/\$S/g, subject ?? '')
    .replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return upperFirst(name.replace(LEADING, ''));
}

/**
 * Stage 4c: legal authorities named in a sentence, by the patterns of the authority lexicon
 * (statutes, U.S.C. sections, executive orders named or described, directives, designations,
 * legal opinions and memos, authorizations, constitutional claims, international law), plus
 * words that refer back to an earlier one ("the new directive").
 */
export function findAuthorities(sentence: Sentence): AuthorityCandidate[] {
  const out: AuthorityCandidate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  for (const p of patterns) {
    for (const m of sentence.text.matchAll(p.re)) {
      if (p.skipAfter && p.skipAfter.test(sentence.text.slice(0, m.index))) continue;
      let rel = m.index;
      let text = m[0];
      if (p.text !== undefined && p.text > 0 && m[p.text]) {
        rel = m.index + m[0].indexOf(m[p.text]!);
        text = m[p.text]!;
      }
      const lead = text.match(LEADING);
      if (lead) {
        rel += lead[0].length;
        text = text.slice(lead[0].length);
      }
      text = text.replace(/\s+$/u, '');
      if (!text || overlaps(rel, rel + text.length)) continue;
      // A statute name needs a word before "Act" that is not a verb ("the Act" alone is no name).
      if (p.kind === 'statute' && /Act$/.test(text) && !/\s/.test(text)) continue;
      const name = fill(p.name, m, subjectSurname(sentence.text, m.index));
      if (!name) continue;
      const year = p.year && m[p.year] ? Number(m[p.year]) : null;
      taken.push([rel, rel + text.length]);
      const start = sentence.start + rel;
      out.push({ ...spanOf(sentence, start, start + text.length), name, kind: p.kind, year });
    }
  }
  for (const a of anaphora)
    for (const m of sentence.text.matchAll(a.re)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const start = sentence.start + m.index;
      out.push({
        ...spanOf(sentence, start, start + m[0].length),
        name: '',
        kind: a.kinds[0]!,
        year: null,
        anaphora: { kinds: a.kinds, ...(a.nameHas ? { nameHas: a.nameHas } : {}) },
      });
    }
  return out.sort((a, b) => a.start - b.start);
}
