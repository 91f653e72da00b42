import { describe, expect, it } from '@jest/globals';
import { DomainException, notFound } from './domain.exception.js';
import { ERROR_KINDS, RULE_ERROR_CODES, RULE_ERRORS } from './error-code.contract.js';

describe('DomainException', () => {
  it('takes its kind of failure from the code of the rule', () => {
    expect(new DomainException('email_taken', { name: 'Ana Pérez', email: 'ana@example.org' }, 'taken', 'email').kind).toBe('conflict');
    expect(notFound('organizations', 'organization')).toMatchObject({ kind: 'not_found', code: 'record_not_found', params: { resource: 'organizations' } });
  });

  it('refuses at compile time a throw without a code of the contract or without the parameters its code names', () => {
    // @ts-expect-error a code that is not in the contract
    expect(() => new DomainException('made_up', {}, 'message')).toThrow();
    // @ts-expect-error email_taken names the person and the address
    expect(new DomainException('email_taken', { name: 'Ana Pérez' }, 'message').code).toBe('email_taken');
    // @ts-expect-error the old (kind, message) call
    expect(() => new DomainException('conflict', 'message')).toThrow();
  });

  it('gives every rule of the contract a kind the exception filter maps to a status', () => {
    for (const code of RULE_ERROR_CODES) expect(ERROR_KINDS).toContain(RULE_ERRORS[code].kind);
  });
});
