// The only script on content pages (kept under 3 KB): copy-link buttons beside the "#" and "¶"
// links, copy buttons for the citation forms, text-fragment links to quotes where supported, highlights of searched words (?hl=),
// and "/" to focus search. Every page reads completely without it.

const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

// Section headings get a copy button; paragraphs keep their plain ¶ link (45 buttons would crowd the text).
for (const link of document.querySelectorAll<HTMLAnchorElement>('.heading-wrap > a.self-link')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';
  button.setAttribute('aria-label', 'Copy link to this section');
  button.addEventListener('click', async () => {
    const url = new URL(link.getAttribute('href')!, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      announcer.textContent = 'Link copied';
      button.textContent = 'Copied';
    } catch {
      announcer.textContent = 'Could not copy; use the link instead';
    }
    setTimeout(() => (button.textContent = 'Copy link'), 2000);
  });
  link.after(button);
}

/** Words matched as they are, whatever their punctuation. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Built without SITE, a citation gives the page's path alone: the origin it is served from makes
// it an address a reader can follow (only where a path starts, not inside another address).
const cite = document.querySelector<HTMLElement>('.cite-page[data-relative-url]');
if (cite) {
  const path = cite.dataset.relativeUrl!;
  const at = new RegExp(`(^|[\\s({])${escapeRe(path)}`, 'g');
  for (const pre of cite.querySelectorAll('pre.cite-text')) pre.textContent = pre.textContent!.replace(at, `$1${location.origin}${path}`);
  cite.querySelector('code.address')?.prepend(location.origin);
}

// Each citation form gets a copy button (the text stays selectable without it).
for (const pre of document.querySelectorAll<HTMLElement>('pre.cite-text')) {
  const name = pre.closest('dd')?.previousElementSibling?.textContent ?? 'citation';
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-cite', textContent: `Copy ${name}` });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      announcer.textContent = `${name} citation copied`;
    } catch {
      announcer.textContent = 'Could not copy; select the text instead';
    }
  });
  pre.before(button);
}

// A quote link opened with a text fragment scrolls to the words but leaves :target unset;
// mark the paragraph named by the hash so it is highlighted either way.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.classList.add('targeted');

if ('fragmentDirective' in document)
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-fragment]')) a.href = a.dataset.fragment!;

const hl = new URLSearchParams(location.search).get('hl');
const main = document.querySelector('main');
if (hl && main) {
  const words = hl.split(/\s+/).filter((w) => w.length > 1).map(escapeRe);
  // Whole words only, give or take a plural or possessive ending: "Posse" marks "Posse", not "possibility".
  const re = words.length ? new RegExp(`((?<![\\p{L}\\p{N}])(?:${words.join('|')})(?:e?s|['’]s)?(?![\\p{L}\\p{N}]))`, 'iu') : null;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (re && walker.nextNode()) if (re.test(walker.currentNode.nodeValue ?? '')) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.nodeValue!.split(new RegExp(re!.source, 'giu'));
    node.replaceWith(...parts.map((p, i) => (i % 2 ? Object.assign(document.createElement('mark'), { textContent: p }) : p)));
  }
}

document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>('#q') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (box) {
    e.preventDefault();
    box.focus();
  }
});

export {};
