import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { UserToken, UserTokenPurpose } from './user-token.entity.js';

const LIFETIME_MS: Record<UserTokenPurpose, number> = {
  invitation: 7 * 24 * 3600 * 1000,
  password_reset: 3600 * 1000,
};

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** One-time tokens for invitations and password resets. Only hashes are stored. */
@Injectable()
export class UserTokensService {
  /** Creates a token, voiding earlier unused ones of the same purpose; returns the clear token for the link. */
  async issue(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<string> {
    await manager.update(UserToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = randomBytes(32).toString('base64url');
    await manager.insert(UserToken, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    });
    return token;
  }

  /** How many tokens of a purpose the user was sent since a moment, used or not. */
  countIssuedSince(manager: EntityManager, userId: string, purpose: UserTokenPurpose, since: Date): Promise<number> {
    return manager.count(UserToken, { where: { userId, purpose, createdAt: MoreThanOrEqual(since) } });
  }

  /** Marks a valid token used and returns its user id; undefined when unknown, used or expired. */
  async consume(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<string | undefined> {
    const found = await manager.findOne(UserToken, {
      where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) return undefined;
    await manager.update(UserToken, { id: found.id }, { usedAt: new Date() });
    return found.userId;
  }
}
