import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesController } from './countries.controller.js';
import { CountriesService } from './countries.service.js';
import { CountryFocalPoint } from './country-focal-point.entity.js';
import { CountryStatusChange } from './country-status-change.entity.js';
import { Country } from './country.entity.js';
import { PublicCountriesController } from './public-countries.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Country, CountryStatusChange, CountryFocalPoint]), AuthModule, AuditModule],
  controllers: [CountriesController, PublicCountriesController],
  providers: [CountriesService],
  exports: [CountriesService],
})
export class CountriesModule {}
