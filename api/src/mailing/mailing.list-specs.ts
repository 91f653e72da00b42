import type { ListSpec } from '../list/list-spec.js';
import {
  MAILING_AUDIENCES,
  MAILING_LANGUAGES,
  MAILING_PROVIDER_KINDS,
  RULE_AUDIENCES,
  SUBSCRIPTION_SOURCES,
  SUBSCRIPTION_STATUSES,
  SYNC_STATES,
} from './mailing.contract.js';

export const MAILING_LIST_LIST: ListSpec = {
  resource: 'mailing-lists',
  idColumn: 'l.id',
  sortable: { name: 'l.name', key: 'l.key', language: 'l.language', createdAt: 'l.createdAt' },
  filters: {
    language: { kind: 'equals', column: 'l.language', values: MAILING_LANGUAGES },
    audience: { kind: 'equals', column: 'l.audience', values: MAILING_AUDIENCES },
    provider: { kind: 'equals', column: 'l.provider', values: MAILING_PROVIDER_KINDS },
  },
  defaultSort: ['name', 'ASC'],
  search: { text: "public.immutable_unaccent(lower(l.name || '\n' || l.key))" },
};

const SYNC_STATE_SQL: Record<(typeof SYNC_STATES)[number], string> = {
  synced: 's.version <= s.synced_version',
  pending: 's.version > s.synced_version AND s.sync_failed_at IS NULL',
  failed: 's.sync_failed_at IS NOT NULL',
  not_configured: `s.version > s.synced_version AND s.sync_failed_at IS NULL AND EXISTS (SELECT 1 FROM mailing_lists nl WHERE nl.id = s.mailing_list_id AND nl.provider = 'none')`,
};

export const SUBSCRIPTION_LIST: ListSpec = {
  resource: 'subscriptions',
  idColumn: 's.id',
  sortable: { createdAt: 's.createdAt', updatedAt: 's.updatedAt', status: 's.status', lastSyncedAt: 's.lastSyncedAt' },
  filters: {
    mailingListId: { kind: 'uuid', column: 's.mailing_list_id' },
    personId: { kind: 'uuid', column: 's.person_id' },
    status: { kind: 'equals', column: 's.status', values: SUBSCRIPTION_STATUSES },
    source: { kind: 'equals', column: 's.source', values: SUBSCRIPTION_SOURCES },
    syncState: {
      kind: 'custom',
      check: (value) =>
        typeof value === 'string' && (SYNC_STATES as readonly string[]).includes(value)
          ? undefined
          : `filter syncState must be one of: ${SYNC_STATES.join(', ')}`,
      apply: (query, value) => {
        const state = SYNC_STATES.find((candidate) => candidate === value);
        if (state) query.andWhere(SYNC_STATE_SQL[state]);
      },
    },
  },
  defaultSort: ['createdAt', 'DESC'],
};

export const RULE_LIST: ListSpec = {
  resource: 'mailing-list-rules',
  idColumn: 'r.id',
  sortable: { createdAt: 'r.createdAt', audience: 'r.audience' },
  filters: {
    mailingListId: { kind: 'uuid', column: 'r.mailing_list_id' },
    audience: { kind: 'equals', column: 'r.audience', values: RULE_AUDIENCES },
    active: { kind: 'boolean', column: 'r.active' },
  },
  defaultSort: ['createdAt', 'ASC'],
};
