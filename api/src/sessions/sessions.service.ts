import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { UserRole } from '../users/user-role.contract.js';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret, parseRefreshToken, sameHash } from './refresh-token.js';
import { UserSession } from './user-session.entity.js';

/** Where a session was opened from, as the request told it. */
export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
}

/** The account a live session belongs to. */
export interface SessionOwner {
  id: string;
  email: string;
  role: UserRole;
  personId: string | null;
}

export interface OpenedSession {
  sessionId: string;
  /** `<session id>.<secret>`, for the cookie; only the secret's hash is stored. */
  refreshToken: string;
  expiresAt: Date;
}

export type Rotation =
  | ({ outcome: 'rotated'; owner: SessionOwner } & OpenedSession)
  /** Unknown, ended or expired session, or a secret that was never this session's. */
  | { outcome: 'refused' }
  /** The secret before the last refresh came back after the grace: one of two holders is not the user; the session is ended. */
  | { outcome: 'reused' };

interface OwnerRow {
  id: string;
  email: string;
  role: UserRole;
  person_id: string | null;
}

interface RotationRow extends OwnerRow {
  refresh_token_hash: string;
  previous_refresh_token_hash: string | null;
  /** When the session was last refreshed (or opened). */
  last_used_at: Date;
}

/** Ended sessions are kept this long (for looking into an incident), then removed at the owner's next sign-in. */
const KEEP_ENDED_MS = 30 * 86_400_000;

/**
 * The check behind every authenticated request: one query on two primary
 * keys, which also reads the account's state, so that a deactivation or a
 * lock takes effect at the next request even if revoking had been missed.
 */
const ACTIVE_OWNER_SQL = `
  SELECT u.id, u.email, u.role, u.person_id
  FROM user_sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND u.is_active AND (u.locked_until IS NULL OR u.locked_until <= now())`;

const ROTATION_SQL = `
  SELECT u.id, u.email, u.role, u.person_id, s.refresh_token_hash, s.previous_refresh_token_hash, s.last_used_at
  FROM user_sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND u.is_active AND (u.locked_until IS NULL OR u.locked_until <= now())
  FOR UPDATE OF s`;

const toOwner = (row: OwnerRow): SessionOwner => ({ id: row.id, email: row.email, role: row.role, personId: row.person_id });

/** Owns `user_sessions`: opening, checking, rotating and ending sessions. */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user who has just proved who they are, in the caller's transaction. */
  async open(manager: EntityManager, userId: string, client: SessionClient): Promise<OpenedSession> {
    const now = Date.now();
    await manager
      .createQueryBuilder()
      .delete()
      .from(UserSession)
      .where('user_id = :userId AND (revoked_at < :cutoff OR expires_at < :cutoff)', { userId, cutoff: new Date(now - KEEP_ENDED_MS) })
      .execute();
    const secret = newRefreshSecret();
    const expiresAt = new Date(now + this.config.refreshTokenTtlMs);
    const inserted = await manager.insert(UserSession, {
      userId,
      refreshTokenHash: hashRefreshSecret(secret),
      previousRefreshTokenHash: null,
      lastUsedAt: new Date(now),
      expiresAt,
      userAgent: client.userAgent,
      ip: client.ip,
    });
    const sessionId = String(inserted.identifiers[0]?.id);
    return { sessionId, refreshToken: formatRefreshToken({ sessionId, secret }), expiresAt };
  }

  /** The account behind an access token while its session is live and the account may sign in. */
  async activeOwner(sessionId: string, userId: string): Promise<SessionOwner | undefined> {
    const rows = await this.dataSource.query<OwnerRow[]>(ACTIVE_OWNER_SQL, [sessionId, userId]);
    return rows[0] ? toOwner(rows[0]) : undefined;
  }

  /**
   * Trades a refresh token for the next one. The row is locked, so refreshes
   * of one session run one at a time. The token replaced by the last refresh
   * is traded too during a short grace (a reload can lose the answer that
   * carried its successor); after that, it ends the session: a copy is in
   * other hands. Either way the replaced current token becomes the previous
   * one, so of two holders who both traded, the next refresh exposes one.
   */
  async rotate(presented: unknown): Promise<Rotation> {
    const token = parseRefreshToken(presented);
    if (!token) return { outcome: 'refused' };
    return this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const [row] = await manager.query<RotationRow[]>(ROTATION_SQL, [token.sessionId]);
      if (!row) return { outcome: 'refused' };
      const hash = hashRefreshSecret(token.secret);
      const now = Date.now();
      if (sameHash(row.previous_refresh_token_hash, hash)) {
        const withinGrace = now - new Date(row.last_used_at).getTime() < this.config.REFRESH_REUSE_GRACE_SECONDS * 1000;
        if (!withinGrace) {
          await manager.update(UserSession, { id: token.sessionId }, { revokedAt: new Date(now) });
          this.logger.warn({ sessionId: token.sessionId, userId: row.id }, 'A refresh token came back after its rotation: session ended');
          return { outcome: 'reused' };
        }
      } else if (!sameHash(row.refresh_token_hash, hash)) {
        // A wrong secret for a real session id ends nothing: otherwise anyone who saw an id could sign its owner out.
        return { outcome: 'refused' };
      }
      const secret = newRefreshSecret();
      const expiresAt = new Date(now + this.config.refreshTokenTtlMs);
      await manager.update(
        UserSession,
        { id: token.sessionId },
        { refreshTokenHash: hashRefreshSecret(secret), previousRefreshTokenHash: row.refresh_token_hash, lastUsedAt: new Date(now), expiresAt },
      );
      return {
        outcome: 'rotated',
        owner: toOwner(row),
        sessionId: token.sessionId,
        refreshToken: formatRefreshToken({ sessionId: token.sessionId, secret }),
        expiresAt,
      };
    });
  }

  /** Ends the session a refresh token belongs to, if the token is its current or previous one. */
  async endByRefreshToken(presented: unknown): Promise<void> {
    const token = parseRefreshToken(presented);
    if (!token) return;
    const session = await this.dataSource.getRepository(UserSession).findOne({ where: { id: token.sessionId } });
    if (!session || session.revokedAt) return;
    const hash = hashRefreshSecret(token.secret);
    if (sameHash(session.refreshTokenHash, hash) || sameHash(session.previousRefreshTokenHash, hash)) {
      await this.dataSource.getRepository(UserSession).update({ id: session.id }, { revokedAt: new Date() });
    }
  }

  /** Ends one session of a user (sign-out with an access token). */
  async end(sessionId: string, userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL', { sessionId, userId })
      .execute();
  }

  /** Ends every session of a user, in the transaction of the change that calls for it. */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
