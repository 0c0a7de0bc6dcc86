import { describe, expect, test } from 'vitest';
import { ourKind, readDates, tagValue } from '../../../src/ingest/stages/date-reader.ts';

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
});
