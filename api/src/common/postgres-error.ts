/** The subset of node-postgres' DatabaseError that the filter reads. */
export interface PostgresErrorFields {
  code?: string;
  detail?: string;
  column?: string;
  constraint?: string;
  table?: string;
}

export interface MappedDatabaseError {
  status: 400 | 409;
  code: 'duplicate_value' | 'unknown_reference' | 'still_referenced' | 'rule_broken' | 'required' | 'bad_format';
  message: string;
  field?: string;
}

/** "Key (lower(email::text))=(a@b.org) already exists." → "email"; snake_case columns come back as the API's camelCase. */
export function fieldFromDetail(detail: string | undefined): string | undefined {
  const match = detail?.match(/^Key \((.+?)\)=/);
  if (!match) return undefined;
  const columns = match[1]
    .split(',')
    .map((part) =>
      part
        .replace(/lower\(|::\w+|\)/g, '')
        .trim()
        .replace(/^"|"$/g, ''),
    )
    .map((column) => column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase()));
  return columns.join(', ');
}

/**
 * Turns a PostgreSQL error into a client error without leaking SQL. Returns
 * undefined for errors that are the server's fault (they become a 500).
 */
export function mapPostgresError(error: PostgresErrorFields, isDelete: boolean): MappedDatabaseError | undefined {
  switch (error.code) {
    case '23505': {
      const field = fieldFromDetail(error.detail);
      return { status: 409, code: 'duplicate_value', message: field ? `A record with this ${field} already exists` : 'This record already exists', field };
    }
    case '23503': {
      const field = fieldFromDetail(error.detail);
      return isDelete
        ? { status: 409, code: 'still_referenced', message: 'This record is still referenced by other records and cannot be deleted' }
        : {
            status: 400,
            code: 'unknown_reference',
            message: field ? `${field} refers to a record that does not exist` : 'A referenced record does not exist',
            field,
          };
    }
    case '23514':
      return { status: 400, code: 'rule_broken', message: `A value breaks the rule ${error.constraint ?? 'of this table'}` };
    case '23502':
      return { status: 400, code: 'required', message: `${error.column ?? 'A field'} must not be empty`, field: error.column };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return { status: 400, code: 'bad_format', message: 'A value has the wrong format or is too long' };
    default:
      return undefined;
  }
}
