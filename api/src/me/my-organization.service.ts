import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { loadKnownCountries } from '../countries/known-countries.js';
import { Organization } from '../organizations/organization.entity.js';
import { toMyOrganizationResponse, type MyOrganizationResponseDto } from './dto/my-organization-response.dto.js';
import type { UpdateMyOrganizationDto } from './dto/update-my-organization.dto.js';
import { changedSecretariatField, MEMBER_ORGANIZATION_FIELDS, memberChanges, SECRETARIAT_ORGANIZATION_FIELDS } from './member-editable-fields.js';
import { MyRecordsService } from './my-records.service.js';

/** The public profile of a member's own organization, edited by the member. */
@Injectable()
export class MyOrganizationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mine: MyRecordsService,
  ) {}

  async get(user: AuthenticatedUser): Promise<MyOrganizationResponseDto> {
    const manager = this.dataSource.manager;
    const organizationId = await this.mine.organizationIdOf(manager, user);
    return this.response(manager, await manager.findOneOrFail(Organization, { where: { id: organizationId } }));
  }

  async update(user: AuthenticatedUser, dto: UpdateMyOrganizationDto): Promise<MyOrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const organizationId = await this.mine.organizationIdOf(manager, user);
      const organization = await manager.findOneOrFail(Organization, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      const changed = changedSecretariatField(
        {
          membershipStatus: organization.membershipStatus,
          isSteeringCommittee: organization.isSteeringCommittee,
          joinedAt: organization.joinedAt,
          workingGroupIds: await this.workingGroupIds(manager, organizationId),
        },
        dto,
      );
      if (changed) throw new DomainException('forbidden', SECRETARIAT_ORGANIZATION_FIELDS[changed], changed);
      if (dto.headquartersCountryId) await loadKnownCountries(manager, [dto.headquartersCountryId], 'headquartersCountryId');
      // The countries of work are a relation, set apart from the columns.
      const { countriesOfWorkIds, ...columns } = memberChanges(MEMBER_ORGANIZATION_FIELDS, dto);
      Object.assign(organization, columns);
      if (countriesOfWorkIds !== undefined) {
        organization.countriesOfWork = await loadKnownCountries(manager, dto.countriesOfWorkIds ?? [], 'countriesOfWorkIds');
      }
      return this.response(manager, await manager.save(organization));
    });
  }

  private async response(manager: EntityManager, organization: Organization): Promise<MyOrganizationResponseDto> {
    const countries = await manager.query<Array<{ id: string }>>(
      `SELECT country_id AS id FROM organization_countries WHERE organization_id = $1 ORDER BY country_id`,
      [organization.id],
    );
    return toMyOrganizationResponse(
      organization,
      countries.map((row) => row.id),
      await this.workingGroupIds(manager, organization.id),
    );
  }

  private async workingGroupIds(manager: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT working_group_id AS id FROM organization_working_groups WHERE organization_id = $1 ORDER BY working_group_id`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }
}
