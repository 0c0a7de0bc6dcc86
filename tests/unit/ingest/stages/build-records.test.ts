import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';
import { onceEach } from '../../../../src/ingest/stages/build-records.ts';

const yearsOf = (text: string) => extract(text, '2025-08-08').authorities.map((a) => [a.kind, a.year]);

describe('build-records', () => {
  test('an order is dated by the dated sentence that makes it (signed, issued, wrote …)', () => {
    expect(yearsOf('On March 3, 2021, Governor Ada Quill signed an executive order on water rationing.')).toEqual([
      ['executive-order', 2021],
    ]);
    expect(yearsOf('On March 3, 2021, Governor Ada Quill discussed an executive order on water rationing.')).toEqual([
      ['executive-order', null],
    ]);
  });

  test('an order reported as just made ("has quietly signed") takes the publication year', () => {
    expect(yearsOf('Governor Ada Quill has quietly signed a directive to close the river crossings.')).toEqual([
      ['directive', 2025],
    ]);
    expect(yearsOf('Governor Ada Quill discussed a directive to close the river crossings.')).toEqual([['directive', null]]);
  });

  test('an other name is listed once, whatever its case, and never the name itself', () => {
    expect(onceEach(['Directive to close the crossings', 'directive', 'directive to close the crossings'], 'Directive')).toEqual([
      'Directive to close the crossings',
    ]);
  });
});

describe('a state’s other names', () => {
  test('a nationality adjective names the state in a phrase ("Ostrian troops") but is no other name of it', () => {
    const r = extract('In May, the navy trained with Colombian troops off the coast.');
    const colombia = r.actors.find((a) => a.id === 'colombia')!;
    expect(colombia).toBeDefined();
    expect(colombia.aliases).not.toContain('Colombian');
  });
});
