import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { AuthoritiesController } from './authorities.controller.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityHolder } from './authority-holder.entity.js';
import { AuthorityStanceChange } from './authority-stance-change.entity.js';
import { Authority } from './authority.entity.js';
import { MemberScopeService } from './member-scope.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Authority, AuthorityHolder, AuthorityStanceChange]), AuthModule, CountriesModule, NotesModule],
  controllers: [AuthoritiesController],
  providers: [AuthoritiesService, MemberScopeService],
  exports: [AuthoritiesService, MemberScopeService],
})
export class AuthoritiesModule {}
