import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AffiliationsModule } from '../affiliations/affiliations.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { UsersModule } from '../users/users.module.js';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';
import { PersonBatchService } from './person-batch.service.js';
import { PersonMergeService } from './person-merge.service.js';
import { Person } from './person.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Person]), CountriesModule, AffiliationsModule, NotesModule, DuplicatesModule, UsersModule],
  controllers: [PeopleController],
  providers: [PeopleService, PersonMergeService, PersonBatchService],
  exports: [PeopleService, PersonBatchService],
})
export class PeopleModule {}
