import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';

export type ProviderQuery<T> = {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => void;
};

/**
 * Loads from one of the data provider's own methods (membership history,
 * duplicates, /me) and reloads when `key` changes or on refetch(). Going
 * through useDataProvider keeps React-Admin's handling of an ended session.
 */
export const useProviderQuery = <T>(key: string, load: (provider: AppDataProvider) => Promise<{ data: T }>, enabled = true): ProviderQuery<T> => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<{ data: T | undefined; error: Error | null; isPending: boolean }>({
    data: undefined,
    error: null,
    isPending: enabled,
  });
  const [attempt, setAttempt] = useState(0);
  // `load` is a new function on every render; `key` says when what it loads changes.
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    setState((previous) => ({ ...previous, isPending: true, error: null }));
    latestLoad
      .current(dataProvider)
      .then(({ data }) => {
        if (current) setState({ data, error: null, isPending: false });
      })
      .catch((error: unknown) => {
        if (current) setState({ data: undefined, error: error instanceof Error ? error : new Error('app.errors.server'), isPending: false });
      });
    return () => {
      current = false;
    };
  }, [key, attempt, enabled, dataProvider]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refetch };
};
