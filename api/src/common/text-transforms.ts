import type { TransformFnParams } from 'class-transformer';

/**
 * class-transformer helpers for form input, applied before validation so that
 * what is validated is what is stored.
 */

/** Trims text; other values pass unchanged for the validators to refuse. */
export const trimmed = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

/** Trims text and turns an empty field into null: forms send '' for "nothing". */
export const trimmedOrNull = ({ value }: TransformFnParams): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};

/** People type "www.example.org": add the scheme so that the address is a link. */
export const websiteUrl = ({ value }: TransformFnParams): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
};

/** Drops repeats from a list (a multi-select may send a value twice). */
export const uniqueList = ({ value }: TransformFnParams): unknown => (Array.isArray(value) ? [...new Set(value)] : value);

/** Trims each text of a list and drops the empty ones (a form's blank extra line). */
export const trimmedList = ({ value }: TransformFnParams): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '') : value;
