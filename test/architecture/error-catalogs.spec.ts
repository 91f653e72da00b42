import { beforeAll, describe, expect, it } from '@jest/globals';
import { FIELD_ERROR_CODES, GENERAL_ERROR_CODES, RULE_ERROR_CODES, RULE_ERRORS, type RuleErrorCode } from '../../api/src/common/error-code.contract.js';
import { IMPORT_FAILURE_CODES, IMPORT_FAILURES, IMPORT_ROW_ERROR_CODES, IMPORT_ROW_ERRORS } from '../../api/src/imports/import.contract.js';

type ErrorCatalogs = { server_errors: Record<string, unknown>; field_errors: Record<string, unknown> };
const LOCALES = ['en', 'es', 'fr'] as const;

/** The admin UI's catalog of one language (built for the browser, so loaded by path rather than type-checked with the API's settings). */
const loadCatalog = async (locale: string): Promise<ErrorCatalogs> => {
  const module = (await import(`../../admin-ui/src/i18n/${locale}.js`)) as Record<string, { app: ErrorCatalogs }>;
  return module[locale].app;
};
const ANSWER_CODES: readonly string[] = [...GENERAL_ERROR_CODES, ...RULE_ERROR_CODES];
/** What the general codes may name: the field, and the server's English text for the answers that have no words of their own. */
const GENERAL_PARAMS = ['field', 'detail'];

const placeholders = (text: string): string[] => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]);
const isRule = (code: string): code is RuleErrorCode => Object.hasOwn(RULE_ERRORS, code);

/**
 * The admin UI words every error code of the API in each of its languages;
 * the catalog types make a missing code a compile error, and this checks the
 * built catalogs, and that each text interpolates only what its code sends.
 */
describe('the catalogs of error messages', () => {
  const catalogs: Record<string, ErrorCatalogs> = {};
  beforeAll(async () => {
    for (const locale of LOCALES) catalogs[locale] = await loadCatalog(locale);
  });
  const text = (locale: string, code: string): string => {
    const value = catalogs[locale]?.server_errors[code];
    return typeof value === 'string' ? value : '';
  };

  it.each(LOCALES)('has a text for every code of the contract in %s', (locale) => {
    const answers = catalogs[locale].server_errors;
    const fields = catalogs[locale].field_errors;
    const missing = [
      ...ANSWER_CODES.filter((code) => typeof answers[code] !== 'string' || answers[code].trim() === ''),
      ...FIELD_ERROR_CODES.filter((code) => typeof fields[code] !== 'string' || fields[code].trim() === '').map((code) => `field_errors.${code}`),
    ];
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('interpolates in %s only the parameters each code sends', (locale) => {
    const unknown = ANSWER_CODES.flatMap((code) => {
      const allowed: readonly string[] = isRule(code) ? RULE_ERRORS[code].params : GENERAL_PARAMS;
      return placeholders(text(locale, code))
        .filter((name) => !allowed.includes(name))
        .map((name) => `${code}: %{${name}}`);
    });
    expect(unknown).toEqual([]);
  });

  it('uses the same placeholders in Spanish and French as in English, so no value is lost in translation', () => {
    for (const code of ANSWER_CODES) {
      const english = placeholders(text('en', code)).sort();
      for (const locale of ['es', 'fr']) expect({ locale, code, names: placeholders(text(locale, code)).sort() }).toEqual({ locale, code, names: english });
    }
  });
});

type ImportCatalog = { problems: Record<string, unknown>; failures: Record<string, unknown> };
const IMPORT_CATALOG_NAMES = { en: 'importsEn', es: 'importsEs', fr: 'importsFr' } as const;
/** Every row problem may name its column, which the error report gives as the column's label. */
const ROW_PARAMS = ['field'];

/** The words of every problem an import reports, by code, for each language: a row's (`problems`) and a whole file's (`failures`). */
describe('the catalogs of import problems', () => {
  const catalogs: Record<string, ImportCatalog> = {};
  beforeAll(async () => {
    for (const locale of LOCALES) {
      const module = (await import(`../../admin-ui/src/imports/messages-${locale}.js`)) as Record<string, ImportCatalog>;
      catalogs[locale] = module[IMPORT_CATALOG_NAMES[locale]];
    }
  });
  const kinds = [
    {
      kind: 'problems',
      codes: IMPORT_ROW_ERROR_CODES,
      params: (code: string) => [...ROW_PARAMS, ...IMPORT_ROW_ERRORS[code as keyof typeof IMPORT_ROW_ERRORS].params],
    },
    { kind: 'failures', codes: IMPORT_FAILURE_CODES, params: (code: string) => [...IMPORT_FAILURES[code as keyof typeof IMPORT_FAILURES].params] },
  ] as const;
  const text = (locale: string, kind: 'problems' | 'failures', code: string): string => {
    const value = catalogs[locale]?.[kind][code];
    return typeof value === 'string' ? value : '';
  };

  it.each(LOCALES)('words every import problem code of the contract in %s, and no other', (locale) => {
    for (const { kind, codes } of kinds) {
      expect({ kind, missing: codes.filter((code) => text(locale, kind, code).trim() === '') }).toEqual({ kind, missing: [] });
      expect({ kind, codes: Object.keys(catalogs[locale][kind]).sort() }).toEqual({ kind, codes: [...codes].sort() });
    }
  });

  it.each(LOCALES)('interpolates in %s only the parameters each import problem sends', (locale) => {
    const unknown = kinds.flatMap(({ kind, codes, params }) =>
      codes.flatMap((code) =>
        placeholders(text(locale, kind, code))
          .filter((name) => !params(code).includes(name))
          .map((name) => `${kind}.${code}: %{${name}}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it.each(LOCALES)('words a stop after one row apart from a stop after several in %s (polyglot picks the form by smart_count)', (locale) => {
    const singular = {
      en: ['after %{rows} row;', 'after %{rows} row:'],
      es: ['tras %{rows} fila;', 'tras %{rows} fila:'],
      fr: ['après %{rows} ligne ;', 'après %{rows} ligne :'],
    }[locale];
    const forms = ['import_stopped', 'import_stopped_partly'].map((code) => text(locale, 'failures', code).split(' |||| '));
    expect(forms.map((pair) => pair.length)).toEqual([2, 2]);
    expect(forms.map(([one], index) => one.includes(singular[index]))).toEqual([true, true]);
  });

  it('uses the same placeholders for import problems in Spanish and French as in English', () => {
    for (const { kind, codes } of kinds) {
      for (const code of codes) {
        const english = placeholders(text('en', kind, code)).sort();
        for (const locale of ['es', 'fr']) {
          expect({ locale, kind, code, names: placeholders(text(locale, kind, code)).sort() }).toEqual({ locale, kind, code, names: english });
        }
      }
    }
  });
});
