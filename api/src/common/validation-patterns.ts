/** A calendar date as the API takes it. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A phone number as people write it: digits with spaces, dashes, dots, brackets, a leading + or an extension. */
export const PHONE = /^(?=.*\d)[\d\s+()./-]+(\s*(ext\.?|x)\s*\d+)?$/i;
