import request from 'supertest';
import type { Server } from 'node:http';

export interface AuditTrailEntry {
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  userEmail: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** A record's audit trail, oldest first, as staff read it at GET /api/audit-entries. */
export async function auditTrail(http: Server, authorization: [string, string], entityId: string): Promise<AuditTrailEntry[]> {
  const response = await request(http)
    .get('/api/audit-entries')
    .query({ filter: JSON.stringify({ entityId }), sort: '["createdAt","ASC"]', range: '[0,99]' })
    .set(...authorization)
    .expect(200);
  return response.body as AuditTrailEntry[];
}

/** The entries of a trail that changed a given field. */
export const changesOf = (trail: readonly AuditTrailEntry[], field: string): Array<{ before: unknown; after: unknown; userEmail: string | null }> =>
  trail.flatMap((entry) => (entry.changes[field] ? [{ ...entry.changes[field], userEmail: entry.userEmail }] : []));
