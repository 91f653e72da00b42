import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { AppConfig } from '../config/app-config.js';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_TTL_SECONDS, QueueBoardAccess } from './queue-board-access.js';

@ApiTags('admin')
@Controller('admin')
export class QueueBoardController {
  constructor(
    private readonly access: QueueBoardAccess,
    private readonly config: AppConfig,
  ) {}

  @Post('queues-session')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary: 'Opens the queues dashboard',
    description: 'Sets a signed cookie, valid 10 minutes and only under /api/admin/queues, that lets the browser open the dashboard.',
  })
  @ApiNoContentResponse({ description: 'The cookie is set' })
  openSession(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): void {
    response.cookie(QUEUE_BOARD_COOKIE, this.access.issue(user.id), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/api/admin/queues',
      maxAge: QUEUE_BOARD_TTL_SECONDS * 1000,
    });
  }
}
