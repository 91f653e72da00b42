import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxHealthService } from './outbox-health.service.js';
import { OutboxService } from './outbox.service.js';
import { OutboxMessage } from './outbox-message.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [OutboxService, OutboxHealthService],
  exports: [OutboxService, OutboxHealthService],
})
export class OutboxModule {}
