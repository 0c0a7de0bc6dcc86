import { describe, expect, test } from 'vitest';
import { ourKind, readDates, tagValue } from '../../../../src/ingest/stages/date-reader.ts';

const ref = new Date('2025-08-08T12:00:00Z');
const read = (text: string) => readDates(text, ref).map((r) => ({ text: r.text, kind: ourKind(r), offset: tagValue(r, 'offset'), within: tagValue(r, 'within') }));

// Invented sentences, read by chrono with our parsers and refiners added to a clone of its casual English.
describe('the date reader: chrono configured with our parsers and refiners', () => {
  test('counted dates carry their days and assign nothing: the day is only implied until it is counted from the previous date', () => {
    expect(read('Three weeks earlier, the board met.')).toEqual([{ text: 'Three weeks earlier', kind: 'counted', offset: '-21', within: undefined }]);
    expect(read('The governor resigned the following day.')[0]).toMatchObject({ text: 'the following day', kind: 'counted', offset: '1' });
    const [r] = readDates('Two days later, the board met.', ref);
    expect(r!.start.isCertain('day')).toBe(false);
    expect(r!.start.isCertain('year')).toBe(false);
  });

  test('a decade assigns its first year and tags the part of it the words name', () => {
    const [r] = readDates('In the late 1970s, the port grew.', ref);
    expect(ourKind(r!)).toBe('decade');
    expect(r!.start.isCertain('year')).toBe(true);
    expect(r!.start.get('year')).toBe(1970);
    expect(tagValue(r!, 'within')).toBe('late');
  });

  test('a phrase of context wins over chrono’s partial reading of it, and the part of a period joins the expression', () => {
    expect(read('Later in the day, the mayor spoke.')).toEqual([{ text: 'Later in the day', kind: 'context', offset: undefined, within: undefined }]);
    expect(read('Late last month, the board met.')[0]).toMatchObject({ text: 'Late last month', kind: null, within: 'late' });
  });

  test('one parser reads both families of counted dates, in any case', () => {
    expect(read('The Previous Week the board met.')[0]).toMatchObject({ kind: 'counted', offset: '-7' });
    expect(read('Two months afterward, the board met.')[0]).toMatchObject({ kind: 'counted', offset: '60' });
    expect(read('The following days were calm.').filter((r) => r.kind === 'counted')).toEqual([]);
  });

  test('a qualifier joined by a hyphen or a space, as a whole word, names the part of the period', () => {
    expect(read('By mid-March the board met.')[0]).toMatchObject({ text: 'mid-March', within: 'mid' });
    expect(read('In early June the board met.')[0]).toMatchObject({ text: 'early June', within: 'early' });
    expect(read('The pipelate March report came.')[0]?.within).toBeUndefined();
  });
});

