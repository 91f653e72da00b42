import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound, unknownRecord } from '../common/domain.exception.js';
import { MergeReferencesService } from '../duplicates/merge-references.service.js';
import { fillEmpty, unionOf } from '../duplicates/merge-values.js';
import { NotesService } from '../notes/notes.service.js';
import { UsersService } from '../users/users.service.js';
import { PersonMergeResponseDto } from './dto/person-merge-response.dto.js';
import { otherEmailsOf, PeopleService } from './people.service.js';
import { Person } from './person.entity.js';

/** Merges a duplicate person into the record that is kept, keeping everything both had. */
@Injectable()
export class PersonMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly affiliations: AffiliationsService,
    private readonly notes: NotesService,
    private readonly references: MergeReferencesService,
    private readonly users: UsersService,
  ) {}

  async merge(mergedId: string, keptId: string, actor: AuthenticatedUser): Promise<PersonMergeResponseDto> {
    if (mergedId === keptId)
      throw new DomainException('merge_into_itself', { field: 'intoId', resource: 'people' }, 'A person cannot be merged into itself', 'intoId');
    return this.dataSource.transaction(async (manager) => {
      const [merged, kept] = await this.lockBoth(manager, mergedId, keptId);
      await this.moveUserAccount(manager, merged, kept);
      await this.affiliations.moveAll(manager, 'personId', merged.id, kept.id);
      await this.notes.moveAll(manager, 'person', merged.id, kept.id);
      // Whatever else points at the merged person (applications, e-mail changes, and any later table's foreign key).
      await this.references.move(manager, Person, merged.id, kept.id);

      fillEmpty(kept, merged, ['email', 'jobTitle', 'countryId', 'consentSource']);
      if (kept.consentAt === null) kept.consentAt = merged.consentAt;
      const mergedEmails = [merged.email, ...merged.otherEmails].filter((email): email is string => Boolean(email));
      kept.otherEmails = otherEmailsOf(unionOf(kept.otherEmails, mergedEmails), kept.email);
      kept.phones = unionOf(kept.phones, merged.phones);
      kept.languages = unionOf(kept.languages, merged.languages);

      // The merged record goes first: the kept one may take over its e-mail, which is unique.
      await manager.remove(merged);
      await manager.save(kept);
      await this.notes.addWithin(
        manager,
        { targetType: 'person', targetId: kept.id, body: `Merged ${merged.firstName} ${merged.lastName} (${mergedId}) into this record` },
        actor,
      );
      return { ...(await this.people.respond(manager, kept)), mergedId };
    });
  }

  private async lockBoth(manager: EntityManager, mergedId: string, keptId: string): Promise<[Person, Person]> {
    // One statement locks both rows in id order, so two opposite merges cannot deadlock.
    const rows = await manager.find(Person, { where: { id: In([mergedId, keptId]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const merged = rows.find((person) => person.id === mergedId);
    const kept = rows.find((person) => person.id === keptId);
    if (!merged) throw notFound('people', 'person');
    if (!kept) throw unknownRecord('intoId', 'people');
    return [merged, kept];
  }

  /** A person has at most one user account: the kept person takes over the merged one's, unless it has its own. */
  private async moveUserAccount(manager: EntityManager, merged: Person, kept: Person): Promise<void> {
    const accounts = await this.users.findByPeople(manager, [merged.id, kept.id]);
    const mergedAccount = accounts.find((user) => user.personId === merged.id);
    const keptAccount = accounts.find((user) => user.personId === kept.id);
    if (mergedAccount && keptAccount) {
      throw new DomainException(
        'both_have_users',
        { field: 'intoId', email: mergedAccount.email, otherEmail: keptAccount.email },
        `Both people have a user account (${mergedAccount.email} and ${keptAccount.email}): delete one account or link it to nobody before merging`,
        'intoId',
      );
    }
    if (mergedAccount) await this.users.linkPerson(manager, mergedAccount, kept.id);
  }
}
