/**
 * The limits of a password, shared by the DTOs, the policy and the admin UI
 * (which checks them while the user types). The maximum keeps hashing and strength estimation cheap: a
 * megabyte "password" must not cost the server seconds of work.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** zxcvbn's score (0–4) below which a password is refused: 3 means "safely unguessable" for an online attack. */
export const PASSWORD_MIN_SCORE = 3;

/** Only this many leading characters are analysed; estimation time grows steeply with length. */
export const PASSWORD_ANALYSED_LENGTH = 72;

/** Names and e-mail parts shorter than this would refuse too many good passwords ("ana" is in "banana"). */
export const PERSONAL_TOKEN_MIN_LENGTH = 4;
