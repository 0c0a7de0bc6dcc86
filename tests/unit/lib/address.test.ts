import { describe, expect, test } from 'vitest';
import { addressSegments } from '../../../src/lib/address.ts';

describe('an address shown as text', () => {
  test('breaks only after a slash, the scheme kept whole', () => {
    expect(addressSegments('/authorities/harbour-dues-act/')).toEqual(['/authorities/', 'harbour-dues-act/']);
    expect(addressSegments('https://example.org/ref/events/x/')).toEqual(['https://', 'example.org/', 'ref/', 'events/', 'x/']);
    expect(addressSegments('/data/events.json')).toEqual(['/data/', 'events.json']);
    expect(addressSegments('/')).toEqual(['/']);
    expect(addressSegments('/events/x/').join('')).toBe('/events/x/');
  });
});
