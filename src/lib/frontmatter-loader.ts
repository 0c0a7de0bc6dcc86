import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

/**
 * Loads the typed frontmatter of generated MDX records (actors, authorities, events) as data.
 * Their bodies are empty, so compiling each file as an MDX module, as Astro's glob loader does,
 * would only cost build time: with thousands of records it dominated the build.
 */
export function mdxFrontmatter(dir: string): Loader {
  return {
    name: 'mdx-frontmatter',
    async load({ store, parseData, generateDigest, config }) {
      store.clear();
      let names: string[];
      try {
        names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
      } catch {
        return; // an empty collection: the folder is created by the ingest
      }
      const root = new URL('.', config.root).pathname;
      await Promise.all(
        names.map(async (name) => {
          const path = join(dir, name);
          const text = await readFile(path, 'utf8');
          const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
          if (!fm) throw new Error(`${path}: no YAML frontmatter`);
          const id = name.slice(0, -'.mdx'.length);
          const data = await parseData({ id, data: parse(fm[1]!) as Record<string, unknown>, filePath: path });
          store.set({ id, data, digest: generateDigest(text), filePath: relative(root, path) });
        }),
      );
    },
  };
}
