import type { GetListResult, RaRecord } from 'react-admin';

/** The API's mark on a list whose Content-Range total is PostgreSQL's estimate (past 10,000 matches). */
export const TOTAL_ESTIMATED_HEADER = 'X-Total-Estimated';

/** What the data provider adds to a list's `meta` when its total is an estimate. */
export type ListTotalMeta = { totalEstimated: true };

export const isTotalEstimated = (meta: unknown): meta is ListTotalMeta =>
  typeof meta === 'object' && meta !== null && Object.hasOwn(meta, 'totalEstimated') && (meta as ListTotalMeta).totalEstimated === true;

/** A list answer, its total marked as an estimate when the API said so. */
export const withTotalEstimate = <T extends RaRecord>(result: GetListResult<T>, headers: Headers): GetListResult<T> =>
  headers.get(TOTAL_ESTIMATED_HEADER) === 'true' ? { ...result, meta: { ...(result.meta as object | undefined), totalEstimated: true } } : result;
