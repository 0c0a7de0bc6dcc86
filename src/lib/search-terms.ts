/**
 * Extra words indexed on a record's own page (a Pagefind meta field, searched but never shown), since
 * Pagefind has no synonyms: accent-free spellings ("Nicolas Maduro"), citation variants
 * ("18 U.S.C. 1385", "18 USC 1385"), and the year. Nothing here is shown; all of it is
 * derived from what the page already shows.
 */
export function searchTerms(names: string[], citation?: string, year?: number | null): string {
  return searchVariants(names, citation, year).join(' · ');
}

/** The same extra words as a list: the record index (/search/records.json) carries them too. */
export function searchVariants(names: string[], citation?: string, year?: number | null): string[] {
  const terms = new Set<string>();
  for (const n of names) {
    const folded = n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== n) terms.add(folded);
  }
  if (citation) {
    const noSection = citation.replace(/§+\s*/g, '').replace(/\s+/g, ' ').trim();
    terms.add(noSection);
    terms.add(noSection.replace(/U\.S\.C\./g, 'USC'));
    terms.add(citation.replace(/Pub\. L\./g, 'Public Law'));
    terms.add(citation.replace(/Executive Order/g, 'EO'));
  }
  if (year) terms.add(String(year));
  terms.delete(citation ?? '');
  return [...terms];
}
