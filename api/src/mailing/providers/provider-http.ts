import { PermanentProviderError } from './mailing-provider.js';

/** What a provider call needs to know to reach its server. */
export interface HttpTarget {
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Names the provider in error messages. */
  label: string;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/**
 * One JSON call to a provider with a timeout. A 4xx the caller does not
 * accept becomes a PermanentProviderError; 5xx, timeouts and connection
 * errors a plain Error, which the sync retries.
 */
export async function callProvider(target: HttpTarget, method: string, path: string, body?: unknown, accept: readonly number[] = []): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers: { ...target.headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(target.timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${target.timeoutMs} ms` : describe(error);
    throw new Error(`${target.label} ${method} ${path}: ${reason}`, { cause: error });
  }
  const text = await response.text().catch(() => '');
  const parsed = parseJson(text);
  if (response.ok || accept.includes(response.status)) return { status: response.status, body: parsed };
  const message = `${target.label} ${method} ${path} answered ${response.status}: ${messageOf(parsed, text)}`;
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    throw new PermanentProviderError(message, response.status);
  }
  throw new Error(message);
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function messageOf(parsed: unknown, text: string): string {
  if (parsed && typeof parsed === 'object') {
    const record = parsed as Record<string, unknown>;
    for (const key of ['message', 'title', 'description']) {
      const value = record[key];
      if (typeof value === 'string') return value.slice(0, 500);
    }
  }
  return text.slice(0, 500) || '(no body)';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
