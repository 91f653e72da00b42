import { readServerMessage } from '../data/server-message';

export type ServerErrors<Field extends string> = {
  /** Messages that belong to a form field, by field. */
  fields: Partial<Record<Field, string>>;
  /** Messages that name no field of the form. */
  general: string[];
};

const messagesOf = (body: unknown): string[] => {
  if (typeof body !== 'object' || body === null) return [];
  const message = (body as Record<string, unknown>).message;
  if (typeof message === 'string') return [message];
  if (Array.isArray(message)) return message.filter((part): part is string => typeof part === 'string');
  return [];
};

/**
 * Splits a 400 answer over the form's fields. The API names the field either
 * in `field` (business rules) or as the first word of each validation message
 * ("contactEmail must be an e-mail address").
 */
export const serverFieldErrors = <Field extends string>(body: unknown, fields: readonly Field[]): ServerErrors<Field> => {
  const isField = (word: string | undefined): word is Field => fields.some((field) => field === word);
  const result: ServerErrors<Field> = { fields: {}, general: [] };
  const named = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).field : undefined;
  if (typeof named === 'string' && isField(named)) {
    result.fields[named] = readServerMessage(body) ?? named;
    return result;
  }
  for (const message of messagesOf(body)) {
    const first = message.split(/[\s.]/, 1)[0];
    if (isField(first)) {
      result.fields[first] = result.fields[first] ? `${result.fields[first]}; ${message}` : message;
    } else {
      result.general.push(message);
    }
  }
  return result;
};
