import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { InputShapeMiddleware } from './common/input-shape.middleware.js';
import { adminUiDist } from './common/repo-paths.js';
import { setUiCacheHeaders } from './common/ui-cache-headers.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthModule } from './health/health.module.js';
import { ContentRangeInterceptor } from './list/content-range.interceptor.js';
import { RedisModule } from './redis/redis.module.js';
import { RequestContextMiddleware } from './request-context/request-context.middleware.js';
import { UsersModule } from './users/users.module.js';
import { CountriesModule } from './countries/countries.module.js';
import { WorkingGroupsModule } from './working-groups/working-groups.module.js';
import { RatificationStepsModule } from './ratification-steps/ratification-steps.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PeopleModule } from './people/people.module.js';
import { AffiliationsModule } from './affiliations/affiliations.module.js';
import { NotesModule } from './notes/notes.module.js';
import { DuplicatesModule } from './duplicates/duplicates.module.js';
import { MembershipApplicationsModule } from './membership-applications/membership-applications.module.js';
import { MeModule } from './me/me.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { SecurityPolicyModule } from './security-policy/security-policy.module.js';
import { EventsModule } from './events/events.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { TestimoniesModule } from './testimonies/testimonies.module.js';
import { MessageTemplatesModule } from './message-templates/message-templates.module.js';
import { AuthoritiesModule } from './authorities/authorities.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { LobbyingActionsModule } from './lobbying-actions/lobbying-actions.module.js';
import { MailingModule } from './mailing/mailing.module.js';
import { QueueInspectorModule } from './queue/queue-inspector.module.js';
import { QueueBoardModule } from './queue-board/queue-board.module.js';

/** The HTTP application: every feature module, plus the built admin UI served at `/`. */
@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig): DynamicModule {
    const uiDir = config.ADMIN_UI_DIR ?? adminUiDist();
    const serveUi = existsSync(join(uiDir, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: uiDir, exclude: ['/api/{*path}'], serveStaticOptions: { setHeaders: setUiCacheHeaders, extensions: ['html'] } })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'coalition-api' }),
          // Each feature module registers its own entities with TypeOrmModule.forFeature.
          autoLoadEntities: true,
          migrationsRun: config.RUN_MIGRATIONS,
        }),
        RedisModule,
        ...serveUi,
        AuthModule,
        UsersModule,
        AuditModule,
        HealthModule,
        CountriesModule,
        WorkingGroupsModule,
        RatificationStepsModule,
        OrganizationsModule,
        PeopleModule,
        AffiliationsModule,
        NotesModule,
        DuplicatesModule,
        MembershipApplicationsModule,
        MeModule,
        ImportsModule,
        ExportsModule,
        SecurityPolicyModule,
        EventsModule,
        ReportsModule,
        TestimoniesModule,
        MessageTemplatesModule,
        AuthoritiesModule,
        TasksModule,
        LobbyingActionsModule,
        MailingModule,
        QueueInspectorModule,
        QueueBoardModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ContentRangeInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware, InputShapeMiddleware).forRoutes('*path');
  }
}
