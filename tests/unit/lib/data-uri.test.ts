import { describe, expect, test } from 'vitest';
import { svgToDataUri } from '../../../src/lib/data-uri.ts';

describe('svgToDataUri', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#123abc"/></svg>\n';

  test('makes a data: URL that decodes to the same SVG, trimmed', () => {
    const uri = svgToDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
  });

  test('leaves no character that would end the attribute or start a URL fragment', () => {
    expect(svgToDataUri(svg)).not.toMatch(/["'<>#\s]/);
  });
});
