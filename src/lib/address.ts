/**
 * An address shown as text, cut after each "/" (the scheme's "//" kept whole, a leading "/" kept
 * with the first name): the pieces a line may break between, so "/authorities/posse-comitatus-act/"
 * never wraps as "/authorit ies/…". "https://example.org/events/x/" -> ["https://", "example.org/",
 * "events/", "x/"]; "/events/x/" -> ["/events/", "x/"].
 */
export function addressSegments(address: string): string[] {
  return address.match(/^[a-z][a-z0-9+.-]*:\/\/|^\/?[^/]*\/|[^/]*\/|[^/]+$/gi) ?? [address];
}
