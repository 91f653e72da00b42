/** What a public (no-login) request came back with; status 0 when the server could not be reached. */
export type PublicAnswer = {
  status: number;
  body: unknown;
};

export const UNREACHABLE = 0;

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * The public pages speak to the API without a token, and need the status of
 * every answer (201, 400 with fields, 429…), which the data provider hides
 * behind exceptions: they use this instead.
 */
export const publicRequest = async (method: 'GET' | 'POST', url: string, payload?: unknown): Promise<PublicAnswer> => {
  try {
    const response = await fetch(url, {
      method,
      headers: payload === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return { status: response.status, body: await readBody(response) };
  } catch {
    return { status: UNREACHABLE, body: null };
  }
};
