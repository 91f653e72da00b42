import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * NestJS' logger interface over pino: one JSON line per message, with the
 * Nest context as a field. Objects passed as the first argument are merged
 * into the line (e.g. `{ err }` or `{ jobId }`).
 */
export class PinoLoggerService implements LoggerService {
  constructor(readonly pino: Logger) {}

  static create(name: string, level: string): PinoLoggerService {
    return new PinoLoggerService(pino({ name, level }));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    // Nest passes the context as the last string argument, and a stack trace before it for errors.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const texts = rest.slice(0, context === undefined ? rest.length : -1).filter((part) => typeof part === 'string');
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      this.pino[level]({ context, ...message }, texts[0] ?? '');
    } else if (message instanceof Error) {
      this.pino[level]({ context, err: message }, message.message);
    } else {
      this.pino[level]({ context, ...(texts.length > 0 ? { stack: texts.join('\n') } : {}) }, String(message));
    }
  }
}
