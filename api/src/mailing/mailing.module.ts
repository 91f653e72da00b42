import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { PeopleModule } from '../people/people.module.js';
import { MailingChangesSubscriber } from './mailing-changes.subscriber.js';
import { MailingController, MySubscriptionsController } from './mailing.controller.js';
import { MailingListRulesController } from './mailing-list-rules.controller.js';
import { MailingListRulesService } from './mailing-list-rules.service.js';
import { MailingListRule } from './mailing-list-rule.entity.js';
import { MailingList } from './mailing-list.entity.js';
import { MailingListsController } from './mailing-lists.controller.js';
import { MailingListsService } from './mailing-lists.service.js';
import { MailingOperationsService } from './mailing-operations.service.js';
import { MailingRulesService } from './mailing-rules.service.js';
import { MailingSyncService } from './mailing-sync.service.js';
import { MailingWebhookService } from './mailing-webhook.service.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { ReconcileRun } from './reconcile-run.entity.js';
import { ReconcileService } from './reconcile.service.js';
import { SubscriptionChangesService } from './subscription-changes.service.js';
import { Subscription } from './subscription.entity.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { WebhookNonce } from './webhook-nonce.entity.js';

/**
 * Mailing lists, subscriptions and their rules; the sync to the list servers
 * (MailingSyncService, ReconcileService) runs in the worker, which imports
 * this module for them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MailingList, Subscription, MailingListRule, ReconcileRun, WebhookNonce]),
    AuditModule,
    OutboxModule,
    PeopleModule,
    DuplicatesModule,
  ],
  controllers: [MailingListsController, SubscriptionsController, MailingListRulesController, MailingController, MySubscriptionsController],
  providers: [
    MailingProviderFactory,
    MailingListsService,
    SubscriptionsService,
    SubscriptionChangesService,
    MailingListRulesService,
    MailingRulesService,
    MailingChangesSubscriber,
    MailingOperationsService,
    MailingWebhookService,
    MailingSyncService,
    ReconcileService,
  ],
  exports: [MailingSyncService, ReconcileService, MailingOperationsService, SubscriptionChangesService],
})
export class MailingModule {}
