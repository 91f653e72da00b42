import { useCallback } from 'react';
import { HttpError, useDataProvider, useNotify, type RaRecord } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { MyRecordKind } from '../data/record-methods';

/**
 * The submit handler of a self-service form. Returns the API's field errors
 * to the form (React-Admin shows them under the inputs and notifies the
 * message); other failures are notified as they are.
 */
export const useSaveMine = <T extends RaRecord>(kind: MyRecordKind, onSaved: (record: T) => void) => {
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
