import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound, unknownRecord } from '../common/domain.exception.js';
import { MergeReferencesService } from '../duplicates/merge-references.service.js';
import { fillEmpty, unionOf } from '../duplicates/merge-values.js';
import { NotesService } from '../notes/notes.service.js';
import { OrganizationMergeResponseDto } from './dto/organization-merge-response.dto.js';
import { OrganizationLinksService } from './organization-links.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/** Merges a duplicate organization into the record that is kept, keeping everything both had. */
@Injectable()
export class OrganizationMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly affiliations: AffiliationsService,
    private readonly notes: NotesService,
    private readonly references: MergeReferencesService,
    private readonly links: OrganizationLinksService,
  ) {}

  async merge(mergedId: string, keptId: string, actor: AuthenticatedUser): Promise<OrganizationMergeResponseDto> {
    if (mergedId === keptId) {
      throw new DomainException('merge_into_itself', { field: 'intoId', resource: 'organizations' }, 'An organization cannot be merged into itself', 'intoId');
    }
    return this.dataSource.transaction(async (manager) => {
      const [merged, kept] = await this.lockBoth(manager, mergedId, keptId);
      // Taking over the merged record's countries and working groups first records them in the kept one's audit trail.
      await this.links.add(manager, kept.id, await this.links.of(manager, merged.id));
      await this.affiliations.moveAll(manager, 'organizationId', merged.id, kept.id);
      await this.notes.moveAll(manager, 'organization', merged.id, kept.id);
      // Whatever else points at the merged organization (applications, and any later table's foreign key).
      await this.references.move(manager, Organization, merged.id, kept.id);

      fillEmpty(kept, merged, ['acronym', 'headquartersCountryId', 'website', 'email', 'phone', 'description', 'joinedAt']);
      kept.rightsFocus = unionOf(kept.rightsFocus, merged.rightsFocus);
      kept.languages = unionOf(kept.languages, merged.languages);
      // A seat on the steering committee is not lost because the secretariat had the organization twice.
      kept.isSteeringCommittee ||= merged.isSteeringCommittee;

      await manager.remove(merged);
      await manager.save(kept);
      await this.notes.addWithin(
        manager,
        { targetType: 'organization', targetId: kept.id, body: `Merged ${merged.name} (${mergedId}) into this record` },
        actor,
      );
      return { ...(await this.organizations.respond(manager, kept)), mergedId };
    });
  }

  private async lockBoth(manager: EntityManager, mergedId: string, keptId: string): Promise<[Organization, Organization]> {
    // One statement locks both rows in id order, so two opposite merges cannot deadlock.
    const rows = await manager.find(Organization, {
      where: { id: In([mergedId, keptId]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const merged = rows.find((organization) => organization.id === mergedId);
    const kept = rows.find((organization) => organization.id === keptId);
    if (!merged) throw notFound('organizations', 'organization');
    if (!kept) throw unknownRecord('intoId', 'organizations');
    return [merged, kept];
  }
}
