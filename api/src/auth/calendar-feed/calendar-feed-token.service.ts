import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../authenticated-user.js';
import type { UserRole } from '../../users/user-role.contract.js';
import { CalendarFeedToken } from './calendar-feed-token.entity.js';

const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/;

interface OwnerRow {
  id: string;
  email: string;
  role: UserRole;
  person_id: string | null;
}

/** Owns `calendar_feed_tokens`: one personal feed token per user, made on first use and replaced on demand. */
@Injectable()
export class CalendarFeedTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tokenOf(userId: string): Promise<string> {
    const existing = await this.dataSource.manager.findOne(CalendarFeedToken, { where: { userId } });
    if (existing) return existing.token;
    // Two first reads at once: the first insert wins and both answer its token.
    await this.dataSource.query('INSERT INTO calendar_feed_tokens (user_id, token) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING', [userId, newToken()]);
    const stored = await this.dataSource.manager.findOneOrFail(CalendarFeedToken, { where: { userId } });
    return stored.token;
  }

  /** Replaces the user's token: the old feed address stops working at once. */
  async regenerate(userId: string): Promise<string> {
    const token = newToken();
    await this.dataSource.query(
      `INSERT INTO calendar_feed_tokens (user_id, token) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()`,
      [userId, token],
    );
    return token;
  }

  /** The active, unlocked account a feed token belongs to, if any. */
  async ownerOf(token: string): Promise<AuthenticatedUser | undefined> {
    if (!FEED_TOKEN.test(token)) return undefined;
    const rows: OwnerRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.person_id
         FROM calendar_feed_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token = $1 AND u.is_active AND (u.locked_until IS NULL OR u.locked_until <= now())`,
      [token],
    );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, role: row.role, personId: row.person_id } : undefined;
  }
}

const newToken = (): string => randomBytes(24).toString('base64url');
