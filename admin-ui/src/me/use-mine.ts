import { useCallback, useState } from 'react';
import { HttpError, useDataProvider, useNotify, type RaRecord } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { MyRecordKind } from '../data/record-methods';
import { useProviderQuery } from '../common/use-provider-query';

/**
 * The submit handler of a self-service form. Returns the API's field errors
 * to the form (React-Admin shows them under the inputs and notifies the
 * message); other failures are notified as they are.
 */
const useSaveMine = <T extends RaRecord>(kind: MyRecordKind, onSaved: (record: T) => void) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  return useCallback(
    async (values: Partial<T>): Promise<Record<string, unknown> | undefined> => {
      try {
        const { data } = await dataProvider.updateMine<T>(kind, values);
        notify('app.me.saved', { type: 'success' });
        onSaved(data);
        return undefined;
      } catch (error: unknown) {
        if (error instanceof HttpError && typeof error.body === 'object' && error.body !== null) {
          const errors: unknown = (error.body as Record<string, unknown>).errors;
          if (typeof errors === 'object' && errors !== null) return errors as Record<string, unknown>;
        }
        const message = error instanceof Error ? error.message : 'app.errors.server';
        notify(message, { type: 'error', messageArgs: { _: message } });
        return undefined;
      }
    },
    [dataProvider, kind, notify, onSaved],
  );
};

/**
 * A member's own record (profile or organization): loaded once, replaced by
 * what the API answers after each save, and the submit handler that saves it.
 */
export const useMine = <T extends RaRecord>(kind: MyRecordKind) => {
  const { data, error, isPending } = useProviderQuery<T>(`me/${kind}`, (provider) => provider.getMine<T>(kind));
  const [saved, setSaved] = useState<T | null>(null);
  const onSaved = useCallback((record: T) => setSaved(record), []);
  const save = useSaveMine<T>(kind, onSaved);
  return { record: saved ?? data, error, isPending, save };
};
