import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AuditEntityType, AuditIgnore } from '../../audit/audit-ignore.decorator.js';

const bigintAsNumber = {
  to: (value: number | null): number | null => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * A user's TOTP two-factor authentication. Its key is the user's id, so the
 * audit trail files its changes under the user. Secrets are sealed (SecretBox)
 * and kept out of the audit trail; turning it on or off, and using a recovery
 * code, are audited through enabledAt and recoveryCodeUsedAt.
 */
@AuditEntityType('TwoFactorCredential')
@Entity('two_factor_credentials')
export class TwoFactorCredential {
  /** The user's id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** The sealed secret in use; null until enabled. */
  @AuditIgnore()
  @Column({ type: 'text', nullable: true })
  secret: string | null;

  /** The sealed secret of a set-up waiting for its first code. */
  @AuditIgnore()
  @Column({ type: 'text', nullable: true })
  pendingSecret: string | null;

  @AuditIgnore()
  @Column({ type: 'timestamptz', nullable: true })
  pendingSince: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  /** The time step of the last code accepted: no code of that step or before works again. */
  @AuditIgnore()
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  lastUsedStep: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  recoveryCodeUsedAt: Date | null;
}
