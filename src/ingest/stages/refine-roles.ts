import titlesLexicon from '../lexicons/titles.json' with { type: 'json' };
import partyTags from '../lexicons/party-tags.json' with { type: 'json' };
import patternFile from '../patterns/roles.json' with { type: 'json' };
import peoplePatterns from '../patterns/people.json' with { type: 'json' };
import type { Match, Matcher, Pattern } from '../match/matcher.ts';
import { clauseAt, layerOf, type Token } from './linguistics.ts';
import { captured, matcherFor, peopleLists, startsUpper, textOf } from './people-words.ts';
import type { ActorCandidate, DateCandidate, ResolvedActor, RoleCandidate, Sentence } from './types.ts';
import { bySentence, type Stage } from '../doc.ts';

const PARTIES = partyTags.parties as Record<string, string>;
const TAG_STATES = partyTags.states as Record<string, string>;
const lists = {
  ...peopleLists,
  roleEnds: titlesLexicon.roleEnds,
  roleNouns: titlesLexicon.roleNouns,
  tagStates: Object.keys(TAG_STATES),
};
const patterns = patternFile as Pattern[];
const matcher = (label: string) => matcherFor(patterns, label, lists);
/** ", a White House spokesperson", ", chief judge for the circuit": a role written after the name. */
const AFTER = matcher('after');
/** ", who served as the top lawyer for the navy", ", who led the office". */
const RELATIVE = matcher('relative');
/** "to be general counsel", "to lead the Office of Audits", after a verb of appointing. */
const APPOINTED = matcher('appointed');
/** "(R-KY)", ", D-Calif.,": the party and state of a member of Congress. */
const PARTY_TAG = matcher('party-tag');
/** "(Ore.)": the state alone, after a name in a list of lawmakers. */
const STATE_TAG = matcher('state-tag');
/** "Sen. Ann Lee of Ohio": the place a title is held for. */
const OF_PLACE = matcher('of-place');
/** "Ruiz’s trade envoy Ben Ode", "the retired Army colonel Gus Lowe": a role right before the name. */
const CLOSE_BEFORE = matcher('close-before');
/** "his defense secretary at the time, Carl Voss,". */
const POSSESSED_BEFORE = matcher('possessed-before');
/** "A spokeswoman for the Interior Ministry, Lisa Holm," / "Nordland’s defense minister, Gen. …". */
const APPOSED_BEFORE = matcher('apposed-before');
/** The title written right before a name. */
const TITLE = matcherFor(peoplePatterns as Pattern[], 'title');

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const NOT_ROLES = new Set(titlesLexicon.notRoles);
const TITLE_ROLES = new Map(Object.entries(titlesLexicon.titleRoles).map(([k, v]) => [k.toLowerCase(), v]));
const LEGISLATIVE = new Set(titlesLexicon.legislativeRoles);
const QUALIFIERS = new Set(titlesLexicon.qualifiers);
// "a Virginia Democrat", "the top Republican on the committee": a party member is what someone is.
const PARTY_LABELS = new Set(titlesLexicon.partyLabels);
const PLURAL_TITLES = set(titlesLexicon.pluralTitles);
// Members of a party, written before the names of a list ("…, and Democrats Ann Lee (Ore.)"): the party adjective.
const PARTY_MEMBERS = new Map(Object.values(PARTIES).map((p) => [`${p === 'Democratic' ? 'Democrat' : p}s`, p]));
const ROLE_ENDS = set(titlesLexicon.roleEnds);
const ROLE_NOUNS = set(titlesLexicon.roleNouns);
const APPOINTING = set(titlesLexicon.appointVerbs);
const DETERMINERS = set(titlesLexicon.roleDeterminers);
const TRAILERS = set(titlesLexicon.roleTrailers);
// A possessive pronoun after these opens a phrase of time or place, not a role: "in his first term, …".
const NOT_BEFORE_POSSESSED = set(titlesLexicon.notBeforePossessed);

/** A mention located in its sentence's tokens: [a, b). */
interface At {
  sentence: Sentence;
  tokens: Token[];
  a: number;
  b: number;
}

/** Where a mention stands in its sentence's tokens. */
function locate(m: ActorCandidate): At {
  const tokens = layerOf(m.sentence).tokens;
  const a = tokens.findIndex((t) => t.start >= m.start);
  const b = tokens.findLastIndex((t) => t.end <= m.end) + 1;
  return { sentence: m.sentence, tokens, a: a < 0 ? tokens.length : a, b: Math.max(a, b) };
}

const isLetter = (c: string | undefined) => !!c && c.toLowerCase() !== c.toUpperCase();
const isRoleNoun = (t: Token) => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lemma);

