import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { loadKnownCountries } from '../common/known-countries.js';
import { Person } from '../people/person.entity.js';
import { toMyProfileResponse, type MyProfileResponseDto } from './dto/my-profile-response.dto.js';
import type { UpdateMyProfileDto } from './dto/update-my-profile.dto.js';
import { MEMBER_PROFILE_FIELDS, memberChanges } from './member-editable-fields.js';
import { MyRecordsService } from './my-records.service.js';

/** A user's own contact record (members, and staff whose account is linked to a person). */
@Injectable()
export class MyProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mine: MyRecordsService,
  ) {}

  async get(user: AuthenticatedUser): Promise<MyProfileResponseDto> {
    const person = await this.load(this.dataSource.manager, user, false);
    return toMyProfileResponse(person, user.email);
  }

  /** The contact e-mail changes here; the login e-mail of the account stays as it is. */
  async update(user: AuthenticatedUser, dto: UpdateMyProfileDto): Promise<MyProfileResponseDto> {
    const person = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, user, true);
      if (dto.email !== undefined && dto.email !== current.email?.toLowerCase()) await this.assertEmailFree(manager, dto.email, current.id);
      if (dto.countryId) await loadKnownCountries(manager, [dto.countryId], 'countryId');
      Object.assign(current, memberChanges(MEMBER_PROFILE_FIELDS, dto));
      // The primary address is not also a further one.
      if (current.email) current.otherEmails = current.otherEmails.filter((email) => email !== current.email?.toLowerCase());
      return manager.save(current);
    });
    return toMyProfileResponse(person, user.email);
  }

  private async load(manager: EntityManager, user: AuthenticatedUser, forUpdate: boolean): Promise<Person> {
    const personId = this.mine.personIdOf(user);
    const person = await manager.findOne(Person, { where: { id: personId }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!person) throw new DomainException('not_found', 'Your account is not linked to a contact record; ask the secretariat to link it');
    return person;
  }

  private async assertEmailFree(manager: EntityManager, email: string, ownId: string): Promise<void> {
    const other = await manager
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('lower(p.email) = :email AND p.id <> :ownId', { email, ownId })
      .getExists();
    if (other) throw new DomainException('conflict', `Another contact record already uses the e-mail ${email}`, 'email');
  }
}
