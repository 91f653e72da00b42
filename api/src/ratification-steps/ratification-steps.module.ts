import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesModule } from '../countries/countries.module.js';
import { RatificationStep } from './ratification-step.entity.js';
import { RatificationStepsController } from './ratification-steps.controller.js';
import { RatificationStepsService } from './ratification-steps.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RatificationStep]), CountriesModule],
  controllers: [RatificationStepsController],
  providers: [RatificationStepsService],
  exports: [RatificationStepsService],
})
export class RatificationStepsModule {}
