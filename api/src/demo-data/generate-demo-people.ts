import type { OrganizationType } from '../organizations/organization.contract.js';
import { isoDate, type DemoContext, type DemoPlace } from './demo-context.js';
import type { DemoAffiliation, DemoOrganization, DemoPerson } from './demo-data.types.js';
import { mailbox, slug } from './demo-text.js';
import type { DemoOrganizations } from './generate-demo-organizations.js';

/** How many people have no organization: individual members. */
export const DEMO_INDIVIDUAL_MEMBERS = 6;
const PAST_AFFILIATIONS = 15;

const PRIMARY_ROLES: Record<OrganizationType, string[]> = {
  ngo: ['Executive director', 'Director', 'Coordinator', 'Programme director'],
  network: ['Coordinator', 'Secretariat coordinator', 'Chair'],
  union: ['General secretary', 'President', 'International officer'],
  social_movement: ['National coordinator', 'Spokesperson'],
  academic: ['Director', 'Head of the legal clinic'],
  nhri: ['Commissioner for social rights', 'Head of the social rights unit'],
  other: ['Coordinator', 'Director'],
};

const STAFF_ROLES = [
  'Advocacy officer',
  'Programme coordinator',
  'Legal officer',
  'Communications officer',
  'Researcher',
  'Campaigns officer',
  'Membership and finance officer',
  'Focal point for the OP-ICESCR',
];

const CONSENT_SOURCES = ['membership form', "annual members' meeting", 'webinar registration', 'reply to the consent campaign', 'national event sign-in sheet'];

const INDIVIDUAL_TITLES = [
  'Independent researcher',
  'Human rights lawyer',
  'Community health worker',
  'Journalist',
  'University lecturer',
  'Retired magistrate',
];

export interface DemoPeople {
  people: DemoPerson[];
  affiliations: DemoAffiliation[];
  /** The primary contact of each organization, by organization id. */
  primaryContactOf: Map<string, DemoPerson>;
}

const asDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

/**
 * One to four people per organization (one of them its primary contact), some
 * who also sit on a network's board or work with a university, a few who moved
 * from another member (their old affiliation ended), and individual members.
 */
