import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, DeleteParams, DeleteResult, RaRecord } from 'react-admin';
import { httpClient } from './http-client';

export const API_URL = '/api';

const baseDataProvider = simpleRestProvider(API_URL, httpClient);

export const dataProvider: DataProvider = {
  ...baseDataProvider,
  // A DELETE may answer 204 with no body; React-Admin still needs the record
  // to update its caches and to name it in the notification.
  async delete<RecordType extends RaRecord>(resource: string, params: DeleteParams<RecordType>): Promise<DeleteResult<RecordType>> {
    const result = await baseDataProvider.delete<RecordType>(resource, params);
    if (result.data !== undefined && result.data !== null) return result;
    if (params.previousData) return { data: params.previousData };
    return { data: { id: params.id } as RecordType };
  },
};
