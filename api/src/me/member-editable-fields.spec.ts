import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage } from 'class-validator';
import { UpdateMyOrganizationDto } from './dto/update-my-organization.dto.js';
import { UpdateMyProfileDto } from './dto/update-my-profile.dto.js';
import {
  changedSecretariatField,
  MEMBER_ORGANIZATION_FIELDS,
  MEMBER_PROFILE_FIELDS,
  memberChanges,
  SECRETARIAT_ORGANIZATION_FIELDS,
  type SecretariatOrganizationValues,
} from './member-editable-fields.js';

const current: SecretariatOrganizationValues = {
  membershipStatus: 'active',
  isSteeringCommittee: false,
  joinedAt: '2021-12-10',
  workingGroupIds: ['b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001'],
};

/** The properties an update DTO accepts (forbidNonWhitelisted refuses every other one). */
const accepted = (dto: Function): string[] =>
  [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((metadata) => metadata.propertyName),
    ),
  ].sort();

describe('changedSecretariatField', () => {
  it('lets through a record sent back unchanged, or without the secretariat fields', () => {
    expect(changedSecretariatField(current, { ...current, workingGroupIds: [...current.workingGroupIds].reverse() })).toBeUndefined();
    expect(changedSecretariatField(current, {})).toBeUndefined();
    expect(changedSecretariatField(current, { joinedAt: '2021-12-10T00:00:00.000Z' })).toBeUndefined();
  });

  it.each([
    [{ membershipStatus: 'suspended' as const }, 'membershipStatus'],
    [{ isSteeringCommittee: true }, 'isSteeringCommittee'],
    [{ joinedAt: '2020-01-01' }, 'joinedAt'],
    [{ joinedAt: null }, 'joinedAt'],
    [{ workingGroupIds: ['a0000000-0000-4000-8000-000000000001'] }, 'workingGroupIds'],
  ])('names the field a member tries to change in %j', (sent, field) => {
    expect(changedSecretariatField(current, sent)).toBe(field);
  });

  it('has a message for every secretariat field', () => {
    for (const message of Object.values(SECRETARIAT_ORGANIZATION_FIELDS)) expect(message).toMatch(/secretariat|coalition/);
  });
});

describe('memberChanges', () => {
  it('keeps only the member fields that were sent', () => {
    expect(memberChanges(MEMBER_PROFILE_FIELDS, { firstName: 'Ana', jobTitle: null, lastName: undefined })).toEqual({ firstName: 'Ana', jobTitle: null });
  });
});

describe('the update DTOs of /api/me', () => {
  it('accept exactly the member fields, the secretariat fields and the read-only ones for the organization', () => {
    const expected = [...MEMBER_ORGANIZATION_FIELDS, ...Object.keys(SECRETARIAT_ORGANIZATION_FIELDS), 'id', 'createdAt', 'updatedAt'].sort();
    expect(accepted(UpdateMyOrganizationDto)).toEqual(expected);
  });

  it('accept exactly the member fields and the read-only ones for the profile', () => {
    const expected = [...MEMBER_PROFILE_FIELDS, 'id', 'createdAt', 'updatedAt', 'consentAt', 'consentSource', 'loginEmail', 'pendingEmail'].sort();
    expect(accepted(UpdateMyProfileDto)).toEqual(expected);
  });
});
