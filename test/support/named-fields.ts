/** The fields a 400 names: its `field`, or the first word of each validation message. */
export const namedFields = (body: { field?: string; message?: string | string[] }): string[] =>
  body.field ? [body.field] : (Array.isArray(body.message) ? body.message : [body.message ?? '']).map((text) => text.split(' ')[0] ?? '');
