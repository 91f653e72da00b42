import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainException, DomainErrorCode } from './domain.exception.js';
import type { ErrorResponseDto } from './error-response.dto.js';
import { mapPostgresError, PostgresErrorFields } from './postgres-error.js';

const STATUS_OF: Record<DomainErrorCode, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
};

const reason = (status: number): string =>
  (HttpStatus[status] ?? 'Error')
    .toString()
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * The single place where failures become HTTP responses. Client errors keep
 * their message; anything unexpected becomes a bare 500 and is logged with its
 * stack, which never reaches the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request>();
    const body = this.toBody(exception, request.method === 'DELETE');
    if (exception instanceof DomainException && exception.retryAfterSeconds !== undefined && !response.headersSent) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: request.originalUrl }, 'Unhandled error');
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, isDelete: boolean): ErrorResponseDto {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const message = typeof payload === 'string' ? payload : ((payload as { message?: string | string[] }).message ?? exception.message);
      if (exception.cause instanceof SyntaxError) {
        return { statusCode: status, error: reason(status), message: `The body is not valid JSON: ${exception.cause.message}` };
      }
      return { statusCode: status, error: reason(status), message };
    }
    if (exception instanceof DomainException) {
      const status = STATUS_OF[exception.code];
      return { statusCode: status, error: reason(status), message: exception.message, field: exception.field };
    }
    if (exception instanceof EntityNotFoundError) {
      return { statusCode: 404, error: reason(404), message: 'Record not found' };
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapPostgresError(exception.driverError as PostgresErrorFields, isDelete);
      if (mapped) return { statusCode: mapped.status, error: reason(mapped.status), message: mapped.message, field: mapped.field };
    }
    return { statusCode: 500, error: reason(500), message: 'Internal server error' };
  }
}
