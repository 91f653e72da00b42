import { describe, expect, it } from '@jest/globals';
import { membershipTransitionProblem } from './membership-transition.js';

describe('membership transitions', () => {
  it.each([
    ['applicant', 'active'],
    ['active', 'suspended'],
    ['suspended', 'active'],
    ['lapsed', 'active'],
    ['withdrawn', 'active'],
    ['active', 'active'],
  ] as const)('lets %s become %s', (from, to) => {
    expect(membershipTransitionProblem(from, to)).toBeUndefined();
  });

  it('says which statuses may follow when a change is refused', () => {
    expect(membershipTransitionProblem('lapsed', 'suspended')).toBe(
      'membershipStatus cannot change from lapsed to suspended; from lapsed it may become active, withdrawn',
    );
  });

  it('sends a rejected organization back through a new application', () => {
    expect(membershipTransitionProblem('rejected', 'active')).toContain('only through a new membership application');
  });

  it('does not let an active member go back to being an applicant', () => {
    expect(membershipTransitionProblem('active', 'applicant')).toContain('from active it may become suspended, lapsed, withdrawn');
  });
});
