import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { NotesService } from '../notes/notes.service.js';
import { CreateEventDto } from './dto/create-event.dto.js';
import { EventResponseDto, toEventResponse } from './dto/event-response.dto.js';
import { UpdateEventDto } from './dto/update-event.dto.js';
import { EventAccessService, type EventViewer } from './event-access.service.js';
import { canMoveEvent, EVENT_TRANSITIONS, fieldRequiredFor } from './event.contract.js';
import { Event } from './event.entity.js';
import { EventOrganizersService } from './event-organizers.service.js';
import { EVENT_LIST } from './events.list-spec.js';
import { assertSchedule } from './event-schedule-rules.js';

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly organizers: EventOrganizersService,
    private readonly countries: CountriesService,
    private readonly notes: NotesService,
  ) {}

  async list(query: ListQuery, user: AuthenticatedUser): Promise<Paginated<EventResponseDto>> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Event).createQueryBuilder('e');
    this.access.restrict(builder, await this.access.viewerOf(manager, user));
    const { items, total } = await runListQuery(builder, EVENT_LIST, query);
    const organizers = await this.organizers.of(
      manager,
      items.map((event) => event.id),
    );
    return new Paginated(
      EVENT_LIST.resource,
      items.map((event) => toEventResponse(event, organizers.get(event.id) ?? [])),
      query.range[0],
      total,
    );
  }

  /** An event the user may not see answers 404, as if it did not exist. */
  async get(id: string, user: AuthenticatedUser): Promise<EventResponseDto> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Event).createQueryBuilder('e').where('e.id = :id', { id });
    this.access.restrict(builder, await this.access.viewerOf(manager, user));
    const event = await builder.getOne();
    if (!event) throw notFound('events', 'event');
    return this.respond(manager, event);
  }

  /** The staff create planned events; a member proposes one for a country its organization works in, organized by it. */
  async create(dto: CreateEventDto, user: AuthenticatedUser): Promise<EventResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.access.viewerOf(manager, user);
      const proposer = viewer.kind === 'member' ? await this.proposerOf(manager, viewer, dto) : null;
      if (dto.countryId) await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const startsAt = new Date(dto.startsAt);
      const endsAt = new Date(dto.endsAt);
      assertSchedule(startsAt, endsAt, dto.timeZone);
      const event = await manager.save(
        manager.create(Event, {
          title: dto.title,
          type: dto.type,
          status: proposer ? 'proposed' : 'planned',
          description: dto.description ?? null,
          countryId: dto.countryId ?? null,
          startsAt,
          endsAt,
          timeZone: dto.timeZone,
          allDay: dto.allDay ?? false,
          location: dto.location ?? null,
          onlineUrl: dto.onlineUrl ?? null,
          supportRequested: dto.supportRequested ?? [],
          supportGiven: dto.supportGiven ?? [],
          governmentAuthorityPresent: dto.governmentAuthorityPresent ?? false,
          governmentAuthority: dto.governmentAuthority ?? null,
          attendance: dto.attendance ?? null,
          isPublic: dto.isPublic ?? false,
          proposedByOrganizationId: proposer,
        }),
      );
      const organizerIds = [...(dto.organizerIds ?? []), ...(proposer ? [proposer] : [])];
      await this.organizers.replace(manager, event.id, organizerIds);
      return this.respond(manager, event);
    });
  }

  async update(id: string, dto: UpdateEventDto): Promise<EventResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.load(manager, id, true);
      if (dto.status !== undefined && !canMoveEvent(event.status, dto.status)) {
        const next = EVENT_TRANSITIONS[event.status];
        const allowed = next.length > 0 ? `it may become ${next.join(' or ')}` : 'it is final';
        throw new DomainException(
          'status_transition',
          { field: 'status', resource: 'events', from: event.status, to: dto.status },
          `status cannot go from ${event.status} to ${dto.status}: ${allowed}`,
          'status',
        );
      }
      if (dto.countryId) await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const { organizerIds, startsAt, endsAt, id: _id, proposedByOrganizationId: _by, createdAt: _c, updatedAt: _u, ...fields } = dto;
      Object.assign(event, withoutUndefined(fields));
      if (startsAt !== undefined) event.startsAt = new Date(startsAt);
      if (endsAt !== undefined) event.endsAt = new Date(endsAt);
      assertSchedule(event.startsAt, event.endsAt, event.timeZone);
      const required = fieldRequiredFor(event.status);
      if (required && !event[required]) {
        const why = required === 'outcomeReport' ? 'an event is marked held with its outcome report' : 'an event is declined or cancelled with its reason';
        throw new DomainException(
          required === 'outcomeReport' ? 'event_needs_outcome' : 'event_needs_reason',
          { field: required },
          `${required} is required: ${why}`,
          required,
        );
      }
      const saved = await manager.save(event);
      if (organizerIds !== undefined) await this.organizers.replace(manager, id, organizerIds);
      return this.respond(manager, saved);
    });
  }

  async remove(id: string): Promise<EventResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.load(manager, id, true);
      const response = await this.respond(manager, event);
      await this.organizers.replace(manager, id, []);
      await this.notes.removeAllFor(manager, 'event', id);
      await manager.remove(event);
      return response;
    });
  }

  private async proposerOf(manager: EntityManager, viewer: Extract<EventViewer, { kind: 'member' }>, dto: CreateEventDto): Promise<string> {
    if (dto.isPublic === true) throw new DomainException('set_by_secretariat', { field: 'isPublic' }, 'isPublic is set by the secretariat', 'isPublic');
    if (dto.supportGiven !== undefined && dto.supportGiven.length > 0) {
      throw new DomainException(
        'set_by_secretariat',
        { field: 'supportGiven' },
        'supportGiven is set by the secretariat; ask for support in supportRequested',
        'supportGiven',
      );
    }
    return this.access.assertMayPropose(manager, viewer.organizationId, dto.countryId);
  }

  private async respond(manager: EntityManager, event: Event): Promise<EventResponseDto> {
    const organizers = await this.organizers.of(manager, [event.id]);
    return toEventResponse(event, organizers.get(event.id) ?? []);
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<Event> {
    const event = await manager.findOne(Event, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!event) throw notFound('events', 'event');
    return event;
  }
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
