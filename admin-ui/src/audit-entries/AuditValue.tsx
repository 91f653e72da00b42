import { useTranslate } from 'react-admin';
import type { AuditValueKind } from '../common/audit-values';
import { AuditReference } from './AuditReference';

const EMPTY_VALUE = '—';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Translate = ReturnType<typeof useTranslate>;

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One recorded value as text: yes/no in the reader's language, and an id that no declaration names as "a record", never the id. */
const plainText = (value: unknown, translate: Translate): string => {
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'string') return UUID.test(value) ? translate('resources.audit-entries.a_record') : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((item) => plainText(item, translate)).join(', ');
  return JSON.stringify(value);
};

/** A value before or after a change, as the reader understands it: translated choices, named records. */
export const AuditValue = ({ value, kind }: { value: unknown; kind?: AuditValueKind }) => {
  const translate = useTranslate();
  if (isEmpty(value)) return <>{EMPTY_VALUE}</>;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if (kind && 'reference' in kind && values.every((item) => typeof item === 'string')) {
    return <AuditReference resource={kind.reference} ids={values} />;
  }
  if (kind && 'choices' in kind) {
    const label = (item: unknown): string => {
      const choice = kind.choices.find((candidate) => String(candidate.id) === String(item));
      return choice ? translate(choice.name, { _: String(item) }) : plainText(item, translate);
    };
    return <>{values.map(label).join(', ')}</>;
  }
  return <>{plainText(value, translate)}</>;
};
