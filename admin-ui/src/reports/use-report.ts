import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { REGIONS, type Region } from '@contract/countries/country.contract';
import { REPORT_DATE } from '@contract/reports/report.contract';
import { API_URL } from '../data/data-provider';
import { httpClient } from '../data/http-client';
import type { CountryReport, ReportOverview } from './report-types';

/** The period and region of the dashboard, read from and written to the URL so that a view can be shared. */
export type ReportFilters = { from?: string; to?: string; region?: Region };

const isRegion = (value: string | null): value is Region => REGIONS.some((region) => region === value);
const dateOrUndefined = (value: string | null): string | undefined => (value && REPORT_DATE.test(value) ? value : undefined);

export const useReportFilters = (): [ReportFilters, (next: ReportFilters) => void] => {
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const filters: ReportFilters = {
    from: dateOrUndefined(params.get('from')),
    to: dateOrUndefined(params.get('to')),
    region: isRegion(region) ? region : undefined,
  };
  const set = (next: ReportFilters) => {
    const updated = new URLSearchParams(params);
    for (const key of ['from', 'to', 'region'] as const) {
      const value = next[key];
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    setParams(updated);
  };
  return [filters, set];
};

export const queryString = (filters: ReportFilters): string => {
  const query = new URLSearchParams();
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.region) query.set('region', filters.region);
  const text = query.toString();
  return text ? `?${text}` : '';
};

/** What a report request came to: the data, a failure, and a way to ask again. */
export type Loaded<T> = { data: T | undefined; isPending: boolean; error: unknown; refetch: () => void };

const useFetched = <T>(url: string): Loaded<T> => {
  const [state, setState] = useState<{ url: string; data?: T; error?: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    httpClient(url).then(
      ({ json }) => {
        if (!cancelled) setState({ url, data: json as T });
      },
      (error: unknown) => {
        if (!cancelled) setState({ url, error: error ?? new Error('failed') });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [url, attempt]);
  const refetch = useCallback(() => {
    setState(null);
    setAttempt((n) => n + 1);
  }, []);
  const current = state?.url === url ? state : null;
  return { data: current?.data, isPending: current === null, error: current?.error, refetch };
};

export const useOverview = (filters: ReportFilters): Loaded<ReportOverview> => useFetched<ReportOverview>(`${API_URL}/reports/overview${queryString(filters)}`);

export const useCountryReport = (iso3: string, filters: ReportFilters): Loaded<CountryReport> =>
  useFetched<CountryReport>(`${API_URL}/reports/countries/${encodeURIComponent(iso3)}${queryString({ from: filters.from, to: filters.to })}`);
