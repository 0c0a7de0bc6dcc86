import titlesLexicon from '../lexicons/titles.json' with { type: 'json' };
import partyTags from '../lexicons/party-tags.json' with { type: 'json' };
import type { ResolvedActor, RoleCandidate, Sentence } from './types.ts';

const notRoles = new Set(titlesLexicon.notRoles);
const TITLE_ROLES = titlesLexicon.titleRoles as Record<string, string>;
const LEGISLATIVE = new Set(titlesLexicon.legislativeRoles);
const PLURAL_TITLE = /^(?:\S+\s+)?(?:Sens\.|Reps\.|Senators|Representatives)$/u;
const QUALIFIER_LEAD = new RegExp(String.raw`^(?:${titlesLexicon.qualifiers.join('|')})\s+`, 'u');
// Words that end a role phrase: a clause or a list goes on after them.
const ROLE_END = /\s*(?:[,;:“”"(]|\.(?:\s|$)|\s+(?:said|says|added|noted|told|wrote|who|which|that|later|vowed)\b|$)/u;
// Dropped from a role's end; "at the time" is kept, since it says the role is no longer held.
const TRAILING = /\s+(?:then|now|since)$/u;
const ROLE_NOUN = new RegExp(String.raw`\b(?:${titlesLexicon.roleNouns.join('|')})s?\b`, 'iu');
const TITLE_WORDS = [...titlesLexicon.titles].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/**
 * A role written before the name, opened by an article or a country's possessive: "A spokeswoman
 * for the National Security Council, Olivia Brandt," / "Venezuela’s defense minister, Gen. Rafael Ocando,".
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?:(?:^|[\s—])(?:[Aa]n?|[Tt]he)|\b[A-Z][\p{L}.]+[’']s)\s+((?:[A-Z][\p{L}.]*\s+){0,2}[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}(?:\s+(?:for|of|at|to)\s+(?:the\s+)?[A-Z][\p{L}.]*(?:\s+(?:of\s+)?[A-Z][\p{L}.]*){0,4})?),\s+(?:(?:${TITLE_WORDS})\s+)?$`,
  'u',
);

const PARTIES = partyTags.parties as Record<string, string>;
const TAG_STATES = partyTags.states as Record<string, string>;
// "Rand Paul (R-KY)", "Jane Roe, D-Calif.,": party letter and state written after the name.
const PARTY_TAG = /^(?:\s*\(|,\s+)([A-Z])-([A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)(?=[),;:\s]|$)/u;

/** The party and state a tag after a name gives ("(R-KY)" -> Republican, Kentucky), if it is one. */
function partyTag(after: string): { party: string; state: string } | null {
  const m = after.match(PARTY_TAG);
  const party = m && PARTIES[m[1]!];
  const state = m && (TAG_STATES[m[2]!] ?? TAG_STATES[m[2]!.replace(/\.$/u, '')]);
  return party && state ? { party, state } : null;
}

/** Cuts a role phrase at its end and tidies it ("the secretary of state and national security adviser" -> two roles). */
function rolePhrases(raw: string): string[] {
  const end = raw.search(ROLE_END);
  const phrase = (end >= 0 ? raw.slice(0, end) : raw).trim();
  // A place at the end is where, not what: "a security researcher at the Center ... in Guadalajara".
  const placeless = phrase.replace(/\s+(?:in|under)\s+the\s+[A-Z][\p{L}]+\s+administration$/u, '').replace(/\s+in\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*$/u, '');
  if (!placeless || placeless.split(/\s+/).length > 12) return [];
  return rolesOf(placeless);
}

function rolesOf(phrase: string): string[] {
  return phrase
    .split(/\s+and\s+(?:was\s+|is\s+)?(?:the\s+|a\s+|an\s+)?/u)
    .map((p) => p.replace(/^(?:the|a|an|his|her|its|their)\s+/u, '').replace(TRAILING, '').trim())
    .filter((p) => p.length > 2 && /^[\p{L}]/u.test(p));
}

/** A person's roles stated around one mention. */
function rolesAt(sentence: Sentence, start: number, end: number): string[] {
  const text = sentence.paragraphText;
  const after = text.slice(end, sentence.end);
  const before = text.slice(sentence.start, start);
  const out: string[] = [];
  // "Anna Kelly, a White House spokesperson," / "Marco Rubio, the secretary of state and ..."
  const app = after.match(/^,\s+((?:a|an|the)\s+[^,“”"]+)/u);
  if (app) {
    const head = app[1]!.split(/\s+who\s+(?:is|was|has been|had been)\s+(?:a|an|the)\s+/u);
    out.push(...rolePhrases(head[0]!));
    if (head[1]) out.push(...rolePhrases(head[1]));
  }
  // ", who served as the top uniformed lawyer ..." / ", who then led the Office ... and was the attorney general ..."
  const rel = after.match(/^,\s+who\s+(?:then\s+|previously\s+|once\s+)?((?:served as|serves as|was|is|led|leads|headed|heads|ran|runs|directed)\s+[^,“”"]+)/u);
  if (rel)
    for (const part of rel[1]!.split(/\s+and\s+(?=(?:was|is|served|led|headed|ran)\b)/u)) {
      const m = part.match(/^(?:served as|serves as|was|is)\s+((?:a|an|the)\s+.+)$/u) ?? part.match(/^(?:served as|serves as|was|is)\s+(.+)$/u)?.filter((x, i) => i === 0 || ROLE_NOUN.test(x.split(/\s+(?:of|for|at|in)\s+/u)[0]!));
      // A role held in the past reads as one: "who served as the top lawyer" -> "former top lawyer".
      const past = /^(?:served as|was)\s/u.test(part);
      if (m && m[1])
        out.push(
          ...rolePhrases(m[1]!.replace(/\s+in\s+the\s+(?:early|mid|late)?[- ]?\d{4}s$/u, '').replace(/\s+(?:in|from|until)\s+\d{4}.*$/u, '')).map((r) =>
            past && !/^former\b/u.test(r) ? `former ${r}` : r,
          ),
        );
      else if (/^(?:led|leads|headed|heads|ran|runs|directed)\s/u.test(part)) out.push(...rolePhrases(part));
    }
  // "Ada Quist, chief judge for the Northern Circuit Court": an appositive opened by a role noun
  const bareApp = !app && after.match(/^,\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?:\s+(?:for|of|at)\s+[^,“”"]+)?)/u);
  if (bareApp && ROLE_NOUN.test(bareApp[1]!.split(/\s+(?:for|of|at)\s+/u)[0]!)) out.push(...rolePhrases(bareApp[1]!));
  // "Ruiz’s trade envoy Ben Ode", "the retired former Army colonel Gus Lowe": a role noun
  // phrase written right before the name, with no comma
  const close = before.match(/(?:\b(?:the|a|an)|[’']s)\s+((?:[A-Za-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+$/u);
  if (close && ROLE_NOUN.test(close[1]!.split(/\s+/).at(-1)!)) out.push(...rolePhrases(close[1]!));
  // "his defense secretary at the time, Mark Esper," / "its strongman leader, Manuel Noriega,"
  const pre = before.match(/(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]y|[Oo]f|[Ff]or)\s)\b(?:his|her|its|their)\s+((?:[A-Z]{2,5}\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}),\s+$/u);
  if (pre) out.push(...rolePhrases(pre[1]!));
  else {
    const det = before.match(ROLE_BEFORE);
    if (det && ROLE_NOUN.test(det[1]!)) out.push(...rolePhrases(det[1]!));
  }
  // "confirmed Earl Matthews to be Pentagon general counsel, and T. Elliot Gaiser to lead the Office ..."
  const tobe = after.match(/^\s+to\s+(?:be|become|serve as)\s+([^,.;]+)/u);
  if (tobe) out.push(...rolePhrases(tobe[1]!));
  // An infinitive is a role someone was named to, not an order: keep "to" ("to lead the Office ...").
  const tolead = after.match(/^\s+to\s+((?:lead|head|run|direct)\s+[^,.;]+)/u);
  if (tolead) out.push(...rolePhrases(tolead[1]!).map((r) => `to ${r}`));
  return out;
}

/**
 * Refiner: the roles the text states for each person, as written: titles before the name
 * ("Defense Secretary Pete Hegseth", "President Claudia Sheinbaum of Mexico" -> "President of
 * Mexico"), appositives ("Anna Kelly, a White House spokesperson"), relative clauses ("who
 * served as the top uniformed lawyer for the navy"), "his CIA director, John Ratcliffe", "to be
 * Pentagon general counsel", and "described him as a cartel head" (the last person named).
 */
export function findRoles(actors: ResolvedActor[], sentences: Sentence[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const seen = new Set<string>();
  const add = (actor: string, role: string, sentence: Sentence) => {
    const key = `${actor}|${role.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ actor, role, sentence });
  };
  const people = actors.filter((a) => a.kind === 'person');
  const mentionsInOrder = people.flatMap((a) => a.mentions.map((m) => ({ a, m }))).sort((x, y) => x.m.sentence.index - y.m.sentence.index || x.m.start - y.m.start);
  let previous: { m: (typeof mentionsInOrder)[number]['m']; title: string; party: string } | null = null;
  for (const { a, m } of mentionsInOrder) {
    let title = m.title;
    // "Democratic Sen. X": the party written before the title is part of the role
    const lead0 = title ? title.match(QUALIFIER_LEAD) : null;
    const before = m.sentence.paragraphText.slice(m.sentence.start, m.start);
    const written = title && !lead0 ? before.match(new RegExp(String.raw`(?:^|\s)(${titlesLexicon.qualifiers.join('|')})\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+$`, 'u')) : null;
    let party = lead0 ? lead0[0] : written ? `${written[1]} ` : '';
    // "Sens. Amy Ford and Ben Gale": a plural title holds for each name it is written before
    if (!title && previous && previous.m.sentence === m.sentence && PLURAL_TITLE.test(previous.title) && /^(?:\s+of\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)?,?\s+and\s+$/u.test(m.sentence.paragraphText.slice(previous.m.end, m.start))) {
      title = previous.title;
      party = previous.party;
    }
    if (title) previous = { m, title, party };
    const tag = partyTag(m.sentence.paragraphText.slice(m.end, m.sentence.end));
    if (tag && !party) party = `${tag.party} `;
    // A tag with no title before the name: "a Democrat from California".
    if (tag && (!title || notRoles.has(title))) add(a.id, `${tag.party === 'Democratic' ? 'Democrat' : tag.party} from ${tag.state}`, m.sentence);
    if (title && !notRoles.has(title)) {
      const bare = lead0 ? title.slice(lead0[0].length) : title;
      const word = TITLE_ROLES[bare];
      const legislative = !!word && LEGISLATIVE.has(word);
      const of = m.sentence.paragraphText.slice(m.end, m.sentence.end).match(/^\s+of\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)/u);
      // A lower-case title takes the body before it: "White House press secretary Karoline Leavitt".
      const body = /^[a-z]/u.test(title) ? m.sentence.paragraphText.slice(m.sentence.start, m.start).match(/((?:[A-Z][\p{L}.]*\s+){1,3})(?=\S+(?:\s+\S+)*\s+$)/u) : null;
      const lead = body && m.sentence.paragraphText.slice(m.sentence.start, m.start).endsWith(`${body[1]}${title} `) ? body[1] : '';
      // "The retired Rear Adm. X" / "former Defense Secretary X": the qualifier is part of the role.
      const qual = m.sentence.paragraphText.slice(m.sentence.start, m.start).match(/\b(retired|former)\s+(?:[A-Z][\p{L}.]*\s+)*$/u);
      const q = qual ? `${qual[1]} ` : '';
      const role = `${q}${party}${lead}${word ?? bare}`;
      const place = of?.[1] ?? tag?.state;
      add(a.id, place ? `${role} ${legislative || (!of && tag) ? 'from' : 'of'} ${place}` : role, m.sentence);
    }
    for (const r of rolesAt(m.sentence, m.start, m.end)) add(a.id, r, m.sentence);
  }
  // "described him as a cartel head": the role of the person the pronoun stands for.
  for (const s of sentences) {
    for (const d of s.text.matchAll(/\b(?:described|portrayed|called|labeled|named)\s+(?:him|her)\s+as\s+((?:a|an|the)\s+[^,.;“”"]+)/gu)) {
      const at = s.start + d.index;
      const last = mentionsInOrder.filter(({ m }) => m.sentence.index < s.index || (m.sentence.index === s.index && m.start < at)).at(-1);
      // Someone else's characterisation, not an office: kept as such ("described as cartel head").
      if (last) for (const r of rolePhrases(d[1]!)) add(last.a.id, `described as ${r}`, s);
    }
  }
  return out;
}
