// Every count the site prints agrees with its noun ("1 event", "2 events"): one helper, used everywhere.
const rules = new Intl.PluralRules('en-GB');

/** The noun as it agrees with n: plural(1, 'event') is "event", plural(0, 'event') is "events". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return rules.select(n) === 'one' ? one : many;
}

/** The count and its noun: "1 source", "3 sources", "1 legal authority", "2 legal authorities" (given). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}
