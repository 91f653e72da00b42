import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral, RemoveEvent, UpdateEvent } from 'typeorm';
import { MailingRulesService } from './mailing-rules.service.js';
import { SubscriptionChangesService } from './subscription-changes.service.js';

const PERSON_IDENTITY = new Set(['email', 'firstName', 'lastName']);
const PERSON_RULE_FIELDS = new Set(['consentAt', 'email']);
const ORGANIZATION_RULE_FIELDS = new Set(['membershipStatus', 'languages']);

/**
 * Hears writes of people, affiliations and organizations made through the ORM,
 * in their own transaction: an address or name change goes to the providers,
 * and the rules are re-evaluated for the people whose membership, affiliation,
 * language or consent changed. Writes in bulk SQL (imports, merges) are caught
 * by the reconcile job's full re-evaluation.
 */
@Injectable()
export class MailingChangesSubscriber implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly rules: MailingRulesService,
    private readonly changes: SubscriptionChangesService,
  ) {
    dataSource.subscribers.push(this);
  }

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    const table = event.metadata.tableName;
    if (table === 'affiliations') await this.rules.evaluateWithin(event.manager, idsOf(event.entity, 'personId'));
    else if (table === 'people' && event.entity.id) await this.rules.evaluateWithin(event.manager, [String(event.entity.id)]);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    const table = event.metadata.tableName;
    const changed = new Set(event.updatedColumns.map((column) => column.propertyName));
    const id: unknown = event.entity?.id ?? event.databaseEntity?.id;
    if (typeof id !== 'string') return;
    if (table === 'people') {
      if ([...changed].some((field) => PERSON_IDENTITY.has(field))) await this.changes.personChangedWithin(event.manager, [String(id)], 'person-changed');
      if ([...changed].some((field) => PERSON_RULE_FIELDS.has(field))) await this.rules.evaluateWithin(event.manager, [String(id)]);
    } else if (table === 'affiliations') {
      await this.rules.evaluateWithin(event.manager, [...idsOf(event.entity, 'personId'), ...idsOf(event.databaseEntity, 'personId')]);
    } else if (table === 'organizations' && [...changed].some((field) => ORGANIZATION_RULE_FIELDS.has(field))) {
      const rows: { person_id: string }[] = await event.manager.query(`SELECT DISTINCT person_id FROM affiliations WHERE organization_id = $1`, [id]);
      await this.rules.evaluateWithin(
        event.manager,
        rows.map((row) => row.person_id),
      );
    }
  }

  async beforeRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    if (event.metadata.tableName !== 'people') return;
    const id: unknown = event.entityId ?? event.entity?.id ?? event.databaseEntity?.id;
    if (typeof id === 'string') await this.changes.personErasedWithin(event.manager, id);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    if (event.metadata.tableName !== 'affiliations') return;
    await this.rules.evaluateWithin(event.manager, [...idsOf(event.entity, 'personId'), ...idsOf(event.databaseEntity, 'personId')]);
  }
}

function idsOf(record: ObjectLiteral | undefined, field: string): string[] {
  const value: unknown = record?.[field];
  return typeof value === 'string' ? [value] : [];
}