export function generatePeople(context: DemoContext, { organizations, places, placeOf, hostOf }: DemoOrganizations): DemoPeople {
  const { random } = context;
  const people: DemoPerson[] = [];
  const affiliations: DemoAffiliation[] = [];
  const primaryContactOf = new Map<string, DemoPerson>();
  const staffOf = new Map<string, DemoPerson[]>();
  const affiliated = new Map<string, Set<string>>();

  const affiliate = (
    person: DemoPerson,
    organization: DemoOrganization,
    role: string,
    since: Date,
    isPrimaryContact = false,
    until: Date | null = null,
  ): void => {
    affiliations.push({
      id: random.uuid(),
      personId: person.id,
      organizationId: organization.id,
      role,
      isPrimaryContact,
      since: isoDate(since),
      until: until ? isoDate(until) : null,
    });
    if (!until) {
      const current = affiliated.get(person.id) ?? new Set<string>();
      current.add(organization.id);
      affiliated.set(person.id, current);
    }
  };

  const newPerson = (place: DemoPlace, domain: string, jobTitle: string, languages: string[], knownSince: Date): DemoPerson => {
    const { firstName, lastName } = context.personName(place);
    const createdAt = new Date(knownSince.getTime() + random.int(8 * 60, 18 * 60) * 60_000);
    const consentAt = random.chance(0.88) ? random.dateBetween(createdAt, context.daysAgo(1)) : null;
    const person: DemoPerson = {
      id: random.uuid(),
      firstName,
      lastName,
      email: context.uniqueEmail(mailbox(firstName, lastName), domain),
      otherEmails: random.chance(0.12) ? [context.uniqueEmail(`${slug(firstName)}${slug(lastName)}${random.int(1, 99)}`, 'mail.example.org')] : [],
      phones: random.chance(0.85) ? [context.phone(), ...(random.chance(0.15) ? [context.phone()] : [])] : [],
      jobTitle,
      countryId: place.country.id,
      languages,
      consentAt,
      consentSource: consentAt ? `${random.pick(CONSENT_SOURCES)} ${consentAt.getUTCFullYear()}` : null,
      createdAt,
    };
    people.push(person);
    return person;
  };

  for (const organization of organizations) {
    const place = placeOf.get(organization.id) as DemoPlace;
    const count = organization.membershipStatus === 'applicant' ? random.int(1, 2) : Number(random.weighted({ 1: 25, 2: 35, 3: 25, 4: 15 }));
    const roles = [random.pick(PRIMARY_ROLES[organization.type]), ...random.sample(STAFF_ROLES, count - 1)];
    const knownFrom = organization.joinedAt ? new Date(asDate(organization.joinedAt).getTime() - 365 * 24 * 60 * 60 * 1000) : context.daysAgo(400);
    const staff: DemoPerson[] = [];
    roles.forEach((role, index) => {
      const since = random.dateBetween(knownFrom, context.daysAgo(15));
      const languages = organization.languages.length > 1 && random.chance(0.6) ? organization.languages.slice(0, 2) : organization.languages.slice(0, 1);
      const person = newPerson(place, hostOf.get(organization.id) as string, role, languages, since);
      affiliate(person, organization, role, since, index === 0);
      staff.push(person);
      if (index === 0) primaryContactOf.set(organization.id, person);
    });
    staffOf.set(organization.id, staff);
  }

  const colleaguesIn = (organization: DemoOrganization): DemoPerson[] =>
    organizations
      .filter(
        (other) => other.id !== organization.id && other.headquartersCountryId === organization.headquartersCountryId && other.membershipStatus === 'active',
      )
      .flatMap((other) => staffOf.get(other.id) ?? [])
      .filter((person) => !affiliated.get(person.id)?.has(organization.id));

  // Networks are governed by their members' staff; universities work with practitioners.
  for (const organization of organizations) {
    if (organization.membershipStatus !== 'active') continue;
    if (organization.type === 'network') {
      for (const person of random.sample(colleaguesIn(organization), random.int(1, 2))) {
        affiliate(person, organization, 'Board member', random.dateBetween(person.createdAt, context.daysAgo(10)));
      }
    } else if (organization.type === 'academic' && random.chance(0.5)) {
      for (const person of random.sample(colleaguesIn(organization), 1)) {
        affiliate(person, organization, 'Associate researcher', random.dateBetween(person.createdAt, context.daysAgo(10)));
      }
    }
  }

  // Staff turnover: people who worked for another member before their current one.
  const movers = random.sample(
    people.filter((person) => (affiliated.get(person.id)?.size ?? 0) === 1),
    PAST_AFFILIATIONS,
  );
  for (const person of movers) {
    const current = affiliations.find((affiliation) => affiliation.personId === person.id && affiliation.until === null) as DemoAffiliation;
    const formerCandidates = organizations.filter(
      (organization) => organization.headquartersCountryId === person.countryId && organization.id !== current.organizationId && organization.joinedAt !== null,
    );
    if (formerCandidates.length === 0) continue;
    const until = new Date(asDate(current.since).getTime() - random.int(15, 300) * 24 * 60 * 60 * 1000);
    const since = new Date(until.getTime() - random.int(365, 5 * 365) * 24 * 60 * 60 * 1000);
    affiliate(person, random.pick(formerCandidates), random.pick(STAFF_ROLES), since, false, until);
  }

  for (let n = 0; n < DEMO_INDIVIDUAL_MEMBERS; n++) {
    const place = random.pick(places);
    const languages = place.pool.languages.slice(0, 1);
    const person = newPerson(place, 'mail.example.org', random.pick(INDIVIDUAL_TITLES), languages, context.between(2000, 30));
    person.consentAt = person.consentAt ?? person.createdAt;
    person.consentSource = `individual membership form ${person.consentAt.getUTCFullYear()}`;
  }

  return { people, affiliations, primaryContactOf };
}
