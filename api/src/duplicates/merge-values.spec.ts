import { describe, expect, it } from '@jest/globals';
import { fillEmpty, unionOf } from './merge-values.js';

describe('merge values', () => {
  it('keeps the kept record first and adds what only the merged one had', () => {
    expect(unionOf(['fr', 'es'], ['es', 'en'])).toEqual(['fr', 'es', 'en']);
  });

  it('fills only the empty fields of the kept record', () => {
    const kept = { jobTitle: null as string | null, countryId: 'kept-country', phone: '' };
    fillEmpty(kept, { jobTitle: 'Campaigner', countryId: 'merged-country', phone: '+54 11' }, ['jobTitle', 'countryId', 'phone']);
    expect(kept).toEqual({ jobTitle: 'Campaigner', countryId: 'kept-country', phone: '+54 11' });
  });

  it('leaves a field empty when the merged record has nothing either', () => {
    const kept = { jobTitle: null as string | null };
    fillEmpty(kept, { jobTitle: null }, ['jobTitle']);
    expect(kept.jobTitle).toBeNull();
  });
});
