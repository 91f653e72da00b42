import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityPolicyController } from './security-policy.controller.js';
import { SecurityPolicyService } from './security-policy.service.js';
import { Setting } from './setting.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Setting])],
  controllers: [SecurityPolicyController],
  providers: [SecurityPolicyService],
  exports: [SecurityPolicyService],
})
export class SecurityPolicyModule {}
