import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import { ListQuery } from '../list/list-spec.js';
import { runListQuery } from '../list/apply-list-query.js';
import { Paginated } from '../list/paginated.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { PasswordService } from './password.service.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { toUserResponse, UserResponseDto } from './dto/user-response.dto.js';
import { UserTokensService } from './user-tokens.service.js';
import { User } from './user.entity.js';
import { USER_LIST } from './users.list-spec.js';
import type { UserRole } from './user-role.js';

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
  ) {}

  findActive(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { id, isActive: true } });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
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

  /**
   * Creates a user inside the caller's transaction. Without a password the
   * user is invited: a one-time link goes out by e-mail once the transaction commits.
   */
  async createWithin(manager: EntityManager, input: NewUser): Promise<User> {
    if (await this.findByEmail(input.email, manager)) {
      throw new DomainException('conflict', `A user with the e-mail ${input.email} already exists`, 'email');
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
        throw new DomainException('conflict', 'You cannot deactivate your own account', 'isActive');
      }
      if (dto.email !== undefined && dto.email.toLowerCase() !== current.email) {
        const other = await this.findByEmail(dto.email, manager);
        if (other && other.id !== id) throw new DomainException('conflict', `A user with the e-mail ${dto.email} already exists`, 'email');
        current.email = dto.email.trim().toLowerCase();
      }
      if (dto.role !== undefined) current.role = dto.role;
      if (dto.isActive !== undefined) current.isActive = dto.isActive;
      if (dto.personId !== undefined) current.personId = dto.personId;
      if (dto.lockedUntil !== undefined) {
        current.lockedUntil = dto.lockedUntil === null ? null : new Date(dto.lockedUntil);
        if (dto.lockedUntil === null) current.failedLoginCount = 0;
      }
      if (dto.password !== undefined) current.passwordHash = await this.passwords.hashNew(manager, dto.password, current);
      return manager.save(current);
    });
    return toUserResponse(user);
  }

  async remove(id: string, actorId: string): Promise<UserResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, id, true);
      if (id === actorId) throw new DomainException('conflict', 'You cannot delete your own account');
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
    if (!user) throw notFound('User', id);
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
      throw new DomainException('conflict', 'This is the last active admin: make another user admin first', field);
    }
  }
}
