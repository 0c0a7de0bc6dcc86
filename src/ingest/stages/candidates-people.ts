import nlp from 'compromise';
import { layerOf } from './linguistics.ts';
import titlesLexicon from '../lexicons/titles.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import knownPeople from '../lexicons/people.json' with { type: 'json' };
import { escapeRe, spanOf, type ActorCandidate, type Sentence } from './types.ts';

// A word of a name: capitalised ("McPherson", "Nicolás", "O’Neil"), or initials ("H.W.", "E.").
const NAME_WORD = String.raw`(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\p{Ll}’'-]*[\p{Ll}][\p{L}’'-]*)`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
const titles = [...titlesLexicon.titles].sort((a, b) => b.length - a.length);
const TITLE = titles.map(escapeRe).join('|');
const MODIFIER = titlesLexicon.modifiers.map(escapeRe).join('|');
/** "Defense Secretary Pete Hegseth", "the retired Rear Adm. James E. McPherson", "President Trump". */
const TITLED = new RegExp(String.raw`\b(?:(?:${MODIFIER})\s*)?(${TITLE})\s+(${NAME})`, 'gu');
const TITLE_PREFIX = new RegExp(String.raw`^(?:(?:${MODIFIER})\s*)?(?:${TITLE})\s+`, 'u');
// A title may be qualified by the country it serves: "U.S. Ambassador Mark Ellison".
const QUALIFIED_TITLE = new RegExp(String.raw`^(?:U\.S\.|American|[A-Z][\p{Ll}]+an|[A-Z]{2,5}|${[...titlesLexicon.qualifiers, ...titlesLexicon.branches].map(escapeRe).join('|')})\s+(?=(?:${TITLE})\s)`, 'u');
const TITLE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${TITLE})\s+$`, 'u');
// Ships are named like people: "the USS Gerald R. Ford".
const SHIP_BEFORE = /\b(?:USS|USNS|USCGC|HMS|HMCS|ARV)\s+$/u;
// Words of titles ("Defense", "Attorney"): a word left over from a title that was not written
// whole ("Defense Pete Hegseth") is no part of the name after it. (Not the services: "Marine" opens
// a name too; a service before a title is taken off with the title.)
const TITLE_WORDS = new Set(titles.flatMap((t) => t.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w)));
const PARTY_LABEL = new RegExp(String.raw`\s(?:${titlesLexicon.partyLabels.map(escapeRe).join('|')})$`, 'u');

const KNOWN = new RegExp(
  String.raw`(?<![\p{L}.-])(?:${knownPeople.people.flatMap((p) => p.forms).sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\p{L}-])`,
  'gu',
);
/** The canonical full name of a known public figure written by one of its forms, if any. */
export const knownPerson = new Map(knownPeople.people.flatMap((p) => p.forms.map((f) => [f, p.name] as const)));

const calendarWords = new Set([...Object.keys(timeWords.months), ...Object.keys(timeWords.weekdays)]);
// Words that start a sentence or clause in capitals but never begin a name.
const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'But', 'And', 'Or', 'When', 'Asked', 'Under', 'After', 'Before', 'Ahead', 'Two', 'Late', 'Early', 'Already', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'That', 'This', 'There', 'As', 'If', 'Labeling', 'Past', 'Legal', 'Interpreting', 'Alternatively', 'WASHINGTON', 'Unilateral']);

const NOT_NAME_POS = new Set(['CCONJ', 'SCONJ', 'ADV', 'DET', 'ADP', 'PRON', 'AUX']);
const isCalendar = (w: string) => calendarWords.has(w.toLowerCase().replace(/\.$/, ''));

/** Cuts titles, possessives and punctuation off a span; null when nothing name-like is left. */
export function tidyName(text: string): { name: string; offset: number; title?: string } | null {
  let offset = 0;
  let name = text;
  const lead = name.match(/^[“"‘(]+/u);
  if (lead) {
    offset += lead[0].length;
    name = name.slice(lead[0].length);
  }
  let title: string | undefined;
  const q = name.match(QUALIFIED_TITLE);
  const t = (q ? name.slice(q[0].length) : name).match(TITLE_PREFIX);
  if (t) {
    title = (q ? q[0] : '') + t[0].trim().replace(new RegExp(String.raw`^(?:${MODIFIER})\s*`, 'u'), '');
    const cut = (q ? q[0].length : 0) + t[0].length;
    offset += cut;
    name = name.slice(cut);
  }
  // "New York Times’ Charlie Savage", "Venezuela’s Maduro": the possessor is not part of the name
  const possessor = name.match(/^.*[\p{L}.][’'](?:s)?\s+(?=[A-Z])/u);
  if (possessor) {
    offset += possessor[0].length;
    name = name.slice(possessor[0].length);
  }
  name = name.replace(/(?:[’']s)?[\s,;:)”"’]*$/u, '');
  // A trailing period belongs to an initial ("H.W.") or "Jr.", not to a name's last word.
  if (/[\p{Ll}]{2}\.$/u.test(name) && !/\bJr\.$|\bSr\.$/.test(name)) name = name.slice(0, -1);
  // A comma ends a name: "January, Trump" is a month and a name; "Tren de Aragua, Mara" two names.
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const first = name.slice(0, comma).trim();
    const firstWords = first.split(/\s+/);
    if (firstWords.every((w) => NOT_NAME.has(w) || isCalendar(w))) {
      const rest = name.slice(comma + 1);
      offset += comma + 1 + (rest.length - rest.trimStart().length);
      name = rest.trim();
    } else name = first;
  }
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length && (NOT_NAME.has(words[0]!) || isCalendar(words[0]!))) {
    offset += text.slice(offset).indexOf(words[0]!) + words[0]!.length;
    offset += text.slice(offset).length - text.slice(offset).trimStart().length;
    words.shift();
  }
  while (words.length > 2 && TITLE_WORDS.has(words[0]!)) {
    offset += text.slice(offset).indexOf(words[0]!) + words[0]!.length;
    offset += text.slice(offset).length - text.slice(offset).trimStart().length;
    words.shift();
  }
  if (words.length === 0 || words.some(isCalendar)) return null;
  if (!words.some((w) => /\p{Ll}/u.test(w))) return null; // "AP", "U.S."
  if (words.every((w) => /^[A-Z]\.(?:[A-Z]\.)*$/.test(w))) return null;
  name = words.join(' ');
  return { name, offset, ...(title ? { title } : {}) };
}

/** Grows a span over neighbouring name words ("Nicolás" -> "Nicolás Maduro", "Elliot Gaiser" -> "T. Elliot Gaiser"). */
function growName(text: string, start: number, end: number): [number, number] {
  const before = new RegExp(String.raw`(${NAME_WORD})\s+$`, 'u');
  const after = new RegExp(String.raw`^\s+(${NAME_WORD})(?![\p{L}])`, 'u');
  for (;;) {
    const m = text.slice(Math.max(0, start - 40), start).match(before);
    if (!m || NOT_NAME.has(m[1]!) || isCalendar(m[1]!) || TITLE_PREFIX.test(`${m[1]} x`) || TITLE_BEFORE.test(text.slice(0, start))) break;
    start -= m[0].length;
  }
  for (;;) {
    const m = text.slice(end, end + 40).match(after);
    if (!m || isCalendar(m[1]!) || /^(?:of|de)$/.test(m[1]!)) break;
    end += m[0].length;
  }
  return [start, end];
}

const sentenceAt = (sentences: Sentence[], offset: number) =>
  sentences.find((s) => offset >= s.start && offset < s.end) ?? null;

/**
 * Stage 4a: people. compromise finds person names; a titles lexicon finds titled names
 * ("Attorney General Pam Bondi") and gives their title. Spans are grown over neighbouring
 * name words and tidied (titles, possessives, punctuation off).
 */
export function findPeople(paragraphSentences: Sentence[]): ActorCandidate[] {
  if (paragraphSentences.length === 0) return [];
  const text = paragraphSentences[0]!.paragraphText;
  const raw: { start: number; end: number; via: ActorCandidate['via']; title?: string }[] = [];
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  for (const p of people) raw.push({ start: p.offset.start, end: p.offset.start + p.offset.length, via: 'people' });
  // Known public figures, also by surname alone ("Hegseth posted a video").
  for (const m of text.matchAll(KNOWN)) raw.push({ start: m.index, end: m.index + m[0].length, via: 'people' });
  for (const m of text.matchAll(TITLED)) {
    const nameStart = m.index + m[0].length - m[2]!.length;
    raw.push({ start: nameStart, end: m.index + m[0].length, via: 'title', title: m[1]! });
  }
  const out: ActorCandidate[] = [];
  for (const r of raw) {
    const [gs, ge] = growName(text, r.start, r.end);
    const tidy = tidyName(text.slice(gs, ge));
    if (!tidy) continue;
    const start = gs + tidy.offset;
    const end = start + tidy.name.length;
    if (text.slice(start, end) !== tidy.name) continue;
    const sentence = sentenceAt(paragraphSentences, start);
    if (!sentence || end > sentence.end) continue;
    if (SHIP_BEFORE.test(text.slice(0, start)) || PARTY_LABEL.test(` ${tidy.name}`)) continue;
    // "Secretary of Defense Pete Hegseth": a first word that ends a title written before it is no name word
    const firstOf = tidy.name.split(' ')[0]!;
    if (tidy.name.includes(' ') && TITLE_BEFORE.test(`${text.slice(0, start + firstOf.length)} `)) {
      const restStart = start + firstOf.length + 1;
      out.push({ ...spanOf(sentence, restStart, end), name: tidy.name.slice(firstOf.length + 1), kind: 'person', via: r.via, title: text.slice(0, restStart).match(new RegExp(String.raw`(?:^|\s)(${TITLE})\s+$`, 'u'))?.[1] ?? '' });
      continue;
    }
    // The tagger knows a conjunction or adverb opening a clause is no name word ("Neither Maduro", "While Trump").
    const firstWord = layerOf(sentence).tokens.find((t) => t.start === start);
    if (firstWord && NOT_NAME_POS.has(firstWord.pos) && tidy.name.includes(' ')) {
      const rest = tidy.name.slice(tidy.name.indexOf(' ') + 1);
      const restStart = start + tidy.name.indexOf(' ') + 1;
      out.push({ ...spanOf(sentence, restStart, end), name: rest, kind: 'person', via: r.via });
      continue;
    }
    // The title just before the name, if the parser that found it did not give one.
    const title = r.title ?? tidy.title ?? text.slice(Math.max(0, start - 40), start).match(new RegExp(String.raw`(?:^|\s)(${TITLE})\s+$`, 'u'))?.[1];
    out.push({ ...spanOf(sentence, start, end), name: tidy.name, kind: 'person', via: r.via, ...(title ? { title } : {}) });
  }
  return out;
}
