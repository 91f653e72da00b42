import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { AcceptsCalendarFeedToken } from '../auth/calendar-feed/calendar-feed-token.decorator.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeedQueryDto } from './dto/calendar-feed-query.dto.js';
import { CreateEventDto } from './dto/create-event.dto.js';
import { EventResponseDto } from './dto/event-response.dto.js';
import { UpdateEventDto } from './dto/update-event.dto.js';
import { EVENT_LIST } from './events.list-spec.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly feed: CalendarFeedService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(EVENT_LIST, EventResponseDto)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<EventResponseDto>> {
    return this.events.list(parseListQuery(query, EVENT_LIST), user);
  }

  /** Declared before `:id`, which would otherwise take `calendar.ics` for an id. */
  @Get('calendar.ics')
  @Roles(...STAFF_ROLES, 'member')
  @AcceptsCalendarFeedToken()
  @RateLimit('read')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The events the caller may see, as an iCalendar (RFC 5545) feed', schema: { type: 'string' } })
  calendar(@Query() query: CalendarFeedQueryDto, @CurrentUser() user: AuthenticatedUser, @Req() request: Request): Promise<StreamableFile> {
    return this.feed.feed(query, user, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: EventResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<EventResponseDto> {
    return this.events.get(id, user);
  }

  @Post()
  @Roles(...EDITOR_ROLES, 'member')
  @ApiCreatedResponse({ type: EventResponseDto, description: 'Planned when the secretariat creates it; proposed when a member does' })
  create(@Body() dto: CreateEventDto, @CurrentUser() user: AuthenticatedUser): Promise<EventResponseDto> {
    return this.events.create(dto, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: EventResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEventDto): Promise<EventResponseDto> {
    return this.events.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: EventResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<EventResponseDto> {
    return this.events.remove(id);
  }
}
