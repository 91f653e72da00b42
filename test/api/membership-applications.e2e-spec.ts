import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { Country } from '../../api/src/countries/country.entity.js';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { OutboxMessage } from '../../api/src/outbox/outbox-message.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { auditTrail, changesOf } from '../support/audit-trail.js';
import { startSmtpSink, tokenFromMail, type ReceivedMail } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
const today = (): string => new Date().toISOString().slice(0, 10);

/** The text of a received e-mail as a person reads it: quoted-printable and encoded subjects undone. */
function readable(mail: ReceivedMail): string {
  // Both steps yield one character per byte; the bytes are read as UTF-8 once, at the end.
  const qpBytes = (text: string): string => text.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const headers = mail.raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('latin1') : qpBytes(text.replace(/_/g, ' ')),
    );
  return Buffer.from(qpBytes(headers.replace(/=\r?\n/g, '')), 'latin1').toString('utf8');
}

async function countryId(t: TestApp, iso3: string): Promise<string> {
  const country = await t.dataSource.getRepository(Country).findOneByOrFail({ iso3 });
  return country.id;
}

interface Countries {
  argentina: string;
  chile: string;
  senegal: string;
}

function applicationForm(countries: Countries, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizationName: 'Centro por el Derecho a la Vivienda',
    organizationAcronym: 'CDV',
    organizationType: 'ngo',
    organizationWebsite: 'www.cdv.example.org',
    organizationEmail: 'info@cdv.example.org',
    headquartersCountryId: countries.argentina,
    countriesOfWorkIds: [countries.argentina, countries.chile],
    rightsFocus: ['housing', 'water'],
    languages: ['es', 'en'],
    description: 'Defends tenants facing forced evictions.',
    contactFirstName: 'Lucía',
    contactLastName: 'Fernández',
    contactEmail: 'Lucia.Fernandez@cdv.example.org',
    contactPhone: '+54 11 5555 0101',
    contactRole: 'Director',
    motivation: 'We want Argentina to be a model for the region and to bring cases under the Optional Protocol.',
    locale: 'es',
    consent: true,
    ...overrides,
  };
}

