import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, DeleteParams, DeleteResult, GetListParams, GetListResult, RaRecord } from 'react-admin';
import { campaignMethods, type CampaignMethods } from './campaign-methods';
import { httpClient } from './http-client';
import { withTotalEstimate } from './list-total';
import { mailingMethods, type MailingMethods } from './mailing-methods';
import { recordMethods, type RecordMethods } from './record-methods';
import { securityMethods, type SecurityMethods } from './security-methods';
import { workflowMethods, type WorkflowMethods } from './workflow-methods';

export const API_URL = '/api';

const baseDataProvider = simpleRestProvider(API_URL, httpClient);

/** React-Admin's methods plus the API's routes beyond simple REST; use it with useDataProvider<AppDataProvider>(). */
export type AppDataProvider = DataProvider & RecordMethods & WorkflowMethods & SecurityMethods & CampaignMethods & MailingMethods;

export const dataProvider: AppDataProvider = {
  ...baseDataProvider,
  ...recordMethods(API_URL, httpClient),
  ...workflowMethods(API_URL, httpClient),
  ...securityMethods(API_URL, httpClient),
  ...campaignMethods(API_URL, httpClient),
  ...mailingMethods(API_URL, httpClient),
  // React-Admin's REST dialect reads the total from Content-Range; the API also says when it is an estimate.
  async getList<RecordType extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<RecordType>> {
    let headers = new Headers();
    const listing = simpleRestProvider(API_URL, async (url: string, options?: Parameters<typeof httpClient>[1]) => {
      const response = await httpClient(url, options);
      headers = response.headers;
      return response;
    });
    const result = await listing.getList<RecordType>(resource, params);
    return withTotalEstimate(result, headers);
  },
  // A DELETE may answer 204 with no body; React-Admin still needs the record
  // to update its caches and to name it in the notification.
  async delete<RecordType extends RaRecord>(resource: string, params: DeleteParams<RecordType>): Promise<DeleteResult<RecordType>> {
    const result = await baseDataProvider.delete<RecordType>(resource, params);
    if (result.data !== undefined && result.data !== null) return result;
    if (params.previousData) return { data: params.previousData };
    return { data: { id: params.id } as RecordType };
  },
};
