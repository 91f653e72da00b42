import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesController } from './countries.controller.js';
import { CountriesService } from './countries.service.js';
import { PublicCountriesController } from './public-countries.controller.js';
import { Country } from './country.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Country]), AuthModule],
  controllers: [CountriesController, PublicCountriesController],
  providers: [CountriesService],
  exports: [CountriesService],
})
export class CountriesModule {}
