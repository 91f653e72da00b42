import { normalizeEmail } from '../common/email-address.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import type { PersonDuplicateDto } from '../duplicates/duplicate-candidate.dto.js';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service.js';
import { runPresentedListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { NotesService } from '../notes/notes.service.js';
import { UsersService } from '../users/users.service.js';
import { CreatePersonDto } from './dto/create-person.dto.js';
import { PersonResponseDto, toPersonResponse } from './dto/person-response.dto.js';
import { UpdatePersonDto } from './dto/update-person.dto.js';
import { PERSON_LIST } from './people.list-spec.js';
import { Person } from './person.entity.js';

/** Further addresses, lower-cased, without repeats and without the primary one. */
export const otherEmailsOf = (emails: readonly string[], primary: string | null): string[] =>
  [...new Set(emails.map(normalizeEmail))].filter((email) => email && email !== primary);

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly countries: CountriesService,
    private readonly affiliations: AffiliationsService,
    private readonly notes: NotesService,
    private readonly duplicateFinder: DuplicateFinderService,
    private readonly users: UsersService,
  ) {}

  async list(query: ListQuery): Promise<Paginated<PersonResponseDto>> {
    const builder = this.dataSource.getRepository(Person).createQueryBuilder('p');
    const { items, total } = await runPresentedListQuery(builder, PERSON_LIST, query, (page) => this.respondMany(this.dataSource.manager, page));
    return new Paginated(PERSON_LIST.resource, items, query.range[0], total);
  }

  async get(id: string): Promise<PersonResponseDto> {
    return this.respond(this.dataSource.manager, await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreatePersonDto): Promise<PersonResponseDto> {
    return this.dataSource.transaction(async (manager) => this.respond(manager, await this.createWithin(manager, dto)));
  }

  async update(id: string, dto: UpdatePersonDto): Promise<PersonResponseDto> {
    return this.dataSource.transaction(async (manager) => this.respond(manager, await this.updateWithin(manager, id, dto)));
  }

  /** Creates a person inside the caller's transaction (staff, approval). */
  async createWithin(manager: EntityManager, dto: CreatePersonDto): Promise<Person> {
    const email = dto.email ? normalizeEmail(dto.email) : null;
    const person = manager.create(Person, {
      firstName: dto.firstName.trim(),
      lastName: dto.lastName.trim(),
      email,
      otherEmails: otherEmailsOf(dto.otherEmails ?? [], email),
      phones: (dto.phones ?? []).map((phone) => phone.trim()),
      jobTitle: dto.jobTitle ?? null,
      countryId: dto.countryId ?? null,
      languages: [...new Set(dto.languages ?? [])],
      consentAt: dto.consentAt ? new Date(dto.consentAt) : null,
      consentSource: dto.consentSource ?? null,
    });
    await this.assertValid(manager, person);
    return manager.save(person);
  }

  /** Applies the fields sent (the others stay) inside the caller's transaction: staff, approval and self-service alike. */
  async updateWithin(manager: EntityManager, id: string, dto: UpdatePersonDto): Promise<Person> {
    const person = await this.load(manager, id, true);
    if (dto.firstName !== undefined) person.firstName = dto.firstName.trim();
    if (dto.lastName !== undefined) person.lastName = dto.lastName.trim();
    if (dto.email !== undefined) person.email = dto.email ? normalizeEmail(dto.email) : null;
    if (dto.otherEmails !== undefined || dto.email !== undefined) {
      person.otherEmails = otherEmailsOf(dto.otherEmails ?? person.otherEmails, person.email);
    }
    if (dto.phones !== undefined) person.phones = dto.phones.map((phone) => phone.trim());
    if (dto.jobTitle !== undefined) person.jobTitle = dto.jobTitle;
    if (dto.countryId !== undefined) person.countryId = dto.countryId;
    if (dto.languages !== undefined) person.languages = [...new Set(dto.languages)];
    if (dto.consentAt !== undefined) person.consentAt = dto.consentAt ? new Date(dto.consentAt) : null;
    if (dto.consentSource !== undefined) person.consentSource = dto.consentSource;
    await this.assertValid(manager, person);
    return manager.save(person);
  }

  /** The person holding an e-mail as primary address, else as a further one (the earliest), locked for the caller's transaction. */
  async lockByEmail(manager: EntityManager, email: string): Promise<Person | null> {
    const query = manager.getRepository(Person).createQueryBuilder('p').setLock('pessimistic_write');
    const address = normalizeEmail(email);
    return (
      (await query.clone().where('lower(p.email) = :address', { address }).getOne()) ??
      (await query.clone().where(':address = ANY(p.other_emails)', { address }).orderBy('p.createdAt', 'ASC').getOne())
    );
  }

  /** A query over all people for read-only reports of other features (CSV exports), which select what they show. */
  query(alias: string): SelectQueryBuilder<Person> {
    return this.dataSource.getRepository(Person).createQueryBuilder(alias);
  }

  /** The person, or null when there is none. */
  find(manager: EntityManager, id: string): Promise<Person | null> {
    return manager.findOne(Person, { where: { id } });
  }

  /** The person, locked for the caller's transaction, or null when there is none. */
  findForUpdate(manager: EntityManager, id: string): Promise<Person | null> {
    return manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Deletes a contact with its affiliations and notes; a person who logs in keeps their record until the account goes. */
  async remove(id: string): Promise<PersonResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.load(manager, id, true);
      const response = await this.respond(manager, person);
      if (response.userId) {
        throw new DomainException('person_has_user', {}, 'This person has a user account: delete the user (or link it to someone else) first');
      }
      await this.affiliations.removeAllOf(manager, 'personId', id);
      await this.notes.removeAllFor(manager, 'person', id);
      await manager.remove(person);
      return response;
    });
  }

  async duplicates(id: string): Promise<PersonDuplicateDto[]> {
    const manager = this.dataSource.manager;
    const person = await this.load(manager, id);
    return this.duplicateFinder.people(manager, {
      emails: [person.email, ...person.otherEmails].filter((email): email is string => Boolean(email)),
      firstName: person.firstName,
      lastName: person.lastName,
      countryId: person.countryId,
      excludeId: person.id,
    });
  }

  /** Maps a person with the id of its user account and its current organizations. */
  async respond(manager: EntityManager, person: Person): Promise<PersonResponseDto> {
    const [response] = await this.respondMany(manager, [person]);
    return response;
  }

  /** A page of people with their accounts and organizations: two reads for the whole page, not two per person. */
  private async respondMany(manager: EntityManager, people: Person[]): Promise<PersonResponseDto[]> {
    const ids = people.map((person) => person.id);
    const [users, organizations] = await Promise.all([this.userIdsOf(manager, ids), this.affiliations.currentOrganizationsOf(manager, ids)]);
    return people.map((person) => toPersonResponse(person, users.get(person.id) ?? null, organizations.get(person.id) ?? []));
  }

  async load(manager: EntityManager, id: string, forUpdate = false): Promise<Person> {
    const person = await manager.findOne(Person, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!person) throw notFound('people', 'person');
    return person;
  }

  private async assertValid(manager: EntityManager, person: Person): Promise<void> {
    if (person.email) await this.assertEmailFree(manager, person.email, person.id);
    if (person.countryId) await this.countries.assertExist(manager, [person.countryId], 'countryId');
  }

  /** One person per e-mail address, whether it is someone's primary or further address. */
  private async assertEmailFree(manager: EntityManager, email: string, exceptId: string | undefined): Promise<void> {
    const other = await manager
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('(lower(p.email) = :email OR :email = ANY(p.other_emails))', { email })
      .andWhere(exceptId ? 'p.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
    if (other) {
      const name = `${other.firstName} ${other.lastName}`;
      throw new DomainException('email_taken', { name, email }, `${name} already has the e-mail ${email}`, 'email');
    }
  }

  private async userIdsOf(manager: EntityManager, personIds: string[]): Promise<Map<string, string>> {
    const users = await this.users.findByPeople(manager, personIds);
    return new Map(users.flatMap((user) => (user.personId ? [[user.personId, user.id] as const] : [])));
  }
}
