// Compares the paragraphs of every source in a content folder with its built page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { source as sourceSchema, type Source } from '../../../src/schemas/source.ts';

/** The source records of a content folder, read from their MDX frontmatter. */
export function contentSources(contentDir: string): Source[] {
  const dir = join(contentDir, 'sources');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => {
      const text = readFileSync(join(dir, n), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!front) throw new Error(`${n}: no frontmatter`);
      return sourceSchema.parse(parseYaml(front[1]!, { version: '1.1' }));
    });
}

/**
 * Problems with the paragraphs on each source page of a built site: a page missing, a
 * paragraph missing, out of order, or whose text (entities decoded, the ¶ self-link left out)
 * is not exactly the paragraph's text. An empty list means every paragraph is there in full.
 */
export function paragraphProblems(contentDir: string, distDir: string): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const s of contentSources(contentDir)) {
    const file = join(distDir, 'sources', s.id, 'index.html');
    if (!existsSync(file)) {
      problems.push(`${file}: no such page`);
      continue;
    }
    const root = parseHtml(readFileSync(file, 'utf8'));
    const onPage = root.querySelectorAll('.para[id]').map((e) => e.id);
    if (JSON.stringify(onPage) !== JSON.stringify(s.paragraphs.map((p) => p.id)))
      problems.push(`${s.id}: paragraph ids on the page differ from the source's (${onPage.length} vs ${s.paragraphs.length})`);
    for (const p of s.paragraphs) {
      checked++;
      const el = root.getElementById(p.id);
      if (!el) {
        problems.push(`${s.id}#${p.id}: not on the page`);
        continue;
      }
      for (const a of el.querySelectorAll('.self-link, .copy-link')) a.remove();
      const shown = el.textContent.trim();
      if (shown !== p.text) problems.push(`${s.id}#${p.id}: shows ${JSON.stringify(shown)}, expected ${JSON.stringify(p.text)}`);
    }
  }
  return { problems, checked };
}
