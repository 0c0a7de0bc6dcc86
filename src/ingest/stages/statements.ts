import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import { escapeRe, type ActorCandidate, type QuoteCandidate, type ResolvedActor, type RoleCandidate, type Sentence } from './types.ts';

// "called him “…”" attributes a quotation too (but "called for" is an act).
const SPEECH = new RegExp(String.raw`\b(?:${verbs.speech.map(escapeRe).join('|')}|called(?=\s+(?:him|her|them|it|(?:the|this|that|its|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[“"])))\b`, 'giu');
// "the minister said": the last person named with that word in a title or role.
const ROLE_SUBJECT = /\bthe\s+([a-z]+)\s*$/u;
const QUOTE = /“([^”]+)”|"([^"]+)"/gu;
const PRONOUN = /\b(he|she|it|they)\s*$/iu;

/** A person named just before the verb ("Petro called the measure …") speaks; else the subject does. */
const near0 = (before: Located[], at: number) => before.some((l) => l.actor.kind === 'person' && at - l.m.end < 3);

interface Located {
  actor: ResolvedActor;
  m: ActorCandidate;
}

/** A quotation long enough to be words someone said: scare quotes ("murder") are not. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'with', 'and', 'on', 'in', 'for', 'to', 'at', 'by']);
/** A quotation in title case ("Morning Desk with Clara Voss") names a show or a book. */
const isTitle = (q: string) => q.replace(/[.,!?]+$/u, '').trim().split(/\s+/).every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\d]/u.test(w));
const isStatement = (q: string) => q.trim().split(/\s+/).length >= 3 && !isTitle(q);

/**
 * Stage: each direct quotation, attributed to its speaker. The speaker is the person (else the
 * organization) named next to the speech verb nearest the quotation ("… ,” Rubio said.",
 * "Bondi said he “…”"); "he said" / "it said" take the last person named / the sentence's
 * subject; a quotation standing alone continues the previous speaker of the paragraph.
 */
export function findStatements(sentences: Sentence[], actors: ResolvedActor[], roles: RoleCandidate[] = []): QuoteCandidate[] {
  const rolesOf = new Map<string, string[]>();
  for (const r of roles) rolesOf.set(r.actor, [...(rolesOf.get(r.actor) ?? []), r.role.toLowerCase()]);
  const seenPeople: ResolvedActor[] = [];
  const all: Located[] = actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m })));
  all.sort((a, b) => a.m.sentence.index - b.m.sentence.index || a.m.start - b.m.start);
  const bySentence = new Map<number, Located[]>();
  for (const l of all) bySentence.set(l.m.sentence.index, [...(bySentence.get(l.m.sentence.index) ?? []), l]);
  const out: QuoteCandidate[] = [];
  let lastPerson: ResolvedActor | null = null;
  let lastSpeaker: { actor: ResolvedActor; paragraph: string } | null = null;
  for (const s of sentences) {
    const here = bySentence.get(s.index) ?? [];
    const quotes = [...s.text.matchAll(QUOTE)].filter((q) => isStatement(q[1] ?? q[2]!));
    const outside = (l: Located) => !quotes.some((q) => l.m.start - s.start >= q.index && l.m.end - s.start <= q.index + q[0].length);
    let speaker: ResolvedActor | null = null;
    if (quotes.length) {
      const speech = [...s.text.matchAll(SPEECH)].filter((v) => !quotes.some((q) => v.index >= q.index && v.index < q.index + q[0].length));
      if (speech.length) {
        // The speech verb closest to the first quotation.
        const q0 = quotes[0]!.index;
        const v = speech.sort((a, b) => Math.abs(a.index - q0) - Math.abs(b.index - q0))[0]!;
        const vAt = s.start + v.index;
        const pron = s.text.slice(0, v.index).match(PRONOUN);
        const candidates = here.filter(outside);
        const beforeVerb = candidates.filter((l) => l.m.end <= vAt).sort((a, b) => b.m.end - a.m.end);
        const afterVerb = candidates.filter((l) => l.m.start >= vAt).sort((a, b) => a.m.start - b.m.start);
        const byRole = s.text.slice(0, v.index).match(ROLE_SUBJECT);
        const roleHolder = byRole
          ? [...seenPeople].reverse().find((p) => [...p.titles.map((t) => t.toLowerCase()), ...(rolesOf.get(p.id) ?? [])].some((t) => new RegExp(String.raw`\b${byRole[1]}\b`, 'u').test(t)))
          : undefined;
        if (roleHolder && !beforeVerb.some((l) => vAt - l.m.end < 40)) speaker = roleHolder;
        else if (pron && /he|she/i.test(pron[1]!) && !beforeVerb.some((l) => l.actor.kind === 'person' && vAt - l.m.end < 60)) speaker = lastPerson;
        else if (pron && /it|they/i.test(pron[1]!)) speaker = candidates.find((l) => l.actor.kind === 'organization')?.actor ?? null;
        else if (/^(?:saying|statement|asserting|condemned|announced|called)$/iu.test(v[0]) && !near0(beforeVerb, vAt)) {
          // A participle or noun ("…, saying", "issued a statement"): the speaker is the subject.
          speaker = candidates.find((l) => l.actor.kind !== 'state')?.actor ?? null;
        } else {
          const near = [...beforeVerb.filter((l) => vAt - l.m.end < 120), ...afterVerb.filter((l) => l.m.start - vAt < 40)];
          speaker = near.find((l) => l.actor.kind === 'person')?.actor ?? near.find((l) => l.actor.kind === 'organization')?.actor ?? near.find((l) => l.actor.kind !== 'state')?.actor ?? null;
        }
      } else if (lastSpeaker && lastSpeaker.paragraph === s.paragraph && quotes[0]!.index < 3) speaker = lastSpeaker.actor;
      if (speaker) {
        for (const q of quotes) out.push({ actor: speaker.id, quote: q[1] ?? q[2]!, sentence: s });
        lastSpeaker = { actor: speaker, paragraph: s.paragraph };
      }
    }
    for (const l of here) if (l.actor.kind === 'person') {
      lastPerson = l.actor;
      seenPeople.push(l.actor);
    }
    if (speaker?.kind === 'person') lastPerson = speaker;
  }
  return out;
}
