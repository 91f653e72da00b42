import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type ManualAuditEntry } from '../audit/audit.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';

/** What one evaluation changed. */
export interface RuleOutcome {
  subscribed: number;
  ended: number;
  consentWithdrawn: number;
}

/**
 * Rules as data, applied in SQL. A rule's people are the contacts (or primary
 * contacts) of active member organizations speaking its language, with
 * consent and an address. Evaluation subscribes those without a subscription,
 * brings back those a rule ended, ends the rule subscriptions no rule covers
 * any more, and ends every subscription of a person without consent. It never
 * touches a subscription the person (or the provider) ended.
 *
 * It reads people, affiliations and organizations in one statement (a read
 * the owners' services cannot give set-wise) and writes only subscriptions.
 */
@Injectable()
export class MailingRulesService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Re-evaluates every rule for these people (null: everybody) in the caller's transaction. */
  async evaluateWithin(manager: EntityManager, personIds: readonly string[] | null): Promise<RuleOutcome> {
    if (personIds !== null && personIds.length === 0) return { subscribed: 0, ended: 0, consentWithdrawn: 0 };
    const people = personIds === null ? null : [...new Set(personIds)];
    const eligible = `
      SELECT DISTINCT ON (r.mailing_list_id, p.id) r.mailing_list_id, p.id AS person_id, r.id AS rule_id
        FROM mailing_list_rules r
        JOIN affiliations a ON a.until IS NULL AND (r.audience = 'all_contacts' OR a.is_primary_contact)
        JOIN organizations o ON o.id = a.organization_id AND o.membership_status = 'active'
        JOIN people p ON p.id = a.person_id AND p.consent_at IS NOT NULL AND p.email IS NOT NULL
       WHERE r.active AND (r.language IS NULL OR o.languages @> ARRAY[r.language]::text[])
         AND ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
       ORDER BY r.mailing_list_id, p.id, r.created_at`;
    const inserted: { id: string; person_id: string; mailing_list_id: string; rule_id: string }[] = await manager.query(
      `INSERT INTO subscriptions (person_id, mailing_list_id, status, source, rule_id, subscribed_at)
       SELECT e.person_id, e.mailing_list_id, 'subscribed', 'rule', e.rule_id, now() FROM (${eligible}) e
       ON CONFLICT (person_id, mailing_list_id) DO NOTHING
       RETURNING id, person_id, mailing_list_id, rule_id`,
      [people],
    );
    const [back]: [{ id: string; person_id: string; mailing_list_id: string }[], number] = await manager.query(
      `UPDATE subscriptions s
          SET status = 'subscribed', ended_by = NULL, unsubscribed_at = NULL, subscribed_at = now(), rule_id = e.rule_id,
              version = s.version + 1, updated_at = now()
         FROM (${eligible}) e
        WHERE s.person_id = e.person_id AND s.mailing_list_id = e.mailing_list_id AND s.status = 'unsubscribed' AND s.ended_by = 'rule'
        RETURNING s.id, s.person_id, s.mailing_list_id`,
      [people],
    );
    const [ended]: [{ id: string; person_id: string; mailing_list_id: string }[], number] = await manager.query(
      `UPDATE subscriptions s
          SET status = 'unsubscribed', ended_by = 'rule', unsubscribed_at = now(), version = s.version + 1, updated_at = now()
        WHERE s.source = 'rule' AND s.status = 'subscribed'
          AND ($1::uuid[] IS NULL OR s.person_id = ANY($1::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM (${eligible}) e WHERE e.person_id = s.person_id AND e.mailing_list_id = s.mailing_list_id)
        RETURNING s.id, s.person_id, s.mailing_list_id`,
      [people],
    );
    const [withdrawn]: [{ id: string; person_id: string; mailing_list_id: string }[], number] = await manager.query(
      `UPDATE subscriptions s
          SET status = 'unsubscribed', ended_by = 'consent', unsubscribed_at = now(), version = s.version + 1, updated_at = now()
         FROM people p
        WHERE p.id = s.person_id AND p.consent_at IS NULL AND s.status IN ('subscribed', 'pending')
          AND ($1::uuid[] IS NULL OR s.person_id = ANY($1::uuid[]))
        RETURNING s.id, s.person_id, s.mailing_list_id`,
      [people],
    );
    const entries: ManualAuditEntry[] = [
      ...inserted.map((row) =>
        entry('create', row.id, {
          personId: [null, row.person_id],
          mailingListId: [null, row.mailing_list_id],
          status: [null, 'subscribed'],
          source: [null, 'rule'],
        }),
      ),
      ...back.map((row) => entry('update', row.id, { status: ['unsubscribed', 'subscribed'], endedBy: ['rule', null] })),
      ...ended.map((row) => entry('update', row.id, { status: ['subscribed', 'unsubscribed'], endedBy: [null, 'rule'] })),
      ...withdrawn.map((row) => entry('update', row.id, { status: ['subscribed', 'unsubscribed'], endedBy: [null, 'consent'] })),
    ];
    await this.audit.record(manager, entries);
    const touched = new Set([...inserted, ...back, ...ended, ...withdrawn].map((row) => row.person_id));
    for (const personId of touched) await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, personId, { reason: 'rule' });
    return { subscribed: inserted.length + back.length, ended: ended.length, consentWithdrawn: withdrawn.length };
  }
}

function entry(action: 'create' | 'update', id: string, changes: Record<string, [unknown, unknown]>): ManualAuditEntry {
  return {
    action,
    entityType: 'Subscription',
    entityId: id,
    changes: Object.fromEntries(Object.entries(changes).map(([field, [from, to]]) => [field, { before: from, after: to }])),
  };
}
