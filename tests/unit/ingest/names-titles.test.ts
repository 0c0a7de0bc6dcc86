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

  test('a possessor before a body is not part of its name ("Cruz’s Justice Department")', () => {
    expect(named('Ana Cruz’s Justice Department opened an inquiry on Monday.')).toContain('Department of Justice');
  });

  test('a party-and-state tag is a role, never part of the name: "(R-KY)", ", D-Calif.,"', () => {
    const list = actors('Sen. Omar Lind (R-KY) said on Tuesday that the strikes were illegal. Rep. Jane Roe, D-Calif., objected.');
    expect(list.find((a) => a.name === 'Omar Lind')?.roles.map((r) => r.role)).toContain('Republican senator from Kentucky');
    expect(list.find((a) => a.name === 'Jane Roe')?.roles.map((r) => r.role)).toContain('Democratic representative from California');
    expect(list.map((a) => a.name).filter((n) => /[()]|-KY|Calif/u.test(n))).toEqual([]);
  });
});

describe('a group has one name, however the article spells it', () => {
  test('another spelling of a known group names the same record ("al-Qaeda")', () => {
    const list = actors('The raids targeted al-Qaeda on Monday.');
    expect(list.map((a) => a.name).sort()).toEqual(['al-Qaida']);
    expect(list.find((a) => a.name === 'al-Qaida')?.aliases).toContain('al-Qaeda');
  });
});

describe('a name that opens with a service word keeps it', () => {
  test('"Marine Dubois Laurent" is a name, not a title ("Marine" is a service only before a rank)', () => {
    expect(named('Marine Dubois Laurent criticized the raid on Monday.')).not.toContain('Dubois Laurent');
  });
});
