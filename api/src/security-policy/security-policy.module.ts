import { Module } from '@nestjs/common';
import { SecurityPolicyController } from './security-policy.controller.js';
import { SecurityPolicyService } from './security-policy.service.js';

@Module({
  controllers: [SecurityPolicyController],
  providers: [SecurityPolicyService],
  exports: [SecurityPolicyService],
})
export class SecurityPolicyModule {}
