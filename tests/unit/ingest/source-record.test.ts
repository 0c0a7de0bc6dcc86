import { describe, expect, test } from 'vitest';
import { ingestArticle } from '../../../src/ingest/pipeline.ts';
import { renderContent } from '../../../src/ingest/render/content.ts';
import { mergeArticles } from '../../../src/ingest/stages/merge.ts';
import { overlay, source } from '../../../src/schemas/index.ts';

// The source record is the only contract between the ingest and the site: what the sidecar
// says about the article (its agency, its address) travels in it, or the site cannot know it.
const none = overlay.parse({});
const text = 'A made-up headline\n\nThe harbour board met on Tuesday to discuss the new cranes.\n';
const meta = { id: 'example-radio-2024-03-05-cranes', title: 'A made-up headline', outlet: 'Example Radio', published: '2024-03-05' };

describe('the source record', () => {
  test('carries the agency the sidecar credits, and the content file says it', () => {
    const a = ingestArticle('seeds/001_cranes.txt', text, { ...meta, agency: 'Example Wire' }, none);
    expect(source.parse(a.source).agency).toBe('Example Wire');
    const files = renderContent(mergeArticles([a], none));
    expect(files.get(`sources/${meta.id}.mdx`)).toMatch(/^agency: Example Wire$/m);
  });

  test('has no agency and no address when the sidecar records neither', () => {
    const a = ingestArticle('seeds/001_cranes.txt', text, meta, none);
    expect(a.source).not.toHaveProperty('agency');
    expect(a.source).not.toHaveProperty('url');
  });
});
