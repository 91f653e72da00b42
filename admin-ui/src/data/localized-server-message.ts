import { translate } from '../i18n/i18n-provider';
import { readServerMessage } from './server-message';
import { serverErrorText, type ServerErrorText } from './server-error-text';

/** An error answer worded in the current language by its code (fields named by the labels of `resource`); null when it is no error answer. */
export const localizedServerError = (body: unknown, resource?: string): ServerErrorText | null => serverErrorText(body, translate, resource);

/** The whole failure in the current language; the server's text for an answer without a code. */
export const localizedServerMessage = (body: unknown, resource?: string): string | null =>
  localizedServerError(body, resource)?.message ?? readServerMessage(body);
