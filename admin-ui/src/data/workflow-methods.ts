import type { Identifier } from 'react-admin';
import type { Schema } from '../api/schema';
import type { httpClient } from './http-client';

const idPath = (id: Identifier): string => encodeURIComponent(String(id));

/** The links an approval may make to existing records instead of creating new ones, or the confirmation that new ones are different. */
export type ApprovalLinks = Schema<'ApproveMembershipApplicationDto'>;

/**
 * The review and import workflows of the API as data provider methods, so
 * they go through useDataProvider (its 401 handling) like everything else.
 * Callers name the answer's type; the API is the source of truth for it.
 */
export const workflowMethods = (apiUrl: string, http: typeof httpClient) => ({
  async approveApplication<T>(id: Identifier, links: ApprovalLinks): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/membership-applications/${idPath(id)}/approve`, {
      method: 'POST',
      body: JSON.stringify(links),
    });
    return { data: json as T };
  },

  async rejectApplication<T>(id: Identifier, reason: string): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/membership-applications/${idPath(id)}/reject`, {
      method: 'POST',
      body: JSON.stringify({ reason }),
    });
    return { data: json as T };
  },

  /** A multipart upload: React-Admin's create() only sends JSON. The browser sets the multipart boundary. */
  async uploadImport<T>(upload: { file: File; resource: string; dryRun: boolean }): Promise<{ data: T }> {
    const body = new FormData();
    body.append('resource', upload.resource);
    body.append('dryRun', upload.dryRun ? 'true' : 'false');
    body.append('file', upload.file, upload.file.name);
    const { json } = await http(`${apiUrl}/imports`, { method: 'POST', body });
    return { data: json as T };
  },

  /** Starts the real import of a completed dry run from the file it kept; the answer is the new, queued import. */
  async importDryRun<T>(dryRunId: Identifier): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/imports/${idPath(dryRunId)}/import`, { method: 'POST' });
    return { data: json as T };
  },

  /** Changes the membership status of each selected organization in its own transaction; one result per organization. */
  async setMembershipStatuses<T>(ids: readonly Identifier[], membershipStatus: string): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/organizations/bulk/membership-status`, { method: 'POST', body: JSON.stringify({ ids, membershipStatus }) });
    return { data: json as T };
  },

  /** Adds each selected organization to a working group; one result per organization. */
  async addToWorkingGroup<T>(ids: readonly Identifier[], workingGroupId: Identifier): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/organizations/bulk/working-group`, { method: 'POST', body: JSON.stringify({ ids, workingGroupId }) });
    return { data: json as T };
  },
});

export type WorkflowMethods = ReturnType<typeof workflowMethods>;
