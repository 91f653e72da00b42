import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { requestContext } from '../request-context/request-context.js';
import { RecordTestimonyDto } from './dto/record-testimony.dto.js';
import { SubmitTestimonyDto } from './dto/submit-testimony.dto.js';
import { TestimonyResponseDto, toTestimonyResponse } from './dto/testimony-response.dto.js';
import { TestimonySubmittedDto } from './dto/testimony-submitted.dto.js';
import { UpdateTestimonyDto } from './dto/update-testimony.dto.js';
import { TESTIMONY_LIST } from './testimonies.list-spec.js';
import { TestimonyAccessService } from './testimony-access.service.js';
import { canMoveTestimony, publicationBlocker, TESTIMONY_TRANSITIONS, type TestimonySource } from './testimony.contract.js';
import { Testimony } from './testimony.entity.js';

@Injectable()
export class TestimoniesService {
  private readonly logger = new Logger(TestimoniesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TestimonyAccessService,
    private readonly countries: CountriesService,
  ) {}

  /**
   * The public form. A filled honeypot means a bot: it gets the same answer as
   * a person, so that it learns nothing to adapt to, and nothing is stored.
   */
  async submit(dto: SubmitTestimonyDto): Promise<TestimonySubmittedDto> {
    if (dto.homepage?.trim()) {
      this.logger.log('A testimony with the honeypot field filled in was dropped');
      return { status: 'received' };
    }
    const { homepage: _homepage, ...fields } = dto;
    await this.dataSource.transaction((manager) => this.insert(manager, fields, 'public_form', null, null));
    return { status: 'received' };
  }

  /** A member records a testimony for one of its organization's countries; the secretariat, for any country. */
  async record(dto: RecordTestimonyDto, user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.access.viewerOf(manager, user);
      await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const organizationId = viewer.kind === 'member' ? await this.access.assertMayRecord(manager, viewer, dto.countryId) : null;
      const source: TestimonySource = viewer.kind === 'member' ? 'member' : 'secretariat';
      const testimony = await this.insert(manager, dto, source, user.id, organizationId);
      return toTestimonyResponse(testimony, user.role);
    });
  }

  async list(query: ListQuery, user: AuthenticatedUser): Promise<Paginated<TestimonyResponseDto>> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Testimony).createQueryBuilder('t');
    this.access.restrict(builder, await this.access.viewerOf(manager, user));
    const { items, total } = await runListQuery(builder, TESTIMONY_LIST, query);
    return new Paginated(
      TESTIMONY_LIST.resource,
      items.map((testimony) => toTestimonyResponse(testimony, user.role)),
      query.range[0],
      total,
    );
  }

  /** A testimony the user may not see answers 404, as if it did not exist. */
  async get(id: string, user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Testimony).createQueryBuilder('t').where('t.id = :id', { id });
    this.access.restrict(builder, await this.access.viewerOf(manager, user));
    const testimony = await builder.getOne();
    if (!testimony) throw notFound('testimonies', 'testimony');
    return toTestimonyResponse(testimony, user.role);
  }

  async update(id: string, dto: UpdateTestimonyDto, user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const testimony = await this.load(manager, id, true);
      if (dto.consentToPublish === true && !testimony.consentToPublish) {
        throw new DomainException(
          'consent_given_by_submitter',
          { field: 'consentToPublish' },
          'consentToPublish is given by the submitter only; it may be withdrawn here',
          'consentToPublish',
        );
      }
      if (dto.anonymize === false && testimony.anonymize) {
        throw new DomainException('anonymity_kept', { field: 'anonymize' }, 'anonymize was asked for by the submitter and cannot be lifted', 'anonymize');
      }
      if (dto.status !== undefined && !canMoveTestimony(testimony.status, dto.status)) {
        const next = TESTIMONY_TRANSITIONS[testimony.status];
        const allowed = next.length > 0 ? `it may become ${next.join(' or ')}` : 'it is final';
        throw new DomainException(
          'status_transition',
          { field: 'status', resource: 'testimonies', from: testimony.status, to: dto.status },
          `status cannot go from ${testimony.status} to ${dto.status}: ${allowed}`,
          'status',
        );
      }
      if (dto.rightsAffected !== undefined) testimony.rightsAffected = dto.rightsAffected;
      if (dto.publicTitle !== undefined) testimony.publicTitle = dto.publicTitle;
      if (dto.publicText !== undefined) testimony.publicText = dto.publicText;
      if (dto.consentToPublish !== undefined) testimony.consentToPublish = dto.consentToPublish;
      if (dto.anonymize !== undefined) testimony.anonymize = dto.anonymize;
      const wasPublished = testimony.status === 'published';
      if (dto.status !== undefined) testimony.status = dto.status;
      // Also holds a published testimony whose consent is withdrawn: it must be archived in the same change.
      if (testimony.status === 'published') assertPublishable(testimony);
      if (testimony.status === 'published' && !wasPublished) testimony.publishedAt = new Date();
      return toTestimonyResponse(await manager.save(testimony), user.role);
    });
  }

  async remove(id: string, user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const testimony = await this.load(manager, id, true);
      const response = toTestimonyResponse(testimony, user.role);
      await manager.remove(testimony);
      return response;
    });
  }

  /**
   * Stores a testimony. When its submitter asked for anonymity, the audit entry
   * of its creation names no author: the account that recorded it is kept on
   * the testimony, where only coordinators see it.
   */
  private async insert(
    manager: EntityManager,
    fields: RecordTestimonyDto,
    source: TestimonySource,
    userId: string | null,
    organizationId: string | null,
  ): Promise<Testimony> {
    await this.countries.assertExist(manager, [fields.countryId], 'countryId');
    const testimony = manager.create(Testimony, {
      countryId: fields.countryId,
      rightsAffected: fields.rightsAffected,
      text: fields.text,
      submitterName: fields.submitterName ?? null,
      submitterContact: fields.submitterContact ?? null,
      submittedByUserId: userId,
      organizationId,
      source,
      locale: fields.locale ?? 'en',
      consentToPublish: fields.consentToPublish,
      anonymize: fields.anonymize,
      status: 'received',
      publicTitle: null,
      publicText: null,
      publishedAt: null,
    });
    const save = (): Promise<Testimony> => manager.save(testimony);
    return fields.anonymize ? requestContext.runAs(undefined, save) : save();
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<Testimony> {
    const testimony = await manager.findOne(Testimony, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!testimony) throw notFound('testimonies', 'testimony');
    return testimony;
  }
}

/** Publishing needs the submitter's consent and a public version that does not name an anonymous submitter. */
function assertPublishable(testimony: Testimony): void {
  const blocker = publicationBlocker(testimony);
  if (blocker === 'consentToPublish') {
    throw new DomainException('publish_needs_consent', { field: blocker }, 'a testimony is published only with its submitter’s consent', blocker);
  }
  if (blocker)
    throw new DomainException('publish_needs_field', { field: blocker }, `${blocker} is required to publish: the public version is what is shown`, blocker);
  const name = testimony.submitterName?.trim().toLowerCase();
  if (testimony.anonymize && name && `${testimony.publicTitle ?? ''}\n${testimony.publicText ?? ''}`.toLowerCase().includes(name)) {
    throw new DomainException(
      'public_text_names_submitter',
      { field: 'publicText' },
      'publicText names the submitter of an anonymized testimony',
      'publicText',
    );
  }
}
