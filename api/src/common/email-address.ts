import { applyDecorators } from '@nestjs/common';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsEmail, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';

/** Characters that print as nothing: an address holding one looks like another address. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;

/** Scripts whose letters pass for one another (Latin a, Cyrillic а, Greek α). */
const LOOK_ALIKE_SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/**
 * The one form an address is compared and stored in: compatibility characters
 * folded (a full-width Ｅ is an E), spaces trimmed, lower-case.
 */
export const normalizeEmail = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/** How an address could pass for another one: an invisible character, or a part mixing scripts (named in English). */
export type EmailSpoofing = { kind: 'invisible_character' } | { kind: 'mixed_scripts'; part: string; scripts: string[] };

/**
 * How an address could pass for another one, or undefined. Each part of it
 * (local part, domain labels) must be written in one script: `аdmin@` with a
 * Cyrillic а is refused, an address wholly in Cyrillic is not.
 */
export function emailSpoofing(address: string): EmailSpoofing | undefined {
  if (INVISIBLE.test(address)) return { kind: 'invisible_character' };
  for (const part of address.split(/[@.]/)) {
    const scripts = LOOK_ALIKE_SCRIPTS.filter(([, letters]) => letters.test(part)).map(([name]) => name);
    if (scripts.length > 1) return { kind: 'mixed_scripts', part, scripts };
  }
  return undefined;
}

/** Why an address could pass for another one, in English, or undefined. */
export function emailSpoofingProblem(address: string): string | undefined {
  const spoofing = emailSpoofing(address);
  if (!spoofing) return undefined;
  return spoofing.kind === 'invisible_character' ? 'contains an invisible character' : `mixes ${spoofing.scripts.join(' and ')} letters in "${spoofing.part}"`;
}

/** Normalises a sent address ('' becomes null: forms send '' for "nothing"); other values pass for the validators to refuse. */
export const normalizedEmail = ({ value }: TransformFnParams): unknown => {
  if (typeof value !== 'string') return value;
  const email = normalizeEmail(value);
  return email === '' ? null : email;
};

/** Normalises every address of a list, dropping empty entries and repeats. */
export const normalizedEmails = ({ value }: TransformFnParams): unknown => {
  if (!Array.isArray(value)) return value;
  const emails = value.map((item: unknown) => (typeof item === 'string' ? normalizeEmail(item) : item)).filter((item) => item !== '');
  return [...new Set(emails)];
};

const spoofingOf = (value: unknown): string | undefined => {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of values) {
    const problem = typeof item === 'string' ? emailSpoofingProblem(item) : undefined;
    if (problem) return problem;
  }
  return undefined;
};

/**
 * An e-mail address field: normalised before validation, then checked as an
 * address of at most 254 characters that cannot pass for another one. `each`
 * is for a list of addresses.
 */
export function IsEmailAddress(options: { each?: boolean; message?: string } = {}): PropertyDecorator {
  const each = options.each ?? false;
  const message = (args: ValidationArguments): string =>
    options.message ?? (each ? `${args.property} must hold e-mail addresses only` : `${args.property} must be an e-mail address`);
  return applyDecorators(
    Transform(each ? normalizedEmails : normalizedEmail),
    IsEmail({}, { each, message }),
    MaxLength(254, { each, message: (args) => `${args.property} must hold ${each ? 'addresses' : 'an address'} of at most 254 characters` }),
    ValidateBy(
      {
        name: 'isUnambiguousEmail',
        validator: {
          validate: (value: unknown) => spoofingOf(value) === undefined,
          defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'email'} ${spoofingOf(args?.value) ?? 'is ambiguous'}`,
        },
      },
      {},
    ),
  );
}
