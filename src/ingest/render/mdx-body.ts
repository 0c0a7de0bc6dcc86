import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { Paragraph } from '../../schemas/source.ts';

/** A span of a paragraph that links to a record page (a mention of an actor or authority). */
export interface LinkSpan {
  start: number;
  end: number;
  /** Site-relative path without the base, e.g. "/actors/marco-rubio/". */
  href: string;
}

type Phrasing =
  { type: 'text'; value: string } | { type: 'link'; url: string; children: [{ type: 'text'; value: string }] };

function phrasing(text: string, links: LinkSpan[]): Phrasing[] {
  const out: Phrasing[] = [];
  let at = 0;
  for (const l of [...links].sort((a, b) => a.start - b.start)) {
    if (l.start < at) continue; // overlapping spans: the first wins
    if (l.start > at) out.push({ type: 'text', value: text.slice(at, l.start) });
    out.push({ type: 'link', url: l.href, children: [{ type: 'text', value: text.slice(l.start, l.end) }] });
    at = l.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/**
 * The MDX body of a source page: each paragraph in a <Paragraph id> element, its words as
 * text. The article is data, never code: we build a syntax tree and let mdast-util-to-markdown
 * with the MDX extension escape whatever MDX would read as code or markup ({, }, <, >,
 * import/export at line start, *, _, [, `...).
 */
export function sourceBody(paragraphs: Paragraph[], links: Map<string, LinkSpan[]> = new Map()): string {
  const tree = {
    type: 'root',
    children: paragraphs.map((p) => ({
      type: 'mdxJsxFlowElement',
      name: 'Paragraph',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: p.id }],
      children: [{ type: 'paragraph', children: phrasing(p.text, links.get(p.id) ?? []) }],
    })),
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return toMarkdown(tree as any, { extensions: [mdxToMarkdown()], bullet: '-', emphasis: '_' });
}
