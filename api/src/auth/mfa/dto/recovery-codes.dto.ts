import { ApiProperty } from '@nestjs/swagger';
import { RECOVERY_CODE_COUNT } from '../recovery-codes.js';

/** Shown once: only their hashes are kept. */
export class RecoveryCodesDto {
  @ApiProperty({ type: [String], minItems: RECOVERY_CODE_COUNT, maxItems: RECOVERY_CODE_COUNT, example: ['k7mq-2xhp-9fdr-tw3c'] })
  recoveryCodes: string[];
}
