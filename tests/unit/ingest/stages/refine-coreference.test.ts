import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

const mentions = (t: string, name: string) =>
  extract(t)
    .actors.find((a) => a.name === name)
    ?.mentions.map((m) => m.text);

describe('references back to a group', () => {
  test('"the cartel" is the last group named with that word', () => {
    expect(mentions('Police raided the Harbor Cartel on Monday. The cartel denied it.', 'Harbor Cartel')).toEqual([
      'Harbor Cartel',
      'The cartel',
    ]);
  });

  test('"the gang" is a group with no group word of another kind (a gang code), not a cartel', () => {
    expect(mentions('Police arrested members of AB-12 on Monday. The gang denied it.', 'AB-12')).toEqual([
      'AB-12',
      'The gang',
    ]);
    expect(mentions('Police raided the Harbor Cartel on Monday. The gang denied it.', 'Harbor Cartel')).toEqual([
      'Harbor Cartel',
    ]);
  });

  test('"the gang" before a name names that other one', () => {
    expect(mentions('Police arrested members of AB-12. The gang Los Toros fled.', 'AB-12')).toEqual(['AB-12']);
  });
});

describe('references back to a body', () => {
  test('"The military" opening a sentence is the body named last whose name ends with that noun', () => {
    const text = 'The U.S. military trained harbor pilots in Ostria. The military also lent them two helicopters.';
    expect(mentions(text, 'U.S. military')).toEqual(['U.S. military', 'The military']);
  });

  test('with no such body named in its paragraph or the one before, "The military" is no one', () => {
    const text = 'The U.S. military trained harbor pilots.\n\nOstria bought boats.\n\nThe port grew.\n\nThe military also lent helicopters.';
    expect(mentions(text, 'U.S. military')).toEqual(['U.S. military']);
  });

  test('a known body written before its officials is a mention of it: the officials act for it', () => {
    const text = 'U.S. military officials have drafted plans for a blockade of the port.';
    expect(mentions(text, 'U.S. military')).toEqual(['U.S. military']);
  });
});

describe('references back to an administration', () => {
  test('"the administration" is the administration the article names', () => {
    const text = 'The Cruz administration signed the order. The administration defended it on Monday.';
    expect(mentions(text, 'Cruz administration')).toEqual(['Cruz administration', 'The administration']);
  });

  test('"the administration of <person>" runs to the name', () => {
    const text = 'Ana Ruiz spoke. Officials in the administration of Bordurian President Ana Ruiz agreed.';
    expect(mentions(text, 'Ruiz administration')).toEqual(['the administration of Bordurian President Ana Ruiz']);
  });
});
