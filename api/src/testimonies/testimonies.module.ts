import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { MeModule } from '../me/me.module.js';
import { TestimoniesController } from './testimonies.controller.js';
import { TestimoniesService } from './testimonies.service.js';
import { TestimonyAccessService } from './testimony-access.service.js';
import { Testimony } from './testimony.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Testimony]), AuthModule, CountriesModule, MeModule],
  controllers: [TestimoniesController],
  providers: [TestimoniesService, TestimonyAccessService],
  exports: [TestimoniesService],
})
export class TestimoniesModule {}
