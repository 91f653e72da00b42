/**
 * What both sides know of message templates: their kinds and languages, the
 * placeholders a template may use and how a template is filled in. Pure: the
 * admin UI imports it to explain the placeholders and check a draft.
 */

export const MESSAGE_KINDS = ['letter', 'press_release', 'social_post', 'email'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_LANGUAGES = ['en', 'es', 'fr'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** A social post longer than this once filled in is flagged: the networks cut it. */
export const SOCIAL_POST_LIMIT = 280;

export const MESSAGE_TEMPLATE_LIMITS = { name: 200, subject: 300, body: 20000 } as const;

type Described = Readonly<Record<MessageLanguage, string>>;

/** Every placeholder a template may use, each with what it becomes, in the three languages. */
export const PLACEHOLDERS = {
  country: { en: "The country's name", es: 'El nombre del país', fr: 'Le nom du pays' },
  countryHandle: {
    en: "The government's social-media handle (e.g. @MinExteriores)",
    es: 'La cuenta del gobierno en redes sociales (p. ej. @MinExteriores)',
    fr: 'Le compte du gouvernement sur les réseaux sociaux (p. ex. @MinExteriores)',
  },
  partiesCount: {
    en: 'How many states are party to the Optional Protocol (ratified or acceded)',
    es: 'Cuántos Estados son parte del Protocolo Facultativo (ratificación o adhesión)',
    fr: "Combien d'États sont parties au Protocole facultatif (ratification ou adhésion)",
  },
  ratifiedSince: {
    en: 'The date the country ratified or acceded to the Optional Protocol',
    es: 'La fecha en que el país ratificó el Protocolo Facultativo o se adhirió a él',
    fr: 'La date à laquelle le pays a ratifié le Protocole facultatif ou y a adhéré',
  },
  opStatus: {
    en: "The country's status on the Optional Protocol (not signed, signed, ratified, acceded)",
    es: 'La situación del país respecto del Protocolo Facultativo (sin firmar, firmado, ratificado, adhesión)',
    fr: 'La situation du pays au regard du Protocole facultatif (non signé, signé, ratifié, adhésion)',
  },
  ministry: {
    en: 'The Ministry of Foreign Affairs (the post as recorded among the authorities)',
    es: 'El Ministerio de Relaciones Exteriores (el cargo registrado entre las autoridades)',
    fr: 'Le ministère des Affaires étrangères (le poste enregistré parmi les autorités)',
  },
  ministryHolder: {
    en: 'Who holds the post at the Ministry of Foreign Affairs',
    es: 'Quién ocupa el cargo en el Ministerio de Relaciones Exteriores',
    fr: 'Qui occupe le poste au ministère des Affaires étrangères',
  },
  focalPoints: {
    en: 'The member organizations that lead the national work',
    es: 'Las organizaciones miembro que coordinan el trabajo nacional',
    fr: 'Les organisations membres qui coordonnent le travail national',
  },
  mapUrl: {
    en: 'The address of the public ratification map',
    es: 'La dirección del mapa público de ratificaciones',
    fr: 'L’adresse de la carte publique des ratifications',
  },
  campaignDay: {
    en: 'The date of the next campaign day',
    es: 'La fecha de la próxima jornada de campaña',
    fr: 'La date de la prochaine journée de campagne',
  },
} as const satisfies Readonly<Record<string, Described>>;

export type Placeholder = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];

const PLACEHOLDER_PATTERN = /\{([^{}\s]{1,60})\}/g;

export const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);

/** The placeholders a text uses, in order of first use, whether known or not. */
export function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) found.add(match[1]);
  return [...found];
}

/** The placeholders of a text that no template may use. */
export const unknownPlaceholders = (text: string): string[] => placeholdersIn(text).filter((name) => !isPlaceholder(name));

/** The values of one country's pack; null where the records say nothing yet. */
export type PlaceholderValues = Readonly<Record<Placeholder, string | null>>;

export interface RenderedText {
  text: string;
  /** Placeholders with no value, left in the text as "[name]" for the sender to fill in. */
  missing: Placeholder[];
}

/** Fills a template's text in; a placeholder without a value becomes "[name]", as coordinators leave blanks by hand. */
export function renderText(text: string, values: PlaceholderValues): RenderedText {
  const missing = new Set<Placeholder>();
  const rendered = text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = values[name];
    if (value === null || value === '') {
      missing.add(name);
      return `[${name}]`;
    }
    return value;
  });
  return { text: rendered, missing: [...missing] };
}

/** The length limit of a kind of message, if it has one. */
export const lengthLimitOf = (kind: MessageKind): number | null => (kind === 'social_post' ? SOCIAL_POST_LIMIT : null);

/** Characters as a reader counts them (an emoji is one), not UTF-16 units. */
export const characterCount = (text: string): number => [...text].length;
