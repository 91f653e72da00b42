import { describe, expect, it } from '@jest/globals';
import { referenceCountries } from '../countries/load-reference-countries.js';
import { LANGUAGES, RIGHTS_FOCUS } from '../organizations/organization.contract.js';
import type { DemoCountryRow, DemoData } from './demo-data.types.js';
import { DEMO_ORGANIZATION_COUNT, generateDemoData } from './generate-demo-data.js';
import { trigramSimilarity } from './demo-text.js';

const countries: DemoCountryRow[] = referenceCountries().map((country, index) => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  iso3: country.iso3,
  name: country.name,
  nameEs: country.nameEs,
  nameFr: country.nameFr,
  region: country.region,
  subregion: country.subregion,
}));
const countryById = new Map(countries.map((country) => [country.id, country]));
const now = new Date('2026-11-23T09:00:00Z');
const data: DemoData = generateDemoData({ countries, now });

const isExampleOrg = (address: string): boolean => {
  const host = address.includes('@') ? address.split('@')[1] : new URL(address).hostname;
  return host === 'example.org' || host.endsWith('.example.org');
};

describe('generateDemoData', () => {
  it('gives the same coalition for the same countries, moment and seed', () => {
    const again = generateDemoData({ countries: [...countries].reverse(), now });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(data));
  });

  it('gives another coalition for another seed', () => {
    const other = generateDemoData({ countries, now, seed: 7 });
    expect(other.organizations.map((organization) => organization.name)).not.toEqual(data.organizations.map((organization) => organization.name));
  });

  it('creates 300 organizations with distinct names, based in at least 70 countries of several regions', () => {
    expect(data.organizations).toHaveLength(DEMO_ORGANIZATION_COUNT);
    expect(new Set(data.organizations.map((organization) => organization.name)).size).toBe(DEMO_ORGANIZATION_COUNT);
    const headquarters = new Set(data.organizations.map((organization) => organization.headquartersCountryId));
    expect(headquarters.size).toBeGreaterThanOrEqual(70);
    const regions = new Set([...headquarters].map((id) => countryById.get(id)?.region));
    expect([...regions].sort()).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
  });

  it('makes most organizations active NGOs, with some networks, unions, movements, academics, one or two NHRIs and a few applicants', () => {
    const count = (predicate: (organization: DemoData['organizations'][number]) => boolean): number => data.organizations.filter(predicate).length;
    expect(count((organization) => organization.type === 'ngo')).toBeGreaterThan(DEMO_ORGANIZATION_COUNT / 2);
    for (const type of ['network', 'union', 'social_movement', 'academic'] as const)
      expect(count((organization) => organization.type === type)).toBeGreaterThan(5);
    expect(count((organization) => organization.type === 'nhri')).toBeGreaterThanOrEqual(1);
    expect(count((organization) => organization.type === 'nhri')).toBeLessThanOrEqual(2);
    expect(count((organization) => organization.membershipStatus === 'active')).toBeGreaterThan(DEMO_ORGANIZATION_COUNT * 0.7);
    for (const status of ['suspended', 'lapsed', 'withdrawn', 'applicant'] as const)
      expect(count((organization) => organization.membershipStatus === status)).toBeGreaterThan(0);
    expect(count((organization) => organization.membershipStatus === 'applicant' && organization.joinedAt !== null)).toBe(0);
    const joined = data.organizations.flatMap((organization) => (organization.joinedAt ? [organization.joinedAt] : [])).sort();
    expect(joined[0].slice(0, 4)).toBe('2009');
    expect(joined[joined.length - 1].slice(0, 4)).toBe('2026');
  });

  it('elects exactly ten steering-committee organizations, all active and from different countries and regions', () => {
    const committee = data.organizations.filter((organization) => organization.isSteeringCommittee);
    expect(committee).toHaveLength(10);
    expect(committee.every((organization) => organization.membershipStatus === 'active')).toBe(true);
    expect(new Set(committee.map((organization) => organization.headquartersCountryId)).size).toBe(10);
    expect(new Set(committee.map((organization) => countryById.get(organization.headquartersCountryId)?.region)).size).toBeGreaterThanOrEqual(4);
  });

  it('uses only example.org addresses for websites and e-mails', () => {
    const addresses = [
      ...data.organizations.flatMap((organization) => [organization.website, organization.email]),
      ...data.people.flatMap((person) => [person.email, ...person.otherEmails]),
      ...data.applications.flatMap((application) => [application.organizationWebsite, application.organizationEmail, application.contactEmail]),
      ...data.notes.map((note) => note.authorEmail),
    ].filter((address): address is string => address !== null);
    expect(addresses.length).toBeGreaterThan(1000);
    expect(addresses.filter((address) => !isExampleOrg(address))).toEqual([]);
  });

  it('gives phone numbers only in the unassigned +00 range', () => {
    const phones = [...data.organizations.map((organization) => organization.phone), ...data.people.flatMap((person) => person.phones)].filter(
      (phone): phone is string => phone !== null,
    );
    expect(phones.filter((phone) => !/^\+00 \d{2} 555 \d{4}$/.test(phone))).toEqual([]);
  });

  it('gives every organization exactly one primary contact, currently affiliated', () => {
    const primaries = data.affiliations.filter((affiliation) => affiliation.isPrimaryContact);
    expect(primaries.every((affiliation) => affiliation.until === null)).toBe(true);
    const perOrganization = new Map<string, number>();
    for (const affiliation of primaries) perOrganization.set(affiliation.organizationId, (perOrganization.get(affiliation.organizationId) ?? 0) + 1);
    expect(perOrganization.size).toBe(DEMO_ORGANIZATION_COUNT);
    expect([...perOrganization.values()].every((count) => count === 1)).toBe(true);
  });

  it('links one to four people per organization, some to two, keeps past affiliations and has individual members', () => {
    const current = data.affiliations.filter((affiliation) => affiliation.until === null);
    const staff = new Map<string, number>();
    const ownStaff = current.filter((affiliation) => affiliation.role !== 'Board member' && affiliation.role !== 'Associate researcher');
    for (const affiliation of ownStaff) staff.set(affiliation.organizationId, (staff.get(affiliation.organizationId) ?? 0) + 1);
    expect(staff.size).toBe(DEMO_ORGANIZATION_COUNT);
    expect(Math.min(...staff.values())).toBe(1);
    expect(Math.max(...staff.values())).toBe(4);
    const perPerson = new Map<string, Set<string>>();
    for (const affiliation of current) perPerson.set(affiliation.personId, (perPerson.get(affiliation.personId) ?? new Set()).add(affiliation.organizationId));
    const pairs = current.map((affiliation) => `${affiliation.personId}/${affiliation.organizationId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...perPerson.values()].filter((organizations) => organizations.size === 2).length).toBeGreaterThanOrEqual(10);
    const past = data.affiliations.filter((affiliation) => affiliation.until !== null);
    expect(past.length).toBeGreaterThanOrEqual(5);
    expect(past.every((affiliation) => (affiliation.until as string) >= affiliation.since)).toBe(true);
    const affiliated = new Set(data.affiliations.map((affiliation) => affiliation.personId));
    const individuals = data.people.filter((person) => !affiliated.has(person.id));
    expect(individuals.length).toBeGreaterThanOrEqual(3);
    expect(individuals.every((person) => person.consentSource?.startsWith('individual membership form'))).toBe(true);
  });

  it('keeps people e-mail addresses unique regardless of case', () => {
    const emails = data.people.map((person) => person.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('describes each organization with one to four rights and known languages, working in its own country and neighbours of its subregion', () => {
    for (const organization of data.organizations) {
      expect(organization.rightsFocus.length).toBeGreaterThanOrEqual(1);
      expect(organization.rightsFocus.length).toBeLessThanOrEqual(4);
      expect(organization.rightsFocus.every((right) => (RIGHTS_FOCUS as readonly string[]).includes(right))).toBe(true);
      expect(organization.languages.every((language) => (LANGUAGES as readonly string[]).includes(language))).toBe(true);
      expect(organization.countryOfWorkIds[0]).toBe(organization.headquartersCountryId);
      expect(organization.countryOfWorkIds.length).toBeLessThanOrEqual(4);
      const subregion = countryById.get(organization.headquartersCountryId)?.subregion;
      expect(organization.countryOfWorkIds.every((id) => countryById.get(id)?.subregion === subregion)).toBe(true);
    }
  });

  it('names organizations in the language of their region', () => {
    const names = data.organizations.map((organization) => organization.name);
    expect(names.some((name) => /^(Red|Observatorio|Coordinadora|Sindicato de|Plataforma Nacional por)/.test(name))).toBe(true);
    expect(names.some((name) => /^(Observatoire|Réseau|Collectif|Syndicat des|Plateforme nationale)/.test(name))).toBe(true);
    expect(names.some((name) => / for /.test(name))).toBe(true);
  });

  it('puts organizations into working groups by theme and region', () => {
    const groupNames = data.workingGroups.map((group) => group.name);
    expect(groupNames).toEqual(
      expect.arrayContaining([
        'Right to food',
        'Housing and land',
        'Strategic litigation',
        'UPR advocacy',
        'Latin America platform',
        'Francophone Africa platform',
      ]),
    );
    for (const name of groupNames) expect(data.organizations.filter((organization) => organization.workingGroups.includes(name)).length).toBeGreaterThan(3);
  });

  it('has ten pending applications, two of them like records on file, and two rejected with a reason', () => {
    const pending = data.applications.filter((application) => application.status === 'pending');
    const rejected = data.applications.filter((application) => application.status === 'rejected');
    expect(pending.length).toBeGreaterThanOrEqual(8);
    expect(pending.length).toBeLessThanOrEqual(12);
    expect(rejected).toHaveLength(2);
    expect(rejected.every((application) => application.rejectionReason && application.reviewedAt)).toBe(true);
    const knownEmails = new Set([...data.people.map((person) => person.email.toLowerCase()), ...data.organizations.map((organization) => organization.email)]);
    const lookalikes = pending.filter(
      (application) =>
        knownEmails.has(application.contactEmail.toLowerCase()) ||
        (application.organizationEmail !== null && knownEmails.has(application.organizationEmail)) ||
        data.organizations.some(
          (organization) =>
            organization.headquartersCountryId === application.headquartersCountryId &&
            trigramSimilarity(organization.name, application.organizationName) >= 0.5,
        ),
    );
    expect(lookalikes).toHaveLength(2);
  });

  it('writes notes as the secretariat on organizations and applications', () => {
    expect(data.notes.length).toBeGreaterThan(30);
    expect(new Set(data.notes.map((note) => note.authorEmail))).toEqual(new Set(['secretariat@example.org']));
    expect(new Set(data.notes.map((note) => note.targetType))).toEqual(new Set(['organization', 'membership_application']));
    expect(data.notes.some((note) => note.body.startsWith('Met the Ministry of Foreign Affairs focal point'))).toBe(true);
  });

  it('dates nothing after the moment of seeding', () => {
    const moments = [
      ...data.organizations.map((organization) => organization.createdAt),
      ...data.people.flatMap((person) => [person.createdAt, ...(person.consentAt ? [person.consentAt] : [])]),
      ...data.notes.map((note) => note.createdAt),
      ...data.applications.map((application) => application.createdAt),
    ];
    expect(moments.filter((moment) => moment.getTime() > now.getTime())).toEqual([]);
  });
});

describe('trigramSimilarity', () => {
  it('measures names as pg_trgm does: identical 1, unrelated 0, a shortened name in between', () => {
    expect(trigramSimilarity('Centre for Housing Rights', 'centre for housing rights')).toBe(1);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 5);
    const shortened = trigramSimilarity('Centre for Housing Rights — Lusaka', 'Centre for Housing Rights');
    expect(shortened).toBeGreaterThan(0.5);
    expect(shortened).toBeLessThan(1);
  });
});
