import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/**
 * One signed-in device. Access tokens carry its id, so revoking the row ends
 * them at their next request. Sessions are bookkeeping, not records: they are
 * not audited (the changes that end them are).
 */
@NotAudited()
@Entity('user_sessions')
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** SHA-256 of the current refresh secret; the secret itself lives only in the browser's cookie. */
  @Column({ type: 'char', length: 64 })
  refreshTokenHash: string;

  /** SHA-256 of the secret this session had before its last refresh: seeing it again means a copy is in other hands. */
  @Column({ type: 'char', length: 64, nullable: true })
  previousRefreshTokenHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
