import type { FIELD_ERROR_CODES, GENERAL_ERROR_CODES, RuleErrorCode } from '@contract/common/error-code.contract';

/** The code of an error answer as a whole (each invalid field of a body has its own, in `field_errors`). */
export type AnswerErrorCode = (typeof GENERAL_ERROR_CODES)[number] | RuleErrorCode;

/**
 * The wording of every code the API answers with, in one language: a code
 * added to the contract and forgotten here fails type-checking.
 */
export type ServerErrorCatalog = { readonly [C in AnswerErrorCode]: string } & {
  /** The decisions an application may already have had, as `already_decided` names them. */
  readonly decided: { readonly approved: string; readonly rejected: string };
};

/** The wording of every code of one invalid field (`app.field_errors`); Spanish and French follow its keys. */
export type FieldErrorCatalog = { readonly [C in (typeof FIELD_ERROR_CODES)[number]]: string };
