import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../helpers.ts';
import { agentSpans } from '../../../../src/ingest/stages/event-agents.ts';
import { layerOf } from '../../../../src/ingest/stages/linguistics.ts';

// Invented sentences: the words of the subject spans of the act whose verb is `verb`.
function agents(text: string, verb: string): string[] {
  const s = sentencesOf(text)[0]!;
  const toks = layerOf(s).tokens;
  const act = toks.findIndex((t) => t.lower === verb);
  return agentSpans(s, act).map((p) => toks.slice(p.start, p.end).map((t) => t.text).join(' '));
}

describe('who acts: the subject of the act', () => {
  test('the noun phrase before the verb group, past an adverb', () => {
    expect(agents('The harbor council eventually fined the firm.', 'fined')).toEqual(['The harbor council']);
  });

  test('past a short phrase of time after the subject, not inside a name with "of"', () => {
    expect(agents('The harbor council in 1994 halted the aid.', 'halted')).toEqual(['The harbor council']);
    expect(agents('The Office of Harbor Audits produced an opinion.', 'produced')).toEqual(['The Office of Harbor Audits']);
  });

  test('past an apposition between commas', () => {
    expect(agents('Ana Ruiz, the port commander, seized the boats.', 'seized')).toEqual(['Ana Ruiz']);
  });

  test('subjects joined by "and" each act', () => {
    expect(agents('The navy and the coast guard seized the boats.', 'seized')).toEqual(['the coast guard', 'The navy']);
  });

  test('a passive: the "by" phrase acts; without one, nobody the text names', () => {
    expect(agents('The boats were seized by the coast guard.', 'seized')).toEqual(['the coast guard']);
    expect(agents('The boats were seized on Monday.', 'seized')).toEqual([]);
  });

  test('"the" and an adjective the tagger reads as no noun ("The military") is the subject', () => {
    expect(agents('The military also lent helicopters to the harbor police.', 'lent')).toEqual(['The military']);
  });

  test('a relative clause’s act: what the relative pronoun stands for', () => {
    expect(agents('The court fined the navy, which seized the boats.', 'seized')).toEqual(['the navy']);
  });
});
