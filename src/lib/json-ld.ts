/**
 * JSON for a <script type="application/ld+json"> block. Escapes <, > and & as \u sequences so
 * that text such as "</script>" in a quote can never close the block or open markup.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
