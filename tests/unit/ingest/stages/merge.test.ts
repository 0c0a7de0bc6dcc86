import { describe, expect, test } from 'vitest';
import { merged } from '../merge-helpers.ts';
import { overlay } from '../../../../src/schemas/index.ts';

describe('overlay overrides of the merge are checked', () => {
  test('a merge naming a record no article produced is refused in one line naming the entry', () => {
    expect(() => merged({ merge: { actors: [{ into: 'lena-ortiz', from: ['nobody-at-all'] }] } })).toThrow(
      'seeds/overlay.yaml: merge.actors.0.from.0: no actor "nobody-at-all" was extracted from any article (fix the id or remove the entry)',
    );
    expect(() => merged({ merge: { authorities: [{ into: 'no-such-act', from: ['international-law'] }] } })).toThrow(
      'merge.authorities.0.into: no authority "no-such-act"',
    );
  });

  test('a pair kept apart naming an unknown event is refused', () => {
    expect(() => merged({ keepApart: { events: [['no-such-event', 'nor-this-one']] } })).toThrow(
      'keepApart.events.0.0: no event "no-such-event"',
    );
  });

  test('the overlay schema takes merge and keepApart by collection, and nothing else there', () => {
    expect(overlay.parse({}).merge).toEqual({ actors: [], authorities: [], events: [] });
    expect(overlay.safeParse({ merge: { people: [] } }).success).toBe(false);
    expect(overlay.safeParse({ keepApart: { actors: [['a-b']] } }).success).toBe(false);
    expect(overlay.safeParse({ merge: { actors: [{ into: 'a', from: [] }] } }).success).toBe(false);
  });
});
