import { readToken } from '../auth/auth-storage';
import { currentToken, refreshSession } from '../auth/session';
import { localizedServerMessage } from '../data/localized-server-message';

/** Why a download failed: an i18n key or the server's own message. */
export class DownloadError extends Error {}

const FILENAME = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i;

const filenameOf = (response: Response, fallback: string): string => {
  const match = FILENAME.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
};

const failureOf = async (response: Response): Promise<DownloadError> => {
  const body: unknown = await response.json().catch(() => null);
  const message = localizedServerMessage(body);
  if (message) return new DownloadError(message);
  if (response.status === 401) return new DownloadError('app.auth.session_expired');
  if (response.status === 403) return new DownloadError('app.errors.forbidden');
  return new DownloadError('app.errors.server');
};

/**
 * The API streams CSV files behind the bearer token, which a plain link
 * cannot send: fetch the file, then hand it to the browser as a download.
 */
const fetchCsv = (url: string, token: string | null): Promise<Response> =>
  fetch(url, { headers: token ? { Authorization: `Bearer ${token}`, Accept: 'text/csv' } : { Accept: 'text/csv' } });

export const downloadFile = async (url: string, fallbackName: string): Promise<void> => {
  const token = await currentToken();
  let response: Response;
  try {
    response = await fetchCsv(url, token);
    // Renewed once, as the data provider does, when the token lapsed in flight.
    if (response.status === 401 && token && (await refreshSession(token))) response = await fetchCsv(url, readToken());
  } catch {
    throw new DownloadError('app.errors.network');
  }
  if (!response.ok) throw await failureOf(response);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filenameOf(response, fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
};
