import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import type { UpdateOrganizationDto } from '../organizations/dto/update-organization.dto.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
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
    private readonly organizations: OrganizationsService,
  ) {}

  async get(user: AuthenticatedUser): Promise<MyOrganizationResponseDto> {
    const manager = this.dataSource.manager;
    const organizationId = await this.mine.organizationIdOf(manager, user);
    return this.response(manager, await this.organizations.load(manager, organizationId));
  }

  /** The member's own fields go through the organization's owner, which audits them and their countries of work. */
  async update(user: AuthenticatedUser, dto: UpdateMyOrganizationDto): Promise<MyOrganizationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const organizationId = await this.mine.organizationIdOf(manager, user);
      const organization = await this.organizations.load(manager, organizationId, true);
      const changed = changedSecretariatField(
        {
          membershipStatus: organization.membershipStatus,
          isSteeringCommittee: organization.isSteeringCommittee,
          joinedAt: organization.joinedAt,
          workingGroupIds: (await this.organizations.linkIds(manager, organizationId)).workingGroupIds,
        },
        dto,
      );
      if (changed) throw new DomainException('set_by_secretariat', { field: changed }, SECRETARIAT_ORGANIZATION_FIELDS[changed], changed);
      const changes: UpdateOrganizationDto = memberChanges(MEMBER_ORGANIZATION_FIELDS, dto);
      return this.response(manager, await this.organizations.updateWithin(manager, organizationId, changes));
    });
  }

  private async response(manager: EntityManager, organization: Organization): Promise<MyOrganizationResponseDto> {
    const { countriesOfWorkIds, workingGroupIds } = await this.organizations.linkIds(manager, organization.id);
    return toMyOrganizationResponse(organization, countriesOfWorkIds, workingGroupIds);
  }
}
