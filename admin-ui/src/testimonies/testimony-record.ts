import {
  ESCR_RIGHTS,
  TESTIMONY_LOCALES,
  TESTIMONY_SOURCES,
  TESTIMONY_STATUSES,
  type EscrRight,
  type TestimonyLocale,
  type TestimonySource,
  type TestimonyStatus,
} from '@contract/testimonies/testimony.contract';
import type { Schema } from '../api/schema';

/** A testimony as `GET /api/testimonies/:id` returns it. */
export type TestimonyRecord = Schema<'TestimonyResponseDto'>;
/** What `POST /api/testimonies` (public) and `POST /api/testimonies/recorded` take. */
export type TestimonySubmission = Schema<'RecordTestimonyDto'>;

export const RIGHT_CHOICES: Array<{ id: EscrRight; name: string }> = ESCR_RIGHTS.map((right) => ({ id: right, name: `resources.testimonies.rights.${right}` }));
export const TESTIMONY_STATUS_CHOICES: Array<{ id: TestimonyStatus; name: string }> = TESTIMONY_STATUSES.map((status) => ({
  id: status,
  name: `resources.testimonies.status.${status}`,
}));
export const TESTIMONY_SOURCE_CHOICES: Array<{ id: TestimonySource; name: string }> = TESTIMONY_SOURCES.map((source) => ({
  id: source,
  name: `resources.testimonies.source.${source}`,
}));
export const TESTIMONY_LOCALE_CHOICES: Array<{ id: TestimonyLocale; name: string }> = TESTIMONY_LOCALES.map((locale) => ({
  id: locale,
  name: `resources.testimonies.locale.${locale}`,
}));
