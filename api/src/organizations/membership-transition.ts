import { DomainException } from '../common/domain.exception.js';
import { MEMBERSHIP_TRANSITIONS, mayChangeMembershipStatus, type MembershipStatus } from './organization.contract.js';

/** Why a membership status may not change from one value to another, or undefined if it may. */
export function membershipTransitionProblem(from: MembershipStatus, to: MembershipStatus): string | undefined {
  if (mayChangeMembershipStatus(from, to)) return undefined;
  const allowed = MEMBERSHIP_TRANSITIONS[from];
  const next = allowed.length > 0 ? allowed.join(', ') : 'nothing: a rejected organization comes back only through a new membership application';
  return `membershipStatus cannot change from ${from} to ${to}; from ${from} it may become ${next}`;
}

/** Refuses a hand-made change of membership status that the coalition's rules do not allow. */
export function assertMembershipTransition(from: MembershipStatus, to: MembershipStatus): void {
  const problem = membershipTransitionProblem(from, to);
  if (problem) throw new DomainException('membership_transition', { from, to }, problem, 'membershipStatus');
}

/** Today's date as PostgreSQL's `date` columns hold it (UTC, YYYY-MM-DD). */
export const today = (): string => new Date().toISOString().slice(0, 10);
