import { describe, expect, it } from '@jest/globals';
import { MEMBERSHIP_STATUSES, isMembershipStatus, mayChangeMembershipStatus, membershipStatusesFrom } from './organization.contract.js';

describe('membership status rules', () => {
  it('lets a status stay as it is and offers it first among the ones that may follow', () => {
    for (const status of MEMBERSHIP_STATUSES) {
      expect(mayChangeMembershipStatus(status, status)).toBe(true);
      expect(membershipStatusesFrom(status)[0]).toBe(status);
    }
  });

  it('offers exactly the changes it allows', () => {
    for (const from of MEMBERSHIP_STATUSES) {
      const offered = MEMBERSHIP_STATUSES.filter((to) => mayChangeMembershipStatus(from, to));
      expect([...membershipStatusesFrom(from)].sort()).toEqual(offered.sort());
    }
  });

  it('brings a rejected organization back only through a new application', () => {
    expect(membershipStatusesFrom('rejected')).toEqual(['rejected']);
    expect(mayChangeMembershipStatus('rejected', 'active')).toBe(false);
  });

  it('recognises the statuses and nothing else', () => {
    expect(isMembershipStatus('lapsed')).toBe(true);
    expect(isMembershipStatus('toString')).toBe(false);
    expect(isMembershipStatus(undefined)).toBe(false);
  });
});
