import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

const seed = readFileSync('seeds/000_bc7522480e5342aa.txt', 'utf8');
const invented = readFileSync('tests/fixtures/ingest/invented-article.txt', 'utf8');

describe('records', () => {
  test('the same input gives the same output', () => {
    expect(JSON.stringify(extract(seed))).toBe(JSON.stringify(extract(seed)));
  });

  test('records are sorted by id and every mention quote is in its paragraph', () => {
    const r = extract(seed);
    const ids = r.actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    const text = new Map<string, string>();
    const paras = seed.split('\n');
    for (const a of r.actors) for (const m of a.mentions) {
      expect(m.quote).toContain(m.text);
      expect(paras.some((p) => p.includes(m.quote))).toBe(true);
    }
    void text;
  });

  test('an article the rules were not written for still yields its people, bodies, quotes and dates', () => {
    const r = extract(invented, '2025-10-10');
    const ids = r.actors.map((a) => a.id);
    for (const id of ['pete-hegseth', 'jane-doe', 'maria-lopez', 'gulf-clan', 'department-of-the-treasury', 'us-military', 'senate'])
      expect(ids).toContain(id);
    // "the Gulf Clan, a Colombian cartel": the adjective only places the group, so Colombia is no actor.
    expect(ids).not.toContain('colombia');
    expect(r.actors.find((a) => a.id === 'jane-doe')!.roles.map((x) => x.role)).toContain('senator');
    expect(r.statements.filter((s) => s.actor === 'jane-doe')).toHaveLength(2);
    expect(r.events.find((e) => e.date?.expression === 'In March')?.date?.value).toBe('2025-03');
    expect(r.events.find((e) => e.date?.expression === 'Three days later')?.date).toMatchObject({ value: '2025-03', approximate: true });
    expect(r.authorities.map((a) => a.id)).toContain('international-law');
  });
});

describe('the year an instrument was made', () => {
  test('a memo written in a sentence dated only roughly ("Ahead of the operation") is given no year', () => {
    const text =
      'In 1989, President Ana Roe sent 5,000 troops into Borduria to arrest its leader, Ivo Brak.\n\n' +
      'Ahead of the operation, Ivo Lind, who then led the Office of Legal Counsel, wrote a disputed memo saying it was within Roe’s authority to direct arrests of fugitives overseas.';
    const r = extract(text);
    expect(r.events.find((e) => e.summary.startsWith('Ahead of the operation'))?.date).toMatchObject({ value: '1989', approximate: true });
    expect(r.authorities.find((a) => a.kind === 'legal-opinion')).toMatchObject({ year: null });
    // dated exactly, the same act gives its year
    const exact = extract('In 1989, Ivo Lind, who then led the Office of Legal Counsel, wrote a disputed memo saying arrests overseas were lawful.');
    expect(exact.authorities.find((a) => a.kind === 'legal-opinion')).toMatchObject({ year: 1989 });
  });
});