/** Where a role phrase ends: at a mark or a word that ends it, less a place at its end ("… in Lisbon"). */
function phraseEnd(tokens: readonly Token[], a: number, b: number): number {
  let e = a;
  while (e < b && !ROLE_ENDS.has(tokens[e]!.lower)) e++;
  const t = (k: number) => tokens[k]?.lower ?? '';
  if (t(e - 1) === 'administration' && t(e - 3) === 'the' && (t(e - 4) === 'in' || t(e - 4) === 'under')) return e - 4;
  let k = e;
  while (k > a && startsUpper(tokens[k - 1]!.text) && !tokens[k - 1]!.text.includes('.')) k--;
  return k < e && k - 1 > a && t(k - 1) === 'in' ? k - 1 : e;
}

/** One role of a phrase, without a determiner before it or "then" / "now" after it. */
function tidyRole(at: At, a: number, b: number): string[] {
  while (a < b && DETERMINERS.has(at.tokens[a]!.lower)) a++;
  while (b > a && TRAILERS.has(at.tokens[b - 1]!.lower)) b--;
  const role = textOf(at.sentence, at.tokens, a, b);
  return role.length > 2 && isLetter(role[0]) ? [role] : [];
}

/** The roles a phrase gives, cut at its end ("the secretary of state and national security adviser" -> two). */
function rolePhrases(at: At, a: number, b: number): string[] {
  const e = phraseEnd(at.tokens, a, b);
  if (e <= a || at.tokens.slice(a, e).filter((t) => t.pos !== 'PUNCT').length > 12) return [];
  const out: string[] = [];
  let start = a;
  for (let k = a; k <= e; k++) {
    if (k < e && at.tokens[k]!.lower !== 'and') continue;
    out.push(...tidyRole(at, start, k));
    start = k + 1;
    if (['was', 'is'].includes(at.tokens[start]?.lower ?? '')) start++;
  }
  return out;
}

/** The token range of a capture. */
const range = (m: Match, name: string) => m.captures[name];

/**
 * Whether words after a comma describe what someone is: a noun phrase whose head part holds a role
 * noun ("a senior fellow at …"), not a clause ("the council voted …") nor a label ("a foe of …").
 */
function isRolePhrase(at: At, a: number, b: number): boolean {
  const phrase = layerOf(at.sentence).phrases.find((p) => p.start === a - 1 || p.start === a);
  const next = phrase ? at.tokens[phrase.end] : undefined;
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  const head = at.tokens.slice(a, b);
  const prep = head.findIndex((t) => t.pos === 'ADP');
  return head.slice(0, prep < 0 ? head.length : prep).some((t) => isRoleNoun(t) || PARTY_LABELS.has(t.text));
}

/** Roles written after the name: an appositive, with "who was a …" after it. */
function appositiveRoles(at: At): string[] {
  const m = AFTER.matchAt(at.tokens, at.b);
  if (!m) return [];
  return ['role', 'role2'].flatMap((name) => {
    const r = range(m, name);
    return r && isRolePhrase(at, r[0], r[1]) ? rolePhrases(at, r[0], r[1]) : [];
  });
}

/** Where a time phrase starts in a relative clause ("in the 1990s", "from 2019 to 2021"), if any. */
function yearAt(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) if (yearAfter(tokens, k, b) >= 0) return k;
  return b;
}

/** After "in", "from" or "until" at `k` (and "the early", "mid-" …): the token of the year, or -1. */
function yearAfter(tokens: readonly Token[], k: number, b: number): number {
  if (!['in', 'from', 'until'].includes(tokens[k]!.lower)) return -1;
  let j = k + 1;
  while (j < b && ['the', 'early', 'mid', 'late', '-'].includes(tokens[j]!.lower)) j++;
  return j < b && tokens[j]!.text[0]! >= '0' && tokens[j]!.text[0]! <= '9' ? j : -1;
}

const CLAUSE_VERBS = set(['was', 'is', 'served', 'led', 'headed', 'ran']);
const LED = set(['led', 'leads', 'headed', 'heads', 'ran', 'runs', 'directed']);

