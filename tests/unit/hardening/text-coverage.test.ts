// Nothing lost on the way to the page: every paragraph of every source appears, in full and in
// order, as the text of its element on the built source page. Reads dist/ (npm test builds it).
import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.ts';
import { paragraphProblems } from './coverage.ts';

const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');

test('every paragraph of every source is shown in full on its page', () => {
  expect(existsSync(join(DIST, 'index.html')), `${DIST}/ is not built: run \`npm run build\` (npm test does it for you)`).toBe(true);
  const { problems, checked } = paragraphProblems(process.env.CONTENT_DIR ?? join(ROOT, 'content'), DIST);
  expect(checked).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
