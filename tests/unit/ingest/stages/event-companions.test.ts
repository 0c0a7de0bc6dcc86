// Invented articles.
import { describe, expect, test } from 'vitest';
import { actorsOf } from '../helpers.ts';

describe('who joins someone taking part in an act takes part', () => {
  const briefing = (joined: string) =>
    [
      'Adm. Carl Hunt briefed the Senate on Friday about the raid, officials said.',
      'Senators asked about the orders he was given.',
      joined,
    ].join('\n\n');

  test('one who joins someone taking part, in a later sentence ("was joined at … by"), takes part', () => {
    const text = briefing('Hunt was joined at the hearing by Gen. Dora Imre, chief of the joint staff, for talks on Peru.');
    expect(actorsOf(text, 'Adm. Carl Hunt')).toContain('Dora Imre');
  });

  test('one who joins someone taking part with an active verb takes part', () => {
    const text = briefing('Gen. Dora Imre joined Hunt at the hearing for talks on Peru.');
    expect(actorsOf(text, 'Adm. Carl Hunt')).toContain('Dora Imre');
  });

  test('nobody else the joining sentence names takes part', () => {
    const text = briefing('Hunt was joined at the hearing by Gen. Dora Imre for talks on Peru.');
    expect(actorsOf(text, 'Adm. Carl Hunt')).not.toContain('Peru');
  });

  test('one who joins someone taking no part in the act adds nothing', () => {
    const text = briefing('Sen. Ben Ode was joined at the hearing by Gen. Dora Imre.');
    expect(actorsOf(text, 'Adm. Carl Hunt')).not.toContain('Dora Imre');
  });
});