/** One part of a relative clause: "served as the top lawyer" -> "former top lawyer", "led the office" as written. */
function relativePart(at: At, a: number, b: number): string[] {
  const verb = at.tokens[a]!.lower;
  if (LED.has(verb)) return rolePhrases(at, a, b);
  const from = verb === 'served' || verb === 'serves' ? (at.tokens[a + 1]?.lower === 'as' ? a + 2 : -1) : a + 1;
  if (from < 0 || from >= b) return [];
  const end = yearAt(at.tokens, from, b);
  const head = at.tokens.slice(from, end);
  const before = head.findIndex((t) => ['of', 'for', 'at', 'in'].includes(t.lower));
  const described =
    DETERMINERS.has(head[0]!.lower) || head.slice(0, before < 0 ? head.length : before).some(isRoleNoun);
  if (!described) return [];
  const past = verb === 'served' || verb === 'was';
  // ("served as the top lawyer in the early 2000s": the role keeps the time the clause gives it)
  const time = end < b ? ` (${timePhrase(at, end, b)})` : '';
  return rolePhrases(at, from, end).map((r) => `${past && !r.startsWith('former ') ? `former ${r}` : r}${time}`);
}

/** "in the early 2000s", from the token of "in" (as `yearAt` found it) to the year. */
function timePhrase(at: At, k: number, b: number): string {
  return at.sentence.paragraphText.slice(at.tokens[k]!.start, at.tokens[yearAfter(at.tokens, k, b)]!.end);
}

/** ", who served as the top lawyer …" / ", who then led the office … and was the attorney general …". */
function relativeRoles(at: At): string[] {
  const m = RELATIVE.matchAt(at.tokens, at.b);
  const r = m && range(m, 'role');
  if (!r) return [];
  const out: string[] = [];
  let start = r[0];
  for (let k = r[0] + 1; k <= r[1]; k++) {
    if (k < r[1] && !(at.tokens[k]!.lower === 'and' && CLAUSE_VERBS.has(at.tokens[k + 1]?.lower ?? ''))) continue;
    out.push(...relativePart(at, start, k));
    start = k + 1;
  }
  return out;
}

/** "confirmed Ann Lee to be general counsel", "… to lead the office": only after a verb of appointing. */
function appointedRoles(at: At): string[] {
  const m = APPOINTED.matchAt(at.tokens, at.b);
  const r = m && range(m, 'role');
  if (!r || !at.tokens.slice(0, at.a).some((t) => t.pos === 'VERB' && APPOINTING.has(t.lemma))) return [];
  if (at.tokens[r[0]]!.lower !== 'to') return rolePhrases(at, r[0], r[1]);
  // An infinitive is a post someone was named to: with its verb ("confirmed to lead the Office …").
  const verb = at.tokens.slice(0, at.a).findLast((t) => t.pos === 'VERB' && APPOINTING.has(t.lemma))!;
  return rolePhrases(at, r[0] + 1, r[1]).map((x) => `${verb.lower} to ${x}`);
}

/** Every match of a pattern that ends right before the name, nearest start last. */
function* endingAt(m: Matcher, at: At): Generator<Match> {
  for (let hit = m.matchEndingAt(at.tokens, at.a); hit; hit = m.matchEndingAt(at.tokens, at.a, hit.start + 1))
    yield hit;
}

/** A role phrase written before the name: "his CIA director, Tom Ward", "a spokeswoman for …, Lisa Holm". */
function beforeRoles(at: At): string[] {
  for (const m of endingAt(CLOSE_BEFORE, at)) return rolePhrases(at, ...range(m, 'role')!);
  for (const m of endingAt(POSSESSED_BEFORE, at)) {
    const [a, b] = range(m, 'role')!;
    if (b - a <= 6 && !NOT_BEFORE_POSSESSED.has(at.tokens[m.start - 1]?.lower ?? '')) return rolePhrases(at, a, b);
  }
  for (const m of endingAt(APPOSED_BEFORE, at)) {
    const [a, b] = range(m, 'role')!;
    const words = at.tokens.slice(a, b);
    const prep = words.findIndex((t) => ['for', 'of', 'at', 'to'].includes(t.lower));
    const lower = words.slice(0, prep < 0 ? words.length : prep).filter((t) => !startsUpper(t.text)).length;
    if (lower <= 4 && words.some(isRoleNoun)) return rolePhrases(at, a, b);
  }
  return [];
}

/** A person's roles stated around one mention, by the patterns of patterns/roles.json. */
const rolesAround = (at: At): string[] => [
  ...appositiveRoles(at),
  ...relativeRoles(at),
  ...beforeRoles(at),
  ...appointedRoles(at),
];

const undotted = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);

/** The state a tag's words name ("Calif." -> California), if any. */
const tagState = (written: string | undefined) => written && (TAG_STATES[written] ?? TAG_STATES[undotted(written)]);

