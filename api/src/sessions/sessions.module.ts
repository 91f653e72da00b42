import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsService } from './sessions.service.js';
import { UserSession } from './user-session.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserSession])],
  providers: [SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
