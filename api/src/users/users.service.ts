import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainException, notFound } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import { ListQuery } from '../list/list-spec.js';
import { runListQuery } from '../list/apply-list-query.js';
import { Paginated } from '../list/paginated.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { PasswordService } from './password.service.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { toUserResponse, UserResponseDto } from './dto/user-response.dto.js';
import { UserTokensService } from './user-tokens.service.js';
import { User } from './user.entity.js';
import { USER_LIST } from './users.list-spec.js';
import type { UserRole } from './user-role.contract.js';

export interface NewUser {
  email: string;
  role: UserRole;
  password?: string;
  personId?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: UserTokensService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {}

  /** `forUpdate` locks the row until the caller's transaction ends, to serialise decisions about one account. */
  /** An account that may sign in: active, and not locked by an administrator. */
  async findActive(id: string): Promise<User | null> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id, isActive: true } });
    return user && !(user.lockedUntil && user.lockedUntil > new Date()) ? user : null;
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<User | null> {
    const query = manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email });
    return (forUpdate ? query.setLock('pessimistic_write') : query).getOne();
  }

  /**
   * Sets a new password in the caller's transaction and ends every session of
   * the account: whoever knew the old password, or holds a token issued
   * under it, is out.
   */
  /** Sets a password that the policy accepts (a 400 naming `field` otherwise) and ends every session of the account. */
  async setPasswordWithin(manager: EntityManager, user: User, password: string, field = 'password'): Promise<User> {
    user.passwordHash = await this.passwords.hashNew(manager, password, user, field);
    user.passwordChangedAt = new Date();
    const saved = await manager.save(user);
    await this.sessions.endAll(manager, user.id);
    return saved;
  }

  async recordSignIn(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(User, { id: userId }, { lastLoginAt: new Date() });
  }

  async list(query: ListQuery): Promise<Paginated<UserResponseDto>> {
    const { items, total } = await runListQuery(this.dataSource.getRepository(User).createQueryBuilder('u'), USER_LIST, query);
    return new Paginated(USER_LIST.resource, items.map(toUserResponse), query.range[0], total);
  }

  async get(id: string): Promise<UserResponseDto> {
    return toUserResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateUserDto): Promise<UserResponseDto> {
    const user = await this.dataSource.transaction((manager) => this.createWithin(manager, dto));
    return toUserResponse(user);
  }

  /** The account, locked for the caller's transaction when asked, or null when there is none. */
  findById(manager: EntityManager, id: string, forUpdate = false): Promise<User | null> {
    return manager.findOne(User, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The account linked to a person, if any. */
  findByPerson(manager: EntityManager, personId: string): Promise<User | null> {
    return manager.findOne(User, { where: { personId } });
  }

  /** The accounts linked to any of these people. */
  findByPeople(manager: EntityManager, personIds: readonly string[]): Promise<User[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return manager.find(User, { where: { personId: In([...personIds]) } });
  }

  /** Links an account to a contact record inside the caller's transaction (approval, merges). */
  async linkPerson(manager: EntityManager, user: User, personId: string): Promise<User> {
    user.personId = personId;
    return manager.save(user);
  }

  /**
   * Creates a user inside the caller's transaction. Without a password the
   * user is invited: a one-time link goes out by e-mail once the transaction commits.
   */
  async createWithin(manager: EntityManager, input: NewUser): Promise<User> {
    if (await this.findByEmail(input.email, manager)) {
      throw new DomainException('user_email_taken', { email: input.email }, `A user with the e-mail ${input.email} already exists`, 'email');
    }
    const user = manager.create(User, {
      email: input.email.trim().toLowerCase(),
      role: input.role,
      personId: input.personId ?? null,
      passwordHash: input.password ? await this.passwords.hashNew(manager, input.password, { email: input.email, personId: input.personId }) : null,
      isActive: true,
    });
    await manager.save(user);
    if (!input.password) await this.invite(manager, user);
    return user;
  }

  async update(id: string, dto: UpdateUserDto, actorId: string): Promise<UserResponseDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, id, true);
      const demoted = current.role === 'admin' && ((dto.role !== undefined && dto.role !== 'admin') || dto.isActive === false);
      if (demoted) await this.assertAnotherAdmin(manager, id, dto.role !== undefined && dto.role !== 'admin' ? 'role' : 'isActive');
      if (dto.isActive === false && id === actorId) {
        throw new DomainException('own_account_deactivation', { field: 'isActive' }, 'You cannot deactivate your own account', 'isActive');
      }
      if (dto.email !== undefined && dto.email.toLowerCase() !== current.email) {
        const other = await this.findByEmail(dto.email, manager);
        if (other && other.id !== id)
          throw new DomainException('user_email_taken', { email: dto.email }, `A user with the e-mail ${dto.email} already exists`, 'email');
        current.email = dto.email.trim().toLowerCase();
      }
      const lockedUntil = dto.lockedUntil === undefined ? current.lockedUntil : dto.lockedUntil === null ? null : new Date(dto.lockedUntil);
      // React-Admin sends the whole record back: only a real change of rights or access ends the sessions.
      const endsSessions =
        (dto.role !== undefined && dto.role !== current.role) ||
        (dto.isActive === false && current.isActive) ||
        (lockedUntil !== null && lockedUntil > new Date() && lockedUntil.getTime() !== current.lockedUntil?.getTime());
      if (dto.role !== undefined) current.role = dto.role;
      if (dto.isActive !== undefined) current.isActive = dto.isActive;
      if (dto.personId !== undefined) current.personId = dto.personId;
      current.lockedUntil = lockedUntil;
      const saved = dto.password !== undefined ? await this.setPasswordWithin(manager, current, dto.password) : await manager.save(current);
      if (endsSessions) await this.sessions.endAll(manager, id);
      return saved;
    });
    return toUserResponse(user);
  }

  async remove(id: string, actorId: string): Promise<UserResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, id, true);
      if (id === actorId) throw new DomainException('own_account_deletion', {}, 'You cannot delete your own account');
      if (user.role === 'admin') await this.assertAnotherAdmin(manager, id, 'role');
      const response = toUserResponse(user);
      await manager.remove(user);
      return response;
    });
  }

  /** Sends (again) an invitation with a fresh one-time link. */
  async invite(manager: EntityManager, user: User): Promise<void> {
    const token = await this.tokens.issue(manager, user.id, 'invitation');
    await this.mail.queue(manager, mailTemplates.invitation(user.email, `${this.config.publicUrl}/#/accept-invitation?token=${token}`));
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user) throw notFound('users', 'user');
    return user;
  }

  /** Refuses a change that would leave the coalition without an active admin. */
  private async assertAnotherAdmin(manager: EntityManager, exceptId: string, field: string): Promise<void> {
    const admins = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where("u.role = 'admin' AND u.isActive = true AND u.id <> :exceptId", { exceptId })
      .getMany();
    if (admins.length === 0) {
      throw new DomainException('last_admin', { field }, 'This is the last active admin: make another user admin first', field);
    }
  }
}
