import { describe, expect, test } from 'vitest';
import { Union } from '../../../../src/ingest/stages/merge-union.ts';

describe('records that are one, as disjoint sets', () => {
  test('a joined set keeps the representative it joins into', () => {
    const u = new Union(['a', 'b', 'c']);
    expect(u.join('b', 'a')).toBe(true);
    expect(u.join('c', 'b')).toBe(true);
    expect(u.root('c')).toBe('a');
    expect(u.membersOf('b').sort()).toEqual(['a', 'b', 'c']);
    expect([...u.groups().keys()]).toEqual(['a']);
  });

  test('a pair kept apart is never joined, directly or through a third record', () => {
    const u = new Union(['a', 'b', 'c'], [['a', 'c']]);
    expect(u.join('a', 'b')).toBe(true);
    expect(u.mayJoin('c', 'b')).toBe(false);
    expect(u.join('c', 'b')).toBe(false);
    expect(u.root('c')).toBe('c');
  });
});
