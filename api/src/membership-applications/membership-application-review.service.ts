import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Affiliation } from '../affiliations/affiliation.entity.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { MailService } from '../mail/mail.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { applicationMails } from './application-mails.js';
import type { ApplicationApprovalDto } from './dto/application-approval.dto.js';
import type { ApproveMembershipApplicationDto } from './dto/approve-membership-application.dto.js';
import { toMembershipApplicationResponse, type MembershipApplicationResponseDto } from './dto/membership-application-response.dto.js';
import { loadKnownCountries } from '../countries/known-countries.js';
import { MembershipApplication } from './membership-application.entity.js';

const CONSENT_SOURCE = 'membership application';

const today = (): string => new Date().toISOString().slice(0, 10);
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * The coordinator's decision on an application. Approval creates or links the
 * organization, the contact person, their affiliation and the member user in
 * one transaction, so that a failure at any step leaves nothing half-done.
 */
@Injectable()
export class MembershipApplicationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  approve(id: string, dto: ApproveMembershipApplicationDto, reviewer: AuthenticatedUser): Promise<ApplicationApprovalDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      const organization = await this.organizationFor(manager, application, dto.organizationId);
      const person = await this.personFor(manager, application, dto.personId);
      await this.ensureAffiliation(manager, application, organization.id, person.id);
      const { user, invited } = await this.memberUserFor(manager, application, person.id);
      Object.assign(application, {
        status: 'approved',
        reviewedById: reviewer.id,
        reviewedAt: new Date(),
        organizationId: organization.id,
        personId: person.id,
        userId: user.id,
      });
      await manager.save(application);
      await this.mail.queue(manager, applicationMails.approved(application, invited));
      return { organizationId: organization.id, personId: person.id, userId: user.id };
    });
  }

  reject(id: string, reason: string, reviewer: AuthenticatedUser): Promise<MembershipApplicationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      Object.assign(application, { status: 'rejected', rejectionReason: reason, reviewedById: reviewer.id, reviewedAt: new Date() });
      await manager.save(application);
      await this.mail.queue(manager, applicationMails.rejected(application, reason));
      return toMembershipApplicationResponse(application, false);
    });
  }

  /** Locks the application so that two reviewers deciding at once get one decision and one 409. */
  private async lockPending(manager: EntityManager, id: string): Promise<MembershipApplication> {
    const application = await manager.findOne(MembershipApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw notFound('Membership application', id);
    if (application.status !== 'pending') {
      throw new DomainException('conflict', `This application was already ${application.status}`, 'status');
    }
    return application;
  }

  /**
   * A new active organization, or the chosen existing one made active: that is
   * how a rejected or withdrawn organization comes back. Its blank fields are
   * filled from the application; what the secretariat already recorded stays.
   */
  private async organizationFor(manager: EntityManager, application: MembershipApplication, organizationId: string | undefined): Promise<Organization> {
    const countries = await loadKnownCountries(manager, application.countriesOfWorkIds, 'countriesOfWorkIds');
    if (!organizationId) {
      const created = manager.create(Organization, {
        name: application.organizationName,
        acronym: application.organizationAcronym,
        type: application.organizationType,
        headquartersCountryId: application.headquartersCountryId,
        website: application.organizationWebsite,
        email: application.organizationEmail,
        description: application.description,
        rightsFocus: application.rightsFocus,
        languages: application.languages,
        membershipStatus: 'active',
        joinedAt: today(),
        isSteeringCommittee: false,
        countriesOfWork: countries,
      });
      return manager.save(created);
    }

    const organization = await manager.findOne(Organization, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!organization) {
      throw new DomainException('invalid', `organizationId ${organizationId} does not refer to an organization`, 'organizationId');
    }
    // A suspension is a decision of the secretariat; a new application must not lift it by a side door.
    if (organization.membershipStatus === 'suspended') {
      throw new DomainException('conflict', `${organization.name} is suspended: lift the suspension before approving an application for it`, 'organizationId');
    }
    if (organization.membershipStatus !== 'active') {
      organization.membershipStatus = 'active';
      organization.joinedAt = today();
    }
    organization.acronym ??= application.organizationAcronym;
    organization.headquartersCountryId ??= application.headquartersCountryId;
    organization.website ??= application.organizationWebsite;
    organization.email ??= application.organizationEmail;
    organization.description ??= application.description;
    organization.rightsFocus = union(organization.rightsFocus, application.rightsFocus);
    organization.languages = union(organization.languages, application.languages);
    const current = await manager.createQueryBuilder().relation(Organization, 'countriesOfWork').of(organization.id).loadMany<{ id: string }>();
    const known = new Set(current.map((country) => country.id));
    const added = countries.filter((country) => !known.has(country.id));
    await manager.save(organization);
    if (added.length > 0) {
      await manager.createQueryBuilder().relation(Organization, 'countriesOfWork').of(organization.id).add(added.map((country) => country.id));
    }
    return organization;
  }

  /**
   * The contact as a Person: the chosen one, else the one who already has the
   * e-mail (primary or further address), else a new one. E-mails are unique
   * per person, so an existing address links rather than fails.
   */
  private async personFor(manager: EntityManager, application: MembershipApplication, personId: string | undefined): Promise<Person> {
    const email = application.contactEmail.toLowerCase();
    let person: Person | null;
    if (personId) {
      person = await manager.findOne(Person, { where: { id: personId }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw new DomainException('invalid', `personId ${personId} does not refer to a person`, 'personId');
    } else {
      person = await this.personByEmail(manager, email);
    }
    if (!person) {
      return manager.save(
        manager.create(Person, {
          firstName: application.contactFirstName,
          lastName: application.contactLastName,
          email,
          otherEmails: [],
          phones: application.contactPhone ? [application.contactPhone] : [],
          jobTitle: application.contactRole,
          countryId: application.headquartersCountryId,
          languages: [application.locale],
          consentAt: application.consentAt,
          consentSource: CONSENT_SOURCE,
        }),
      );
    }

    if (person.email?.toLowerCase() !== email && !person.otherEmails.includes(email)) {
      // Keep the address the applicant used, unless it is already another person's.
      const holder = await this.personByEmail(manager, email);
      if (!holder && person.email === null) person.email = email;
      else if (!holder) person.otherEmails = [...person.otherEmails, email];
    }
    if (application.contactPhone) person.phones = union(person.phones, [application.contactPhone]);
    person.jobTitle ??= application.contactRole;
    person.countryId ??= application.headquartersCountryId;
    person.languages = union(person.languages, [application.locale]);
    if (!person.consentAt) {
      person.consentAt = application.consentAt;
      person.consentSource = CONSENT_SOURCE;
    }
    return manager.save(person);
  }

  private async personByEmail(manager: EntityManager, email: string): Promise<Person | null> {
    const query = manager.getRepository(Person).createQueryBuilder('p').setLock('pessimistic_write');
    return (
      (await query.clone().where('lower(p.email) = :email', { email }).getOne()) ??
      (await query.clone().where(':email = ANY(p.other_emails)', { email }).orderBy('p.createdAt', 'ASC').getOne())
    );
  }

  /** The contact becomes the organization's primary contact from today, unless already affiliated. */
  private async ensureAffiliation(manager: EntityManager, application: MembershipApplication, organizationId: string, personId: string): Promise<void> {
    const current = await manager
      .getRepository(Affiliation)
      .createQueryBuilder('f')
      .where('f.person_id = :personId AND f.organization_id = :organizationId', { personId, organizationId })
      .andWhere('(f.until IS NULL OR f.until >= current_date)')
      .getOne();
    if (current) return;
    await manager.save(
      manager.create(Affiliation, { personId, organizationId, role: application.contactRole, isPrimaryContact: true, since: today(), until: null }),
    );
  }

  /**
   * The contact's member account. An existing account (linked to the person or
   * holding the e-mail) is kept as it is, role included, and not invited again.
   */
  private async memberUserFor(manager: EntityManager, application: MembershipApplication, personId: string): Promise<{ user: User; invited: boolean }> {
    const linked = await manager.findOne(User, { where: { personId } });
    if (linked) return { user: linked, invited: false };
    const sameEmail = await this.users.findByEmail(application.contactEmail, manager);
    if (sameEmail) {
      if (!sameEmail.personId) {
        sameEmail.personId = personId;
        await manager.save(sameEmail);
      }
      return { user: sameEmail, invited: false };
    }
    const user = await this.users.createWithin(manager, { email: application.contactEmail, role: 'member', personId });
    return { user, invited: true };
  }
}
