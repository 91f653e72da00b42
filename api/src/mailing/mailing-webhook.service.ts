import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainException } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import type { BounceNoticeDto, BounceResultDto } from './dto/bounce-notice.dto.js';

/** How far a notice's timestamp may be from our clock. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export interface WebhookSignature {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
}

/** The signature a sender computes: hex HMAC-SHA256 of `timestamp.nonce.body` with the shared secret. */
export function signWebhook(secret: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.${body}`).digest('hex');
}

/**
 * Bounce and opt-out notices pushed by providers. Each notice is signed with
 * the shared secret over its timestamp, a nonce and the raw body; a notice
 * too old, too new, or seen before (same nonce) is refused, so a captured
 * request cannot be played again.
 */
@Injectable()
export class MailingWebhookService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async receive(signed: WebhookSignature, rawBody: Buffer | undefined, notice: BounceNoticeDto): Promise<BounceResultDto> {
    const secret = this.config.MAILING_WEBHOOK_SECRET;
    if (!secret) throw new DomainException('webhook_refused', {}, 'The mailing webhook is not configured (MAILING_WEBHOOK_SECRET)');
    const { timestamp, nonce, signature } = signed;
    if (!timestamp || !/^\d{1,12}$/.test(timestamp)) throw new DomainException('webhook_refused', {}, 'X-Mailing-Timestamp must be the time in Unix seconds');
    if (!nonce || !/^[A-Za-z0-9_-]{16,100}$/.test(nonce))
      throw new DomainException('webhook_refused', {}, 'X-Mailing-Nonce must be 16 to 100 letters, digits, - or _');
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) {
      throw new DomainException('webhook_refused', {}, `X-Mailing-Timestamp is more than ${WEBHOOK_TOLERANCE_SECONDS} s away from now`);
    }
    const expected = Buffer.from(signWebhook(secret, timestamp, nonce, rawBody?.toString('utf8') ?? ''), 'hex');
    const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature ?? '') ? (signature as string) : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new DomainException('webhook_refused', {}, 'X-Mailing-Signature does not match');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM mailing_webhook_nonces WHERE received_at < now() - make_interval(secs => $1)`, [WEBHOOK_TOLERANCE_SECONDS * 2]);
      const [inserted]: [unknown[], number] = await manager
        .query(`INSERT INTO mailing_webhook_nonces (nonce) VALUES ($1) ON CONFLICT DO NOTHING RETURNING nonce`, [nonce])
        .then((rows: unknown[]) => [rows, rows.length] as [unknown[], number]);
      if (inserted.length === 0) throw new DomainException('webhook_replayed', {}, 'This notice was received before (same X-Mailing-Nonce)');
      if (notice.kind === 'soft') return { applied: 0 };
      const status = notice.kind === 'unsubscribe' ? 'unsubscribed' : 'bounced';
      const [rows]: [{ id: string; status: string }[], number] = await manager.query(
        `UPDATE subscriptions s
            SET status = $3, ended_by = 'provider', unsubscribed_at = now(), version = s.version + 1, synced_version = s.version + 1,
                synced_email = NULL, updated_at = now()
          WHERE lower(s.synced_email) = $1 AND s.status IN ('subscribed', 'pending')
            AND ($2::text IS NULL OR s.mailing_list_id = (SELECT l.id FROM mailing_lists l WHERE l.key = $2))
          RETURNING s.id, 'subscribed' AS status`,
        [notice.email, notice.listKey ?? null, status],
      );
      await this.audit.record(
        manager,
        rows.map((row) => ({
          action: 'update' as const,
          entityType: 'Subscription',
          entityId: row.id,
          changes: { status: { before: row.status, after: status }, endedBy: { before: null, after: 'provider' } },
          actor: null,
        })),
      );
      return { applied: rows.length };
    });
  }
}
