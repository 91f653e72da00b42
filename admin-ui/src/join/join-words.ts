import type { LocaleCode } from '../i18n/locales';

/** The page's words in one language, by dotted key (`app.join.title`, `resources.membership-applications.fields.motivation`). */
export type JoinWords = Readonly<Record<string, string>>;

type Tree = { readonly [key: string]: string | Tree };

const flatten = (tree: Tree, prefix: string, into: Record<string, string>): Record<string, string> => {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else flatten(value, path, into);
  }
  return into;
};

const wordsOf = (app: Tree, fields: Tree): JoinWords => flatten({ app, resources: { 'membership-applications': { fields } } }, '', {});

/**
 * The words of /join in one language, fetched when the page starts in it or
 * the reader chooses it: the admin's own catalogs (one source of every
 * translation), one language at a time, without React-Admin's words.
 */
export async function loadJoinWords(locale: LocaleCode): Promise<JoinWords> {
  switch (locale) {
    case 'es': {
      const [{ es }, { membershipApplicationsEs }] = await Promise.all([import('../i18n/es'), import('../membership-applications/messages-es')]);
      return wordsOf(es.app, membershipApplicationsEs.fields);
    }
    case 'fr': {
      const [{ fr }, { membershipApplicationsFr }] = await Promise.all([import('../i18n/fr'), import('../membership-applications/messages-fr')]);
      return wordsOf(fr.app, membershipApplicationsFr.fields);
    }
    case 'en': {
      const [{ en }, { membershipApplicationsEn }] = await Promise.all([import('../i18n/en'), import('../membership-applications/messages-en')]);
      return wordsOf(en.app, membershipApplicationsEn.fields);
    }
  }
}

export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/**
 * Looks a key up and fills its `%{name}` placeholders, as the admin's translator does: an unknown
 * key shows `values._` when given (the server's own words, for an error code this page has no
 * text for) or else the key itself; `smart_count` picks the singular or plural of "one |||| many".
 */
export const translatorFor =
  (words: JoinWords): Translate =>
  (key, values = {}) => {
    const found = Object.hasOwn(words, key) ? words[key] : undefined;
    if (found === undefined) return typeof values._ === 'string' ? values._ : key;
    const forms = found.split(' |||| ');
    const text = forms.length > 1 && values.smart_count !== 1 ? (forms[1] ?? found) : (forms[0] ?? found);
    return text.replace(/%\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
  };