describe('the public membership form', () => {
  let t: TestApp;
  let countries: Countries;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: smtp.url, LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    await t.startWorker();
    countries = { argentina: await countryId(t, 'ARG'), chile: await countryId(t, 'CHL'), senegal: await countryId(t, 'SEN') };
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('accepts an anonymous application, answers only its id and status, and confirms it in the applicant language', async () => {
    const response = await request(t.http).post('/api/membership-applications').send(applicationForm(countries)).expect(201);
    expect(Object.keys(response.body).sort()).toEqual(['id', 'status']);
    expect(response.body.status).toBe('pending');

    const stored = await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id: response.body.id });
    expect(stored).toMatchObject({
      status: 'pending',
      contactEmail: 'lucia.fernandez@cdv.example.org',
      organizationWebsite: 'https://www.cdv.example.org',
      countriesOfWorkIds: [countries.argentina, countries.chile],
      locale: 'es',
    });
    expect(stored.consentAt).toBeInstanceOf(Date);

    const mail = readable(await smtp.waitFor('lucia.fernandez@cdv.example.org'));
    expect(mail).toContain('Hemos recibido su solicitud de membresía');
    expect(mail).toContain('Centro por el Derecho a la Vivienda');
  });

  it('stores nothing and sends nothing when the hidden honeypot field is filled, yet answers like a success', async () => {
    const before = await t.dataSource.getRepository(MembershipApplication).count();
    const outboxBefore = await t.dataSource.getRepository(OutboxMessage).count();
    const response = await request(t.http)
      .post('/api/membership-applications')
      .send(applicationForm(countries, { contactEmail: 'bot@spam.example.org', homepage: 'http://cheap-pills.example.com' }))
      .expect(201);
    expect(Object.keys(response.body).sort()).toEqual(['id', 'status']);
    expect(response.body).toMatchObject({ status: 'pending', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await t.dataSource.getRepository(MembershipApplication).count()).toBe(before);
    expect(await t.dataSource.getRepository(OutboxMessage).count()).toBe(outboxBefore);
  });

  it.each([
    ['consent left out', { consent: undefined }, 'consent', 'consent must be true'],
    ['consent refused', { consent: false }, 'consent', 'consent must be true'],
    ['a malformed contact e-mail', { contactEmail: 'lucia at cdv' }, 'contactEmail', 'contactEmail must be an e-mail address'],
    ['no motivation', { motivation: '   ' }, 'motivation', 'motivation must be 1 to 5000 characters long'],
    ['a motivation over 5000 characters', { motivation: 'x'.repeat(5001) }, 'motivation', 'motivation must be 1 to 5000 characters long'],
    ['an unknown organization type', { organizationType: 'company' }, 'organizationType', 'organizationType must be one of'],
    ['an unknown right', { rightsFocus: ['housing', 'parking'] }, 'rightsFocus', 'rightsFocus must hold only'],
    ['an unknown locale', { locale: 'de' }, 'locale', 'locale must be one of: en, es, fr'],
    ['a website that is no web address', { organizationWebsite: 'javascript:alert(1)' }, 'organizationWebsite', 'organizationWebsite must be a web address'],
    [
      'too many countries of work',
      { countriesOfWorkIds: Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) },
      'countriesOfWorkIds',
      'at most 50',
    ],
    ['an unknown property', { isSteeringCommittee: true }, 'isSteeringCommittee', 'property isSteeringCommittee should not exist'],
  ])('refuses %s with 400 naming the field', async (_case, overrides, field, message) => {
    const before = await t.dataSource.getRepository(MembershipApplication).count();
    const response = await request(t.http).post('/api/membership-applications').send(applicationForm(countries, overrides)).expect(400);
    const messages = ([] as string[]).concat(response.body.message);
    expect(messages.some((text) => text.startsWith(field) || text.includes(` ${field} `))).toBe(true);
    expect(messages.join(' | ')).toContain(message);
    expect(await t.dataSource.getRepository(MembershipApplication).count()).toBe(before);
  });

  it('refuses an unknown headquarters country or country of work with 400 naming the field', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const hq = await request(t.http)
      .post('/api/membership-applications')
      .send(applicationForm(countries, { headquartersCountryId: unknown }))
      .expect(400);
    expect(hq.body).toMatchObject({ field: 'headquartersCountryId', code: 'unknown_records', params: { field: 'headquartersCountryId', count: 1 } });
    const work = await request(t.http)
      .post('/api/membership-applications')
      .send(applicationForm(countries, { countriesOfWorkIds: [countries.chile, unknown] }))
      .expect(400);
    expect(work.body).toMatchObject({ field: 'countriesOfWorkIds', code: 'unknown_records', params: { field: 'countriesOfWorkIds', count: 1 } });
    // Named by the field: the applicant could not act on an id.
    for (const body of [hq.body, work.body]) expect(JSON.stringify(body)).not.toContain(unknown);
  });
});

describe('rate limit of the public membership form', () => {
  let t: TestApp;
  let countries: Countries;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '3' });
    countries = { argentina: await countryId(t, 'ARG'), chile: await countryId(t, 'CHL'), senegal: await countryId(t, 'SEN') };
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has sent too many forms', async () => {
    for (let i = 0; i < 3; i += 1) {
      await request(t.http)
        .post('/api/membership-applications')
        .send(applicationForm(countries, { contactEmail: `applicant${i}@example.org` }))
        .expect(201);
    }
    const refused = await request(t.http)
      .post('/api/membership-applications')
      .send(applicationForm(countries, { contactEmail: 'applicant9@example.org' }))
      .expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await t.dataSource.getRepository(MembershipApplication).count()).toBe(3);
  });
});

