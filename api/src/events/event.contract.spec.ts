import { describe, expect, it } from '@jest/globals';
import { canMoveEvent, EVENT_STATUSES, fieldRequiredFor } from './event.contract.js';

describe('event transitions', () => {
  it('lets a proposal be confirmed or declined, and a planned event be held or called off', () => {
    expect(canMoveEvent('proposed', 'planned')).toBe(true);
    expect(canMoveEvent('proposed', 'cancelled')).toBe(true);
    expect(canMoveEvent('planned', 'held')).toBe(true);
    expect(canMoveEvent('planned', 'cancelled')).toBe(true);
  });

  it('refuses holding an event nobody confirmed, and any way back', () => {
    expect(canMoveEvent('proposed', 'held')).toBe(false);
    expect(canMoveEvent('planned', 'proposed')).toBe(false);
  });

  it('keeps held and cancelled events final', () => {
    for (const to of EVENT_STATUSES.filter((status) => status !== 'held')) expect(canMoveEvent('held', to)).toBe(false);
    for (const to of EVENT_STATUSES.filter((status) => status !== 'cancelled')) expect(canMoveEvent('cancelled', to)).toBe(false);
  });

  it('asks an outcome report of a held event and a reason of a cancelled one', () => {
    expect(fieldRequiredFor('held')).toBe('outcomeReport');
    expect(fieldRequiredFor('cancelled')).toBe('cancellationReason');
    expect(fieldRequiredFor('planned')).toBeUndefined();
  });
});
