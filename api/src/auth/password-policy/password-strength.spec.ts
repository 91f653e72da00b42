import { describe, expect, it } from '@jest/globals';
import { judgePassword, personalTokens } from './password-strength.js';
import { refusalMessage } from './password-policy.service.js';

const owner = { email: 'wanjiru.kamau@example.org', firstName: 'Wanjiru', lastName: 'Kamau' };

describe('judgePassword', () => {
  it.each(['aaaaaaaaaaaa', '123456789012', 'password1234', '            ', 'qwertyuiopas', 'zaq12wsxcde3'])('refuses the guessable %j', (password) => {
    const verdict = judgePassword(password, owner);
    expect(verdict).toMatchObject({ acceptable: false, reason: 'weak' });
  });

  it.each(['wanjiru kamau 1980', 'Kamau Wanjiru 2024!', 'my mail is wanjiru.kamau@example.org', 'WANJIRU.kamau planted trees'])(
    'refuses %j, made of the owner’s e-mail or name, however strong it looks',
    (password) => {
      expect(judgePassword(password, owner)).toEqual({ acceptable: false, reason: 'personal' });
    },
  );

  it.each(['a long test password 42', 'maize beans and clean water', 'vivienda digna 2024'])('accepts the passphrase %j', (password) => {
    expect(judgePassword(password, owner)).toMatchObject({ acceptable: true });
  });

  it('does not refuse a good password for holding a short name', () => {
    expect(judgePassword('banana bread under the olive tree', { email: 'ana@example.org', firstName: 'Ana', lastName: 'Li' })).toMatchObject({
      acceptable: true,
    });
  });
});

describe('personalTokens', () => {
  it('takes the e-mail, its local part and its words, and the names, ignoring case and punctuation', () => {
    expect(personalTokens({ email: 'Jean-Paul.Mbeki@Example.org', firstName: 'Jean-Paul', lastName: 'Mbeki' }).sort()).toEqual(
      ['jeanpaulmbekiexampleorg', 'jeanpaulmbeki', 'jean', 'paul', 'mbeki', 'jeanpaul'].sort(),
    );
  });
});

describe('refusalMessage', () => {
  it("names the field and gives zxcvbn's warning and suggestions as sentences", () => {
    const verdict = judgePassword('password1234', owner);
    if (verdict.acceptable) throw new Error('expected a refusal');
    expect(refusalMessage(verdict)).toMatch(/^password is too easy to guess\. This is similar to a commonly used password\. .+\.$/);
    expect(refusalMessage({ acceptable: false, reason: 'personal' }, 'newPassword')).toBe('newPassword must not contain your e-mail address or your name');
  });
});
