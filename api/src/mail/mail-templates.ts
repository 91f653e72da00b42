import type { MailMessage } from './mail-message.js';

/** The texts of the account e-mails; kept together so that translations can follow one file. */
export const mailTemplates = {
  invitation(to: string, link: string): MailMessage {
    return {
      to,
      purpose: 'invitation',
      subject: 'Your Coalition CRM account',
      text: [
        'Hello,',
        '',
        'An account has been created for you in Coalition CRM, the membership system of the coalition for the OP-ICESCR.',
        'Choose your password with this link (valid for 7 days):',
        '',
        link,
        '',
        'If you did not expect this e-mail, you can ignore it.',
      ].join('\n'),
    };
  },

  emailChange(to: string, link: string): MailMessage {
    return {
      to,
      purpose: 'email-change',
      subject: 'Confirm your new e-mail address for Coalition CRM',
      text: [
        'Hello,',
        '',
        'Someone asked to use this address as their contact e-mail in Coalition CRM, the membership system of the coalition for the OP-ICESCR.',
        'If it was you, confirm it with this link (valid for 24 hours):',
        '',
        link,
        '',
        'If it was not you, ignore this e-mail: nothing changes.',
      ].join('\n'),
    };
  },

  passwordReset(to: string, link: string): MailMessage {
    return {
      to,
      purpose: 'password-reset',
      subject: 'Reset your Coalition CRM password',
      text: [
        'Hello,',
        '',
        'Someone asked to reset the password of this account. Choose a new one with this link (valid for 1 hour):',
        '',
        link,
        '',
        'If it was not you, ignore this e-mail: your password stays as it is.',
      ].join('\n'),
    };
  },
};
