import { Global, Module } from '@nestjs/common';
import { QueueInspectorService } from './queue-inspector.service.js';

/** The API's read-only view of the queues (health details, queues dashboard). */
@Global()
@Module({
  providers: [QueueInspectorService],
  exports: [QueueInspectorService],
})
export class QueueInspectorModule {}
