import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { UserRole } from '../users/user-role.contract.js';

/** The user behind the current request's token, as the JWT strategy loaded it. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: UserRole;
  personId: string | null;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
  return request.user;
});
