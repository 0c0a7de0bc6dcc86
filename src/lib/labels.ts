import type { ActorKind, AuthorityKind } from '../schemas/index.ts';

/** Group headings for the actors index, in the order readers scan them. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  organization: 'Government bodies and organizations',
  group: 'Groups: cartels, gangs, armed groups and parties',
  state: 'States',
};
export const ACTOR_KIND_SINGULAR: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Group',
  state: 'State',
};

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  directive: 'Directives',
  'executive-order': 'Executive orders',
  statute: 'Statutes',
  authorization: 'Authorizations for the use of force',
  designation: 'Designations',
  'legal-opinion': 'Legal opinions and memos',
  constitutional: 'Constitutional claims',
  'international-law': 'International law',
  charge: 'Criminal charges and indictments',
};
export const AUTHORITY_KIND_SINGULAR: Record<AuthorityKind, string> = {
  directive: 'Directive',
  'executive-order': 'Executive order',
  statute: 'Statute',
  authorization: 'Authorization for the use of force',
  designation: 'Designation',
  'legal-opinion': 'Legal opinion or memo',
  constitutional: 'Constitutional claim',
  'international-law': 'International law',
  charge: 'Criminal charge',
};

/** Groups records by kind, in the order of `labels`, dropping empty groups; names sorted within. */
export function groupByKind<K extends string, T extends { data: { kind: K; name: string } }>(items: T[], labels: Record<K, string>) {
  return (Object.keys(labels) as K[])
    .map((kind) => ({
      kind,
      label: labels[kind],
      items: items.filter((i) => i.data.kind === kind).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    }))
    .filter((g) => g.items.length > 0);
}
