// Invented articles.
import { describe, expect, test } from 'vitest';
import { actorsOf } from '../helpers.ts';

describe('an act addressed to the members of a legislature involves it', () => {
  test('an act addressed to lawmakers involves the legislature the sentence names', () => {
    const text = 'Adm. Ana Roe told lawmakers on Thursday that the raid was lawful, as Congress weighs new limits on the strikes.';
    expect(actorsOf(text, 'Adm. Ana Roe')).toContain('Congress');
  });

  test('members after "to" are the addressee too, of the legislature their noun names', () => {
    const text = 'Gen. Ben Ode wrote to senators on Monday about the raids, while the Senate debated a war powers bill.';
    expect(actorsOf(text, 'Gen. Ben Ode')).toContain('Senate');
  });

  test('a legislature named only in another sentence is not the addressee', () => {
    const text = 'Adm. Ana Roe told lawmakers on Thursday that the raid was lawful.\n\nCongress is weighing new limits on the strikes.';
    expect(actorsOf(text, 'Adm. Ana Roe')).not.toContain('Congress');
  });

  test('lawmakers who act are no addressee', () => {
    const text = 'Lawmakers on Thursday questioned Adm. Ana Roe about the raid, as Congress weighs new limits on the strikes.';
    expect(actorsOf(text, 'Lawmakers')).not.toContain('Congress');
  });

  test('members a proper name places belong to another legislature', () => {
    const text = 'Adm. Ana Roe told Peruvian lawmakers on Thursday that the raid was lawful, as Congress weighs new limits on the strikes.';
    expect(actorsOf(text, 'Adm. Ana Roe')).not.toContain('Congress');
  });
});
