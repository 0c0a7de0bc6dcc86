import { describe, expect, test } from 'vitest';
import { escapeRe } from '../../../../src/ingest/stages/types.ts';

describe('types', () => {
  test('escapeRe makes every regex character literal', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRe(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRe('U.S.')).test('UxSx')).toBe(false);
  });
});
