import type { OrganizationType } from '../organizations/organization.contract.js';
import { DEMO_AREAS, DEMO_COUNTRY_POOL } from './demo-countries.js';
import { DEMO_AUTHOR_EMAIL, type DemoContext, type DemoPlace } from './demo-context.js';
import type { DemoApplication, DemoCountryRow, DemoNote, DemoPerson } from './demo-data.types.js';
import { DEMO_TOPICS, organizationDescription, organizationName } from './demo-organization-texts.js';
import { acronymOf, hostBase, mailbox, slug, trigramSimilarity } from './demo-text.js';
import type { DemoOrganizations } from './generate-demo-organizations.js';
import type { DemoPeople } from './generate-demo-people.js';

/** New organizations asking to join, beside the two that look like members already on file. */
const FRESH_APPLICATIONS = 8;

/** Below the duplicate check's threshold (NAME_SIMILARITY, 0.5), with a margin. */
const LOOKALIKE = 0.4;

type Locale = DemoApplication['locale'];

const MOTIVATIONS: Record<Locale, string[]> = {
  en: [
    'We want to join the national platform and bring our work with evicted families to the campaign for ratification of the Optional Protocol.',
    'Our members document violations of the right to food every season; the coalition would help us take these cases further.',
    'We heard about the coalition at the regional webinar and would like to take part in the UPR advocacy working group.',
  ],
  es: [
    'Queremos sumarnos a la plataforma nacional y aportar nuestro trabajo con comunidades desalojadas a la campaña por la ratificación del Protocolo Facultativo.',
    'Acompañamos a comunidades campesinas que reclaman su derecho a la tierra y al agua; la coalición nos ayudaría a llevar estos casos más lejos.',
  ],
  fr: [
    'Nous souhaitons rejoindre la plateforme nationale et apporter notre travail auprès des familles expulsées à la campagne pour la ratification du Protocole facultatif.',
    "Nos membres documentent les violations du droit à l'alimentation ; la coalition nous aiderait à porter ces cas plus loin.",
  ],
};

const CONTACT_ROLES = ['Director', 'Coordinator', 'Advocacy officer', 'Programme coordinator'];

export interface DemoApplications {
  applications: DemoApplication[];
  notes: DemoNote[];
}

const localeOf = (place: DemoPlace): Locale => (place.pool.naming === 'es' || place.pool.naming === 'fr' ? place.pool.naming : 'en');

/**
 * Pending membership applications — new organizations, one from a member that
 * applies again under a slightly different name with the same contact, one
 * from a lapsed member — and two rejected ones with the reason given.
 */
