import type { Identifier } from 'react-admin';
import type { httpClient } from './http-client';

const idPath = (id: Identifier): string => encodeURIComponent(String(id));

/** The campaign routes beyond simple REST: an authority's history and holders, "My tasks". */
export const campaignMethods = (apiUrl: string, http: typeof httpClient) => ({
  async getAuthorityHistory<T>(authorityId: Identifier): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/authorities/${idPath(authorityId)}/history`);
    return { data: json as T };
  },

  /** A new person in the post; the answer is the authority with its new holder. */
  async addAuthorityHolder<T>(
    authorityId: Identifier,
    holder: { personName: string; email?: string | null; phone?: string | null; since?: string | null },
  ): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/authorities/${idPath(authorityId)}/holders`, { method: 'POST', body: JSON.stringify(holder) });
    return { data: json as T };
  },

  async getMyTasks<T>(): Promise<{ data: T[] }> {
    const { json } = await http(`${apiUrl}/tasks/mine`);
    return { data: json as T[] };
  },

  async completeTask<T>(taskId: Identifier): Promise<{ data: T }> {
    const { json } = await http(`${apiUrl}/tasks/${idPath(taskId)}/complete`, { method: 'POST' });
    return { data: json as T };
  },
});

export type CampaignMethods = ReturnType<typeof campaignMethods>;
