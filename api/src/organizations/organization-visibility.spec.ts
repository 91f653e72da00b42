import { describe, expect, it } from '@jest/globals';
import { audienceOf, listSpecFor, presentOrganization } from './organization-visibility.js';
import { Organization } from './organization.entity.js';

const organization = Object.assign(new Organization(), {
  id: '7f1c0c7e-0000-4000-8000-000000000001',
  name: 'Centro de Estudios Legales y Sociales',
  acronym: 'CELS',
  type: 'ngo',
  headquartersCountryId: null,
  website: 'https://cels.example.org',
  email: 'prensa@cels.example.org',
  phone: '+54 11 4321-0000',
  description: null,
  rightsFocus: ['housing'],
  languages: ['es'],
  membershipStatus: 'active',
  joinedAt: '2018-06-15',
  isSteeringCommittee: false,
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2024-01-02T00:00:00Z'),
});
const links = {
  countriesOfWorkIds: [],
  workingGroupIds: [],
  region: null,
  primaryContacts: [{ id: '7f1c0c7e-0000-4000-8000-000000000002', name: 'Ana Pérez' }],
};

describe('organization visibility', () => {
  it('gives the staff the whole record', () => {
    expect(audienceOf('steering')).toBe('staff');
    expect(presentOrganization(organization, links, 'staff')).toMatchObject({ email: 'prensa@cels.example.org', phone: '+54 11 4321-0000' });
  });

  it('gives a member no contact data and nothing internal', () => {
    expect(audienceOf('member')).toBe('member');
    const view = presentOrganization(organization, links, 'member');
    expect(view).not.toHaveProperty('email');
    expect(view).not.toHaveProperty('phone');
    expect(view).not.toHaveProperty('createdAt');
    expect(view).not.toHaveProperty('primaryContacts');
    expect(view).toMatchObject({ name: 'Centro de Estudios Legales y Sociales', website: 'https://cels.example.org' });
  });

  it('lets a member filter only by what the directory shows', () => {
    const memberFilters = Object.keys(listSpecFor('member').filters);
    expect(memberFilters).not.toContain('email');
    expect(memberFilters).not.toContain('personId');
    expect(memberFilters).not.toContain('membershipStatus');
    expect(Object.keys(listSpecFor('staff').filters)).toEqual(expect.arrayContaining(['email', 'personId', 'membershipStatus']));
  });
});
