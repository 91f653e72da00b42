import { DemoContext } from './demo-context.js';
import type { DemoCountryRow, DemoData } from './demo-data.types.js';
import { assignWorkingGroups, generateNotes } from './generate-demo-activity.js';
import { generateApplications } from './generate-demo-applications.js';
import { generateEvents } from './generate-demo-events.js';
import { generateOrganizations } from './generate-demo-organizations.js';
import { generatePeople } from './generate-demo-people.js';
import { SeededRandom } from './seeded-random.js';

/** The seed of the demo coalition (the Optional Protocol was adopted on 10 December 2008). */
export const DEMO_SEED = 20081210;

/** How many organizations the demo coalition has. */
export const DEMO_ORGANIZATION_COUNT = 300;

export interface DemoDataOptions {
  /** The countries table: the demo picks its countries from these. */
  countries: DemoCountryRow[];
  /** The moment the demo is seeded: recent applications and notes are dated relative to it. */
  now: Date;
  seed?: number;
}

/**
 * A believable coalition, entirely invented: organizations with names in the
 * language of their region, their people and affiliations, working groups,
 * notes and membership applications. Pure: the same countries, moment and seed
 * give the same data. Every address is under example.org and every phone
 * number in the unassigned +00 range.
 */
export function generateDemoData({ countries, now, seed = DEMO_SEED }: DemoDataOptions): DemoData {
  const context = new DemoContext(new SeededRandom(seed), now);
  // Sorted, so that the order in which the database returned the countries does not matter.
  const sorted = [...countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const organizations = generateOrganizations(context, sorted, DEMO_ORGANIZATION_COUNT);
  const people = generatePeople(context, organizations);
  const workingGroups = assignWorkingGroups(context, organizations);
  const notes = generateNotes(context, organizations);
  const applications = generateApplications(context, sorted, organizations, people);
  // Drawn last, so that adding them changed none of the other demo records.
  const events = generateEvents(context, sorted, organizations.organizations);
  return {
    workingGroups,
    organizations: organizations.organizations,
    people: people.people,
    affiliations: people.affiliations,
    notes: [...notes, ...applications.notes],
    applications: applications.applications,
    events,
  };
}
