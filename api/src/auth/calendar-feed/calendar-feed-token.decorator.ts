import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

export const ACCEPTS_CALENDAR_FEED_TOKEN = 'access:calendar-feed-token';

/**
 * The route also takes the user's personal feed token as `?token=` instead of
 * the bearer token, for calendar apps. Only the feed says this: the token
 * opens nothing else.
 */
export const AcceptsCalendarFeedToken = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(ACCEPTS_CALENDAR_FEED_TOKEN, true),
    ApiQuery({ name: 'token', required: false, description: 'Personal calendar-feed token (GET /api/auth/me, calendarToken)' }),
  );
