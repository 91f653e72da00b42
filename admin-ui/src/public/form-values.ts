/** A form's values as react-hook-form holds them; each page reads them with type checks. */
export type FormValues = Record<string, unknown>;
