import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { Country } from '../../api/src/countries/country.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { WorkingGroup } from '../../api/src/working-groups/working-group.entity.js';
import { auditTrail, changesOf } from '../support/audit-trail.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

describe('member self-service at /api/me', () => {
  let t: TestApp;
  let member: string;
  let own: Organization;
  let other: Organization;
  let earlier: Organization;
  let me: Person;
  let neighbour: Person;
  let group: WorkingGroup;
  let argentina: string;
  let chile: string;
  let peru: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    const countries = t.dataSource.getRepository(Country);
    argentina = (await countries.findOneByOrFail({ iso3: 'ARG' })).id;
    chile = (await countries.findOneByOrFail({ iso3: 'CHL' })).id;
    peru = (await countries.findOneByOrFail({ iso3: 'PER' })).id;
    group = await t.dataSource.getRepository(WorkingGroup).save({ name: 'Right to housing', description: null });

    const organizations = t.dataSource.getRepository(Organization);
    own = await organizations.save({
      name: 'Red Mujeres y Vivienda',
      acronym: 'RMV',
      type: 'network',
      headquartersCountryId: argentina,
      countriesOfWork: [{ id: argentina } as Country],
      website: 'https://rmv.example.org',
      email: 'info@rmv.example.org',
      phone: '+54 11 4000 0000',
      description: 'Women defending their homes.',
      rightsFocus: ['housing'],
      languages: ['es'],
      membershipStatus: 'active',
      joinedAt: '2019-05-01',
      isSteeringCommittee: false,
      workingGroups: [group],
    });
    other = await organizations.save({
      name: 'Other Member Org',
      type: 'ngo',
      membershipStatus: 'active',
      email: 'secret@other.example.org',
      description: 'Untouched',
      rightsFocus: [],
      languages: [],
    });
    earlier = await organizations.save({ name: 'Earlier Coalition Partner', type: 'ngo', membershipStatus: 'active', rightsFocus: [], languages: [] });

    const people = t.dataSource.getRepository(Person);
    me = await people.save({
      firstName: 'Marta',
      lastName: 'Quispe',
      email: 'marta@rmv.example.org',
      otherEmails: [],
      phones: ['+54 9 11 1234 5678'],
      languages: ['es'],
      jobTitle: 'Coordinator',
      countryId: argentina,
    });
    neighbour = await people.save({
      firstName: 'Nadia',
      lastName: 'Private',
      email: 'nadia@other.example.org',
      otherEmails: ['nadia.home@example.org'],
      phones: ['+1 555 0100'],
      languages: ['en'],
    });

    const affiliations = t.dataSource.getRepository(Affiliation);
    // An older, non-primary affiliation: the primary one must win over it.
    await affiliations.save({ personId: me.id, organizationId: earlier.id, isPrimaryContact: false, since: '2010-01-01', role: 'Volunteer' });
    await affiliations.save({ personId: me.id, organizationId: own.id, isPrimaryContact: true, since: '2019-05-01', role: 'Coordinator' });
    await affiliations.save({ personId: neighbour.id, organizationId: other.id, isPrimaryContact: true, since: '2020-01-01', role: 'Director' });

    await t.dataSource.getRepository(User).update({ id: t.users.member.id }, { personId: me.id });
    member = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  it('answers 401 to anonymous callers on every /api/me route', async () => {
    await request(t.http).get('/api/me/profile').expect(401);
    await request(t.http).put('/api/me/profile').send({ firstName: 'X' }).expect(401);
    await request(t.http).get('/api/me/organization').expect(401);
    await request(t.http).put('/api/me/organization').send({ description: 'X' }).expect(401);
  });

  it('tells a staff user without a contact record that the account is not linked, and keeps /me/organization for members', async () => {
    const coordinator = await t.tokenFor('coordinator');
    const response = await request(t.http)
      .get('/api/me/profile')
      .set(...bearer(coordinator))
      .expect(404);
    expect(response.body.message).toContain('not linked to a contact record');
    await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(coordinator))
      .send({ firstName: 'X' })
      .expect(404);
    await request(t.http)
      .get('/api/me/organization')
      .set(...bearer(coordinator))
      .expect(403);
    await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(await t.tokenFor('steering')))
      .send({})
      .expect(403);
  });

  it("shows the member's own profile with the login e-mail beside the contact e-mail", async () => {
    const response = await request(t.http)
      .get('/api/me/profile')
      .set(...bearer(member))
      .expect(200);
    expect(response.body).toMatchObject({
      id: me.id,
      firstName: 'Marta',
      email: 'marta@rmv.example.org',
      phones: ['+54 9 11 1234 5678'],
      loginEmail: t.users.member.email,
    });
  });

  it('takes the whole profile back with changes, ignoring the read-only fields', async () => {
    const current = (
      await request(t.http)
        .get('/api/me/profile')
        .set(...bearer(member))
        .expect(200)
    ).body;
    const response = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({
        ...current,
        id: neighbour.id,
        jobTitle: 'General coordinator',
        phones: ['+54 9 11 1234 5678', ' +54 11 4000 0001 '],
        languages: ['es', 'en'],
        loginEmail: 'hijack@example.org',
      })
      .expect(200);
    expect(response.body).toMatchObject({
      id: me.id,
      jobTitle: 'General coordinator',
      phones: ['+54 9 11 1234 5678', '+54 11 4000 0001'],
      languages: ['es', 'en'],
      loginEmail: t.users.member.email,
    });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: neighbour.id })).toMatchObject({ firstName: 'Nadia', phones: ['+1 555 0100'] });
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: me.id, action: 'update' });
    expect(audit).toMatchObject({
      userId: t.users.member.id,
      changes: expect.objectContaining({ jobTitle: { before: 'Coordinator', after: 'General coordinator' } }),
    });
  });

  it('keeps the contact e-mail until the new address is confirmed, and leaves the login e-mail alone', async () => {
    const response = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ email: 'Marta.Quispe@rmv.example.org' })
      .expect(200);
    expect(response.body).toMatchObject({ email: 'marta@rmv.example.org', pendingEmail: 'marta.quispe@rmv.example.org', loginEmail: t.users.member.email });
    await request(t.http).post('/api/auth/login').send({ email: t.users.member.email, password: PASSWORD }).expect(200);
  });

  it("answers another contact's e-mail exactly as a free one: no 409, nothing applied", async () => {
    const response = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ email: 'NADIA@other.example.org' })
      .expect(200);
    expect(response.body).toMatchObject({ email: 'marta@rmv.example.org', pendingEmail: 'nadia@other.example.org' });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: me.id })).toMatchObject({ email: 'marta@rmv.example.org' });
  });

  it.each([
    [{ notes: 'I am great' }, 'property notes should not exist'],
    [{ email: null }, 'email must be an e-mail address'],
    [{ firstName: ' ' }, 'firstName must not be empty'],
    [{ otherEmails: ['not-an-address'] }, 'otherEmails must hold e-mail addresses only'],
    [{ languages: ['klingon'] }, 'languages must hold only'],
  ])('refuses the profile update %j with 400 naming the field', async (body, message) => {
    const response = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send(body)
      .expect(400);
    expect(([] as string[]).concat(response.body.message).join(' | ')).toContain(message);
  });

  it('refuses an unknown country on the profile with 400 naming countryId', async () => {
    const response = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ countryId: '00000000-0000-4000-8000-000000000001' })
      .expect(400);
    expect(response.body).toMatchObject({ field: 'countryId' });
  });

  it('shows the organization of the primary affiliation, with the secretariat fields read-only', async () => {
    const response = await request(t.http)
      .get('/api/me/organization')
      .set(...bearer(member))
      .expect(200);
    expect(response.body).toMatchObject({
      id: own.id,
      name: 'Red Mujeres y Vivienda',
      countriesOfWorkIds: [argentina],
      membershipStatus: 'active',
      isSteeringCommittee: false,
      joinedAt: '2019-05-01',
      workingGroupIds: [group.id],
    });
  });

  it('accepts the whole organization record sent back with a new description, the secretariat fields unchanged', async () => {
    const current = (
      await request(t.http)
        .get('/api/me/organization')
        .set(...bearer(member))
        .expect(200)
    ).body;
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ ...current, description: 'Women defending their homes since 1998.', countriesOfWorkIds: [argentina, chile, peru] })
      .expect(200);
    expect(response.body).toMatchObject({
      id: own.id,
      description: 'Women defending their homes since 1998.',
      membershipStatus: 'active',
      workingGroupIds: [group.id],
    });
    expect([...response.body.countriesOfWorkIds].sort()).toEqual([argentina, chile, peru].sort());
    const stored = await t.dataSource.getRepository(Organization).findOneOrFail({ where: { id: own.id }, relations: { countriesOfWork: true } });
    expect(stored.description).toBe('Women defending their homes since 1998.');
    expect(stored.countriesOfWork?.map((country) => country.id).sort()).toEqual([argentina, chile, peru].sort());

    const fewer = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ countriesOfWorkIds: [chile] })
      .expect(200);
    expect(fewer.body.countriesOfWorkIds).toEqual([chile]);
  });

  it('puts the countries of work a member changes in the audit trail the coordinator reads, naming the member', async () => {
    const before = (
      await request(t.http)
        .get('/api/me/organization')
        .set(...bearer(member))
        .expect(200)
    ).body.countriesOfWorkIds;
    await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ countriesOfWorkIds: [peru, argentina] })
      .expect(200);
    const changes = changesOf(await auditTrail(t.http, bearer(await t.tokenFor('coordinator')), own.id), 'countriesOfWorkIds');
    expect(changes.at(-1)).toEqual({ before: [...before].sort(), after: [argentina, peru].sort(), userEmail: t.users.member.email });

    // Sending them back unchanged records nothing more.
    await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ countriesOfWorkIds: [argentina, peru] })
      .expect(200);
    expect(changesOf(await auditTrail(t.http, bearer(await t.tokenFor('coordinator')), own.id), 'countriesOfWorkIds')).toHaveLength(changes.length);
  });

  it.each([
    [{ membershipStatus: 'suspended' }, 'membershipStatus', 'membershipStatus is managed by the secretariat'],
    [{ isSteeringCommittee: true }, 'isSteeringCommittee', 'isSteeringCommittee is decided by the coalition, not by the member'],
    [{ joinedAt: '2001-01-01' }, 'joinedAt', 'joinedAt is recorded by the secretariat'],
    [{ workingGroupIds: [] }, 'workingGroupIds', 'workingGroupIds are assigned by the secretariat'],
  ])('refuses a member changing %j with 403 naming the field, and writes nothing', async (change, field, message) => {
    const current = (
      await request(t.http)
        .get('/api/me/organization')
        .set(...bearer(member))
        .expect(200)
    ).body;
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ ...current, description: 'Should not be stored', ...change })
      .expect(403);
    expect(response.body).toMatchObject({ field, message });
    const stored = await t.dataSource.getRepository(Organization).findOneByOrFail({ id: own.id });
    expect(stored).toMatchObject({ membershipStatus: 'active', isSteeringCommittee: false, joinedAt: '2019-05-01' });
    expect(stored.description).not.toBe('Should not be stored');
  });

  it.each([
    [{ notesOfSecretariat: 'x' }, 'property notesOfSecretariat should not exist'],
    [{ name: null }, 'name must be text'],
    [{ type: 'company' }, 'type must be one of'],
    [{ website: 'ftp://files.example.org' }, 'website must be a web address'],
    [{ membershipStatus: 'vip' }, 'membershipStatus must be one of'],
  ])('refuses the organization update %j with 400', async (body, message) => {
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send(body)
      .expect(400);
    expect(([] as string[]).concat(response.body.message).join(' | ')).toContain(message);
  });

  it('refuses an unknown country of work with 400 naming countriesOfWorkIds', async () => {
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ countriesOfWorkIds: [argentina, '00000000-0000-4000-8000-000000000001'] })
      .expect(400);
    expect(response.body).toMatchObject({ field: 'countriesOfWorkIds' });
  });

  it("acts on the member's own organization whatever id the body carries, leaving other members untouched", async () => {
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(...bearer(member))
      .send({ id: other.id, name: 'Red Mujeres y Vivienda Argentina' })
      .expect(200);
    expect(response.body).toMatchObject({ id: own.id, name: 'Red Mujeres y Vivienda Argentina' });
    expect(await t.dataSource.getRepository(Organization).findOneByOrFail({ id: other.id })).toMatchObject({
      name: 'Other Member Org',
      description: 'Untouched',
    });
    const body = JSON.stringify(
      (
        await request(t.http)
          .get('/api/me/organization')
          .set(...bearer(member))
          .expect(200)
      ).body,
    );
    expect(body).not.toContain('secret@other.example.org');
    expect(body).not.toContain('nadia');
  });

  it('answers 404 with a message once the member has no current affiliation', async () => {
    await t.dataSource.getRepository(Affiliation).update({ personId: me.id }, { until: '2022-01-01' });
    try {
      const response = await request(t.http)
        .get('/api/me/organization')
        .set(...bearer(member))
        .expect(404);
      expect(response.body.message).toContain('no current affiliation');
      await request(t.http)
        .put('/api/me/organization')
        .set(...bearer(member))
        .send({ description: 'x' })
        .expect(404);
    } finally {
      await t.dataSource.getRepository(Affiliation).update({ personId: me.id }, { until: null });
    }
  });

  it('falls back to the earliest current affiliation when none is primary', async () => {
    await t.dataSource.getRepository(Affiliation).update({ personId: me.id, organizationId: own.id }, { isPrimaryContact: false });
    try {
      const response = await request(t.http)
        .get('/api/me/organization')
        .set(...bearer(member))
        .expect(200);
      expect(response.body.id).toBe(earlier.id);
    } finally {
      await t.dataSource.getRepository(Affiliation).update({ personId: me.id, organizationId: own.id }, { isPrimaryContact: true });
    }
  });
});
