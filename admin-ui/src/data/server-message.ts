/** NestJS error bodies carry `message` as a string or, for validation, a list of strings. */
export const readServerMessage = (body: unknown): string | null => {
  if (typeof body !== 'object' || body === null) return null;
  const message = (body as Record<string, unknown>).message;
  if (typeof message === 'string' && message.trim() !== '') return message;
  if (Array.isArray(message)) {
    const parts = message.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return null;
};
