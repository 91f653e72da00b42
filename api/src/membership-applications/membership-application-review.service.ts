import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound, unknownRecord } from '../common/domain.exception.js';
import { DuplicateFinderService, isExactDuplicate } from '../duplicates/duplicate-finder.service.js';
import { today } from '../organizations/membership-transition.js';
import { MailService } from '../mail/mail.service.js';
import { isOneOf } from '../common/one-of.js';
import { LANGUAGES, RIGHTS_FOCUS } from '../organizations/organization.contract.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { UpdatePersonDto } from '../people/dto/update-person.dto.js';
import { PeopleService } from '../people/people.service.js';
import type { Person } from '../people/person.entity.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { applicationMails } from './application-mails.js';
import type { ApplicationApprovalDto } from './dto/application-approval.dto.js';
import type { ApproveMembershipApplicationDto } from './dto/approve-membership-application.dto.js';
import { toMembershipApplicationResponse, type MembershipApplicationResponseDto } from './dto/membership-application-response.dto.js';
import { MembershipApplication } from './membership-application.entity.js';

const CONSENT_SOURCE = 'membership application';

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * The coordinator's decision on an application. Approval creates or links the
 * organization, the contact person, their affiliation and the member user in
 * one transaction, so that a failure at any step leaves nothing half-done;
 * each record is written by its own feature's service, which audits it.
 */
