import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception.js';
import type { ErrorCode, ErrorKind } from './error-code.contract.js';
import type { ErrorResponseDto } from './error-response.dto.js';
import { mapPostgresError, PostgresErrorFields } from './postgres-error.js';
import { ValidationFailedException } from './validation-failure.js';

const STATUS_OF: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
};

/** The code of an answer that names no rule of its own, by its status. */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'throttled',
};
const codeOfStatus = (status: number): ErrorCode => (Object.hasOwn(CODE_OF_STATUS, status) ? CODE_OF_STATUS[status] : status >= 500 ? 'internal' : 'invalid');

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
        return { statusCode: status, error: reason(status), code: 'invalid_json', message: `The body is not valid JSON: ${exception.cause.message}` };
      }
      if (exception instanceof ValidationFailedException) {
        return { statusCode: status, error: reason(status), code: 'validation_failed', message, errors: exception.errors };
      }
      return { statusCode: status, error: reason(status), code: codeOfStatus(status), message };
    }
    if (exception instanceof DomainException) {
      const status = STATUS_OF[exception.kind];
      return { statusCode: status, error: reason(status), code: exception.code, params: exception.params, message: exception.message, field: exception.field };
    }
    if (exception instanceof EntityNotFoundError) {
      return { statusCode: 404, error: reason(404), code: 'not_found', message: 'Record not found' };
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapPostgresError(exception.driverError as PostgresErrorFields, isDelete);
      if (mapped) {
        return {
          statusCode: mapped.status,
          error: reason(mapped.status),
          code: mapped.code,
          ...(mapped.field ? { params: { field: mapped.field } } : {}),
          message: mapped.message,
          field: mapped.field,
        };
      }
    }
    return { statusCode: 500, error: reason(500), code: 'internal', message: 'Internal server error' };
  }
}
