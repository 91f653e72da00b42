import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { MailService } from '../mail/mail.service.js';
import { applicationMails } from './application-mails.js';
import type { ApplicationSubmittedDto } from './dto/application-submitted.dto.js';
import type { CreateMembershipApplicationDto } from './dto/create-membership-application.dto.js';
import type { MembershipApplicationDetailDto } from './dto/membership-application-detail.dto.js';
import { toMembershipApplicationResponse, type MembershipApplicationResponseDto } from './dto/membership-application-response.dto.js';
import { CountriesService } from '../countries/countries.service.js';
import { hasAnyDuplicate, MembershipApplicationDuplicatesService } from './membership-application-duplicates.service.js';
import { MembershipApplication } from './membership-application.entity.js';
import { MEMBERSHIP_APPLICATION_LIST } from './membership-applications.list-spec.js';

/** The public form and the secretariat's reading of what arrived; decisions are in MembershipApplicationReviewService. */
@Injectable()
export class MembershipApplicationsService {
  private readonly logger = new Logger(MembershipApplicationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duplicates: MembershipApplicationDuplicatesService,
    private readonly countries: CountriesService,
    private readonly mail: MailService,
  ) {}

  /**
   * Stores an application and confirms it to the applicant. A filled honeypot
   * means a bot: it gets the same answer as a person, so that it learns
   * nothing to adapt to, and nothing is stored or sent.
   */
  async submit(dto: CreateMembershipApplicationDto): Promise<ApplicationSubmittedDto> {
    if (dto.homepage?.trim()) {
      this.logger.log('A membership application with the honeypot field filled in was dropped');
      return { id: randomUUID(), status: 'pending' };
    }
    return this.dataSource.transaction(async (manager) => {
      await this.countries.assertExist(manager, [dto.headquartersCountryId], 'headquartersCountryId');
      await this.countries.assertExist(manager, dto.countriesOfWorkIds, 'countriesOfWorkIds');
      const application = manager.create(MembershipApplication, {
        status: 'pending',
        organizationName: dto.organizationName,
        organizationAcronym: dto.organizationAcronym ?? null,
        organizationType: dto.organizationType,
        organizationWebsite: dto.organizationWebsite ?? null,
        organizationEmail: dto.organizationEmail ?? null,
        headquartersCountryId: dto.headquartersCountryId,
        countriesOfWorkIds: dto.countriesOfWorkIds,
        rightsFocus: dto.rightsFocus,
        languages: dto.languages,
        description: dto.description ?? null,
        contactFirstName: dto.contactFirstName,
        contactLastName: dto.contactLastName,
        contactEmail: dto.contactEmail,
        contactPhone: dto.contactPhone ?? null,
        contactRole: dto.contactRole ?? null,
        motivation: dto.motivation,
        locale: dto.locale ?? 'en',
        consentAt: new Date(),
      });
      await manager.save(application);
      await this.mail.queue(manager, applicationMails.received(application));
      return { id: application.id, status: 'pending' };
    });
  }

  async list(query: ListQuery): Promise<Paginated<MembershipApplicationResponseDto>> {
    const manager = this.dataSource.manager;
    const { items, total } = await runListQuery(manager.getRepository(MembershipApplication).createQueryBuilder('a'), MEMBERSHIP_APPLICATION_LIST, query);
    const pending = items.filter((item) => item.status === 'pending').map((item) => item.id);
    const flagged = await this.duplicates.flagged(manager, pending);
    return new Paginated(
      MEMBERSHIP_APPLICATION_LIST.resource,
      items.map((item) => toMembershipApplicationResponse(item, flagged.has(item.id))),
      query.range[0],
      total,
    );
  }

  async get(id: string): Promise<MembershipApplicationDetailDto> {
    const manager = this.dataSource.manager;
    const application = await manager.findOne(MembershipApplication, { where: { id } });
    if (!application) throw notFound('membership-applications', 'membership application');
    const duplicates = await this.duplicates.candidates(manager, application);
    return { ...toMembershipApplicationResponse(application, hasAnyDuplicate(duplicates)), duplicates };
  }
}
