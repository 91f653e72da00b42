import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { PeopleService } from '../people/people.service.js';
import type { Person } from '../people/person.entity.js';
import { toMyProfileResponse, type MyProfileResponseDto } from './dto/my-profile-response.dto.js';
import type { UpdateMyProfileDto } from './dto/update-my-profile.dto.js';
import { EmailChangeService } from './email-change/email-change.service.js';
import { MEMBER_PROFILE_FIELDS, memberChanges } from './member-editable-fields.js';
import { MyRecordsService } from './my-records.service.js';

/** A user's own contact record (members, and staff whose account is linked to a person). */
@Injectable()
export class MyProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mine: MyRecordsService,
    private readonly emailChanges: EmailChangeService,
    private readonly people: PeopleService,
  ) {}

  async get(user: AuthenticatedUser): Promise<MyProfileResponseDto> {
    const manager = this.dataSource.manager;
    const person = await this.load(manager, user, false);
    return toMyProfileResponse(person, user.email, await this.emailChanges.pendingEmail(manager, person));
  }

  /**
   * A new contact e-mail is not applied here: it waits for the link mailed to
   * it, and the answer is the same whoever else uses the address. The login
   * e-mail of the account stays as it is.
   */
  async update(user: AuthenticatedUser, dto: UpdateMyProfileDto): Promise<MyProfileResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      // Staff may clear a contact's e-mail; a member replaces theirs only through a confirmed new address.
      if (dto.email === null) {
        throw new DomainException(
          'own_email_required',
          { field: 'email' },
          'email must be an e-mail address: change it to a new one, which you confirm',
          'email',
        );
      }
      const current = await this.load(manager, user, true);
      const { email, ...changes } = memberChanges(MEMBER_PROFILE_FIELDS, dto);
      if (typeof email === 'string') await this.emailChanges.request(manager, user, current, email);
      // The person's owner checks the country, keeps the primary address out of the further ones, and audits.
      const saved = await this.people.updateWithin(manager, current.id, changes);
      return toMyProfileResponse(saved, user.email, await this.emailChanges.pendingEmail(manager, saved));
    });
  }

  private async load(manager: EntityManager, user: AuthenticatedUser, forUpdate: boolean): Promise<Person> {
    const personId = this.mine.personIdOf(user);
    const person = forUpdate ? await this.people.findForUpdate(manager, personId) : await this.people.find(manager, personId);
    if (!person) throw new DomainException('account_not_linked', {}, 'Your account is not linked to a contact record; ask the secretariat to link it');
    return person;
  }
}
