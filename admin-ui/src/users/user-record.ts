import type { Role } from '../auth/roles';

/** A user as `GET /api/users/:id` returns it. */
export type UserRecord = {
  id: string;
  email: string;
  role: Role;
  isActive: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  personId: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What the create form collects; `password` is absent when an invitation should be sent. */
export type UserCreateData = {
  email: string;
  role: Role;
  password?: string | null;
};
