// The project scores its own gold files with a copy of the development set's scorer, so both give
// the same figures. Where the development set is beside the project, the copy must be identical.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pool, type ArticleScore } from '../../../scripts/score/run.ts';

const SHARED = '../shared/devset';
const FILES = ['match.mjs', 'score-extraction.mjs', 'pooled.mjs'];

describe('the extraction scorer', () => {
  test.skipIf(!existsSync(SHARED))('is byte for byte the development set’s scorer', () => {
    for (const f of FILES) expect(readFileSync(`scripts/score/${f}`, 'utf8'), f).toBe(readFileSync(`${SHARED}/${f}`, 'utf8'));
  });

  test('pools counts over articles before taking F1, as pooled.mjs does', () => {
    const counts = (tp: number, gold: number, spurious: number) => ({ tp, gold, extracted: tp + spurious, spurious: Array<string>(spurious).fill('x'), missed: [], f1: 0 });
    const a = { actors: { ...counts(1, 1, 0), roles: { right: 1, of: 1 } }, authorities: counts(0, 4, 0), events: { ...counts(1, 1, 0), links: { tp: 1, gold: 1, extracted: 1, f1: 1 } } } as ArticleScore;
    const b = { actors: { ...counts(9, 9, 0), roles: { right: 0, of: 3 } }, authorities: counts(4, 4, 0), events: { ...counts(0, 1, 1), links: { tp: 0, gold: 0, extracted: 0, f1: 0 } } } as ArticleScore;
    const p = pool([a, b]);
    expect(p.actors).toBe(1);
    expect(p.authorities).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(p.roles).toBe(0.25);
    expect(p.events).toBeCloseTo(0.5);
  });
});
