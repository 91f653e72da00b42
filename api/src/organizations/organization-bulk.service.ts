import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import type { BulkMembershipStatusDto, BulkWorkingGroupDto } from './dto/organization-bulk.dto.js';
import type { OrganizationBulkResponseDto, OrganizationBulkRowDto } from './dto/organization-bulk-result.dto.js';
import { OrganizationLinksService } from './organization-links.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/** What one row's change did: whether it changed anything. */
type RowChange = (manager: EntityManager, organization: Organization) => Promise<boolean>;

/**
 * Changes of many organizations selected in the list. Each organization is
 * changed in its own transaction through the same code as a single edit (same
 * rules, same audit entries), so one refused row leaves the others changed and
 * is reported by name with the reason.
 */
@Injectable()
export class OrganizationBulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly links: OrganizationLinksService,
    private readonly workingGroups: WorkingGroupsService,
  ) {}

  setMembershipStatus(dto: BulkMembershipStatusDto): Promise<OrganizationBulkResponseDto> {
    return this.eachRow(dto.ids, async (manager, organization) => {
      if (organization.membershipStatus === dto.membershipStatus) return false;
      await this.organizations.updateWithin(manager, organization.id, { membershipStatus: dto.membershipStatus });
      return true;
    });
  }

  async addToWorkingGroup(dto: BulkWorkingGroupDto): Promise<OrganizationBulkResponseDto> {
    await this.workingGroups.assertExist(this.dataSource.manager, [dto.workingGroupId], 'workingGroupId');
    const workingGroupId = dto.workingGroupId.toLowerCase();
    return this.eachRow(dto.ids, async (manager, organization) => {
      const { workingGroupIds } = await this.links.of(manager, organization.id);
      if (workingGroupIds.includes(workingGroupId)) return false;
      await this.links.add(manager, organization.id, { workingGroupIds: [workingGroupId] });
      return true;
    });
  }

  private async eachRow(ids: readonly string[], change: RowChange): Promise<OrganizationBulkResponseDto> {
    const results: OrganizationBulkRowDto[] = [];
    for (const id of new Set(ids.map((value) => value.toLowerCase()))) results.push(await this.changeOne(id, change));
    return { results };
  }

  private async changeOne(id: string, change: RowChange): Promise<OrganizationBulkRowDto> {
    let name: string | null = null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organization = await this.organizations.findForUpdate(manager, id);
        if (!organization) return { id, name: null, outcome: 'not_found' as const };
        name = organization.name;
        return { id, name, outcome: (await change(manager, organization)) ? ('changed' as const) : ('unchanged' as const) };
      });
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      return { id, name, outcome: 'refused', code: error.code, message: error.message, params: error.params };
    }
  }
}
