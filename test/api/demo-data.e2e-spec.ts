import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedDemoData, type DemoSeedResult } from '../../api/src/demo-data/seed-demo-data.js';
import { DuplicateFinderService } from '../../api/src/duplicates/duplicate-finder.service.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

describe('demo data', () => {
  let t: TestApp;
  let seeded: DemoSeedResult;
  let seconds: number;
  const count = async (sql: string): Promise<number> => Number((await t.dataSource.query(sql))[0].count);

  beforeAll(async () => {
    t = await startTestApp();
    const started = Date.now();
    seeded = await seedDemoData(t.dataSource);
    seconds = (Date.now() - started) / 1000;
  });
  afterAll(() => t.close());

  it('seeds 300 organizations in at least 70 countries, with their people, affiliations and applications, in a few seconds', async () => {
    expect(seeded).toMatchObject({ seeded: true, organizations: 300 });
    expect(seeded.countries).toBeGreaterThanOrEqual(70);
    expect(await count('SELECT count(*) FROM organizations')).toBe(300);
    expect(await count('SELECT count(DISTINCT headquarters_country_id) FROM organizations')).toBe(seeded.countries);
    expect(await count('SELECT count(*) FROM people')).toBe(seeded.people);
    expect(await count('SELECT count(*) FROM affiliations')).toBe(seeded.affiliations);
    expect(await count('SELECT count(*) FROM membership_applications')).toBe(seeded.applications);
    expect(await count('SELECT count(*) FROM notes')).toBe(seeded.notes);
    expect(await count('SELECT count(*) FROM working_groups')).toBe(seeded.workingGroups);
    expect(seeded.people).toBeGreaterThan(300);
    expect(seconds).toBeLessThan(10);
  });

  it('elects exactly ten active steering-committee organizations', async () => {
    expect(await count(`SELECT count(*) FROM organizations WHERE is_steering_committee AND membership_status = 'active'`)).toBe(10);
    expect(await count('SELECT count(*) FROM organizations WHERE is_steering_committee')).toBe(10);
  });

  it('gives each organization exactly one current primary contact', async () => {
    const rows: Array<{ primaries: number }> = await t.dataSource.query(`
      SELECT count(a.id) FILTER (WHERE a.is_primary_contact AND a.until IS NULL)::int AS primaries
        FROM organizations o LEFT JOIN affiliations a ON a.organization_id = o.id
       GROUP BY o.id`);
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => row.primaries === 1)).toBe(true);
  });

  it('lists each organization among the countries it works in, and puts members in working groups', async () => {
    expect(
      await count(`SELECT count(*) FROM organizations o WHERE NOT EXISTS (
      SELECT 1 FROM organization_countries oc WHERE oc.organization_id = o.id AND oc.country_id = o.headquarters_country_id)`),
    ).toBe(0);
    expect(await count('SELECT count(DISTINCT working_group_id) FROM organization_working_groups')).toBe(seeded.workingGroups);
  });

  it('adds national events organized by members working in their country, the past ones held with their outcome', async () => {
    expect(seeded.events).toBeGreaterThanOrEqual(4);
    const rows: Array<{ status: string; outcome: string | null; works_there: boolean }> = await t.dataSource.query(
      `SELECT e.status, e.outcome_report AS outcome,
              EXISTS (SELECT 1 FROM event_organizers eo JOIN organization_countries oc ON oc.organization_id = eo.organization_id
                       WHERE eo.event_id = e.id AND oc.country_id = e.country_id) AS works_there
         FROM events e WHERE e.type = 'national_event'`,
    );
    expect(rows).toHaveLength(seeded.events);
    expect(rows.every((row) => row.works_there)).toBe(true);
    expect(rows.filter((row) => row.status === 'held').every((row) => row.outcome !== null)).toBe(true);
  });

  it('uses only example.org addresses', async () => {
    expect(
      await count(`SELECT count(*) FROM (
        SELECT email AS address FROM organizations UNION ALL SELECT website FROM organizations
        UNION ALL SELECT email FROM people UNION ALL SELECT unnest(other_emails) FROM people
        UNION ALL SELECT contact_email FROM membership_applications UNION ALL SELECT organization_email FROM membership_applications
        UNION ALL SELECT author_email FROM notes) addresses
       WHERE address IS NOT NULL AND address !~* '(@|//)([a-z0-9-]+\\.)*example\\.org$'`),
    ).toBe(0);
  });

  it('writes no audit entries for the invented rows', async () => {
    expect(
      await count(`SELECT count(*) FROM audit_entries
                    WHERE entity_type IN ('Organization', 'Person', 'Affiliation', 'Note', 'MembershipApplication', 'WorkingGroup')`),
    ).toBe(0);
  });

  it('leaves two pending applications that the duplicate check flags, and no other', async () => {
    const pending: Array<{
      id: string;
      name: string;
      acronym: string | null;
      email: string | null;
      countryId: string;
      first: string;
      last: string;
      contactEmail: string;
    }> = await t.dataSource.query(`
        SELECT id, organization_name AS name, organization_acronym AS acronym, organization_email AS email, headquarters_country_id AS "countryId",
               contact_first_name AS first, contact_last_name AS last, contact_email AS "contactEmail"
          FROM membership_applications WHERE status = 'pending'`);
    expect(pending.length).toBeGreaterThanOrEqual(8);
    expect(pending.length).toBeLessThanOrEqual(12);
    expect(await count(`SELECT count(*) FROM membership_applications WHERE status = 'rejected' AND rejection_reason IS NOT NULL`)).toBe(2);
    const finder = new DuplicateFinderService();
    const flagged: string[] = [];
    for (const application of pending) {
      const organizations = await finder.organizations(t.dataSource.manager, {
        name: application.name,
        acronym: application.acronym,
        email: application.email,
        countryId: application.countryId,
      });
      const people = await finder.people(t.dataSource.manager, {
        emails: [application.contactEmail],
        firstName: application.first,
        lastName: application.last,
        countryId: application.countryId,
      });
      if (organizations.length + people.length > 0) flagged.push(application.id);
    }
    expect(flagged).toHaveLength(2);
    expect(await count(`SELECT count(*) FROM notes WHERE target_type = 'membership_application'`)).toBe(2);
  });

  it('adds nothing when run a second time', async () => {
    const again = await seedDemoData(t.dataSource);
    expect(again).toMatchObject({ seeded: false, organizations: 0, people: 0 });
    expect(await count('SELECT count(*) FROM organizations')).toBe(300);
    expect(await count('SELECT count(*) FROM people')).toBe(seeded.people);
    expect(await count('SELECT count(*) FROM membership_applications')).toBe(seeded.applications);
  });

  it('lists the seeded organizations through the API, with the steering committee', async () => {
    const token = await t.tokenFor('coordinator');
    const page = await request(t.http)
      .get('/api/organizations')
      .query({ sort: '["name","ASC"]', range: '[0,24]' })
      .set(...bearer(token))
      .expect(200);
    expect(page.headers['content-range']).toBe('organizations 0-24/300');
    expect(page.body).toHaveLength(25);
    const committee = await request(t.http)
      .get('/api/organizations')
      .query({ filter: '{"isSteeringCommittee":true}', range: '[0,24]' })
      .set(...bearer(token))
      .expect(200);
    expect(committee.headers['content-range']).toBe('organizations 0-9/10');
  });
});

describe('demo data on a database that had members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seeds nothing once the organizations were deleted, so an emptied database stays empty', async () => {
    const organizations = t.dataSource.getRepository(Organization);
    const created = await organizations.save(organizations.create({ name: 'Centre for Housing Rights — Lusaka', type: 'ngo', membershipStatus: 'active' }));
    await organizations.remove(created);
    expect(await organizations.count()).toBe(0);
    expect(await seedDemoData(t.dataSource)).toMatchObject({ seeded: false });
    expect(await organizations.count()).toBe(0);
  });
});
