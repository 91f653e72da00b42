import { describe, expect, it } from '@jest/globals';
import { stageOutOfOrder } from './ratification-step.contract.js';

describe('stageOutOfOrder', () => {
  const others = [
    { stage: 'signature', date: '2013-09-24' },
    { stage: 'parliament_vote', date: '2026-06-01' },
  ] as const;

  it('accepts a stage dated between the stages around it, and on the same day as one', () => {
    expect(stageOutOfOrder({ stage: 'cabinet_approval', date: '2026-02-10' }, others)).toBeUndefined();
    expect(stageOutOfOrder({ stage: 'parliamentary_committee', date: '2026-06-01' }, others)).toBeUndefined();
  });

  it('names the later stage a step is dated after, and the earlier stage it is dated before', () => {
    expect(stageOutOfOrder({ stage: 'cabinet_approval', date: '2026-07-01' }, others)).toEqual(others[1]);
    expect(stageOutOfOrder({ stage: 'instrument_deposited', date: '2010-01-01' }, others)).toEqual(others[0]);
  });
});
