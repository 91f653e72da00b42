import { describe, expect, it } from '@jest/globals';
import { reportColumn, reportProblem } from './import-report-words.js';

describe('the downloaded error report words', () => {
  it('words a problem by its code in the language asked for, its alphabets translated too', () => {
    const problem = {
      field: 'email',
      code: 'email_mixed_scripts',
      params: { value: 'аdmin@example.org', part: 'аdmin', scripts: 'Latin, Cyrillic' },
      message: 'email "аdmin@example.org" mixes letters',
    };
    expect(reportProblem('es', problem)).toBe(
      '«аdmin@example.org» mezcla letras de distintos alfabetos (latino, cirílico) en «аdmin» y podría pasar por otra dirección.',
    );
    expect(reportProblem('fr', problem)).toContain('(latin, cyrillique)');
  });

  it('names the column as the file heads it, and the whole row in words', () => {
    expect(reportProblem('fr', { field: 'lastName', code: 'required', params: {}, message: 'lastName is required' })).toBe('« lastName » est obligatoire.');
    expect(reportColumn('es', 'row')).toBe('(toda la fila)');
    expect(reportColumn('es', 'email')).toBe('email');
  });

  it('keeps the stored English for a problem without a code or with one it does not know, inherited names included', () => {
    expect(reportProblem('es', { field: 'email', code: null, params: null, message: 'stored before codes' })).toBe('stored before codes');
    expect(reportProblem('es', { field: 'email', code: '__proto__', params: {}, message: 'unknown code' })).toBe('unknown code');
    expect(reportProblem('es', { field: 'email', code: 'toString', params: {}, message: 'unknown code' })).toBe('unknown code');
  });
});
