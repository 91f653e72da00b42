import { describe, expect, it } from '@jest/globals';
import { acronymOf, contract, hostBase, mailbox } from './demo-text.js';

describe('demo texts', () => {
  it('abbreviates a name by its significant words, leaving out the city', () => {
    expect(acronymOf('Centre for Housing Rights — Lusaka')).toBe('CHR');
    expect(acronymOf('Red de Acción por el Derecho a la Alimentación')).toBe('RADA');
    expect(acronymOf("Observatoire de l'accès à l'eau")).toBe('OAE');
    expect(acronymOf('Centre')).toBeUndefined();
  });

  it('contracts articles as each language requires, also after an accented preposition', () => {
    expect(contract('es', 'Observatorio de el Derecho a el Agua')).toBe('Observatorio del Derecho al Agua');
    expect(contract('fr', 'consacrés à le droit de les femmes')).toBe('consacrés au droit des femmes');
    expect(contract('pt', 'Rede por o Direito de a Moradia')).toBe('Rede pelo Direito da Moradia');
    expect(contract('en', 'de el')).toBe('de el');
  });

  it('makes ASCII host names and mailboxes', () => {
    expect(hostBase("Observatoire de l'éducation pour tous — Bamenda")).toBe('observatoire-education-tous');
    expect(mailbox('María José', 'García Quispe')).toBe('maria-jose.garcia-quispe');
    expect(mailbox('Niamh', "O'Brien")).toBe('niamh.obrien');
  });
});
