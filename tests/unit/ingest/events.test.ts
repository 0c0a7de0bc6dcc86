import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

describe('events', () => {
  test('a dated act is an event with its date, actors and exact sentence', () => {
    const r = extract('In February, Defense Secretary Pete Hegseth fired the top lawyers for the military services.');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.date).toEqual({ value: '2025-02', precision: 'month', approximate: false, expression: 'In February', anchor: { kind: 'published' } });
    expect(e.actors).toContain('pete-hegseth');
    expect(e.quote).toBe('In February, Defense Secretary Pete Hegseth fired the top lawyers for the military services.');
  });

  test('an undated act gets a null date, never an invented one', () => {
    const e = extract('The Office of Legal Counsel produced an opinion saying it was legal.').events[0]!;
    expect(e.date).toBeNull();
    expect(e.authorities).toContain('office-of-legal-counsel-opinion');
  });

  test('hedged, negated and quoted verbs are not events', () => {
    expect(extract('It is unclear whether the Office of Legal Counsel has produced an opinion.').events).toEqual([]);
    expect(extract('The CIA has not been authorized to use the drones.').events).toEqual([]);
    expect(extract('Unilateral military assaults by the U.S. military would be a marked escalation.').events).toEqual([]);
  });

  test('a bare "X said" is a statement, not an event; a dated one is both', () => {
    expect(extract('“We will act,” Marco Rubio said.').events).toEqual([]);
    expect(extract('“We will act,” Marco Rubio said on Thursday.').events).toHaveLength(1);
  });

  test('"two days later" counts from the previous dated event', () => {
    const r = extract('Two weeks ago, the Treasury Department imposed sanctions on the Sinaloa Cartel.\n\nTwo days later, Marco Rubio issued a statement accusing the cartel.');
    expect(r.events.map((e) => e.date?.value)).toEqual(['2025-07-25', '2025-07-27']);
    expect(r.events[1]!.date!.approximate).toBe(true);
  });

  test('a happening dated in a noun phrase is an event of its own', () => {
    const r = extract('Congress legally authorized the use of military force against al-Qaida after the terrorist attacks of Sept. 11, 2001, but that was long ago.');
    expect(r.events.map((e) => [e.date?.value, e.date?.precision, e.date?.approximate])).toEqual([
      ['2001-09-11', 'day', false],
      ['2001', 'year', true],
    ]);
  });
});
