import { serverErrorText, type Translate } from '../data/server-error-text';

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
 * ("contactEmail must be an e-mail address"). An answer with a code is worded
 * in the reader's language by `translate` (the page's own: the admin's, or the
 * light /join page's), fields named by the labels of `resource`.
 */
export const serverFieldErrors = <Field extends string>(
  body: unknown,
  fields: readonly Field[],
  translate: Translate,
  resource?: string,
): ServerErrors<Field> => {
  const isField = (word: string | undefined): word is Field => fields.some((field) => field === word);
  const result: ServerErrors<Field> = { fields: {}, general: [] };
  const code = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).code : undefined;
  const worded = typeof code === 'string' ? serverErrorText(body, translate, resource) : null;
  if (worded) {
    // An answer with a code is worded in the reader's language, each field's part under its input.
    for (const [field, text] of Object.entries(worded.fields)) if (isField(field)) result.fields[field] = text;
    if (Object.keys(result.fields).length === 0) result.general.push(worded.message);
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
