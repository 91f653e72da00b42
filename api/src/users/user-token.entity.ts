import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditIgnore, NotAudited } from '../audit/audit-ignore.decorator.js';

export type UserTokenPurpose = 'invitation' | 'password_reset';

/** A one-time token for an invitation or a password reset; only its SHA-256 is stored. */
@NotAudited()
@Entity('user_tokens')
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: UserTokenPurpose;

  @AuditIgnore()
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
