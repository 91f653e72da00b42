import { describe, expect, it } from '@jest/globals';
import { fieldFromDetail, mapPostgresError } from './postgres-error.js';

describe('mapPostgresError', () => {
  it('names the field of a unique violation on an expression index', () => {
    const mapped = mapPostgresError({ code: '23505', detail: 'Key (lower(email::text))=(a@b.org) already exists.' }, false);
    expect(mapped).toEqual({ status: 409, code: 'duplicate_value', message: 'A record with this email already exists', field: 'email' });
  });

  it('treats a foreign-key violation on delete as a conflict and on insert as bad input', () => {
    const detail = 'Key (person_id)=(7f1c0c7e-0000-4000-8000-000000000000) is not present in table "people".';
    expect(mapPostgresError({ code: '23503', detail }, true)?.status).toBe(409);
    expect(mapPostgresError({ code: '23503', detail }, false)).toMatchObject({ status: 400, field: 'personId' });
  });

  it('leaves unknown errors to become a 500', () => {
    expect(mapPostgresError({ code: '57P01' }, false)).toBeUndefined();
  });

  it('reads composite keys', () => {
    expect(fieldFromDetail('Key (organization_id, person_id)=(a, b) already exists.')).toBe('organizationId, personId');
  });
});
