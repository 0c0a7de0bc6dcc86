import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';
import { onceEach } from '../../../../src/ingest/stages/build-records.ts';
import { ingestArticle } from '../../../../src/ingest/pipeline.ts';
import { overlay } from '../../../../src/schemas/index.ts';
import { yearBasis } from '../../../../src/lib/at-a-glance.ts';

const meta = { id: 'example-2025-08-08-x', title: 'A made-up headline', outlet: 'Example Radio', published: '2025-08-08' };
const recordsOf = (body: string) =>
  ingestArticle('seeds/001_x.txt', `A made-up headline\n\n${body}\n`, meta, overlay.parse({})).authorities;

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

  test('a year read from the act, not written with the name, keeps the words it was read from, and the page says so', () => {
    const [dated] = recordsOf('On March 3, 2021, Governor Ada Quill signed an executive order on water rationing.');
    expect(dated!.yearFrom).toEqual({ basis: 'dated-act', words: 'On March 3, 2021' });
    expect(yearBasis(dated!.yearFrom!)).toBe('the year of the act that made it, dated from “On March 3, 2021”');
    const [justDone] = recordsOf('Governor Ada Quill has quietly signed a directive to close the river crossings.');
    expect(justDone!.yearFrom).toEqual({ basis: 'just-done', words: 'has quietly signed' });
    expect(yearBasis(justDone!.yearFrom!)).toBe('the year of the report, which tells it as just done (“has quietly signed”)');
    const [written] = recordsOf('Governor Ada Quill cited the 2019 water rationing order.');
    expect(written?.yearFrom).toBeUndefined();
    const [listing] = recordsOf('In March, the Foreign Ministry designated the Red Hand Cartel as a foreign terrorist organization.');
    expect([listing!.year, listing!.yearFrom]).toEqual([2025, { basis: 'dated-act', words: 'In March' }]);
  });

  test('a happening told beside the act ("after the attacks of May 3, 2003") does not date the act that made it', () => {
    const [after] = recordsOf('After the terrorist attacks of May 3, 2003, the assembly authorized the use of force against the Red Hand Cartel.');
    expect(after!.kind).toBe('authorization');
    expect([after!.year, after!.yearFrom]).toEqual([null, undefined]);
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
