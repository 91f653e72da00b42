import { BooleanField, useRecordContext } from 'react-admin';
import type { PersonRecord } from './person-record';

/** Whether the person can sign in, i.e. has a user account linked; the list leaves "no" blank to stay readable. */
export const HasUserField = ({ showFalse = true }: { showFalse?: boolean; label?: string; source?: string }) => {
  const record = useRecordContext<PersonRecord>();
  if (!record) return null;
  return <BooleanField record={{ id: record.id, hasUser: record.userId !== null }} source="hasUser" FalseIcon={showFalse ? undefined : null} />;
};