/** The party and state a tag after a name gives ("(R-KY)", "(D.-Ore.)" -> Republican, Kentucky), if it is one. */
function partyTag(at: At): { party: string; state: string } | null {
  const m = PARTY_TAG.matchAt(at.tokens, at.b);
  const party = m && PARTIES[undotted(captured(at.sentence, at.tokens, m, 'party')!)];
  const state = m && tagState(captured(at.sentence, at.tokens, m, 'state'));
  return party && state ? { party, state } : null;
}

/** The state a tag of a state alone gives ("(Ore.)" -> Oregon), if it is one. */
function stateTag(at: At): string | undefined {
  const m = STATE_TAG.matchAt(at.tokens, at.b);
  return (m && tagState(captured(at.sentence, at.tokens, m, 'state'))) || undefined;
}

/** A title and the party written with it, as they stand before a mention. */
interface Titled {
  title: string;
  party: string;
  /** Where the title starts in the tokens, when it is written right before the name. */
  start: number | null;
}

/** The title of a mention and its party: "Democratic Sen." or "Democratic" before "Sen.". */
function titleOf(m: ActorCandidate, at: At): Titled {
  const title = m.title ?? '';
  const hit = title ? TITLE.matchEndingAt(at.tokens, at.a) : null;
  const start = hit ? range(hit, 'title')![0] : null;
  const first = title.split(' ')[0]!;
  if (title.includes(' ') && QUALIFIERS.has(first)) return { title, party: `${first} `, start };
  const written = start !== null ? at.tokens[start - 1]?.text : undefined;
  return { title, party: written && QUALIFIERS.has(written) ? `${written} ` : '', start };
}

/** Past a bracket opening at k ("(D-Ore.)"), or k itself. */
function pastBracket(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  const close = tokens.findIndex((t, i) => i > k && t.text === ')');
  return close < 0 ? k : close + 1;
}

/**
 * "Sens. Amy Ford and Ben Gale", "representatives Ann Lee (Ore.), Bo Tran (Ga.) and …": the title
 * a name takes from the plural title of the list it follows, with the party of members named
 * before it ("…, and Democrats Di Pell (Ill.)"); null when it follows none.
 */
function followsPlural(previous: { at: At; titled: Titled } | null, at: At): Titled | null {
  const plural = previous?.titled.title.split(' ').at(-1)!.toLowerCase() ?? '';
  if (!previous || previous.at.sentence !== at.sentence || !PLURAL_TITLES.has(plural)) return null;
  const { tokens } = at;
  let k = previous.at.b;
  if (tokens[k]?.lower === 'of') while (++k < at.a && startsUpper(tokens[k]!.text));
  k = pastBracket(tokens, k);
  const joined = tokens[k]?.text === ',' || tokens[k]?.lower === 'and';
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'and') k++;
  const party = PARTY_MEMBERS.get(tokens[k]?.text ?? '');
  if (party) k++;
  if (!joined || k !== at.a) return null;
  if (!party) return { ...previous.titled, start: null };
  const { title, party: was } = previous.titled;
  return { title: was && title.startsWith(was) ? title.slice(was.length) : title, party: `${party} `, start: null };
}

/** "White House press secretary": the capitalised body before a lower-case title. */
function bodyBefore(at: At, titled: Titled): string {
  if (titled.start === null || startsUpper(titled.title)) return '';
  let k = titled.start;
  const bodyWord = (t: Token | undefined) => t?.pos === 'PROPN' && startsUpper(t.text) && !QUALIFIERS.has(t.text);
  while (k > titled.start - 3 && bodyWord(at.tokens[k - 1])) k--;
  return k < titled.start ? `${textOf(at.sentence, at.tokens, k, titled.start)} ` : '';
}

/** "The retired Rear Adm. X" / "former Defense Secretary X": the qualifier is part of the role. */
function qualifierBefore(at: At, titled: Titled): string {
  if (titled.start === null) return '';
  let k = titled.start - 1;
  while (k >= 0 && (startsUpper(at.tokens[k]!.text) || at.tokens[k]!.text === '.')) k--;
  const q = at.tokens[k]?.lower;
  return q === 'retired' || q === 'former' ? `${q} ` : '';
}

/** The role a title gives: "Democratic Sen. … of Ohio" -> "Democratic senator from Ohio". */
function titleRole(at: At, titled: Titled, tag: { party: string; state: string } | null): string {
  const { title, party } = titled;
  const bare = party && title.startsWith(party) ? title.slice(party.length) : title;
  const word = TITLE_ROLES.get(bare.toLowerCase());
  const legislative = !!word && LEGISLATIVE.has(word);
  const of = OF_PLACE.matchAt(at.tokens, at.b);
  const ofPlace = of ? captured(at.sentence, at.tokens, of, 'place') : undefined;
  const role = `${qualifierBefore(at, titled)}${party}${bodyBefore(at, titled)}${word ?? bare}`;
  // A state alone in brackets is a lawmaker's ("Rep. Ann Lee (Ore.)"), not a mayor's city.
  const tagged = tag?.state ?? (legislative ? stateTag(at) : undefined);
  const place = ofPlace ?? tagged;
  return place ? `${role} ${legislative || (!ofPlace && tagged) ? 'from' : 'of'} ${place}` : role;
}

