import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { validationExceptionFactory, ValidationFailedException } from '../common/validation-failure.js';
import { LoginDto } from './dto/login.dto.js';

/**
 * passport-local runs before pipes, so the body is validated here first: a
 * malformed login gets the same field-named 400 as any other route.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ValidationFailedException([{ field: 'body', code: 'invalid', message: 'body must be a JSON object with email and password' }]);
    }
    const errors = await validate(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      throw validationExceptionFactory(errors);
    }
    return (await super.canActivate(context)) as boolean;
  }
}
