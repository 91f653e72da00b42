import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { fieldErrorCode, type ErrorParams, type FieldError } from './error-code.contract.js';

/** The first number of a class-validator message ("… shorter than or equal to 200 characters" → 200). */
const LIMIT = /(-?\d+(?:\.\d+)?)/;

const paramsOf = (code: FieldError['code'], message: string): ErrorParams | undefined => {
  if (!['too_long', 'too_short', 'too_many', 'too_few', 'too_small', 'too_large'].includes(code)) return undefined;
  const limit = LIMIT.exec(message);
  return limit ? { limit: Number(limit[1]) } : undefined;
};

/** Every failed constraint of a body, its nested fields named by path (`phones.0`, `address.city`). */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, text]): FieldError => {
      const code = fieldErrorCode(constraint);
      // Nested messages get the path of their parent, as NestJS words them.
      const message = parent ? `${parent}.${text}` : text;
      const params = paramsOf(code, text);
      return params ? { field, code, params, message } : { field, code, message };
    });
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/**
 * The validation pipe's answer: one message per failed constraint, as before,
 * and the same failures as `errors` with their field and stable code.
 */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => error.message));
  }
}

export const validationExceptionFactory = (errors: ValidationError[]): ValidationFailedException => new ValidationFailedException(fieldErrors(errors));
