import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveDist } from '../../scripts/serve.ts';

// Serves the built site once for every browser test file.
export default async function setup(project: TestProject) {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is not built: run \`npm run build\` (npm test does it for you)`);
  const served = await serveDist(dist);
  project.provide('siteUrl', served.url);
  return () => served.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
