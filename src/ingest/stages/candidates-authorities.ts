import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import orgHeads from '../lexicons/organization-heads.json' with { type: 'json' };
import { clauseOfToken, layerOf, tokensText, type Layer, type NounPhrase, type Token } from './linguistics.ts';
import { spanOf, type AuthorityCandidate, type Sentence } from './types.ts';
import type { AuthorityKind } from '../../schemas/index.ts';

interface Head {
  kind: string;
  named?: boolean;
  needs?: 'modifier' | 'legislative' | 'legal' | 'national' | 'kindModifier';
  numbered?: boolean;
}
const HEADS = lexicon.heads as Record<string, Head>;
const KIND_BY = lexicon.kindBy as Record<string, AuthorityKind>;
const NAMED_KIND_BY = lexicon.namedKindBy as Record<string, AuthorityKind>;
const LEGAL = new Set(lexicon.legalWords);
const LEGISLATIVE = new Set(lexicon.legislativeVerbs);
const ANAPHORIC = new Set(lexicon.anaphoricDeterminers);
const VAGUE = new Set(lexicon.vagueModifiers);
const DESIGNATED = new Set(lexicon.designationObjects);
const NON_REFERRING = new Set(lexicon.nonReferring);
const TERROR = /terror/;
/** Prepositions and verb forms that continue a description after its head ("order banning …"). */
const POST_ADP = new Set(['of', 'on', 'against', 'for', 'to', 'in', 'into', 'over', 'with']);
const MAX_POST = 9;
const TIME = new Set(lexicon.timeWords);
const OUTLETS = new Set(orgHeads.outlet);

/** The first letter in upper case: a description used as a record's name. */
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const headOf = (t: Token) => HEADS[t.lower] ?? (t.lemma !== t.lower ? HEADS[t.lemma] : undefined);

/** Where the description after a head ends: prepositional phrases, "to" + verb, an -ing clause. */
function postModifierEnd(layer: Layer, from: number): number {
  const toks = layer.tokens;
  let j = from;
  const first = toks[j];
  if (!first || first.quoted) return from;
  const opens = (t: Token) => (POST_ADP.has(t.lower) && t.lower !== 'in') || (t.pos === 'VERB' && /ing$/.test(t.lower) && t.lower !== 'saying');
  if (!opens(first)) return from;
  let end = from;
  while (j < toks.length && j - from < MAX_POST) {
    const t = toks[j]!;
    // a hyphen inside a word ("al-Qaida", "self-defense") is not a boundary
    const inWord = (t.text === '-' || t.text === '‐') && toks[j + 1]?.start === t.end && toks[j - 1]?.end === t.start;
    if (inWord) {
      j++;
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.quoted) break;
    if (t.pos === 'ADP' && !POST_ADP.has(t.lower)) break;
    // "confirmed the new directive to Politico": who is told is no part of the instrument
    if (t.lower === 'to' && OUTLETS.has((toks[j + 1]?.lower === 'the' ? toks[j + 2] : toks[j + 1])?.lower ?? '')) break;
    // "a resolution … on Monday": a date is not part of the description
    if (TIME.has(t.lower) || (t.pos === 'ADP' && TIME.has(toks[j + 1]?.lower ?? '')) || (t.pos === 'ADP' && toks[j + 1]?.pos === 'DET' && TIME.has(toks[j + 2]?.lower ?? ''))) break;
    // a clause opens: "consent for what her ministry has claimed …"
    if ((t.pos === 'PRON' && /^(which|who|that|whom)$/.test(t.lower)) || /^(what|whatever|whose|where|how|why)$/.test(t.lower)) break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && toks[j - 1]?.lower !== 'to')) break;
    // another instrument starts: "the motion under the Trade Expansion Act" stops before it
    if (j > from && headOf(t) && NOUNISH.has(t.pos) && t.lower !== 'law') break;
    j++;
    if (NOUNISH.has(t.pos) || t.pos === 'VERB') end = j;
  }
  return end;
}
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);