export function generateApplications(
  context: DemoContext,
  countries: DemoCountryRow[],
  { organizations, places, placeOf, hostOf }: DemoOrganizations,
  { people, primaryContactOf }: DemoPeople,
): DemoApplications {
  const { random } = context;
  const applications: DemoApplication[] = [];
  const notes: DemoNote[] = [];
  const takenNames = new Set(organizations.map((organization) => organization.name.toLowerCase()));
  const byIso3 = new Map(countries.map((country) => [country.iso3, country]));
  // Applications also come from countries where the coalition has no member yet.
  const applicantPlaces: DemoPlace[] = DEMO_COUNTRY_POOL.filter((pool) => byIso3.has(pool.iso3)).map((pool) => ({
    pool,
    country: byIso3.get(pool.iso3) as DemoCountryRow,
  }));

  // Fresh applications must not look like records on file: only the two below are meant to.
  const looksKnown = (place: DemoPlace, name: string, contactName: string): boolean =>
    takenNames.has(name.toLowerCase()) ||
    organizations.some((organization) => organization.headquartersCountryId === place.country.id && trigramSimilarity(organization.name, name) >= LOOKALIKE) ||
    people.some((person) => person.countryId === place.country.id && trigramSimilarity(`${person.firstName} ${person.lastName}`, contactName) >= LOOKALIKE);

  const fresh = (place: DemoPlace, type: OrganizationType, createdAt: Date, givenName?: string): DemoApplication => {
    const areaLabel = place.pool.naming === 'ar' ? DEMO_AREAS[place.pool.area].label.en : DEMO_AREAS[place.pool.area].label[place.pool.naming];
    let topic = random.pick(DEMO_TOPICS);
    let city = random.pick(place.pool.cities);
    let name = givenName ?? organizationName(random, { naming: place.pool.naming, type, topic, city, areaLabel });
    let contact = context.personName(place);
    for (let attempt = 0; !givenName && attempt < 50 && looksKnown(place, name, `${contact.firstName} ${contact.lastName}`); attempt++) {
      topic = random.pick(DEMO_TOPICS);
      city = random.pick(place.pool.cities);
      name = organizationName(random, { naming: place.pool.naming, type, topic, city, areaLabel });
      contact = context.personName(place);
    }
    takenNames.add(name.toLowerCase());
    const host = context.uniqueHost(hostBase(name), slug(city));
    const locale = localeOf(place);
    const focus = [...new Set([...topic.focus, random.pick(['housing', 'food', 'health', 'education', 'work'] as const)])];
    return {
      id: random.uuid(),
      status: 'pending',
      organizationName: name,
      organizationAcronym: random.chance(0.5) ? (acronymOf(name) ?? null) : null,
      organizationType: type,
      organizationWebsite: random.chance(0.8) ? `https://www.${host}` : null,
      organizationEmail: `info@${host}`,
      headquartersCountryId: place.country.id,
      countriesOfWorkIds: [place.country.id],
      rightsFocus: focus,
      languages: place.pool.languages.slice(0, 2),
      description: organizationDescription(random, place.pool.naming, type, focus, city),
      contactFirstName: contact.firstName,
      contactLastName: contact.lastName,
      contactEmail: context.uniqueEmail(mailbox(contact.firstName, contact.lastName), host),
      contactPhone: random.chance(0.7) ? context.phone() : null,
      contactRole: random.pick(CONTACT_ROLES),
      motivation: random.pick(MOTIVATIONS[locale]),
      locale,
      consentAt: createdAt,
      reviewedAt: null,
      rejectionReason: null,
      createdAt,
    };
  };

  for (let n = 0; n < FRESH_APPLICATIONS; n++) {
    const place = random.chance(0.7) ? random.pick(places) : random.pick(applicantPlaces);
    applications.push(fresh(place, random.weighted({ ngo: 6, social_movement: 2, network: 1, union: 1 }), context.between(45, 1)));
  }

  // A member applying again: same organization under a slightly different name, same contact person.
  const members = organizations.filter((organization) => organization.membershipStatus === 'active' && !organization.isSteeringCommittee);
  const namedAfterCity = members.filter((organization) => organization.type === 'ngo' && organization.acronym && organization.name.includes(' — '));
  const member = random.pick(namedAfterCity.length > 0 ? namedAfterCity : members);
  const memberPlace = placeOf.get(member.id) as DemoPlace;
  const contact = primaryContactOf.get(member.id) as DemoPerson;
  const again = fresh(
    memberPlace,
    member.type,
    context.between(5, 2),
    member.name.includes(' — ') ? member.name.split(' — ')[0] : `${member.name} — ${memberPlace.pool.cities[0]}`,
  );
  Object.assign(again, {
    organizationAcronym: member.acronym,
    organizationWebsite: member.website,
    organizationEmail: null,
    contactFirstName: contact.firstName,
    contactLastName: contact.lastName,
    // The same address typed with capitals: the duplicate check must still recognise it.
    contactEmail: contact.email.charAt(0).toUpperCase() + contact.email.slice(1),
    motivation: 'Our new director asked us to apply; we are not sure whether the organization is already registered with the coalition.',
    locale: 'en',
  });
  applications.push(again);
  notes.push({
    id: random.uuid(),
    targetType: 'membership_application',
    targetId: again.id,
    body: `Possible duplicate: ${member.name} is already a member in ${memberPlace.country.name}, with the same contact. Check with them before approving.`,
    authorEmail: DEMO_AUTHOR_EMAIL,
    createdAt: context.daysAgo(1),
  });

  // A lapsed member re-joining under its registered name and e-mail, with a new contact.
  const lapsed = organizations.find((organization) => organization.membershipStatus === 'lapsed' && organization.email !== null);
  if (lapsed) {
    const lapsedPlace = placeOf.get(lapsed.id) as DemoPlace;
    const rejoin = fresh(lapsedPlace, lapsed.type, context.between(10, 3), lapsed.name);
    Object.assign(rejoin, {
      contactEmail: context.uniqueEmail(mailbox(rejoin.contactFirstName, rejoin.contactLastName), hostOf.get(lapsed.id) as string),
      organizationAcronym: lapsed.acronym,
      organizationWebsite: lapsed.website,
      organizationEmail: lapsed.email,
      motivation: `We were members from ${lapsed.joinedAt?.slice(0, 4) ?? 'the start'} until our membership lapsed and would like to rejoin the national platform.`,
    });
    applications.push(rejoin);
    notes.push({
      id: random.uuid(),
      targetType: 'membership_application',
      targetId: rejoin.id,
      body: 'This organization is on file as a lapsed member: approving should reactivate the existing record rather than create a new one.',
      authorEmail: DEMO_AUTHOR_EMAIL,
      createdAt: context.daysAgo(2),
    });
  }

  const rejected: Array<[OrganizationType, (city: string) => string, string]> = [
    [
      'other',
      (city) => `Directorate of Social Development — ${city}`,
      'A government agency: membership is open to civil society organizations only (statutes, article 4).',
    ],
    ['other', (city) => `${city} Development Consulting`, 'A for-profit consultancy: membership is open to not-for-profit organizations only.'],
  ];
  for (const [type, name, reason] of rejected) {
    const place = random.pick(places);
    const createdAt = context.between(200, 120);
    const application = fresh(place, type, createdAt, name(random.pick(place.pool.cities)));
    Object.assign(application, {
      status: 'rejected',
      organizationAcronym: null,
      locale: 'en',
      motivation: 'We would like to join the coalition to extend our network in the region.',
      reviewedAt: random.dateBetween(createdAt, context.daysAgo(100)),
      rejectionReason: reason,
    });
    applications.push(application);
  }

  return { applications, notes };
}
