import { slug as githubSlug } from 'github-slugger';

/** A URL-safe ASCII slug: accents folded ("Nicolás" -> "nicolas"), words joined by hyphens. */
export function toSlug(text: string): string {
  return githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
