import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesController } from './countries.controller.js';
import { CountriesService } from './countries.service.js';
import { PublicCountriesController } from './public-countries.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [CountriesController, PublicCountriesController],
  providers: [CountriesService],
  exports: [CountriesService],
})
export class CountriesModule {}
