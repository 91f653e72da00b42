import type { Options } from 'pino-http';

/** Request logs as JSON lines; credentials never reach them and health probes are not logged. */
export const httpLoggerOptions: Options = {
  redact: {
    paths: ['req.headers.authorization', 'req.headers.cookie'],
    censor: '[redacted]',
  },
  autoLogging: { ignore: (request) => request.url === '/api/health' },
  customLogLevel: (_request, response, error) => {
    if (error || response.statusCode >= 500) return 'error';
    if (response.statusCode >= 400) return 'warn';
    return 'info';
  },
};
