import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Application, RequestHandler } from 'express';
import { AppConfig } from '../config/app-config.js';
import { QueueInspectorService } from '../queue/queue-inspector.service.js';
import { QueueBoardAccess } from './queue-board-access.js';
import { QueueBoardController } from './queue-board.controller.js';

/** Where the dashboard lives; its pages, assets and API are all under it. */
export const QUEUE_BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board, the BullMQ dashboard, for administrators only. The API speaks
 * bearer tokens, which a page opened in the browser does not send: an
 * administrator first calls POST /api/admin/queues-session, which sets a
 * short-lived signed cookie scoped to the dashboard's path. Every request
 * under the path (page, assets, its API) needs that cookie or an
 * administrator's bearer token: 401 without a credential, 403 for other roles.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: `${config.JWT_SECRET}:queue-board`, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [QueueBoardController],
  providers: [QueueBoardAccess],
})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: QueueBoardAccess,
    private readonly queues: QueueInspectorService,
  ) {}

  onModuleInit(): void {
    const instance: unknown = this.adapterHost.httpAdapter?.getInstance();
    if (typeof instance !== 'function') return;
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.queues().map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Coalition CRM queues' } },
    });
    const guard: RequestHandler = (request, response, next) => void this.access.guard(request, response, next);
    (instance as Application).use(QUEUE_BOARD_PATH, guard, serverAdapter.getRouter() as RequestHandler);
  }
}
