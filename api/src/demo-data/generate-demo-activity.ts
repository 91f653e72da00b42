import type { RightsFocus } from '../organizations/organization.contract.js';
import { DEMO_AUTHOR_EMAIL, longDate, type DemoContext, type DemoPlace } from './demo-context.js';
import type { DemoNote, DemoOrganization, DemoWorkingGroup } from './demo-data.types.js';
import type { DemoOrganizations } from './generate-demo-organizations.js';

interface WorkingGroupRule extends DemoWorkingGroup {
  /** The chance that an organization joins the group. */
  joins(organization: DemoOrganization, place: DemoPlace): number;
}

const AFRICAN_AREAS = new Set(['west_africa', 'central_africa', 'east_africa', 'southern_africa']);
const ASIA_PACIFIC_AREAS = new Set(['south_asia', 'southeast_asia', 'central_east_asia', 'pacific_north_america']);
const focuses = (organization: DemoOrganization, ...rights: RightsFocus[]): boolean => rights.some((right) => organization.rightsFocus.includes(right));

const WORKING_GROUPS: WorkingGroupRule[] = [
  {
    name: 'Right to food',
    description: 'Members working on food sovereignty, hunger and the right to adequate food.',
    joins: (organization) => (focuses(organization, 'food') ? 0.45 : 0),
  },
  {
    name: 'Housing and land',
    description: 'Forced evictions, informal settlements, tenure security and land grabbing.',
    joins: (organization) => (focuses(organization, 'housing', 'land') ? 0.45 : 0),
  },
  {
    name: 'Water and sanitation',
    description: 'Access to safe water and sanitation, privatization and affordability.',
    joins: (organization) => (focuses(organization, 'water', 'sanitation') ? 0.4 : 0),
  },
  {
    name: 'Decent work and social security',
    description: 'Trade unions and members working on labour rights and social protection floors.',
    joins: (organization) => (organization.type === 'union' ? 0.8 : focuses(organization, 'work', 'social_security') ? 0.3 : 0),
  },
  {
    name: 'Strategic litigation',
    description: 'Members preparing or supporting communications to the Committee under the Optional Protocol.',
    joins: (organization) => (organization.type === 'academic' ? 0.5 : organization.type === 'ngo' ? 0.1 : 0),
  },
  {
    name: 'UPR advocacy',
    description: 'Stakeholder reports and recommendations to ratify the Optional Protocol in the Universal Periodic Review.',
    joins: (organization) => (organization.type === 'network' ? 0.6 : 0.12),
  },
  {
    name: 'Latin America platform',
    description: 'Regional platform of the members in Latin America and the Caribbean (working language: Spanish).',
    joins: (_, place) => (place.pool.area === 'south_america' || place.pool.area === 'mesoamerica_caribbean' ? 0.55 : 0),
  },
  {
    name: 'Francophone Africa platform',
    description: 'Regional platform of the members in French-speaking Africa (working language: French).',
    joins: (_, place) => (AFRICAN_AREAS.has(place.pool.area) && place.pool.languages.includes('fr') ? 0.55 : 0),
  },
  {
    name: 'Asia-Pacific platform',
    description: 'Regional platform of the members in Asia and the Pacific.',
    joins: (_, place) => (ASIA_PACIFIC_AREAS.has(place.pool.area) ? 0.5 : 0),
  },
];

/** The working groups, with their members: active and suspended organizations that match a group's theme or region. */
export function assignWorkingGroups(context: DemoContext, { organizations, placeOf }: DemoOrganizations): DemoWorkingGroup[] {
  for (const organization of organizations) {
    if (organization.membershipStatus !== 'active' && organization.membershipStatus !== 'suspended') continue;
    const place = placeOf.get(organization.id) as DemoPlace;
    organization.workingGroups = WORKING_GROUPS.filter((group) => context.random.chance(group.joins(organization, place))).map((group) => group.name);
  }
  return WORKING_GROUPS.map(({ name, description }) => ({ name, description }));
}