/** The roles a mention's title and party tag give. */
function titleRoles(at: At, titled: Titled): string[] {
  const tag = partyTag(at);
  const party = titled.party || (tag ? `${tag.party} ` : '');
  const out: string[] = [];
  // A tag with no title before the name: "a Democrat from California".
  if (tag && (!titled.title || NOT_ROLES.has(titled.title)))
    out.push(`${tag.party === 'Democratic' ? 'Democrat' : tag.party} from ${tag.state}`);
  if (titled.title && !NOT_ROLES.has(titled.title)) out.push(titleRole(at, { ...titled, party }, tag));
  return out;
}

/**
 * Refiner: the roles the text states for each person, as written: titles before the name
 * ("Defense Secretary Dora Lind", "President Ana Vela of Nordland" -> "President of
 * Nordland"), appositives ("Ruth Hale, a White House spokesperson"), relative clauses ("who
 * served as the top uniformed lawyer for the navy"), "his CIA director, Tom Ward", and "to be
 * general counsel" after a verb of appointing. A label others give ("described him as a
 * cartel head") or a purpose ("sent him to lead the talks") is no role.
 */
export function findRoles(actors: ResolvedActor[], when?: RoleTimes): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const seen = new Set<string>();
  const add = (actor: string, written: string, sentence: Sentence) => {
    const role = when ? inItsTime(written, when.dates.get(sentence.index) ?? [], when.published) : written;
    const key = `${actor}|${role.toLowerCase()}`;
    if (!seen.has(key)) out.push({ actor, role, sentence });
    seen.add(key);
  };
  const mentions = actors
    .filter((a) => a.kind === 'person')
    .flatMap((a) => a.mentions.map((m) => ({ a, m })))
    .sort((x, y) => x.m.sentence.index - y.m.sentence.index || x.m.start - y.m.start);
  let previous: { at: At; titled: Titled } | null = null;
  for (const { a, m } of mentions) {
    const at = locate(m);
    let titled = titleOf(m, at);
    if (!titled.title) titled = followsPlural(previous, at) ?? titled;
    if (titled.title) previous = { at, titled };
    for (const role of [...titleRoles(at, titled), ...rolesAround(at)]) add(a.id, role, m.sentence);
  }
  return out;
}

/** The dates of each sentence and the publication day: when a role was held. */
export interface RoleTimes {
  dates: Map<number, DateCandidate[]>;
  published: string;
}

const PAST_LED = set(['led', 'headed', 'ran', 'directed']);
const ASIDES = new Set(['relative', 'aside', 'attribution', 'reported']);
const AT_THE_TIME = ' at the time';
/** Years back past which a title is given with its time (a title of recent years reads as current). */
const LONG_AGO = 10;

/**
 * A role as held when the sentence says: "defense secretary at the time" is a former one, "led the
 * office" is what someone formerly did, and a title in a sentence whose own clause is dated ten
 * years or more before the publication is given with that time ("President (in 1989)"), since the
 * text says nothing of it since; "retired" and "former" roles say their time already.
 */
export function inItsTime(role: string, dates: DateCandidate[], published: string): string {
  if (role.startsWith('former') || role.startsWith('retired')) return role;
  if (role.endsWith(AT_THE_TIME)) return `former ${role.slice(0, -AT_THE_TIME.length)}`;
  if (PAST_LED.has(role.split(' ')[0]!)) return `formerly ${role}`;
  // (a date in a relative clause or an aside is the time of something else: "…, who served … in the 2000s")
  const placed = dates.find((d) => !d.anchor && !ASIDES.has(clauseAt(layerOf(d.sentence), d.start).kind));
  if (!placed || Number(placed.date.value.slice(0, 4)) > Number(published.slice(0, 4)) - LONG_AGO) return role;
  const year = placed.date.value.slice(0, 4);
  return `${role} (in ${placed.date.precision === 'decade' ? `the ${year}s` : year})`;
}

export const rolesStage: Stage = {
  name: 'roles',
  run: (doc) => {
    const dates = bySentence(doc.dates, (d) => d.sentence);
    return { ...doc, roles: findRoles(doc.actors, { dates, published: doc.context.published }) };
  },
};
