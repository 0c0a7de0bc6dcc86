import { describe, expect, test } from 'vitest';
import { findAuthorities } from '../../../src/ingest/stages/candidates-authorities.ts';
import { sentencesOf } from './helpers.ts';

const found = (t: string) => findAuthorities(sentencesOf(t)[0]!).map((a) => [a.name, a.kind, a.year]);

describe('authorities', () => {
  test('"an 1878 law called the X Act" gives the statute and its year', () => {
    expect(found('Under an 1878 law called the Posse Comitatus Act, it is illegal.')).toContainEqual(['Posse Comitatus Act', 'statute', 1878]);
  });

  test('described executive orders are named by what they do', () => {
    expect(found('It would involve a long-standing executive order banning assassinations, he said.')).toContainEqual(['Executive order banning assassinations', 'executive-order', null]);
    expect(found('Trump signed an order directing the State Department to start labeling cartels as terrorists.')[0]).toEqual([
      'Order directing the State Department to start labeling cartels as terrorists',
      'executive-order',
      null,
    ]);
  });

  test('designations, opinions, authorizations and constitutional claims', () => {
    expect(found('They were designated as foreign terrorist organizations.')).toContainEqual(['Foreign terrorist organization designation', 'designation', null]);
    expect(found('The Office of Legal Counsel produced an opinion saying so.')).toContainEqual(['Office of Legal Counsel opinion', 'legal-opinion', null]);
    expect(found('Congress legally authorized the use of military force against al-Qaida after the attacks.')).toContainEqual(['Authorization for Use of Military Force against al-Qaida', 'authorization', null]);
    expect(found('It relies on his constitutional authority to act in national self-defense, perhaps.')).toContainEqual(['Constitutional authority to act in national self-defense', 'constitutional', null]);
  });

  test('a hypothetical opinion ("whether ... has produced an opinion") is not an authority', () => {
    expect(found('It is unclear whether the Office of Legal Counsel has produced an authoritative opinion.')).toEqual([]);
  });

  test('U.S.C. sections and numbered executive orders', () => {
    expect(found('The designation rests on 8 U.S.C. § 1189 and Executive Order 13224.')).toEqual([
      ['8 U.S.C. § 1189', 'statute', null],
      ['Executive Order 13224', 'executive-order', null],
    ]);
  });
});