const ACTIVITY_NOTES: Array<(facts: { date: string; year: number; country: string; city: string }) => string> = [
  ({ date }) =>
    `Met the Ministry of Foreign Affairs focal point on ${date} about signature of the OP-ICESCR; the ministry asked for a briefing note on the inquiry procedure (art. 11).`,
  ({ year }) => `Co-organised the national event of 10 December ${year}; a member of the parliamentary human rights committee attended and spoke.`,
  ({ country }) =>
    `Submitted a joint stakeholder report for the Universal Periodic Review of ${country}, with a recommendation to ratify the Optional Protocol.`,
  ({ date }) => `Sent the model letter to the Prime Minister's office on ${date}; no reply yet, follow up in three months.`,
  ({ country }) => `Offered to act as focal point for the campaign in ${country} and to share the national action pack with the platform.`,
  ({ date }) => `Updated the contact details after the change of director (${date}).`,
  ({ city }) => `Testimony on forced evictions in ${city} received through this member; consent to publish confirmed by the community.`,
  () => 'Asked to host the regional webinar on strategic litigation next year; the steering committee will decide at its next meeting.',
  ({ date }) => `Attended the Human Rights Council side event on ${date} and lobbied two permanent missions.`,
];

/** The secretariat's timeline: activity notes on some members and a reason for every status other than active. */
export function generateNotes(context: DemoContext, { organizations, placeOf }: DemoOrganizations): DemoNote[] {
  const { random } = context;
  const notes: DemoNote[] = [];
  const note = (organization: DemoOrganization, createdAt: Date, body: string): void => {
    notes.push({ id: random.uuid(), targetType: 'organization', targetId: organization.id, body, authorEmail: DEMO_AUTHOR_EMAIL, createdAt });
  };
  for (const organization of organizations) {
    const place = placeOf.get(organization.id) as DemoPlace;
    const facts = (createdAt: Date): { date: string; year: number; country: string; city: string } => {
      const happened = new Date(createdAt.getTime() - random.int(0, 5) * 24 * 60 * 60 * 1000);
      return { date: longDate(happened), year: happened.getUTCFullYear() - 1, country: place.country.name, city: random.pick(place.pool.cities) };
    };
    const joined = organization.joinedAt ? new Date(`${organization.joinedAt}T00:00:00Z`) : context.daysAgo(60);
    const notedAt = (): Date => random.dateBetween(joined.getTime() > context.daysAgo(900).getTime() ? joined : context.daysAgo(900), context.daysAgo(1));
    switch (organization.membershipStatus) {
      case 'suspended':
        note(
          organization,
          notedAt(),
          "Membership suspended by the steering committee pending clarification of the board elections; to be reviewed at the next members' assembly.",
        );
        break;
      case 'lapsed': {
        const at = notedAt();
        note(organization, at, `Membership fee for ${at.getUTCFullYear()} unpaid after three reminders; status set to lapsed.`);
        break;
      }
      case 'withdrawn': {
        const at = notedAt();
        note(
          organization,
          at,
          `Withdrew from the coalition by letter of ${longDate(at)}: the organization is closing its economic and social rights programme.`,
        );
        break;
      }
      case 'applicant':
        note(
          organization,
          notedAt(),
          'Application received by e-mail before the online form existed; waiting for the letter of support from a member of the national platform.',
        );
        break;
      default:
        break;
    }
    if (organization.isSteeringCommittee) {
      note(organization, notedAt(), `Elected to the steering committee at the members' assembly; hosts the ${place.country.name} focal point meetings.`);
    }
    if (organization.membershipStatus === 'active' && random.chance(0.3)) {
      const count = random.int(1, 3);
      for (let n = 0; n < count; n++) {
        const createdAt = notedAt();
        note(organization, createdAt, random.pick(ACTIVITY_NOTES)(facts(createdAt)));
      }
    }
  }
  return notes;
}
