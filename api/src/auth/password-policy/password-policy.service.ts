import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { judgePassword, type PasswordOwner, type PasswordVerdict } from './password-strength.js';

/** The account a new password is for: its e-mail and, when linked, its contact record (for the names). */
export interface PasswordAccount {
  email: string;
  personId?: string | null;
}

const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The refusal the user reads: what is wrong, then zxcvbn's warning and suggestions. */
export function refusalMessage(verdict: Exclude<PasswordVerdict, { acceptable: true }>, field = 'password'): string {
  if (verdict.reason === 'personal') return `${field} must not contain your e-mail address or your name`;
  const advice = [verdict.warning, ...verdict.suggestions].filter((text): text is string => Boolean(text && text.trim())).map(sentence);
  return [`${field} is too easy to guess.`, ...advice].join(' ');
}

/**
 * The password policy, applied wherever a password is chosen (an admin
 * creating or editing a user, an invitation, a reset, a change by the user):
 * refuses with a 400 naming `password` and saying why.
 */
@Injectable()
export class PasswordPolicyService {
  /** Throws unless the password is acceptable for its owner; `field` names the input in the 400. */
  assertAcceptable(password: string, owner: PasswordOwner, field = 'password'): void {
    const verdict = judgePassword(password, owner);
    if (!verdict.acceptable) {
      throw new DomainException(verdict.reason === 'personal' ? 'password_personal' : 'password_guessable', { field }, refusalMessage(verdict, field), field);
    }
  }

  /** As assertAcceptable, for an account: the names of its linked contact record count as personal data. */
  async assertAcceptableFor(manager: EntityManager, password: string, account: PasswordAccount, field = 'password'): Promise<void> {
    this.assertAcceptable(password, await this.ownerOf(manager, account), field);
  }

  private async ownerOf(manager: EntityManager, account: PasswordAccount): Promise<PasswordOwner> {
    if (!account.personId) return { email: account.email };
    const rows = await manager.query<Array<{ firstName: string; lastName: string }>>(
      `SELECT first_name AS "firstName", last_name AS "lastName" FROM people WHERE id = $1`,
      [account.personId],
    );
    return { email: account.email, firstName: rows[0]?.firstName, lastName: rows[0]?.lastName };
  }
}
