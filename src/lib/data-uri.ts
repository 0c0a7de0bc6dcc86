/**
 * An SVG as a `data:` URL, for the page's icon: Chromium fetches a linked icon again at every
 * history.replaceState (the search page keeps its query in the address), an inline one never.
 * Percent-encoded, so quotes, "#" and "<" stay inside the attribute and the URL.
 */
export function svgToDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
}
