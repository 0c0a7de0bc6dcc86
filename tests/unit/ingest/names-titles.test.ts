import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

const actors = (text: string) => extract(text).actors;
const named = (text: string) => actors(text).map((a) => a.name);

describe('a name carries no title, possessive or tag; they become roles', () => {
  test('a word left over from a title is not part of the name ("Defense Lena Ortiz")', () => {
    expect(named('Defense Lena Ortiz defended the raid on Monday.')).toContain('Lena Ortiz');
    expect(named('Defense Lena Ortiz defended the raid on Monday.')).not.toContain('Defense Lena Ortiz');
  });

  test('a service before a spelled-out rank stays out of the name ("Air Force Lieutenant General …")', () => {
    expect(named('Air Force Lieutenant General Tomas Reyes briefed reporters on Monday.')).toContain('Tomas Reyes');
  });

  test('a leader’s administration is named by the surname: "Ana Cruz’s administration" is the Cruz administration', () => {
    const a = actors('Ana Cruz’s administration said on Monday that the raids would continue.').find((x) => x.kind === 'organization');
    expect(a?.name).toBe('Cruz administration');
    expect(a?.mentions[0]?.text).toBe('Ana Cruz’s administration');
  });
});
