import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type QueryDeepPartialEntity } from 'typeorm';
import { Affiliation } from '../affiliations/affiliation.entity.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { Country } from '../countries/country.entity.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { Event } from '../events/event.entity.js';
import { MembershipApplication } from '../membership-applications/membership-application.entity.js';
import { MessageTemplate } from '../message-templates/message-template.entity.js';
import { Note } from '../notes/note.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import type { DemoWorkingGroup } from './demo-data.types.js';
import { DEMO_MESSAGE_TEMPLATES } from './demo-message-templates.js';
import { generateDemoData } from './generate-demo-data.js';

export interface DemoSeedResult {
  /** False when the database already held member data and nothing was written. */
  seeded: boolean;
  organizations: number;
  /** How many countries the organizations are based in. */
  countries: number;
  people: number;
  affiliations: number;
  applications: number;
  workingGroups: number;
  notes: number;
  events: number;
}

const NOTHING: DemoSeedResult = {
  seeded: false,
  organizations: 0,
  countries: 0,
  people: 0,
  affiliations: 0,
  applications: 0,
  workingGroups: 0,
  notes: 0,
  events: 0,
};

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 500;

/**
 * Fills an empty database with the demo coalition, in one transaction: all of
 * it or nothing. Does nothing when the database holds member data, or ever
 * did (an organization in the audit trail means someone deleted the demo to
 * start afresh), so that every start after the first leaves the data alone.
 *
 * Rows go in by bulk INSERTs that bypass the entity subscribers, so the demo
 * writes no audit entries: they would record a "create" by nobody for each of
 * some two thousand invented rows, and take far longer.
 */
export async function seedDemoData(dataSource: DataSource, now: Date = new Date()): Promise<DemoSeedResult> {
  return dataSource.transaction(async (manager) => {
    // Two processes starting on the same empty database at once must not both seed it.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('coalition-demo-data'))`);
    if (await holdsMemberData(manager)) return NOTHING;

    const countries = await manager
      .getRepository(Country)
      .find({ select: { id: true, iso3: true, name: true, nameEs: true, nameFr: true, region: true, subregion: true } });
    const data = generateDemoData({ countries, now });
    const groupIds = await ensureWorkingGroups(manager, data.workingGroups);

    await insertRows(
      manager,
      Organization,
      data.organizations.map(({ countryOfWorkIds: _countries, workingGroups: _groups, ...organization }) => ({
        ...organization,
        updatedAt: organization.createdAt,
      })),
    );
    await insertPairs(
      manager,
      'organization_countries',
      'country_id',
      data.organizations.flatMap((organization) => organization.countryOfWorkIds.map((countryId): [string, string] => [organization.id, countryId])),
    );
    await insertPairs(
      manager,
      'organization_working_groups',
      'working_group_id',
      data.organizations.flatMap((organization) =>
        organization.workingGroups.map((name): [string, string] => [organization.id, groupIds.get(name.toLowerCase()) as string]),
      ),
    );
    await insertRows(
      manager,
      Person,
      data.people.map((person) => ({ ...person, updatedAt: person.createdAt })),
    );
    await insertRows(
      manager,
      Affiliation,
      data.affiliations.map((affiliation) => ({
        ...affiliation,
        createdAt: new Date(`${affiliation.since}T12:00:00Z`),
        updatedAt: new Date(`${affiliation.until ?? affiliation.since}T12:00:00Z`),
      })),
    );
    await insertRows(
      manager,
      Note,
      data.notes.map((note) => ({ ...note, authorId: null, updatedAt: note.createdAt })),
    );
    await insertRows(
      manager,
      MembershipApplication,
      data.applications.map((application) => ({ ...application, updatedAt: application.reviewedAt ?? application.createdAt })),
    );
    await insertRows(
      manager,
      Event,
      data.events.map(({ organizerIds: _organizers, ...event }) => ({ ...event, updatedAt: event.createdAt })),
    );
    const organizers = data.events.flatMap((event) => event.organizerIds.map((organizationId) => [event.id, organizationId]));
    if (organizers.length > 0) {
      await manager.query('INSERT INTO event_organizers (event_id, organization_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
        organizers.map(([eventId]) => eventId),
        organizers.map(([, organizationId]) => organizationId),
      ]);
    }
    // The action packs' starting templates, unless the secretariat has written its own already.
    const [{ templates }]: Array<{ templates: number }> = await manager.query('SELECT count(*)::int AS templates FROM message_templates');
    if (templates === 0) await insertRows(manager, MessageTemplate, [...DEMO_MESSAGE_TEMPLATES]);

    return {
      seeded: true,
      organizations: data.organizations.length,
      countries: new Set(data.organizations.map((organization) => organization.headquartersCountryId)).size,
      people: data.people.length,
      affiliations: data.affiliations.length,
      applications: data.applications.length,
      workingGroups: data.workingGroups.length,
      notes: data.notes.length,
      events: data.events.length,
    };
  });
}

/** For the launcher: seeds the database at `url` through a connection of its own. */
export async function seedDemoDatabase(url: string): Promise<DemoSeedResult> {
  const dataSource = await new DataSource(
    dataSourceOptions({
      url,
      poolSize: 1,
      applicationName: 'coalition-demo-data',
      // The tables this seed writes; its rows bypass the subscribers, so no audit entity is needed.
      entities: [Country, WorkingGroup, Organization, Person, Affiliation, Note, MembershipApplication, Event],
    }),
  ).initialize();
  try {
    return await seedDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function holdsMemberData(manager: EntityManager): Promise<boolean> {
  const [row]: Array<{ held: boolean }> = await manager.query(
    `
    SELECT EXISTS (SELECT 1 FROM organizations)
        OR EXISTS (SELECT 1 FROM people)
        OR EXISTS (SELECT 1 FROM membership_applications)
        OR EXISTS (SELECT 1 FROM audit_entries WHERE entity_type = $1) AS held`,
    [auditEntityTypeOf(Organization)],
  );
  return row.held;
}

/** The ids of the demo's working groups by lower-cased name, reusing groups that exist already under the same name. */
async function ensureWorkingGroups(manager: EntityManager, groups: DemoWorkingGroup[]): Promise<Map<string, string>> {
  const existing: Array<{ id: string; name: string }> = await manager.query(`SELECT id, lower(name) AS name FROM working_groups`);
  const ids = new Map(existing.map((group) => [group.name, group.id]));
  const missing = groups.filter((group) => !ids.has(group.name.toLowerCase())).map((group) => ({ ...group, id: randomUUID() }));
  await insertRows(manager, WorkingGroup, missing);
  for (const group of missing) ids.set(group.name.toLowerCase(), group.id);
  return ids;
}

async function insertRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: Array<QueryDeepPartialEntity<T>>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + CHUNK))
      .callListeners(false)
      .updateEntity(false)
      .execute();
  }
}

/** Rows of a join table from an organization: two uuid arrays unnested into pairs, one statement. */
async function insertPairs(
  manager: EntityManager,
  table: 'organization_countries' | 'organization_working_groups',
  column: 'country_id' | 'working_group_id',
  pairs: Array<[string, string]>,
): Promise<void> {
  if (pairs.length === 0) return;
  await manager.query(`INSERT INTO ${table} (organization_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
    pairs.map(([organizationId]) => organizationId),
    pairs.map(([, otherId]) => otherId),
  ]);
}
