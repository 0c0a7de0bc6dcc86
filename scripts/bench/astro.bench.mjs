// The site's own config, with Astro's cache in a folder of the benchmark's choosing
// (ASTRO_CACHE_DIR), so a benchmark build starts cold and never shares a content store with
// another build running at the same time.
import config from '../../astro.config.mjs';

export default { ...config, ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}) };
