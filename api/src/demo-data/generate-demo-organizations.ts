import { RIGHTS_FOCUS, type MembershipStatus, type OrganizationType, type RightsFocus } from '../organizations/organization.contract.js';
import { DEMO_AREA_KEYS, DEMO_AREAS, DEMO_COUNTRY_POOL, type DemoAreaKey } from './demo-countries.js';
import { earlier, isoDate, type DemoContext, type DemoPlace } from './demo-context.js';
import type { DemoCountryRow, DemoOrganization } from './demo-data.types.js';
import { DEMO_TOPICS, nationalPlatformName, organizationDescription, organizationName } from './demo-organization-texts.js';
import { acronymOf, hostBase, slug } from './demo-text.js';

/** How many steering-committee organizations the demo has, each from a different area. */
export const DEMO_STEERING_COMMITTEE_SIZE = 10;

/** The Optional Protocol opened for signature on 24 September 2009: the coalition's oldest members joined then. */
const FIRST_JOINED = new Date('2009-09-24T00:00:00Z');

const TYPE_WEIGHTS: Record<Exclude<OrganizationType, 'nhri'>, number> = {
  ngo: 68,
  network: 4,
  union: 8,
  social_movement: 9,
  academic: 8,
  other: 3,
};

const STATUS_WEIGHTS: Record<Exclude<MembershipStatus, 'rejected'>, number> = {
  active: 81,
  suspended: 3,
  lapsed: 7,
  withdrawn: 4,
  applicant: 5,
};

const MAILBOX: Record<DemoPlace['pool']['naming'], string> = { en: 'info', ar: 'info', es: 'contacto', fr: 'contact', pt: 'contato' };

export interface DemoOrganizations {
  places: DemoPlace[];
  organizations: DemoOrganization[];
  /** Where each organization (by id) is based. */
  placeOf: Map<string, DemoPlace>;
  /** The host name of each organization's website and e-mail: its people's addresses use it too. */
  hostOf: Map<string, string>;
}

/** Draws each area's quota of countries from those the countries table holds. */
export function pickPlaces(context: DemoContext, countries: DemoCountryRow[]): DemoPlace[] {
  const byIso3 = new Map(countries.map((country) => [country.iso3, country]));
  return DEMO_AREA_KEYS.flatMap((area) => {
    const candidates = DEMO_COUNTRY_POOL.filter((pool) => pool.area === area && byIso3.has(pool.iso3));
    return context.random.sample(candidates, DEMO_AREAS[area].quota).map((pool) => ({ pool, country: byIso3.get(pool.iso3) as DemoCountryRow }));
  });
}

/** How many organizations each place gets: at least one each, more where national platforms are large. */
function allocate(context: DemoContext, places: DemoPlace[], total: number): number[] {
  const counts = places.map(() => 1);
  const weights: Record<string, number> = {};
  for (let index = 0; index < places.length; index++) weights[String(index)] = 0.4 + context.random.next() ** 2 * 6;
  for (let left = total - places.length; left > 0; left--) counts[Number(context.random.weighted(weights))]++;
  return counts;
}

function rightsFocus(context: DemoContext, topicFocus: RightsFocus[], type: OrganizationType): RightsFocus[] {
  const chosen = new Set<RightsFocus>(topicFocus);
  if (type === 'union') for (const right of ['work', 'trade_unions'] as const) chosen.add(right);
  if (type === 'social_movement') chosen.add(context.random.pick<RightsFocus>(['land', 'housing', 'food']));
  const wanted = Math.max(chosen.size, context.random.int(chosen.size === 0 ? 2 : 1, 4));
  for (const right of context.random.shuffle(RIGHTS_FOCUS)) {
    if (chosen.size >= Math.min(wanted, 4)) break;
    chosen.add(right);
  }
  return RIGHTS_FOCUS.filter((right) => chosen.has(right)).slice(0, 4);
}

