import type { Role } from '../auth/roles';
import type { Schema } from '../api/schema';

/** A user as `GET /api/users/:id` returns it. */
export type UserRecord = Schema<'UserResponseDto'>;

/** What the create form collects; `password` is absent when an invitation should be sent. */
export type UserCreateData = {
  email: string;
  role: Role;
  password?: string | null;
};
