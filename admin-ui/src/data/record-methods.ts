import type { Identifier, RaRecord } from 'react-admin';
import type { httpClient } from './http-client';

/** Resources whose records can be checked for duplicates and merged. */
export type MergeableResource = 'organizations' | 'people';

/** The self-service records of `/api/me/<kind>`. */
export type MyRecordKind = 'profile' | 'organization';

const idPath = (id: Identifier): string => encodeURIComponent(String(id));

/**
 * The API's routes beyond simple REST, as data provider methods so that they
 * go through React-Admin's useDataProvider (its 401 handling, its queries).
 * The API is the source of truth for the shapes; callers name the type.
 */
export const recordMethods = (apiUrl: string, http: typeof httpClient) => ({
  async getDuplicates<T>(resource: MergeableResource, id: Identifier): Promise<{ data: T[] }> {
    const { json } = await http(`${apiUrl}/${resource}/${idPath(id)}/duplicates`);
    return { data: json as T[] };
  },

  /** The record in the path is merged into `intoId` and deleted; the answer is the kept record. */
  async merge<T extends RaRecord>(resource: MergeableResource, id: Identifier, intoId: Identifier): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/${resource}/${idPath(id)}/merge`, {
      method: 'POST',
      body: JSON.stringify({ intoId }),
    });
    return { data: json as T };
  },

  async getMembershipHistory<T>(organizationId: Identifier): Promise<{ data: T[] }> {
    const { json } = await http(`${apiUrl}/organizations/${idPath(organizationId)}/membership-history`);
    return { data: json as T[] };
  },

  async getCountryHistory<T>(countryId: Identifier): Promise<{ data: T[] }> {
    const { json } = await http(`${apiUrl}/countries/${idPath(countryId)}/history`);
    return { data: json as T[] };
  },

  async getMine<T extends RaRecord>(kind: MyRecordKind): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/me/${kind}`);
    return { data: json as T };
  },

  async updateMine<T extends RaRecord>(kind: MyRecordKind, data: Partial<T>): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/me/${kind}`, { method: 'PUT', body: JSON.stringify(data) });
    return { data: json as T };
  },

  /** Answers like a login: every earlier session has ended and `json` opens the new one (see openSession). */
  async changeMyPassword(currentPassword: string, newPassword: string): Promise<{ data: unknown }> {
    const { json } = await http(`${apiUrl}/me/password`, { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
    return { data: json };
  },
});

export type RecordMethods = ReturnType<typeof recordMethods>;
