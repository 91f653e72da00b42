import { ValidateIf } from 'class-validator';

/**
 * PUT takes the whole record but every field may be left out. IsOptional
 * would also let null through, which a NOT NULL column would then refuse
 * with a less helpful message; these say which fields may be null.
 */

/** Validated when sent; null is refused. */
export const IfSent = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** Validated when sent and not null: null clears the field. */
export const IfSentNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined && value !== null);
