import {
  LOBBYING_ACTION_STATUSES,
  LOBBYING_ACTION_TYPES,
  LOBBYING_ASKS,
  type LobbyingActionStatus,
  type LobbyingActionType,
  type LobbyingAsk,
} from '@contract/lobbying-actions/lobbying-action.contract';
import type { Schema } from '../api/schema';

/** A lobbying action as `GET /api/lobbying-actions/:id` returns it. */
export type LobbyingActionRecord = Schema<'LobbyingActionResponseDto'>;

export const ACTION_TYPE_CHOICES: Array<{ id: LobbyingActionType; name: string }> = LOBBYING_ACTION_TYPES.map((type) => ({
  id: type,
  name: `resources.lobbying-actions.type.${type}`,
}));

export const ACTION_STATUS_CHOICES: Array<{ id: LobbyingActionStatus; name: string }> = LOBBYING_ACTION_STATUSES.map((status) => ({
  id: status,
  name: `resources.lobbying-actions.status.${status}`,
}));

export const ASK_CHOICES: Array<{ id: LobbyingAsk; name: string }> = LOBBYING_ASKS.map((ask) => ({ id: ask, name: `resources.lobbying-actions.ask.${ask}` }));

/** The choices of the "awaiting a response for more than N days" filter. */
export const AWAITING_CHOICES = [14, 30, 60, 90].map((days) => ({ id: days, name: `resources.lobbying-actions.awaiting.${days}` }));
