/**
 * Records that are one, as disjoint sets over record ids. `join(from, into)` makes the set of
 * `from` part of the set of `into`, whose representative stays; a pair the editor keeps apart
 * (overlay `keepApart`) is never joined, directly or through a third record.
 */
export class Union {
  private parent = new Map<string, string>();
  private members = new Map<string, string[]>();
  private apart = new Map<string, Set<string>>();

  constructor(ids: Iterable<string>, keepApart: [string, string][] = []) {
    for (const id of ids) {
      this.parent.set(id, id);
      this.members.set(id, [id]);
    }
    for (const [a, b] of keepApart) {
      (this.apart.get(a) ?? this.apart.set(a, new Set()).get(a)!).add(b);
      (this.apart.get(b) ?? this.apart.set(b, new Set()).get(b)!).add(a);
    }
  }

  root(id: string): string {
    let r = id;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    // path halving keeps later look-ups short
    let x = id;
    while (this.parent.get(x) !== r) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }

  /** Whether the two sets may become one (no pair kept apart lies across them). */
  mayJoin(a: string, b: string): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return true;
    const [small, other] = this.members.get(ra)!.length <= this.members.get(rb)!.length ? [ra, rb] : [rb, ra];
    for (const m of this.members.get(small)!)
      for (const x of this.apart.get(m) ?? []) if (this.root(x) === other) return false;
    return true;
  }

  /** Joins the set of `from` into the set of `into`; false when kept apart (or already one). */
  join(from: string, into: string): boolean {
    const rf = this.root(from);
    const ri = this.root(into);
    if (rf === ri || !this.mayJoin(rf, ri)) return false;
    this.parent.set(rf, ri);
    this.members.get(ri)!.push(...this.members.get(rf)!);
    this.members.delete(rf);
    return true;
  }

  /** The ids in the set of `id`. */
  membersOf(id: string): string[] {
    return this.members.get(this.root(id))!;
  }

  /** Every set of more than one record, by representative. */
  groups(): Map<string, string[]> {
    return new Map([...this.members].filter(([, m]) => m.length > 1));
  }
}
