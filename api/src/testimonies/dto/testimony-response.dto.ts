import { ApiProperty } from '@nestjs/swagger';
import {
  ESCR_RIGHTS,
  maySeeSubmitter,
  TESTIMONY_LOCALES,
  TESTIMONY_SOURCES,
  TESTIMONY_STATUSES,
  type EscrRight,
  type TestimonyLocale,
  type TestimonySource,
  type TestimonyStatus,
} from '../testimony.contract.js';
import type { Testimony } from '../testimony.entity.js';

export class TestimonyResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ enum: ESCR_RIGHTS, isArray: true })
  rightsAffected: EscrRight[];

  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true, description: 'null for readers below coordinator when the testimony is anonymized' })
  submitterName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'null for readers below coordinator when the testimony is anonymized' })
  submitterContact: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for readers below coordinator when the testimony is anonymized' })
  submittedByUserId: string | null;

  @ApiProperty({ description: 'The submitter is withheld from this reader' })
  submitterHidden: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiProperty({ enum: TESTIMONY_SOURCES })
  source: TestimonySource;

  @ApiProperty({ enum: TESTIMONY_LOCALES })
  locale: TestimonyLocale;

  @ApiProperty()
  consentToPublish: boolean;

  @ApiProperty()
  anonymize: boolean;

  @ApiProperty({ enum: TESTIMONY_STATUSES })
  status: TestimonyStatus;

  @ApiProperty({ type: String, nullable: true })
  publicTitle: string | null;

  @ApiProperty({ type: String, nullable: true })
  publicText: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** The testimony as a reader of `role` may see it: the submitter of an anonymized one only for coordinators and admins. */
export function toTestimonyResponse(testimony: Testimony, role: string): TestimonyResponseDto {
  const visible = maySeeSubmitter(role, testimony.anonymize);
  return {
    id: testimony.id,
    countryId: testimony.countryId,
    rightsAffected: testimony.rightsAffected,
    text: testimony.text,
    submitterName: visible ? testimony.submitterName : null,
    submitterContact: visible ? testimony.submitterContact : null,
    submittedByUserId: visible ? testimony.submittedByUserId : null,
    submitterHidden: !visible,
    organizationId: testimony.organizationId,
    source: testimony.source,
    locale: testimony.locale,
    consentToPublish: testimony.consentToPublish,
    anonymize: testimony.anonymize,
    status: testimony.status,
    publicTitle: testimony.publicTitle,
    publicText: testimony.publicText,
    publishedAt: testimony.publishedAt?.toISOString() ?? null,
    createdAt: testimony.createdAt.toISOString(),
    updatedAt: testimony.updatedAt.toISOString(),
  };
}
