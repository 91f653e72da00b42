import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public, Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { BounceNoticeDto, BounceResultDto } from './dto/bounce-notice.dto.js';
import { FailedChangeDto, ReconcileRunDto, RetryResultDto, StartReconcileDto, SyncStatusDto } from './dto/mailing-operations.dto.js';
import { MySubscriptionDto, UpdateMySubscriptionDto } from './dto/subscription.dto.js';
import { MailingOperationsService } from './mailing-operations.service.js';
import { MailingWebhookService } from './mailing-webhook.service.js';
import { SubscriptionsService } from './subscriptions.service.js';

@ApiTags('mailing')
@Controller('mailing')
export class MailingController {
  constructor(
    private readonly operations: MailingOperationsService,
    private readonly webhook: MailingWebhookService,
  ) {}

  @Get('status')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: SyncStatusDto })
  status(): Promise<SyncStatusDto> {
    return this.operations.status();
  }

  @Get('failed')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [FailedChangeDto], description: 'The latest 100 changes given up, with their reason' })
  failed(): Promise<FailedChangeDto[]> {
    return this.operations.failedChanges(100);
  }

  @Post('failed/retry')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: RetryResultDto })
  retryFailed(): Promise<RetryResultDto> {
    return this.operations.retryFailed();
  }

  @Post('reconcile')
  @HttpCode(202)
  @Roles(...EDITOR_ROLES)
  @ApiAcceptedResponse({ type: ReconcileRunDto, description: 'Queued; follow its progress at GET /api/mailing/reconcile/{id}' })
  @ApiConflictResponse({ description: 'A reconcile is already queued or running' })
  reconcile(@Body() dto: StartReconcileDto, @CurrentUser() user: AuthenticatedUser): Promise<ReconcileRunDto> {
    return this.operations.startReconcile(dto.mode ?? 'full', user);
  }

  @Get('reconcile')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [ReconcileRunDto], description: 'The latest 20 runs' })
  reconcileRuns(): Promise<ReconcileRunDto[]> {
    return this.operations.reconcileRuns();
  }

  @Get('reconcile/:id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: ReconcileRunDto })
  reconcileRun(@Param('id', ParseUUIDPipe) id: string): Promise<ReconcileRunDto> {
    return this.operations.reconcileRun(id);
  }

  @Post('webhooks/bounces')
  @HttpCode(200)
  @Public()
  @RateLimit('read')
  @ApiHeader({ name: 'X-Mailing-Timestamp', required: true, description: 'Unix seconds; within 5 minutes of now' })
  @ApiHeader({ name: 'X-Mailing-Nonce', required: true, description: '16 to 100 characters, used once' })
  @ApiHeader({ name: 'X-Mailing-Signature', required: true, description: 'hex HMAC-SHA256 of `timestamp.nonce.body` with MAILING_WEBHOOK_SECRET' })
  @ApiOkResponse({ type: BounceResultDto })
  @ApiUnauthorizedResponse({ description: 'Missing, stale or wrong signature' })
  @ApiConflictResponse({ description: 'The nonce was used before (a replay)' })
  bounce(
    @Body() notice: BounceNoticeDto,
    @Req() request: Request & { rawBody?: Buffer },
    @Headers('x-mailing-timestamp') timestamp: string | undefined,
    @Headers('x-mailing-nonce') nonce: string | undefined,
    @Headers('x-mailing-signature') signature: string | undefined,
  ): Promise<BounceResultDto> {
    return this.webhook.receive({ timestamp, nonce, signature }, request.rawBody, notice);
  }
}

/** "My profile": the lists a member is on, and joining or leaving them. */
@ApiTags('me')
@Controller('me/subscriptions')
export class MySubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: [MySubscriptionDto] })
  @ApiNotFoundResponse({ description: 'The account is not linked to a contact record' })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<MySubscriptionDto[]> {
    return this.subscriptions.mine(user);
  }

  @Put(':mailingListId')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: [MySubscriptionDto], description: 'Every list again, with the change' })
  @ApiNotFoundResponse({ description: 'The account is not linked to a contact record, or no such list' })
  setMine(
    @Param('mailingListId', ParseUUIDPipe) mailingListId: string,
    @Body() dto: UpdateMySubscriptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MySubscriptionDto[]> {
    return this.subscriptions.setMine(user, mailingListId, dto.subscribed);
  }
}
