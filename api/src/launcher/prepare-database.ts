import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { refusalMessage } from '../auth/password-policy/password-policy.service.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password-policy/password-rules.contract.js';
import { judgePassword } from '../auth/password-policy/password-strength.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Country } from '../countries/country.entity.js';
import { loadReferenceCountries } from '../countries/load-reference-countries.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { User } from '../users/user.entity.js';

export interface InitialAdmin {
  email: string;
  /** Set only when the password was generated and must be shown once. */
  generatedPassword?: string;
}

/** Runs pending migrations and adds missing reference countries; returns the migrations' names. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'coalition-migrate', entities: [Country] })).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await loadReferenceCountries(dataSource);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The first admin's password is held to the same policy as every other; a refusal stops the start with the reason. */
function assertAdminPassword(email: string, password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new Error(`ADMIN_PASSWORD must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`);
  }
  const verdict = judgePassword(password, { email });
  if (!verdict.acceptable) throw new Error(`ADMIN_PASSWORD is refused: ${refusalMessage(verdict, 'it')}`);
}

/**
 * On a database without users, creates the first admin from ADMIN_EMAIL and
 * ADMIN_PASSWORD, generating a password when none is given. Returns undefined
 * when users already exist.
 */
export async function ensureInitialAdmin(url: string, email: string, password?: string): Promise<InitialAdmin | undefined> {
  if (password !== undefined) assertAdminPassword(email, password);
  const dataSource = await new DataSource(
    dataSourceOptions({ url, poolSize: 1, applicationName: 'coalition-setup', entities: [User, AuditEntry] }),
  ).initialize();
  try {
    const users = dataSource.getRepository(User);
    if ((await users.count()) > 0) return undefined;
    const chosen = password ?? randomBytes(12).toString('base64url');
    await users.save(
      users.create({
        email: email.trim().toLowerCase(),
        role: 'admin',
        isActive: true,
        passwordHash: await argon2.hash(chosen, { type: argon2.argon2id }),
      }),
    );
    return { email: email.trim().toLowerCase(), generatedPassword: password ? undefined : chosen };
  } finally {
    await dataSource.destroy();
  }
}
