import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound, unknownRecord } from '../common/domain.exception.js';
import { runPresentedListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { PeopleService } from '../people/people.service.js';
import type { Person } from '../people/person.entity.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import { CreateSubscriptionDto, MySubscriptionDto, SubscriptionResponseDto, UpdateSubscriptionDto } from './dto/subscription.dto.js';
import type { SubscriptionEnder, SubscriptionSource, SubscriptionStatus, SyncState } from './mailing.contract.js';
import { SUBSCRIPTION_LIST } from './mailing.list-specs.js';
import { MailingList } from './mailing-list.entity.js';
import type { SyncPersonPayload } from './mailing-sync.service.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { SubscriptionChangesService } from './subscription-changes.service.js';
import { Subscription } from './subscription.entity.js';

interface PersonSummary {
  name: string;
  email: string | null;
}

/** Lists a member may join from "My profile" (besides those they are already on). */
const SELF_SERVICE_AUDIENCES = ['members', 'public'];

@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly providers: MailingProviderFactory,
    private readonly changes: SubscriptionChangesService,
    private readonly outbox: OutboxService,
  ) {}

  async list(query: ListQuery): Promise<Paginated<SubscriptionResponseDto>> {
    const builder = this.dataSource.getRepository(Subscription).createQueryBuilder('s');
    const { items, total } = await runPresentedListQuery(builder, SUBSCRIPTION_LIST, query, (page) => this.present(this.dataSource.manager, page));
    return new Paginated(SUBSCRIPTION_LIST.resource, items, query.range[0], total);
  }

  async get(id: string): Promise<SubscriptionResponseDto> {
    return this.respond(this.dataSource.manager, await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateSubscriptionDto): Promise<SubscriptionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const status = dto.status ?? 'subscribed';
      const person = await this.assertMayHold(manager, dto.personId, status);
      const list = await manager.findOne(MailingList, { where: { id: dto.mailingListId } });
      if (!list) throw unknownRecord('mailingListId', 'mailing-lists');
      if (await manager.exists(Subscription, { where: { personId: dto.personId, mailingListId: dto.mailingListId } })) {
        throw new DomainException(
          'subscription_exists',
          { field: 'mailingListId' },
          'This person already has a subscription to this list: change its status instead',
          'mailingListId',
        );
      }
      const subscription = await manager.save(
        manager.create(Subscription, {
          personId: dto.personId,
          mailingListId: dto.mailingListId,
          source: 'staff' satisfies SubscriptionSource,
          ruleId: null,
          endedBy: status === 'unsubscribed' ? 'staff' : null,
          ...stamps(status),
          version: 1,
          syncedVersion: 0,
        }),
      );
      await this.changes.notifyWithin(manager, dto.personId, 'subscribe');
      // The person and the list were read above: the answer is made from them, not read again.
      return this.present(manager, [subscription], { people: new Map([[person.id, summaryOf(person)]]), lists: new Map([[list.id, list]]) }).then(
        ([response]) => response,
      );
    });
  }

  async update(id: string, dto: UpdateSubscriptionDto): Promise<SubscriptionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.load(manager, id, true);
      if (dto.status !== undefined && dto.status !== subscription.status) {
        await this.assertMayHold(manager, subscription.personId, dto.status);
        await this.moveWithin(manager, subscription, dto.status, 'staff');
      }
      return this.respond(manager, subscription);
    });
  }

  async remove(id: string): Promise<SubscriptionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.load(manager, id, true);
      const response = await this.respond(manager, subscription);
      if (subscription.syncedEmail) {
        const payload: SyncPersonPayload = { reason: 'delete', erase: [{ mailingListId: subscription.mailingListId, email: subscription.syncedEmail }] };
        await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, subscription.personId, payload);
      }
      await manager.remove(subscription);
      return response;
    });
  }

  /** Sends the subscription's current state to its provider again (after a failure). */
  async retry(id: string): Promise<SubscriptionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.load(manager, id, true);
      subscription.version += 1;
      subscription.syncFailedAt = null;
      subscription.lastError = null;
      await manager.save(subscription);
      await this.changes.notifyWithin(manager, subscription.personId, 'retry');
      return this.respond(manager, subscription);
    });
  }

  /** The lists a member may be on, with their status: those open to members and those they are already on. */
  async mine(user: AuthenticatedUser): Promise<MySubscriptionDto[]> {
    const personId = personOf(user);
    const manager = this.dataSource.manager;
    const subscriptions = await manager.find(Subscription, { where: { personId } });
    const byList = new Map(subscriptions.map((subscription) => [subscription.mailingListId, subscription]));
    const lists = await manager
      .getRepository(MailingList)
      .createQueryBuilder('l')
      .where('l.audience IN (:...audiences)', { audiences: SELF_SERVICE_AUDIENCES })
      .orWhere(byList.size > 0 ? 'l.id IN (:...ids)' : 'FALSE', { ids: [...byList.keys()] })
      .orderBy('l.name', 'ASC')
      .getMany();
    return lists.map((list) => ({
      mailingListId: list.id,
      name: list.name,
      language: list.language,
      description: list.description,
      status: byList.get(list.id)?.status ?? null,
    }));
  }

  /** A member joins or leaves a list. Leaving is for good: no rule puts them back. */
  async setMine(user: AuthenticatedUser, mailingListId: string, subscribed: boolean): Promise<MySubscriptionDto[]> {
    const personId = personOf(user);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(Subscription, { where: { personId, mailingListId }, lock: { mode: 'pessimistic_write' } });
      const list = await manager.findOne(MailingList, { where: { id: mailingListId } });
      if (!list || (!existing && !SELF_SERVICE_AUDIENCES.includes(list.audience))) throw notFound('mailing-lists', 'mailing list');
      if (subscribed) await this.assertMayHold(manager, personId, 'subscribed');
      const target: SubscriptionStatus = subscribed ? 'subscribed' : 'unsubscribed';
      if (existing) {
        if (existing.status !== target) await this.moveWithin(manager, existing, target, 'person');
        return;
      }
      if (!subscribed) return;
      await manager.save(
        manager.create(Subscription, {
          personId,
          mailingListId,
          source: 'self',
          ruleId: null,
          endedBy: null,
          ...stamps('subscribed'),
          version: 1,
          syncedVersion: 0,
        }),
      );
      await this.changes.notifyWithin(manager, personId, 'self-subscribe');
    });
    return this.mine(user);
  }

  /** Moves a subscription to another status, by whom, and tells its provider. */
  private async moveWithin(manager: EntityManager, subscription: Subscription, status: SubscriptionStatus, by: SubscriptionEnder): Promise<void> {
    subscription.status = status;
    Object.assign(subscription, stamps(status, subscription));
    subscription.endedBy = status === 'subscribed' || status === 'pending' ? null : status === 'bounced' ? 'staff' : by;
    subscription.version += 1;
    subscription.syncFailedAt = null;
    await manager.save(subscription);
    await this.changes.notifyWithin(manager, subscription.personId, status === 'subscribed' ? 'subscribe' : 'unsubscribe');
  }

  /** A person is subscribed (or pending) only with consent and an address; returns the person. */
  private async assertMayHold(manager: EntityManager, personId: string, status: SubscriptionStatus): Promise<Person> {
    const person = await this.people.load(manager, personId).catch((error: unknown) => {
      if (error instanceof DomainException && error.kind === 'not_found') throw unknownRecord('personId', 'people');
      throw error;
    });
    if (status !== 'subscribed' && status !== 'pending') return person;
    if (!person.consentAt) {
      throw new DomainException(
        'no_consent',
        { field: 'consent' },
        'consent: this person has not consented to be contacted; record their consent before subscribing them',
        'consent',
      );
    }
    if (!person.email)
      throw new DomainException('no_email_to_subscribe', { field: 'personId' }, 'personId: this person has no e-mail address to subscribe', 'personId');
    return person;
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<Subscription> {
    const subscription = await manager.findOne(Subscription, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!subscription) throw notFound('subscriptions', 'subscription');
    return subscription;
  }

  private async respond(manager: EntityManager, subscription: Subscription): Promise<SubscriptionResponseDto> {
    return (await this.present(manager, [subscription]))[0];
  }

  private async present(
    manager: EntityManager,
    page: Subscription[],
    known?: { people: Map<string, PersonSummary>; lists: Map<string, MailingList> },
  ): Promise<SubscriptionResponseDto[]> {
    if (page.length === 0) return [];
    const people =
      known?.people ??
      (await this.summaries(
        manager,
        page.map((s) => s.personId),
      ));
    const lists =
      known?.lists ?? new Map((await manager.find(MailingList, { where: { id: In([...new Set(page.map((s) => s.mailingListId))]) } })).map((l) => [l.id, l]));
    return page.map((s) => {
      const list = lists.get(s.mailingListId);
      const person = people.get(s.personId);
      return {
        id: s.id,
        personId: s.personId,
        personName: person?.name ?? '',
        personEmail: person?.email ?? null,
        mailingListId: s.mailingListId,
        mailingListName: list?.name ?? '',
        status: s.status,
        source: s.source,
        ruleId: s.ruleId,
        subscribedAt: s.subscribedAt?.toISOString() ?? null,
        unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
        endedBy: s.endedBy,
        syncState: this.syncStateOf(s, list),
        lastSyncedAt: s.lastSyncedAt?.toISOString() ?? null,
        lastError: s.lastError,
        createdAt: s.createdAt.toISOString(),
        updatedAt: s.updatedAt.toISOString(),
      };
    });
  }

  private syncStateOf(subscription: Subscription, list: MailingList | undefined): SyncState {
    if (subscription.syncFailedAt) return 'failed';
    if (subscription.version <= subscription.syncedVersion) return 'synced';
    if (!list || !this.providers.isConfigured(list.provider)) return 'not_configured';
    return 'pending';
  }

  /** Names and addresses of a page's people, in one read. */
  private async summaries(manager: EntityManager, ids: string[]): Promise<Map<string, PersonSummary>> {
    const rows: { id: string; first_name: string; last_name: string; email: string | null }[] = await manager.query(
      `SELECT id, first_name, last_name, email FROM people WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, summaryOf({ firstName: row.first_name, lastName: row.last_name, email: row.email })]));
  }
}

function summaryOf(person: Pick<Person, 'firstName' | 'lastName' | 'email'>): PersonSummary {
  return { name: `${person.firstName} ${person.lastName}`.trim(), email: person.email };
}

function personOf(user: AuthenticatedUser): string {
  if (!user.personId) throw new DomainException('account_not_linked', {}, 'Your account is not linked to a contact record');
  return user.personId;
}

/** The time columns of a status, keeping those of the status before. */
function stamps(
  status: SubscriptionStatus,
  before?: Pick<Subscription, 'subscribedAt' | 'unsubscribedAt'>,
): Pick<Subscription, 'status' | 'subscribedAt' | 'unsubscribedAt'> {
  const now = new Date();
  if (status === 'subscribed') return { status, subscribedAt: now, unsubscribedAt: null };
  if (status === 'pending') return { status, subscribedAt: before?.subscribedAt ?? null, unsubscribedAt: null };
  return { status, subscribedAt: before?.subscribedAt ?? null, unsubscribedAt: now };
}
