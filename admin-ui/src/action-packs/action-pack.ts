import { MESSAGE_LANGUAGES, type MessageLanguage } from '@contract/message-templates/message-template.contract';
import type { Schema } from '../api/schema';
import { API_URL } from '../data/data-provider';

/** A country's pack as `GET /api/countries/:iso3/action-pack` returns it. */
export type ActionPack = Schema<'ActionPackDto'>;
export type ActionPackMessage = Schema<'ActionPackMessageDto'>;

export const ACTION_PACK_PATH = '/action-packs';

export const isMessageLanguage = (value: string | null): value is MessageLanguage => MESSAGE_LANGUAGES.some((language) => language === value);

export const actionPackUrl = (iso3: string, language: MessageLanguage, docx = false): string =>
  `${API_URL}/countries/${encodeURIComponent(iso3)}/action-pack${docx ? '.docx' : ''}?lang=${language}`;

/** The page of a country's pack, in a language. */
export const actionPackPageOf = (iso3: string, language: string): string =>
  `${ACTION_PACK_PATH}?country=${encodeURIComponent(iso3)}&lang=${encodeURIComponent(language)}`;
