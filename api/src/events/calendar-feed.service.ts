import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { applyFilters } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import type { CalendarFeedQueryDto } from './dto/calendar-feed-query.dto.js';
import { EventAccessService } from './event-access.service.js';
import type { EventStatus } from './event.contract.js';
import { Event } from './event.entity.js';
import { EVENT_LIST } from './events.list-spec.js';

/** How far back the feed goes: calendar apps keep what they already fetched. */
const PAST_DAYS = 366;
/** A bound on one answer: the feed is for people's calendars, not for exports. */
const MAX_FEED_EVENTS = 2000;

const STATUS: Readonly<Record<EventStatus, ICalEventStatus>> = {
  proposed: ICalEventStatus.TENTATIVE,
  planned: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The iCalendar feed (RFC 5545) of the events a user may see. Timed events
 * are written as UTC instants (`DTSTART:…Z`): exact in every calendar app
 * without shipping a VTIMEZONE for each zone; the app shows them in its
 * user's zone, and the event's own zone is named in its description. Whole
 * days (campaign days) are dates, the same day everywhere.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
  ) {}

  async feed(query: CalendarFeedQueryDto, user: AuthenticatedUser, origin: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Event).createQueryBuilder('e');
    this.access.restrict(builder, await this.access.viewerOf(manager, user));
    const filter: Record<string, unknown> = { from: new Date(Date.now() - PAST_DAYS * 86_400_000).toISOString().slice(0, 10) };
    if (query.countryId !== undefined) filter.countryId = query.countryId;
    if (query.region !== undefined) filter.region = query.region;
    if (query.type !== undefined) filter.type = query.type;
    const list: ListQuery = { sort: ['startsAt', 'ASC'], range: [0, MAX_FEED_EVENTS - 1], filter };
    applyFilters(builder, EVENT_LIST, list);
    const events = await builder.orderBy('e.startsAt', 'ASC').addOrderBy('e.id', 'ASC').take(MAX_FEED_EVENTS).getMany();

    const calendar = ical({ name: 'OP-ICESCR campaign calendar', prodId: { company: 'Coalition CRM', product: 'events', language: 'EN' } });
    calendar.method(ICalCalendarMethod.PUBLISH);
    for (const event of events) {
      calendar.createEvent({
        id: `${event.id}@coalition-crm`,
        summary: event.title,
        start: event.allDay ? dateOnly(event.startsAt) : event.startsAt,
        end: event.allDay ? dateOnly(event.endsAt) : event.endsAt,
        allDay: event.allDay,
        timezone: null,
        description: describe(event),
        location: event.location ?? undefined,
        url: event.onlineUrl ?? `${origin}/#/events/${event.id}/show`,
        status: STATUS[event.status],
        stamp: event.updatedAt,
        lastModified: event.updatedAt,
        created: event.createdAt,
      });
    }
    return new StreamableFile(Buffer.from(calendar.toString(), 'utf8'), {
      type: 'text/calendar; charset=utf-8',
      disposition: 'inline; filename="campaign-calendar.ics"',
    });
  }
}

/** The calendar date of a whole-day event, stored as UTC midnight. */
const dateOnly = (instant: Date): string => instant.toISOString().slice(0, 10);

function describe(event: Event): string {
  const lines = [event.description ?? ''];
  if (!event.allDay) lines.push(`Local time zone: ${event.timeZone}`);
  if (event.governmentAuthorityPresent && event.governmentAuthority) lines.push(`Authorities: ${event.governmentAuthority}`);
  return lines.filter((line) => line !== '').join('\n\n');
}
