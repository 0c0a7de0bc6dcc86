import { expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { distPages, readPage } from './dist-files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta … /> and long inline styles; neither is an error.
    'void-style': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
  },
});

test('html-validate finds no errors on any page of dist', async () => {
  const errors: string[] = [];
  for (const { path, file } of distPages()) {
    const report = await validator.validateString(readPage(file), file);
    for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});
