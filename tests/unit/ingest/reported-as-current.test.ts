import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

// Invented sentences: undated acts the article tells as current are "reported on" its publication
// day, as its lead is. The first paragraph is a dated lead, so no act below is the article's lead.
const LEAD = 'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\n';
const eventOf = (text: string, start: string) => extract(LEAD + text, '2025-08-08').events.find((e) => e.quote.startsWith(start));

describe('a reply to the press in writing', () => {
  const reply =
    'Asked about the Treasury Department’s sanctions, Dana Roe, a White House spokesperson, said in an email that “the sanctions speak for themselves.”';

  test('is an event reported on the publication day, its speaker a party, the question’s names not', () => {
    const e = eventOf(reply, 'Asked about')!;
    expect(e).toBeDefined();
    expect(e.date).toBeNull();
    expect(e.reported).toBe('2025-08-08');
    expect(e.actors).toContain('dana-roe');
    expect(e.agents).toEqual(['dana-roe']);
    expect(e.actors).not.toContain('department-of-the-treasury');
  });

  test('so is a quotation its speaker gave by email', () => {
    const e = eventOf('“The sanctions speak for themselves,” Dana Roe, a White House spokesperson, said by email.', '“The sanctions');
    expect(e?.reported).toBe('2025-08-08');
  });

  test('not an email sent to someone else, nor a bare "said"', () => {
    expect(eventOf('Dana Roe, a White House spokesperson, said in an email to staff that the sanctions would hold.', 'Dana Roe')).toBeUndefined();
    expect(eventOf('Dana Roe, a White House spokesperson, said that the sanctions would hold.', 'Dana Roe')).toBeUndefined();
  });

  test('is not dated by the act the sentence before dates', () => {
    const r = extract(
      `${LEAD}On Tuesday, the Coast Guard seized a trawler off Peru. Dana Roe, a Coast Guard spokesperson, said in an email that “the crew is safe.”`,
      '2025-08-08',
    );
    const e = r.events.find((x) => x.quote.startsWith('Dana Roe'))!;
    expect(e.date).toBeNull();
    expect(e.reported).toBe('2025-08-08');
  });
});

describe('a practice an opening tells as current', () => {
  test('"For now, …" in the present is an event reported on the publication day, with its parties', () => {
    const e = eventOf('For now, Coast Guard officers in Peru pass information gathered by the patrols to Colombian officials.', 'For now')!;
    expect(e).toBeDefined();
    expect(e.date).toBeNull();
    expect(e.reported).toBe('2025-08-08');
    expect([...e.actors].sort()).toEqual(['colombia', 'peru', 'us-coast-guard']);
  });

  test('takes no date from its paragraph', () => {
    const r = extract(`${LEAD}In May, the Coast Guard halted patrols near Peru. For now, Coast Guard officers in Peru pass information to Colombian officials.`, '2025-08-08');
    const e = r.events.find((x) => x.quote.startsWith('For now'))!;
    expect(e.date).toBeNull();
    expect(e.reported).toBe('2025-08-08');
  });

  test('not when negated, modal, a copula, or without the opening', () => {
    expect(eventOf('For now, the Coast Guard does not share the footage with Peru.', 'For now')).toBeUndefined();
    expect(eventOf('For now, the Coast Guard could share the footage with Peru.', 'For now')).toBeUndefined();
    expect(eventOf('Currently, the Coast Guard is the lead agency in Peru.', 'Currently')).toBeUndefined();
    expect(eventOf('Coast Guard officers in Peru pass information to Colombian officials.', 'Coast Guard')).toBeUndefined();
  });
});

describe('an act that reaches a described collective', () => {
  test('a present perfect act with the collective as its party is reported on the publication day', () => {
    const e = eventOf(
      'The push to list gangs as terrorist groups has extended to a coalition of Bordurian gangs that have seized the ports.',
      'The push',
    )!;
    expect(e).toBeDefined();
    expect(e.date).toBeNull();
    expect(e.reported).toBe('2025-08-08');
    expect(e.actors).toEqual(['coalition-of-bordurian-gangs']);
  });
});
