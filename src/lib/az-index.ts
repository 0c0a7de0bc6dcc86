import { recordPath, type Collection } from './urls.ts';

interface Named {
  id: string;
  data: { name?: string; title?: string; headline?: string; summary?: string };
}

export interface AzItem {
  label: string;
  path: string;
  type: 'actor' | 'authority' | 'event' | 'source';
}

const TYPE: Record<Collection, AzItem['type']> = { actors: 'actor', authorities: 'authority', events: 'event', sources: 'source' };

/** The sort key of a label: accents folded, a leading "the" ignored ("The Pentagon" under P). */
export function sortKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^the\s+/i, '')
    .toLowerCase();
}

/** Every record grouped by first letter (digits under "#"), for the no-JS A–Z index. */
export function azIndex(collections: Record<Collection, Named[]>): { letter: string; items: AzItem[] }[] {
  const items: AzItem[] = [];
  for (const [collection, entries] of Object.entries(collections) as [Collection, Named[]][])
    for (const e of entries)
      items.push({ label: e.data.name ?? e.data.title ?? e.data.headline ?? e.data.summary ?? e.id, path: recordPath(collection, e.id), type: TYPE[collection] });
  items.sort((a, b) => sortKey(a.label).localeCompare(sortKey(b.label), 'en'));
  const groups = new Map<string, AzItem[]>();
  for (const i of items) {
    const c = sortKey(i.label).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(c) ? c : '#';
    const list = groups.get(letter) ?? [];
    list.push(i);
    groups.set(letter, list);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list }));
}