/** The organizations of every place, with ~`total` in all, two national human rights institutions and a steering committee. */
export function generateOrganizations(context: DemoContext, countries: DemoCountryRow[], total: number): DemoOrganizations {
  const { random } = context;
  const places = pickPlaces(context, countries);
  const counts = allocate(context, places, total);
  const nhriPlaces = new Set(
    random.sample(
      places.filter((_, index) => counts[index] >= 3),
      2,
    ),
  );
  const names = new Set<string>();
  const acronyms = new Set<string>();
  const organizations: DemoOrganization[] = [];
  const placeOf = new Map<string, DemoPlace>();
  const hostOf = new Map<string, string>();

  places.forEach((place, index) => {
    const { pool, country } = place;
    for (let n = 0; n < counts[index]; n++) {
      const isPlatform = n === 0 && counts[index] >= 6;
      const type: OrganizationType = isPlatform ? 'network' : n === 1 && nhriPlaces.has(place) ? 'nhri' : random.weighted(TYPE_WEIGHTS);
      const topic = random.pick(DEMO_TOPICS);
      const city = random.pick(pool.cities);
      const areaLabel = pool.naming === 'ar' ? DEMO_AREAS[pool.area].label.en : DEMO_AREAS[pool.area].label[pool.naming];
      let name = isPlatform
        ? nationalPlatformName(
            pool.naming,
            pool.naming === 'fr'
              ? (country.nameFr ?? country.name)
              : pool.naming === 'es'
                ? (country.nameEs ?? country.name)
                : pool.naming === 'pt'
                  ? city
                  : country.name,
          )
        : organizationName(random, { naming: pool.naming, type, topic, city, areaLabel });
      for (let attempt = 0; names.has(name) && attempt < 30; attempt++) {
        name = organizationName(random, { naming: pool.naming, type, topic: random.pick(DEMO_TOPICS), city: random.pick(pool.cities), areaLabel });
      }
      for (let suffix = 2; names.has(name); suffix++) name = `${name.replace(/ \d+$/, '')} ${suffix}`;
      names.add(name);

      const candidateAcronym = random.chance(0.65) ? acronymOf(name) : undefined;
      const acronym = candidateAcronym && !acronyms.has(`${country.id}:${candidateAcronym}`) ? candidateAcronym : null;
      if (acronym) acronyms.add(`${country.id}:${acronym}`);
      const host = context.uniqueHost(acronym ? slug(acronym) : hostBase(name), slug(city));

      const status: MembershipStatus = type === 'nhri' || isPlatform ? 'active' : random.weighted(STATUS_WEIGHTS);
      const joined = status === 'applicant' ? null : random.dateBetween(FIRST_JOINED, isPlatform ? new Date('2014-12-31T00:00:00Z') : context.daysAgo(20));
      const createdAt = joined ? earlier(new Date(joined.getTime() + random.int(0, 10 * 24 * 60) * 60_000), context.daysAgo(1)) : context.between(120, 2);
      const focus = rightsFocus(context, topic.focus, type);
      const languages = [...pool.languages];
      if (!languages.includes('en') && (type === 'network' || random.chance(0.4))) languages.push('en');

      const neighbours = places.filter((other) => other !== place && other.pool.area === pool.area && other.country.subregion === country.subregion);
      const neighbourCount = type === 'network' ? random.int(1, 3) : random.chance(0.3) ? random.int(1, 2) : 0;
      const organization: DemoOrganization = {
        id: random.uuid(),
        name,
        acronym,
        type,
        headquartersCountryId: country.id,
        countryOfWorkIds: [country.id, ...random.sample(neighbours, neighbourCount).map((other) => other.country.id)],
        website: random.chance(0.9) ? `https://www.${host}` : null,
        email: random.chance(0.95) ? `${MAILBOX[pool.naming]}@${host}` : null,
        phone: random.chance(0.85) ? context.phone() : null,
        description: organizationDescription(random, pool.naming, type, focus, city),
        rightsFocus: focus,
        languages,
        membershipStatus: status,
        joinedAt: joined ? isoDate(joined) : null,
        isSteeringCommittee: false,
        workingGroups: [],
        createdAt,
      };
      organizations.push(organization);
      placeOf.set(organization.id, place);
      hostOf.set(organization.id, host);
    }
  });

  electSteeringCommittee(context, organizations, placeOf);
  return { places, organizations, placeOf, hostOf };
}

/** Ten long-standing active members, each from a different area of the campaign. */
function electSteeringCommittee(context: DemoContext, organizations: DemoOrganization[], placeOf: Map<string, DemoPlace>): void {
  const eligible = (organization: DemoOrganization): boolean =>
    organization.membershipStatus === 'active' &&
    (organization.type === 'ngo' || organization.type === 'network') &&
    organization.joinedAt !== null &&
    organization.joinedAt < '2020-01-01';
  const areaOf = (organization: DemoOrganization): DemoAreaKey => (placeOf.get(organization.id) as DemoPlace).pool.area;
  const elected: DemoOrganization[] = [];
  for (const area of context.random.shuffle(DEMO_AREA_KEYS)) {
    if (elected.length === DEMO_STEERING_COMMITTEE_SIZE) break;
    const candidates = organizations.filter((organization) => eligible(organization) && areaOf(organization) === area);
    if (candidates.length > 0) elected.push(context.random.pick(candidates));
  }
  // Only when too few areas have a long-standing member: complete the committee from any area.
  const others = context.random.shuffle(organizations.filter((organization) => organization.membershipStatus === 'active' && !elected.includes(organization)));
  while (elected.length < DEMO_STEERING_COMMITTEE_SIZE && others.length > 0) elected.push(others.shift() as DemoOrganization);
  for (const organization of elected) organization.isSteeringCommittee = true;
}