describe('review of membership applications', () => {
  let t: TestApp;
  let countries: Countries;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const tokens = {} as Record<UserRole, string>;

  // Each application is for another organization and contact unless a test says otherwise: approval refuses exact duplicates.
  let submitted = 0;
  const submit = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    submitted += 1;
    const distinct = { organizationEmail: `office${submitted}@applicants.example.org`, contactLastName: `Fernández ${submitted}` };
    const response = await request(t.http)
      .post('/api/membership-applications')
      .send(applicationForm(countries, { ...distinct, ...overrides }))
      .expect(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://crm.example.org', LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    await t.startWorker();
    countries = { argentina: await countryId(t, 'ARG'), chile: await countryId(t, 'CHL'), senegal: await countryId(t, 'SEN') };
    for (const role of ['admin', 'coordinator', 'steering', 'member'] as const) tokens[role] = await t.tokenFor(role);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('shows applications to nobody but staff: 401 anonymous, 403 member', async () => {
    const id = await submit({ contactEmail: 'private@example.org' });
    await request(t.http).get('/api/membership-applications').expect(401);
    await request(t.http).get(`/api/membership-applications/${id}`).expect(401);
    const member = await request(t.http)
      .get('/api/membership-applications')
      .set(...bearer(tokens.member))
      .expect(403);
    expect(member.body.message).toContain('allowed: admin, coordinator, steering');
    await request(t.http)
      .get(`/api/membership-applications/${id}`)
      .set(...bearer(tokens.member))
      .expect(403);
    await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: JSON.stringify({ id: [id] }) })
      .set(...bearer(tokens.member))
      .expect(403);
  });

  it('lets the steering committee read applications but neither approve nor reject them', async () => {
    const id = await submit({ contactEmail: 'steering.read@example.org' });
    const list = await request(t.http)
      .get('/api/membership-applications')
      .set(...bearer(tokens.steering))
      .expect(200);
    expect(list.body.map((row: { id: string }) => row.id)).toContain(id);
    const one = await request(t.http)
      .get(`/api/membership-applications/${id}`)
      .set(...bearer(tokens.steering))
      .expect(200);
    expect(one.body).toMatchObject({ id, contactEmail: 'steering.read@example.org', motivation: expect.any(String) });
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.steering))
      .send({})
      .expect(403);
    await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.steering))
      .send({ reason: 'Not eligible' })
      .expect(403);
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.member))
      .send({})
      .expect(403);
    await request(t.http).post(`/api/membership-applications/${id}/approve`).send({}).expect(401);
    expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('pending');
  });

  it('lists with sorting, filters, search and Content-Range', async () => {
    await submit({
      organizationName: 'Alliance Sénégalaise pour le Droit à la Santé',
      organizationAcronym: 'ASDS',
      headquartersCountryId: countries.senegal,
      contactEmail: 'awa@asds.example.org',
      contactFirstName: 'Awa',
      contactLastName: 'Ndiaye',
    });
    const bySenegal = await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: JSON.stringify({ headquartersCountryId: countries.senegal }) })
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(bySenegal.headers['content-range']).toBe('membership-applications 0-0/1');
    expect(bySenegal.body[0]).toMatchObject({ organizationAcronym: 'ASDS', status: 'pending', hasDuplicates: false });

    const byContact = await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: '{"q":"ndiaye"}' })
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(byContact.body.map((row: { contactEmail: string }) => row.contactEmail)).toEqual(['awa@asds.example.org']);
    const byEmail = await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: '{"q":"asds.example"}' })
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(byEmail.body).toHaveLength(1);

    const sorted = await request(t.http)
      .get('/api/membership-applications')
      .query({ sort: '["organizationName","ASC"]', range: '[0,0]', filter: '{"status":"pending"}' })
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(sorted.body[0].organizationName).toBe('Alliance Sénégalaise pour le Droit à la Santé');
    expect(sorted.headers['content-range']).toMatch(/^membership-applications 0-0\/\d+$/);

    const badSort = await request(t.http)
      .get('/api/membership-applications')
      .query({ sort: '["motivation","ASC"]' })
      .set(...bearer(tokens.coordinator))
      .expect(400);
    expect(badSort.body).toMatchObject({ field: 'sort' });
    const badStatus = await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: '{"status":"maybe"}' })
      .set(...bearer(tokens.coordinator))
      .expect(400);
    expect(badStatus.body).toMatchObject({ field: 'filter.status' });
  });

  it('flags a second application with the same contact e-mail as a duplicate of the first', async () => {
    const first = await submit({
      organizationName: 'Observatorio del Agua',
      organizationAcronym: 'ODA',
      organizationEmail: null,
      contactEmail: 'twice@oda.example.org',
    });
    const second = await submit({
      organizationName: 'Observatorio Ciudadano del Agua',
      organizationAcronym: null,
      organizationEmail: null,
      contactEmail: 'TWICE@oda.example.org',
    });
    const detail = await request(t.http)
      .get(`/api/membership-applications/${second}`)
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(detail.body.hasDuplicates).toBe(true);
    expect(detail.body.duplicates.applications).toEqual([expect.objectContaining({ id: first, contactEmail: 'twice@oda.example.org', status: 'pending' })]);
    expect(detail.body.duplicates).toHaveProperty('organizations');
    expect(detail.body.duplicates).toHaveProperty('people');

    const list = await request(t.http)
      .get('/api/membership-applications')
      .query({ filter: JSON.stringify({ id: [first, second] }) })
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(list.body.map((row: { hasDuplicates: boolean }) => row.hasDuplicates)).toEqual([true, true]);
  });

  it('approves in one go: active organization, contact person, primary affiliation, invited member who can log in and edit it', async () => {
    const id = await submit({
      contactEmail: 'Ana.Gomez@vivienda.example.org',
      contactFirstName: 'Ana',
      contactLastName: 'Gómez',
      organizationName: 'Vivienda Digna Rosario',
      organizationAcronym: 'VDR',
      organizationEmail: 'info@vdr.example.org',
      locale: 'en',
    });
    const approved = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(200);
    const { organizationId, personId, userId } = approved.body as { organizationId: string; personId: string; userId: string };
    expect(Object.keys(approved.body).sort()).toEqual(['organizationId', 'personId', 'userId']);

    const organization = await t.dataSource.getRepository(Organization).findOneOrFail({ where: { id: organizationId }, relations: { countriesOfWork: true } });
    expect(organization).toMatchObject({
      name: 'Vivienda Digna Rosario',
      acronym: 'VDR',
      membershipStatus: 'active',
      joinedAt: today(),
      headquartersCountryId: countries.argentina,
      website: 'https://www.cdv.example.org',
      email: 'info@vdr.example.org',
      rightsFocus: ['housing', 'water'],
      languages: ['es', 'en'],
      isSteeringCommittee: false,
    });
    expect(organization.countriesOfWork?.map((country) => country.id).sort()).toEqual([countries.argentina, countries.chile].sort());
    const person = await t.dataSource.getRepository(Person).findOneByOrFail({ id: personId });
    expect(person).toMatchObject({
      firstName: 'Ana',
      lastName: 'Gómez',
      email: 'ana.gomez@vivienda.example.org',
      phones: ['+54 11 5555 0101'],
      jobTitle: 'Director',
      consentSource: 'membership application',
    });
    const affiliation = await t.dataSource.getRepository(Affiliation).findOneByOrFail({ personId, organizationId });
    expect(affiliation).toMatchObject({ isPrimaryContact: true, role: 'Director', since: today(), until: null });
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    expect(user).toMatchObject({ email: 'ana.gomez@vivienda.example.org', role: 'member', personId, passwordHash: null });
    const application = await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id });
    expect(application).toMatchObject({ status: 'approved', reviewedById: t.users.coordinator.id, organizationId, personId, userId });
    // The coordinator reads in the audit trail who created the organization and which countries of work it got.
    const trail = await auditTrail(t.http, bearer(tokens.coordinator), organizationId);
    // One transaction, one timestamp: the two entries come in either order.
    expect(trail).toHaveLength(2);
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'create', entityType: 'Organization', userEmail: t.users.coordinator.email }),
        expect.objectContaining({ action: 'update', entityType: 'Organization', userEmail: t.users.coordinator.email }),
      ]),
    );
    expect(changesOf(trail, 'countriesOfWorkIds')).toEqual([
      { before: [], after: [countries.argentina, countries.chile].sort(), userEmail: t.users.coordinator.email },
    ]);
    expect(changesOf(await auditTrail(t.http, bearer(tokens.coordinator), personId), 'email')).toEqual([
      { before: null, after: 'ana.gomez@vivienda.example.org', userEmail: t.users.coordinator.email },
    ]);

    const invitation = await waitForSubject(smtp, 'ana.gomez@vivienda.example.org', 'Your Coalition CRM account');
    expect(invitation.raw.replace(/=\r?\n/g, '')).toContain('http://crm.example.org/#/accept-invitation?token=3D');
    const welcome = await waitForSubject(smtp, 'ana.gomez@vivienda.example.org', 'Welcome to the coalition');
    expect(readable(welcome)).toContain('separate e-mail');
    const accepted = await request(t.http)
      .post('/api/auth/accept-invitation')
      .send({ token: tokenFromMail(invitation.raw), password: 'vivienda digna 2024' })
      .expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'ana.gomez@vivienda.example.org', role: 'member' });
    const login = await request(t.http).post('/api/auth/login').send({ email: 'ana.gomez@vivienda.example.org', password: 'vivienda digna 2024' }).expect(200);
    const own = await request(t.http)
      .get('/api/me/organization')
      .set(...bearer(login.body.accessToken))
      .expect(200);
    expect(own.body).toMatchObject({ id: organizationId, name: 'Vivienda Digna Rosario', membershipStatus: 'active' });
    const profile = await request(t.http)
      .get('/api/me/profile')
      .set(...bearer(login.body.accessToken))
      .expect(200);
    expect(profile.body).toMatchObject({ id: personId, email: 'ana.gomez@vivienda.example.org' });
  });

  it('refuses to decide twice with 409, and leaves the first decision as it was', async () => {
    const id = await submit({ contactEmail: 'once@example.org', organizationName: 'Once Only Network' });
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.admin))
      .send({})
      .expect(200);
    const organizations = await t.dataSource.getRepository(Organization).count();
    const again = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(409);
    expect(again.body).toMatchObject({ field: 'status', message: 'This application was already approved' });
    await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.coordinator))
      .send({ reason: 'Changed our mind' })
      .expect(409);
    expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations);
    expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('approved');
  });

  it('lets only one of two coordinators approving at the same moment win; the other gets 409', async () => {
    const id = await submit({ contactEmail: 'race@example.org', organizationName: 'Simultaneous Review Network' });
    const organizations = await t.dataSource.getRepository(Organization).count();
    const statuses = await Promise.all([
      request(t.http)
        .post(`/api/membership-applications/${id}/approve`)
        .set(...bearer(tokens.coordinator))
        .send({}),
      request(t.http)
        .post(`/api/membership-applications/${id}/approve`)
        .set(...bearer(tokens.admin))
        .send({}),
    ]).then((responses) => responses.map((response) => response.status).sort());
    expect(statuses).toEqual([200, 409]);
    expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations + 1);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'race@example.org' })).toBe(1);
  });

  it('refuses to reactivate a suspended organization through an application, with 409 naming organizationId', async () => {
    const suspended = await t.dataSource
      .getRepository(Organization)
      .save({ name: 'Suspended Voices', type: 'ngo', membershipStatus: 'suspended', rightsFocus: [], languages: [] });
    const id = await submit({ contactEmail: 'suspended@example.org', organizationName: 'Suspended Voices' });
    const response = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ organizationId: suspended.id })
      .expect(409);
    expect(response.body).toMatchObject({ field: 'organizationId', message: expect.stringContaining('suspended') });
    expect((await t.dataSource.getRepository(Organization).findOneByOrFail({ id: suspended.id })).membershipStatus).toBe('suspended');
    expect(await t.dataSource.getRepository(Person).countBy({ email: 'suspended@example.org' })).toBe(0);
  });

  it('answers 404 for an unknown application and 400 for an id that is no UUID', async () => {
    await request(t.http)
      .post('/api/membership-applications/00000000-0000-4000-8000-000000000000/approve')
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(404);
    await request(t.http)
      .get('/api/membership-applications/00000000-0000-4000-8000-000000000000')
      .set(...bearer(tokens.coordinator))
      .expect(404);
    await request(t.http)
      .get('/api/membership-applications/not-a-uuid')
      .set(...bearer(tokens.coordinator))
      .expect(400);
  });

  it('approves without any body at all', async () => {
    const id = await submit({ contactEmail: 'nobody.sent.a.body@example.org', organizationName: 'Bodyless Collective' });
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .expect(200);
  });

  it('brings a rejected organization back by linking it, without creating another, and links the known contact', async () => {
    const old = await t.dataSource.getRepository(Organization).save({
      name: 'Derechos Humanos Ya',
      acronym: 'DHY',
      type: 'ngo',
      headquartersCountryId: countries.chile,
      membershipStatus: 'rejected',
      rightsFocus: ['health'],
      languages: ['es'],
      description: null,
      website: null,
      email: null,
    });
    const known = await t.dataSource
      .getRepository(Person)
      .save({ firstName: 'Pedro', lastName: 'Soto', email: 'pedro@dhy.example.org', otherEmails: [], phones: [], languages: ['es'] });
    const id = await submit({
      organizationName: 'Derechos Humanos Ya',
      organizationAcronym: 'DHY',
      organizationEmail: null,
      headquartersCountryId: countries.chile,
      contactFirstName: 'Pedro',
      contactLastName: 'Soto',
      contactEmail: 'Pedro@DHY.example.org',
    });

    const detail = await request(t.http)
      .get(`/api/membership-applications/${id}`)
      .set(...bearer(tokens.coordinator))
      .expect(200);
    expect(detail.body.duplicates.organizations).toEqual([expect.objectContaining({ id: old.id, membershipStatus: 'rejected' })]);
    expect(detail.body.duplicates.people).toEqual([expect.objectContaining({ id: known.id, reason: 'same_email' })]);

    const organizations = await t.dataSource.getRepository(Organization).count();
    const people = await t.dataSource.getRepository(Person).count();
    const approved = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ organizationId: old.id })
      .expect(200);
    expect(approved.body).toMatchObject({ organizationId: old.id, personId: known.id });
    expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations);
    expect(await t.dataSource.getRepository(Person).count()).toBe(people);
    const back = await t.dataSource.getRepository(Organization).findOneByOrFail({ id: old.id });
    expect(back).toMatchObject({
      membershipStatus: 'active',
      joinedAt: today(),
      rightsFocus: ['health', 'housing', 'water'],
      website: 'https://www.cdv.example.org',
    });
    const contact = await t.dataSource.getRepository(Person).findOneByOrFail({ id: known.id });
    expect(contact).toMatchObject({ email: 'pedro@dhy.example.org', jobTitle: 'Director', consentSource: 'membership application' });
    // Its return and the countries of work it gained are in its audit trail.
    const trail = await auditTrail(t.http, bearer(tokens.coordinator), old.id);
    expect(changesOf(trail, 'membershipStatus').at(-1)).toEqual({ before: 'rejected', after: 'active', userEmail: t.users.coordinator.email });
    expect(changesOf(trail, 'countriesOfWorkIds')).toEqual([
      { before: [], after: [countries.argentina, countries.chile].sort(), userEmail: t.users.coordinator.email },
    ]);
  });

  it('does not invite again a contact who already has an account, and keeps that account as it is', async () => {
    const id = await submit({ contactEmail: t.users.steering.email, organizationName: 'Steering Friends Network' });
    const approved = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(200);
    expect(approved.body.userId).toBe(t.users.steering.id);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: t.users.steering.id });
    expect(user).toMatchObject({ role: 'steering', personId: approved.body.personId });
    const messages = await t.dataSource.getRepository(OutboxMessage).find();
    const purposes = messages.filter((message) => message.payload.to === t.users.steering.email).map((message) => message.payload.purpose);
    expect(purposes.sort()).toEqual(['application-approved', 'application-received']);
  });

  it('refuses to link an organization or a person that does not exist, with 400 naming the field and nothing written', async () => {
    const id = await submit({ contactEmail: 'links@example.org', organizationName: 'Link Test Coalition' });
    const organizations = await t.dataSource.getRepository(Organization).count();
    const missing = '00000000-0000-4000-8000-0000000000aa';
    const org = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ organizationId: missing })
      .expect(400);
    expect(org.body).toMatchObject({ field: 'organizationId' });
    const person = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ personId: missing })
      .expect(400);
    expect(person.body).toMatchObject({ field: 'personId' });
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ personId: 'nope' })
      .expect(400);
    expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations);
    expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('pending');
  });

  it('leaves no organization and no audit entry of it when the approval fails after the organization was saved', async () => {
    const name = 'Rolled Back Rights Forum';
    const id = await submit({ contactEmail: 'rollback@example.org', organizationName: name });
    const audit = t.dataSource.getRepository(AuditEntry);
    const entriesBefore = await audit.count();
    // The organization is created first; the unknown person then fails the same transaction.
    const response = await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({ personId: '00000000-0000-4000-8000-0000000000bb' })
      .expect(400);
    expect(response.body).toMatchObject({ field: 'personId' });
    expect(await t.dataSource.getRepository(Organization).countBy({ name })).toBe(0);
    const organizationEntries: unknown[] = await t.dataSource.query(
      `SELECT id FROM audit_entries WHERE entity_type = 'Organization' AND changes -> 'name' ->> 'after' = $1`,
      [name],
    );
    expect(organizationEntries).toEqual([]);
    expect(await audit.count()).toBe(entriesBefore);

    // The same approval, once it can succeed, writes both: the query above does find such an entry.
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(200);
    expect(
      await t.dataSource.query(`SELECT id FROM audit_entries WHERE entity_type = 'Organization' AND changes -> 'name' ->> 'after' = $1`, [name]),
    ).toHaveLength(1);
  });

  describe('an application for an organization or a person that already exists', () => {
    const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
    const member = (name: string, email: string | null, membershipStatus: Organization['membershipStatus']): Promise<Organization> =>
      t.dataSource.getRepository(Organization).save({
        name,
        acronym: null,
        type: 'ngo',
        headquartersCountryId: countries.argentina,
        membershipStatus,
        rightsFocus: ['housing'],
        languages: ['es'],
        description: null,
        website: null,
        email,
      });
    const approve = (id: string, body: Record<string, unknown>, status: number) =>
      request(t.http)
        .post(`/api/membership-applications/${id}/approve`)
        .set(...bearer(tokens.coordinator))
        .send(body)
        .expect(status);

    it('refuses to create an organization with the e-mail of an existing one, with 409 naming it, and creates it once the reviewer confirms a different one', async () => {
      const existing = await member('Red de Inquilinos del Sur', 'contacto@inquilinos.example.org', 'active');
      const id = await submit({
        organizationName: 'Inquilinos Unidos',
        organizationAcronym: null,
        organizationEmail: 'Contacto@Inquilinos.example.org',
        contactEmail: 'marta@inquilinos.example.org',
        contactFirstName: 'Marta',
        contactLastName: 'Quiroga',
      });
      const organizations = await t.dataSource.getRepository(Organization).count();

      const refused = await approve(id, {}, 409);
      expect(refused.body).toMatchObject({ field: 'organizationId' });
      expect(refused.body.message).toContain('"Red de Inquilinos del Sur" has the same e-mail address');
      expect(refused.body.message).not.toMatch(UUID);
      expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations);
      expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('pending');

      await approve(id, { confirmNewOrganization: 'yes' }, 400);
      const approved = await approve(id, { confirmNewOrganization: true }, 200);
      expect(approved.body.organizationId).not.toBe(existing.id);
      expect(await t.dataSource.getRepository(Organization).count()).toBe(organizations + 1);
    });

    it('refuses to create an organization with the name of an existing one in the same country, whatever the case', async () => {
      await member('Colectivo Techo Digno', null, 'active');
      const id = await submit({
        organizationName: 'colectivo techo digno',
        organizationAcronym: null,
        organizationEmail: 'hola@techodigno.example.org',
        contactEmail: 'raul@techodigno.example.org',
        contactFirstName: 'Raúl',
        contactLastName: 'Benítez',
      });
      const refused = await approve(id, {}, 409);
      expect(refused.body.message).toContain('"Colectivo Techo Digno" has the same name in the same country');
      // The same name in another country is another organization.
      const elsewhere = await submit({
        organizationName: 'Colectivo Techo Digno',
        organizationAcronym: null,
        organizationEmail: 'hola@techodigno.example.cl',
        headquartersCountryId: countries.chile,
        contactEmail: 'ines@techodigno.example.cl',
        contactFirstName: 'Inés',
        contactLastName: 'Carrasco',
      });
      await approve(elsewhere, {}, 200);
    });

    it('refuses to create a person with the name of an existing one in the same country unless the reviewer confirms a different person', async () => {
      const known = await t.dataSource.getRepository(Person).save({
        firstName: 'Sofía',
        lastName: 'Herrera',
        email: 'sofia.herrera@otra.example.org',
        countryId: countries.argentina,
        otherEmails: [],
        phones: [],
        languages: ['es'],
      });
      const id = await submit({
        organizationName: 'Foro del Agua Limpia',
        organizationAcronym: null,
        organizationEmail: 'foro@agualimpia.example.org',
        contactEmail: 'sherrera@agualimpia.example.org',
        contactFirstName: 'Sofía',
        contactLastName: 'Herrera',
      });
      const detail = await request(t.http)
        .get(`/api/membership-applications/${id}`)
        .set(...bearer(tokens.coordinator))
        .expect(200);
      expect(detail.body.duplicates.people[0]).toMatchObject({ id: known.id, reason: 'same_name' });

      const refused = await approve(id, {}, 409);
      expect(refused.body).toMatchObject({ field: 'personId' });
      expect(refused.body.message).toContain('Sofía Herrera has the same name in the same country');
      expect(refused.body.message).not.toMatch(UUID);
      const approved = await approve(id, { confirmNewPerson: true }, 200);
      expect(approved.body.personId).not.toBe(known.id);
    });

    it('offers the strongest candidate first with its membership status, and reactivates a lapsed organization with an entry in its membership history', async () => {
      const lapsed = await member('Vivienda Justa', 'info@viviendajusta.example.org', 'lapsed');
      const similar = await member('Vivienda Justa Ahora', null, 'active');
      const id = await submit({
        organizationName: 'Vivienda Justa Ahora',
        organizationAcronym: null,
        organizationEmail: 'info@viviendajusta.example.org',
        contactEmail: 'pablo@viviendajusta.example.org',
        contactFirstName: 'Pablo',
        contactLastName: 'Ibarra',
      });
      const detail = await request(t.http)
        .get(`/api/membership-applications/${id}`)
        .set(...bearer(tokens.coordinator))
        .expect(200);
      expect(detail.body.duplicates.organizations.slice(0, 2)).toEqual([
        expect.objectContaining({ id: lapsed.id, reason: 'same_email', membershipStatus: 'lapsed' }),
        expect.objectContaining({ id: similar.id, reason: 'same_name', membershipStatus: 'active' }),
      ]);

      await approve(id, { organizationId: lapsed.id }, 200);
      const back = await t.dataSource.getRepository(Organization).findOneByOrFail({ id: lapsed.id });
      expect(back).toMatchObject({ membershipStatus: 'active', joinedAt: today() });
      const history = await request(t.http)
        .get(`/api/organizations/${lapsed.id}/membership-history`)
        .set(...bearer(tokens.coordinator))
        .expect(200);
      expect(history.body.at(-1)).toMatchObject({ from: 'lapsed', to: 'active', userEmail: t.users.coordinator.email });
    });

    it('refuses to admit a suspended organization through an application, naming it, and leaves it suspended', async () => {
      const suspended = await member('Comité de Vivienda Popular', 'comite@vivpopular.example.org', 'suspended');
      const id = await submit({
        organizationName: 'Comité de Vivienda Popular',
        organizationAcronym: null,
        organizationEmail: 'comite@vivpopular.example.org',
        contactEmail: 'rosa@vivpopular.example.org',
        contactFirstName: 'Rosa',
        contactLastName: 'Paredes',
      });
      const refused = await approve(id, { organizationId: suspended.id }, 409);
      expect(refused.body).toMatchObject({ field: 'organizationId' });
      expect(refused.body.message).toContain('Comité de Vivienda Popular is suspended');
      expect(refused.body.message).not.toMatch(UUID);
      expect((await t.dataSource.getRepository(Organization).findOneByOrFail({ id: suspended.id })).membershipStatus).toBe('suspended');
      expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('pending');
    });
  });

  it('requires a reason to reject, then tells the applicant the decision and its reason by e-mail', async () => {
    const id = await submit({ contactEmail: 'rejected@example.org', organizationName: 'Private Consultancy Ltd', locale: 'fr', contactFirstName: 'Claire' });
    const missing = await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(400);
    expect(missing.body.message.join(' ')).toContain('reason must be 3 to 2000 characters long');
    await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.coordinator))
      .send({ reason: 'no' })
      .expect(400);
    await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.coordinator))
      .send({ reason: 'x'.repeat(2001) })
      .expect(400);
    expect((await t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id })).status).toBe('pending');

    const reason = 'The coalition admits non-profit organizations only.';
    const rejected = await request(t.http)
      .post(`/api/membership-applications/${id}/reject`)
      .set(...bearer(tokens.coordinator))
      .send({ reason })
      .expect(200);
    expect(rejected.body).toMatchObject({ id, status: 'rejected', rejectionReason: reason, reviewedById: t.users.coordinator.id });
    const mail = readable(await waitForSubject(smtp, 'rejected@example.org', "Votre demande d'adhésion"));
    expect(mail).toContain('Bonjour Claire');
    expect(mail).toContain(reason);
    await request(t.http)
      .post(`/api/membership-applications/${id}/approve`)
      .set(...bearer(tokens.coordinator))
      .send({})
      .expect(409);
  });
});

async function waitForSubject(smtp: Awaited<ReturnType<typeof startSmtpSink>>, to: string, subject: string, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = smtp.messages.find((message) => message.to.includes(to) && readable(message).includes(subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No e-mail "${subject}" to ${to} within ${timeoutMs} ms`);
}