@Injectable()
export class MembershipApplicationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly affiliations: AffiliationsService,
    private readonly duplicates: DuplicateFinderService,
  ) {}

  approve(id: string, dto: ApproveMembershipApplicationDto, reviewer: AuthenticatedUser): Promise<ApplicationApprovalDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id);
      const organization = await this.organizationFor(manager, application, dto.organizationId, dto.confirmNewOrganization === true);
      const person = await this.personFor(manager, application, dto.personId, dto.confirmNewPerson === true);
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
    if (!application) throw notFound('membership-applications', 'membership application');
    if (application.status !== 'pending') {
      throw new DomainException('already_decided', { status: application.status }, `This application was already ${application.status}`, 'status');
    }
    return application;
  }

  /**
   * A new active organization, or the chosen existing one admitted again (see
   * OrganizationsService.admitThroughApplication). A new one that would be an
   * exact duplicate is refused unless the reviewer confirmed it is another.
   */
  private async organizationFor(
    manager: EntityManager,
    application: MembershipApplication,
    organizationId: string | undefined,
    confirmedNew: boolean,
  ): Promise<Organization> {
    const rightsFocus = application.rightsFocus.filter(isOneOf(RIGHTS_FOCUS));
    const languages = application.languages.filter(isOneOf(LANGUAGES));
    if (!organizationId) {
      if (!confirmedNew) await this.refuseExistingOrganization(manager, application);
      return this.organizations.createWithin(manager, {
        name: application.organizationName,
        acronym: application.organizationAcronym,
        type: application.organizationType,
        headquartersCountryId: application.headquartersCountryId,
        countriesOfWorkIds: application.countriesOfWorkIds,
        website: application.organizationWebsite,
        email: application.organizationEmail,
        description: application.description,
        rightsFocus,
        languages,
        membershipStatus: 'active',
        joinedAt: today(),
        isSteeringCommittee: false,
      });
    }
    const organization = await this.organizations.findForUpdate(manager, organizationId);
    if (!organization) {
      throw unknownRecord('organizationId', 'organizations');
    }
    return this.organizations.admitThroughApplication(manager, organization, {
      acronym: application.organizationAcronym,
      headquartersCountryId: application.headquartersCountryId,
      website: application.organizationWebsite,
      email: application.organizationEmail,
      description: application.description,
      rightsFocus,
      languages,
      countriesOfWorkIds: application.countriesOfWorkIds,
    });
  }

  /**
   * The contact as a Person: the chosen one, else the one who already has the
   * e-mail (primary or further address), else a new one. E-mails are unique
   * per person, so an existing address links rather than fails.
   */
  private async personFor(manager: EntityManager, application: MembershipApplication, personId: string | undefined, confirmedNew: boolean): Promise<Person> {
    const email = application.contactEmail.toLowerCase();
    const languages = [application.locale].filter(isOneOf(LANGUAGES));
    let person: Person | null;
    if (personId) {
      person = await this.people.findForUpdate(manager, personId);
      if (!person) throw unknownRecord('personId', 'people');
    } else {
      person = await this.people.lockByEmail(manager, email);
    }
    if (!person) {
      if (!confirmedNew) await this.refuseExistingPerson(manager, application);
      return this.people.createWithin(manager, {
        firstName: application.contactFirstName,
        lastName: application.contactLastName,
        email,
        phones: application.contactPhone ? [application.contactPhone] : [],
        jobTitle: application.contactRole,
        countryId: application.headquartersCountryId,
        languages,
        consentAt: application.consentAt.toISOString(),
        consentSource: CONSENT_SOURCE,
      });
    }

    const changes: UpdatePersonDto = {
      languages: union(person.languages, languages).filter(isOneOf(LANGUAGES)),
    };
    if (person.email?.toLowerCase() !== email && !person.otherEmails.includes(email)) {
      // Keep the address the applicant used, unless it is already another person's.
      const holder = await this.people.lockByEmail(manager, email);
      if (!holder && person.email === null) changes.email = email;
      else if (!holder) changes.otherEmails = [...person.otherEmails, email];
    }
    if (application.contactPhone) changes.phones = union(person.phones, [application.contactPhone]);
    if (person.jobTitle === null) changes.jobTitle = application.contactRole;
    if (person.countryId === null) changes.countryId = application.headquartersCountryId;
    if (!person.consentAt) {
      changes.consentAt = application.consentAt.toISOString();
      changes.consentSource = CONSENT_SOURCE;
    }
    return this.people.updateWithin(manager, person.id, changes);
  }

  private async refuseExistingOrganization(manager: EntityManager, application: MembershipApplication): Promise<void> {
    const candidates = await this.duplicates.organizations(manager, {
      name: application.organizationName,
      email: application.organizationEmail,
      countryId: application.headquartersCountryId,
    });
    const existing = candidates.find(isExactDuplicate);
    if (!existing) return;
    const why = existing.reason === 'same_email' ? 'has the same e-mail address' : 'has the same name in the same country';
    throw new DomainException(
      existing.reason === 'same_email' ? 'duplicate_organization_email' : 'duplicate_organization_name',
      { name: existing.name },
      `The organization "${existing.name}" ${why}: link the application to it, or confirm that this is a different organization`,
      'organizationId',
    );
  }

  /** A contact with another person's e-mail is linked to that person (see personFor), so only the same name in the same country is left to refuse. */
  private async refuseExistingPerson(manager: EntityManager, application: MembershipApplication): Promise<void> {
    const candidates = await this.duplicates.people(manager, {
      emails: [],
      firstName: application.contactFirstName,
      lastName: application.contactLastName,
      countryId: application.headquartersCountryId,
    });
    const existing = candidates.find(isExactDuplicate);
    if (!existing) return;
    throw new DomainException(
      'duplicate_person_name',
      { name: `${existing.firstName} ${existing.lastName}` },
      `${existing.firstName} ${existing.lastName} has the same name in the same country: link the application to this person, or confirm that this is a different person`,
      'personId',
    );
  }

  /** The contact becomes the organization's primary contact from today, unless already affiliated. */
  private async ensureAffiliation(manager: EntityManager, application: MembershipApplication, organizationId: string, personId: string): Promise<void> {
    if (await this.affiliations.findCurrent(manager, personId, organizationId)) return;
    await this.affiliations.createWithin(manager, {
      personId,
      organizationId,
      role: application.contactRole,
      isPrimaryContact: true,
      since: today(),
      until: null,
    });
  }

  /**
   * The contact's member account. An existing account (linked to the person or
   * holding the e-mail) is kept as it is, role included, and not invited again.
   */
  private async memberUserFor(manager: EntityManager, application: MembershipApplication, personId: string): Promise<{ user: User; invited: boolean }> {
    const linked = await this.users.findByPerson(manager, personId);
    if (linked) return { user: linked, invited: false };
    const sameEmail = await this.users.findByEmail(application.contactEmail, manager);
    if (sameEmail) {
      return { user: sameEmail.personId ? sameEmail : await this.users.linkPerson(manager, sameEmail, personId), invited: false };
    }
    const user = await this.users.createWithin(manager, { email: application.contactEmail, role: 'member', personId });
    return { user, invited: true };
  }
}