/** Words of the phrase before its head that say which instrument it is, not how it is talked about. */
const modifiers = (layer: Layer, p: NounPhrase) =>
  layer.tokens.slice(p.start, p.head).filter((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PUNCT' && !VAGUE.has(t.lower) && !/^(his|her|its|their)$/.test(t.lower));

/** The content words a later description can share with this one ("assassination ban" ~ "banning assassinations"). */
export const stemsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3 && !HEADS[w] && !['against', 'with', 'that', 'this', 'from', 'under'].includes(w))
    .map((w) => w.slice(0, 6));

function yearIn(tokens: Token[], a: number, b: number): number | null {
  for (let i = a; i < Math.min(b + 2, tokens.length); i++) {
    const t = tokens[i]!;
    if (i >= b && !(tokens[b]?.lower === 'of')) break;
    if (t.pos === 'NUM' && /^(1[6-9]|20)\d\d$/.test(t.text)) return Number(t.text);
  }
  return null;
}

/**
 * Stage 4c: legal authorities in a sentence, as noun phrases of the linguistic layer whose head
 * is an instrument word (lexicons/instruments.json): named ("the Posse Comitatus Act") or
 * described ("a resolution to block the strikes", "narco-terrorism charges"), in any case. The
 * kind comes from the head (or a modifier: "executive order"); the year from the phrase. A bare
 * definite description ("the measure") is marked to resolve to the authority it refers to.
 * Being designated "as" a terrorist organization names a designation.
 */
export function findAuthorities(sentence: Sentence): AuthorityCandidate[] {
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  const lemmas = new Set(toks.map((t) => t.lemma));
  const legalContext = toks.some((t) => LEGAL.has(t.lower));
  const legislative = [...lemmas].some((l) => LEGISLATIVE.has(l));
  const out: AuthorityCandidate[] = [];
  let covered = 0; // a numbered part's instrument ("of the U.N. Charter") is not a second one
  for (const phrase of layer.phrases) {
    // the tagger reads a lower-case instrument word after a noun as a verb ("the war powers act.")
    const next = toks[phrase.end];
    const after = toks[phrase.end + 1];
    const p = next && next.pos === 'VERB' && HEADS[next.lower] && toks[phrase.head]!.pos === 'NOUN' && (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ')
      ? { ...phrase, end: phrase.end + 1, head: phrase.end, proper: false }
      : { ...phrase };
    let head = toks[p.head]!;
    let headAt = p.head;
    // "Executive Order 12333", "Public Law 107-40", "18 U.S.C. 1385": the instrument word before the number
    if (head.pos === 'NUM' && p.head > p.start && headOf(toks[p.head - 1]!)) {
      headAt = p.head - 1;
      head = toks[headAt]!;
    }
    // "Article II", "Section 1385": a numbered head names its instrument
    let numbered = false;
    const lead = toks[p.determiner ? p.start + 1 : p.start];
    // (a roman numeral the tagger reads as a pronoun: "Article I gives Congress …")
    const leadAt = lead ? toks.indexOf(lead) : -1;
    const numeral = lead && /^(?:[IVXL]+|\d+[A-Za-z]?)$/.test(toks[leadAt + 1]?.text ?? '');
    if (lead && headOf(lead)?.numbered && /^[A-Z]/.test(lead.text) && (p.head > leadAt || numeral)) {
      if (numeral && p.end <= leadAt + 1) p.end = leadAt + 2;
      headAt = toks.indexOf(lead);
      head = lead;
      numbered = true;
    }
    if (p.determiner && NON_REFERRING.has(p.determiner)) continue;
    if (p.start < covered) continue;
    const designation = !numbered && DESIGNATED.has(head.lower) && toks.slice(p.start, headAt).some((t) => TERROR.test(t.lower));
    const entry = headOf(head);
    if (!entry && !designation) continue;
    if (designation && head.quoted) continue;
    // "in order to", "law enforcement" (the head is a modifier there), "rule out"
    if ((head.lower === 'order' || head.lower === 'charge') && toks[headAt - 1]?.lower === 'in') continue;
    // "an act of aggression": a lower-case "act" is an instrument only with words that name it
    if (head.lower === 'act' && !/^[A-Z]/.test(head.text) && p.head === p.start + (p.determiner ? 1 : 0)) continue;
    const first = p.determiner && !/[’']/.test(p.determiner) ? p.start + 1 : p.start;
    const possessor = p.determiner && /[’']/.test(p.determiner);
    let coreStart = possessor ? toks.findIndex((t, i) => i >= p.start && (t.lower === '’s' || t.lower === "'s")) + 1 : first;
    // "on Thursday unsealed indictments": a day or month is not part of the instrument
    while (coreStart < headAt && TIME.has(toks[coreStart]!.lower)) coreStart++;
    const mods = modifiers(layer, { ...p, start: coreStart, head: headAt });
    let postEnd = designation ? p.end : postModifierEnd(layer, p.end);
    // "8 U.S.C. § 1189": the section sign and number belong to the citation
    if (head.lower === 'u.s.c.' && toks[p.end]?.text.startsWith('§')) {
      let k = p.end;
      while (k < toks.length && (toks[k]!.text.startsWith('§') || toks[k]!.pos === 'NUM') && k - p.end < 3) k++;
      postEnd = k;
    }
    const hasPost = postEnd > p.end;
    // a name needs words before its head ("Posse Comitatus Act"); "the Act" alone refers back
    const named = numbered || (!designation && p.proper && /^[A-Z]/.test(head.text) && (mods.length > 0 || head.lower === 'constitution'));
    let kind = (designation ? 'designation' : entry!.kind) as AuthorityKind;
    // a described instrument takes its kind from a modifier ("executive order"); a name from its head
    for (const m of mods) kind = (named ? NAMED_KIND_BY[m.lower] : KIND_BY[m.lower]) ?? kind;
    if (toks[p.end]?.lower === 'of' && toks[p.end + 1]?.lower === 'war') kind = 'international-law';
    // "Article 51 of the U.N. Charter": the instrument the numbered part belongs to gives the kind
    if (numbered && toks[p.end]?.lower === 'of') {
      const of = layer.phrases.find((q) => q.start === p.end + 1 && headOf(toks[q.head]!));
      if (of) {
        postEnd = of.end;
        kind = headOf(toks[of.head]!)!.kind as AuthorityKind;
      }
    }
    const needs = designation ? undefined : entry!.needs;
    const bare = mods.length === 0 && !hasPost && !named;
    if (needs === 'modifier' && bare) continue;
    if (needs === 'legal' && !legalContext && !named) continue;
    if (needs === 'national' && !mods.some((m) => m.lower === 'national')) continue;
    if (needs === 'kindModifier' && !mods.some((m) => KIND_BY[m.lower])) continue;
    const anaphoric = bare && (!p.determiner || ANAPHORIC.has(p.determiner) || possessor);
    if (needs === 'legislative' && !legislative && !anaphoric) continue;
    const core = tokensText(sentence, toks, coreStart, p.end);
    const spanStart = toks[coreStart]!.start;
    const spanEnd = toks[(hasPost ? postEnd : p.end) - 1]!.end;
    const text = sentence.paragraphText.slice(spanStart, spanEnd);
    let name: string;
    if (designation) name = `${upperFirst(tokensText(sentence, toks, coreStart, p.head).toLowerCase())} ${head.lemma} designation`.replace(/\s+/g, ' ').trim();
    else if (numbered || head.lower === 'u.s.c.') name = sentence.paragraphText.slice(toks[coreStart]!.start, spanEnd);
    else if (named) name = tokensText(sentence, toks, coreStart, p.end).replace(/^the\s+/i, '');
    else name = upperFirst(text);
    // "X produced an opinion": a bare instrument is named after the body that made it
    if (bare && !anaphoric) {
      const verb = layer.verbs.find((v) => v.end === p.start);
      const subject = verb && layer.phrases.find((q) => q.end === verb.start && q.proper);
      if (subject) name = `${tokensText(sentence, toks, subject.determiner ? subject.start + 1 : subject.start, subject.end)} ${core.toLowerCase()}`;
    }
    // "Barr … wrote a disputed memo": an opinion is known by its author ("Barr memo")
    const clause = clauseOfToken(layer, p.start);
    if (kind === 'legal-opinion' && !named && !anaphoric && (mods.length > 0 || hasPost)) {
      const author = layer.phrases.find((q) => q.proper && q.end <= p.start && clauseOfToken(layer, q.start).kind === clause.kind && toks.slice(q.start, q.end).filter((t) => t.pos === 'PROPN').length >= 2);
      const verb = layer.verbs.find((v) => v.end === p.start);
      if (author && verb) name = `${toks[author.end - 1]!.text} ${head.lower}`;
    }
    // "whether the office has produced an opinion": a hypothetical instrument, kept apart
    const hypothetical = clause.kind === 'subordinate' && toks.slice(clause.start, p.start).some((t) => t.lower === 'whether' || t.lower === 'if');
    if (head.lower === 'order' && !named && lemmas.has('sign')) kind = 'executive-order';
    const year = yearIn(toks, p.start, p.end);
    if (numbered) covered = postEnd;
    out.push({
      ...spanOf(sentence, spanStart, spanEnd),
      name,
      kind,
      year,
      core,
      definite: (!!p.determiner && ANAPHORIC.has(p.determiner)) || !!possessor,
      indefinite: p.determiner === 'a' || p.determiner === 'an',
      head: designation ? 'designation' : head.lemma,
      mods: mods.map((m) => m.lower),
      ...(hypothetical ? { hypothetical } : {}),
      ...(anaphoric && !designation ? { anaphora: { head: head.lemma, legislativeOnly: needs === 'legislative' && !legislative } } : {}),
    });
  }
  out.push(...verbInstruments(sentence, layer));
  return out.sort((a, b) => a.start - b.start);
}

const VERB_INSTRUMENTS = lexicon.verbInstruments as Record<string, AuthorityKind>;

/**
 * An instrument made by a verb: "Congress authorized the use of military force against X" is an
 * authorization, named by its object. A participle inside a phrase ("a congressionally authorized
 * conflict") and a denial ("has not been authorized") make none.
 */
function verbInstruments(sentence: Sentence, layer: Layer): AuthorityCandidate[] {
  const toks = layer.tokens;
  const out: AuthorityCandidate[] = [];
  for (const v of layer.verbs) {
    const kind = VERB_INSTRUMENTS[v.lemma];
    if (!kind || v.negated || v.passive || toks[v.main]!.quoted) continue;
    let k = v.start - 1;
    while (k >= 0 && toks[k]!.pos === 'ADV') k--;
    if (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADP')) continue;
    const object = layer.phrases.find((p) => p.start === v.end);
    if (!object) continue;
    const end = postModifierEnd(layer, object.end);
    const last = toks[Math.max(end, object.end) - 1]!;
    const objectText = sentence.paragraphText.slice(toks[object.start]!.start, last.end);
    const start = toks[v.main]!.start;
    out.push({
      ...spanOf(sentence, start, last.end),
      name: `${upperFirst(kind)} for ${objectText}`,
      kind,
      year: null,
      core: objectText.replace(/^(the|a|an)\s+/i, ''),
      definite: false,
      indefinite: false,
      head: kind,
      mods: [],
    });
  }
  return out;
}
