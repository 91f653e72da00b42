import request from 'supertest';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { Note } from '../../api/src/notes/note.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { PASSWORD, type TestApp } from './test-app.js';

/** Who calls: nobody, a member of organization A, a member of organization B, and each staff role. */
export type Actor = 'anonymous' | 'memberA' | 'memberB' | 'steering' | 'coordinator' | 'admin';

export const ACTORS: readonly Actor[] = ['anonymous', 'memberA', 'memberB', 'steering', 'coordinator', 'admin'];

/** Real records the access checks name; `freshSteeringNote` is made anew each time it is asked for. */
export type RecordName = 'orgA' | 'orgB' | 'hiddenOrg' | 'personA' | 'personB' | 'affiliationB' | 'noteOnOrgB' | 'applicationB' | 'freshSteeringNote';

export interface Coalition {
  emails: Record<Exclude<Actor, 'anonymous'>, string>;
  /** The Authorization header of an actor; none for anonymous. */
  headers(actor: Actor): Record<string, string>;
  /** The id of a named record. */
  record(name: RecordName): Promise<string>;
  ids: Record<Exclude<RecordName, 'freshSteeringNote'>, string>;
}

async function login(t: TestApp, email: string): Promise<string> {
  const response = await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`Login of ${email} failed with ${response.status}`);
  return (response.body as { accessToken: string }).accessToken;
}

/**
 * Two active member organizations, A and B, each with a contact person linked
 * to a member account; an applicant organization members must not see; a note
 * and an affiliation on B. Member A is the test app's `member` user.
 */
export async function setUpCoalition(t: TestApp): Promise<Coalition> {
  const manager = t.dataSource.manager;
  const organization = (name: string, membershipStatus: Organization['membershipStatus'], email: string): Promise<Organization> =>
    manager.save(manager.create(Organization, { name, type: 'ngo', membershipStatus, email, phone: '+41 22 000 00 00', rightsFocus: [], languages: [] }));
  const orgA = await organization('Alianza por la Vivienda (A)', 'active', 'office@a.example.org');
  const orgB = await organization('Food First Network (B)', 'active', 'office@b.example.org');
  const hiddenOrg = await organization('Applicant Collective', 'applicant', 'office@applicant.example.org');

  const person = (firstName: string, email: string): Promise<Person> =>
    manager.save(manager.create(Person, { firstName, lastName: 'Contact', email, otherEmails: [], phones: ['+41 22 000 00 01'], languages: ['en'] }));
  const personA = await person('Ana', 'ana@a.example.org');
  const personB = await person('Bela', 'bela@b.example.org');
  await manager.save(manager.create(Affiliation, { personId: personA.id, organizationId: orgA.id, isPrimaryContact: true, since: '2020-01-01' }));
  const affiliationB = await manager.save(
    manager.create(Affiliation, { personId: personB.id, organizationId: orgB.id, isPrimaryContact: true, since: '2020-01-01' }),
  );

  await manager.update(User, { id: t.users.member.id }, { personId: personA.id });
  const memberA = await manager.findOneByOrFail(User, { id: t.users.member.id });
  const memberB = await manager.save(
    manager.create(User, { email: 'member-b@test.example.org', role: 'member', isActive: true, passwordHash: memberA.passwordHash, personId: personB.id }),
  );

  const noteOnOrgB = await manager.save(
    manager.create(Note, {
      targetType: 'organization',
      targetId: orgB.id,
      body: 'Private: their director asked for discretion.',
      authorId: t.users.coordinator.id,
      authorEmail: t.users.coordinator.email,
    }),
  );
  const [kenya] = await t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'KEN'");
  const applicationB = await manager.save(
    manager.create(MembershipApplication, {
      organizationName: 'Pending Applicant Alliance',
      organizationType: 'ngo',
      headquartersCountryId: kenya.id,
      contactFirstName: 'Pia',
      contactLastName: 'Pending',
      contactEmail: 'pia@pending.example.org',
      motivation: 'We campaign for the Optional Protocol in our country.',
      countriesOfWorkIds: [],
      rightsFocus: [],
      languages: ['en'],
      locale: 'en',
      consentAt: new Date(),
      status: 'pending',
    }),
  );

  const emails = {
    memberA: t.users.member.email,
    memberB: memberB.email,
    steering: t.users.steering.email,
    coordinator: t.users.coordinator.email,
    admin: t.users.admin.email,
  };
  const tokens = new Map<Actor, string>();
  for (const actor of ACTORS) {
    if (actor !== 'anonymous') tokens.set(actor, await login(t, emails[actor]));
  }
  const ids = {
    orgA: orgA.id,
    orgB: orgB.id,
    hiddenOrg: hiddenOrg.id,
    personA: personA.id,
    personB: personB.id,
    affiliationB: affiliationB.id,
    noteOnOrgB: noteOnOrgB.id,
    applicationB: applicationB.id,
  };
  return {
    emails,
    ids,
    headers(actor): Record<string, string> {
      const token = tokens.get(actor);
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
    async record(name) {
      if (name !== 'freshSteeringNote') return ids[name];
      const note = await manager.save(
        manager.create(Note, {
          targetType: 'organization',
          targetId: orgB.id,
          body: 'A steering-committee comment.',
          authorId: t.users.steering.id,
          authorEmail: t.users.steering.email,
        }),
      );
      return note.id;
    },
  };
}
