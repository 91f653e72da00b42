import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import type { OrganizationDuplicateDto } from '../duplicates/duplicate-candidate.dto.js';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service.js';
import { runPresentedListQuery } from '../list/apply-list-query.js';
import type { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { NotesService } from '../notes/notes.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import type { MembershipChangeDto } from './dto/membership-change.dto.js';
import {
  OrganizationPublicResponseDto,
  OrganizationResponseDto,
  toOrganizationResponse,
  type OrganizationDetails,
  type OrganizationLinkIds,
} from './dto/organization-response.dto.js';
import { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { assertMembershipTransition, today } from './membership-transition.js';
import { OrganizationLinksService } from './organization-links.service.js';
import { audienceOf, listSpecFor, presentOrganization, restrictToVisible, type OrganizationAudience } from './organization-visibility.js';
import type { MembershipStatus } from './organization.contract.js';
import { Organization } from './organization.entity.js';

const NO_LINKS: OrganizationLinkIds = { countriesOfWorkIds: [], workingGroupIds: [] };

/** What an approved application brings to an existing organization. */
export interface ApplicationProfile {
  acronym: string | null;
  headquartersCountryId: string | null;
  website: string | null;
  email: string | null;
  description: string | null;
  rightsFocus: readonly string[];
  languages: readonly string[];
  countriesOfWorkIds: readonly string[];
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly countries: CountriesService,
    private readonly workingGroups: WorkingGroupsService,
    private readonly affiliations: AffiliationsService,
    private readonly notes: NotesService,
    private readonly duplicateFinder: DuplicateFinderService,
    private readonly links: OrganizationLinksService,
  ) {}

  /** The list as the caller's role may see it: which rows, which fields, which filters (see organization-visibility). */
  async list(raw: ListQueryDto, user: AuthenticatedUser): Promise<Paginated<OrganizationResponseDto | OrganizationPublicResponseDto>> {
    const audience = audienceOf(user.role);
    const spec = listSpecFor(audience);
    const query = parseListQuery(raw, spec);
    const builder = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    restrictToVisible(builder, audience);
    const { items, total } = await runPresentedListQuery(builder, spec, query, async (page) => {
      const details = await this.detailsOf(this.dataSource.manager, page, audience);
      return page.map((organization, index) => presentOrganization(organization, details[index], audience));
    });
    return new Paginated(spec.resource, items, query.range[0], total);
  }

  async get(id: string, user: AuthenticatedUser): Promise<OrganizationResponseDto | OrganizationPublicResponseDto> {
    const audience = audienceOf(user.role);
    const builder = this.dataSource.getRepository(Organization).createQueryBuilder('o').where('o.id = :id', { id });
    restrictToVisible(builder, audience);
    const organization = await builder.getOne();
    if (!organization) throw notFound('organizations', 'organization');
    const [details] = await this.detailsOf(this.dataSource.manager, [organization], audience);
    return presentOrganization(organization, details, audience);
  }

  async create(dto: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => this.respond(manager, await this.createWithin(manager, dto)));
  }

  async update(id: string, dto: UpdateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => this.respond(manager, await this.updateWithin(manager, id, dto)));
  }

  /** Creates an organization with its links inside the caller's transaction (staff, approval). */
  async createWithin(manager: EntityManager, dto: CreateOrganizationDto): Promise<Organization> {
    const status: MembershipStatus = dto.membershipStatus ?? 'applicant';
    if (status === 'rejected') {
      throw new DomainException(
        'new_organization_rejected',
        { field: 'membershipStatus' },
        'membershipStatus cannot be rejected for a new organization: reject its membership application instead',
        'membershipStatus',
      );
    }
    await this.assertReferences(manager, dto);
    const organization = manager.create(Organization, {
      name: dto.name.trim(),
      acronym: dto.acronym?.trim() || null,
      type: dto.type ?? 'ngo',
      headquartersCountryId: dto.headquartersCountryId ?? null,
      website: dto.website ?? null,
      email: dto.email ? dto.email.trim().toLowerCase() : null,
      phone: dto.phone?.trim() || null,
      description: dto.description ?? null,
      rightsFocus: [...new Set(dto.rightsFocus ?? [])],
      languages: [...new Set(dto.languages ?? [])],
      membershipStatus: status,
      joinedAt: dto.joinedAt ?? (status === 'active' ? today() : null),
      isSteeringCommittee: dto.isSteeringCommittee ?? false,
    });
    const saved = await manager.save(organization);
    await this.links.replace(manager, saved.id, { countriesOfWorkIds: dto.countriesOfWorkIds ?? [], workingGroupIds: dto.workingGroupIds ?? [] });
    return saved;
  }

  /**
   * Applies the fields sent (the others stay) inside the caller's transaction:
   * staff edits and a member's own organization go through here alike.
   */
  async updateWithin(manager: EntityManager, id: string, dto: UpdateOrganizationDto): Promise<Organization> {
    const organization = await this.load(manager, id, true);
    await this.assertReferences(manager, dto);
    if (dto.name !== undefined) organization.name = dto.name.trim();
    if (dto.acronym !== undefined) organization.acronym = dto.acronym?.trim() || null;
    if (dto.type !== undefined) organization.type = dto.type;
    if (dto.headquartersCountryId !== undefined) organization.headquartersCountryId = dto.headquartersCountryId;
    if (dto.website !== undefined) organization.website = dto.website;
    if (dto.email !== undefined) organization.email = dto.email ? dto.email.trim().toLowerCase() : null;
    if (dto.phone !== undefined) organization.phone = dto.phone?.trim() || null;
    if (dto.description !== undefined) organization.description = dto.description;
    if (dto.rightsFocus !== undefined) organization.rightsFocus = [...new Set(dto.rightsFocus)];
    if (dto.languages !== undefined) organization.languages = [...new Set(dto.languages)];
    if (dto.joinedAt !== undefined) organization.joinedAt = dto.joinedAt;
    if (dto.isSteeringCommittee !== undefined) organization.isSteeringCommittee = dto.isSteeringCommittee;
    if (dto.membershipStatus !== undefined && dto.membershipStatus !== organization.membershipStatus) {
      assertMembershipTransition(organization.membershipStatus, dto.membershipStatus);
      organization.membershipStatus = dto.membershipStatus;
      if (dto.membershipStatus === 'active' && !organization.joinedAt) organization.joinedAt = today();
    }
    const saved = await manager.save(organization);
    await this.links.replace(manager, id, { countriesOfWorkIds: dto.countriesOfWorkIds, workingGroupIds: dto.workingGroupIds });
    return saved;
  }

  /**
   * An approved membership application makes its organization an active
   * member again from today, whatever its status was, except a suspension:
   * that is how a rejected or withdrawn organization comes back. Blank fields
   * are filled from the application, lists are added to; what the
   * secretariat recorded stays.
   */
  async admitThroughApplication(manager: EntityManager, organization: Organization, profile: ApplicationProfile): Promise<Organization> {
    // A suspension is a decision of the secretariat; a new application must not lift it by a side door.
    if (organization.membershipStatus === 'suspended') {
      throw new DomainException(
        'suspended_organization',
        { name: organization.name },
        `${organization.name} is suspended: lift the suspension before approving an application for it`,
        'organizationId',
      );
    }
    if (organization.membershipStatus !== 'active') {
      // The same rule as a hand-made change; a rejected organization applying again is an applicant.
      assertMembershipTransition(organization.membershipStatus === 'rejected' ? 'applicant' : organization.membershipStatus, 'active');
      organization.membershipStatus = 'active';
      organization.joinedAt = today();
    }
    organization.acronym ??= profile.acronym;
    organization.headquartersCountryId ??= profile.headquartersCountryId;
    organization.website ??= profile.website;
    organization.email ??= profile.email;
    organization.description ??= profile.description;
    organization.rightsFocus = [...new Set([...organization.rightsFocus, ...profile.rightsFocus])];
    organization.languages = [...new Set([...organization.languages, ...profile.languages])];
    await this.countries.assertExist(manager, profile.countriesOfWorkIds, 'countriesOfWorkIds');
    const saved = await manager.save(organization);
    await this.links.add(manager, organization.id, { countriesOfWorkIds: [...profile.countriesOfWorkIds] });
    return saved;
  }

  /** A query over all organizations for read-only reports of other features (CSV exports), which select what they show. */
  query(alias: string): SelectQueryBuilder<Organization> {
    return this.dataSource.getRepository(Organization).createQueryBuilder(alias);
  }

  /** The organization, locked for the caller's transaction, or null when there is none. */
  findForUpdate(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Its countries of work and working groups. */
  linkIds(manager: EntityManager, id: string): Promise<OrganizationLinkIds> {
    return this.links.of(manager, id);
  }

  /** Deletes an organization with its affiliations and notes, each one audited; its people stay. */
  async remove(id: string): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.load(manager, id, true);
      const response = await this.respond(manager, organization);
      await this.affiliations.removeAllOf(manager, 'organizationId', id);
      await this.notes.removeAllFor(manager, 'organization', id);
      await manager.remove(organization);
      return response;
    });
  }

  async duplicates(id: string): Promise<OrganizationDuplicateDto[]> {
    const manager = this.dataSource.manager;
    const organization = await this.load(manager, id);
    return this.duplicateFinder.organizations(manager, {
      name: organization.name,
      acronym: organization.acronym,
      email: organization.email,
      countryId: organization.headquartersCountryId,
      excludeId: organization.id,
    });
  }

  /** The "membership history" tab: every change of membership status, oldest first, from the audit trail. */
  async membershipHistory(id: string): Promise<MembershipChangeDto[]> {
    await this.load(this.dataSource.manager, id);
    const entries = await this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.entityType = :entityType AND a.entityId = :id', { entityType: auditEntityTypeOf(Organization), id })
      .andWhere("a.changes -> 'membershipStatus' IS NOT NULL")
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return entries.map((entry) => {
      const change = entry.changes.membershipStatus as { before: MembershipStatus | null; after: MembershipStatus | null };
      return { at: entry.createdAt.toISOString(), userEmail: entry.userEmail, from: change.before, to: change.after };
    });
  }

  async respond(manager: EntityManager, organization: Organization): Promise<OrganizationResponseDto> {
    const [details] = await this.detailsOf(manager, [organization], 'staff');
    return toOrganizationResponse(organization, details);
  }

  /**
   * What a page of organizations shows besides their own columns, in one
   * query per kind whatever the page's size: links, regions and (for the
   * staff, who may see people) primary contacts. In the page's order.
   */
  private async detailsOf(manager: EntityManager, page: readonly Organization[], audience: OrganizationAudience): Promise<OrganizationDetails[]> {
    const ids = page.map((organization) => organization.id);
    const countryIds = page.flatMap((organization) => (organization.headquartersCountryId ? [organization.headquartersCountryId] : []));
    // One after the other: inside a transaction the manager has a single connection.
    const links = await this.links.load(manager, ids);
    const regions = await this.countries.regionsOf(manager, countryIds);
    const contacts = audience === 'staff' ? await this.affiliations.primaryContactsOf(manager, ids) : new Map<string, never[]>();
    return page.map((organization) => ({
      ...(links.get(organization.id) ?? NO_LINKS),
      region: (organization.headquartersCountryId && regions.get(organization.headquartersCountryId)) || null,
      primaryContacts: contacts.get(organization.id) ?? [],
    }));
  }

  async load(manager: EntityManager, id: string, forUpdate = false): Promise<Organization> {
    const organization = await manager.findOne(Organization, {
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!organization) throw notFound('organizations', 'organization');
    return organization;
  }

  /** Unknown countries or working groups are bad input naming their field, not a database error. */
  private async assertReferences(manager: EntityManager, dto: CreateOrganizationDto | UpdateOrganizationDto): Promise<void> {
    if (dto.headquartersCountryId) await this.countries.assertExist(manager, [dto.headquartersCountryId], 'headquartersCountryId');
    if (dto.countriesOfWorkIds) await this.countries.assertExist(manager, dto.countriesOfWorkIds, 'countriesOfWorkIds');
    if (dto.workingGroupIds) await this.workingGroups.assertExist(manager, dto.workingGroupIds, 'workingGroupIds');
  }
}
