import { describe, expect, it } from '@jest/globals';
import { diffRecords } from './audit-diff.js';

describe('diffRecords', () => {
  it('keeps only the fields that changed on an update', () => {
    const changes = diffRecords({ name: 'A', role: 'member' }, { name: 'B', role: 'member' }, ['name', 'role']);
    expect(changes).toEqual({ name: { before: 'A', after: 'B' } });
  });

  it('records every set field of a create with no before', () => {
    expect(diffRecords(undefined, { name: 'A', note: null }, ['name', 'note'])).toEqual({ name: { before: null, after: 'A' } });
  });

  it('compares dates by their instant', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(diffRecords({ at: new Date(at) }, { at: new Date(at) }, ['at'])).toEqual({});
  });

  it('compares arrays by value', () => {
    expect(diffRecords({ tags: ['a'] }, { tags: ['a', 'b'] }, ['tags'])).toEqual({ tags: { before: ['a'], after: ['a', 'b'] } });
  });
});
