import type { OrganizationType, RightsFocus } from '../organizations/organization.contract.js';
import type { NamingLanguage } from './demo-countries.js';
import { capitalize, contract, joinList } from './demo-text.js';
import type { SeededRandom } from './seeded-random.js';

type Phrases = Record<Exclude<NamingLanguage, 'ar'>, string>;

/** What an organization's name says it works on, and the rights focus that goes with it. */
export interface DemoTopic {
  focus: RightsFocus[];
  phrase: Phrases;
}

export const DEMO_TOPICS: DemoTopic[] = [
  { focus: ['food'], phrase: { en: 'the Right to Food', es: 'el Derecho a la Alimentación', fr: "le droit à l'alimentation", pt: 'o Direito à Alimentação' } },
  { focus: ['housing'], phrase: { en: 'Housing Rights', es: 'la Vivienda Digna', fr: 'le droit au logement', pt: 'a Moradia Digna' } },
  {
    focus: [],
    phrase: {
      en: 'Economic and Social Rights',
      es: 'los Derechos Económicos, Sociales y Culturales',
      fr: 'les droits économiques, sociaux et culturels',
      pt: 'os Direitos Econômicos, Sociais e Culturais',
    },
  },
  { focus: ['water', 'sanitation'], phrase: { en: 'Water Justice', es: 'el Derecho al Agua', fr: "l'accès à l'eau", pt: 'o Direito à Água' } },
  { focus: ['health'], phrase: { en: 'Health Rights', es: 'la Salud Comunitaria', fr: 'la santé communautaire', pt: 'a Saúde Comunitária' } },
  { focus: ['education'], phrase: { en: 'Education Rights', es: 'la Educación Pública', fr: "l'éducation pour tous", pt: 'a Educação Pública' } },
  { focus: ['work', 'trade_unions'], phrase: { en: 'Decent Work', es: 'el Trabajo Decente', fr: 'le travail décent', pt: 'o Trabalho Decente' } },
  { focus: ['land', 'food'], phrase: { en: 'Land Rights', es: 'la Tierra y el Territorio', fr: 'le droit à la terre', pt: 'a Terra e o Território' } },
  { focus: ['social_security'], phrase: { en: 'Social Protection', es: 'la Protección Social', fr: 'la protection sociale', pt: 'a Proteção Social' } },
  { focus: ['culture'], phrase: { en: 'Cultural Rights', es: 'los Derechos Culturales', fr: 'les droits culturels', pt: 'os Direitos Culturais' } },
  { focus: [], phrase: { en: 'Social Justice', es: 'la Justicia Social', fr: 'la justice sociale', pt: 'a Justiça Social' } },
  {
    focus: ['environment', 'water'],
    phrase: { en: 'Environmental Justice', es: 'la Justicia Ambiental', fr: 'la justice environnementale', pt: 'a Justiça Ambiental' },
  },
  {
    focus: ['family', 'social_security'],
    phrase: { en: "Children's Rights", es: 'los Derechos de la Niñez', fr: "les droits de l'enfant", pt: 'os Direitos da Infância' },
  },
];

export interface NameContext {
  naming: NamingLanguage;
  type: OrganizationType;
  topic: DemoTopic;
  city: string;
  /** The area as the naming language puts it in a regional network's name ("East African"). */
  areaLabel: string;
}

const withCity = (random: SeededRandom, name: string, city: string, probability: number): string => (random.chance(probability) ? `${name} — ${city}` : name);

/** Arabic words, transliterated as organizations of the region write them in English. */
const ARABIC_WORDS = ['Amal', 'Nour', 'Sanad', 'Tadamon', 'Adala', 'Masar', 'Wasl', 'Bayader', 'Ruwwad', 'Jusoor', 'Nidaa', 'Sawa', 'Bidaya', 'Ghiras'];

function englishName(random: SeededRandom, context: NameContext): string {
  const { type, topic, city, areaLabel } = context;
  const t = topic.phrase.en;
  switch (type) {
    case 'union': {
      const members = random.pick([
        "Domestic Workers'",
        "Teachers'",
        "Health Workers'",
        "Agricultural Workers'",
        "Informal Traders'",
        "Garment Workers'",
        "Mineworkers'",
        "Transport Workers'",
      ]);
      return random.chance(0.5) ? `${city} ${members} Union` : `General Union of ${members.replace(/'$/, '')} — ${city}`;
    }
    case 'social_movement': {
      const who = random.pick([
        "Landless Farmers'",
        "Informal Settlement Dwellers'",
        "Small-scale Farmers'",
        'Fisherfolk',
        "Waste Pickers'",
        "Rural Women's",
        "Tenants'",
      ]);
      return random.chance(0.7) ? `${who} Movement of ${city}` : `${city} Right to the City Movement`;
    }
    case 'academic':
      return random.pick([`${city} Institute for Social Policy Research`, `Human Rights Law Clinic — ${city}`, `Research Centre on ${t} — ${city}`]);
    case 'network':
      return random.chance(0.5) ? `${areaLabel} Network for ${t}` : `National Coalition for ${t} — ${city}`;
    case 'nhri':
      return `Office of the Social Rights Ombudsperson — ${city}`;
    case 'other':
      return `${city} Interfaith Council for ${t}`;
    default:
      if (context.naming === 'ar') {
        const word = random.pick(ARABIC_WORDS);
        const kind = random.pick(['Association', 'Centre', 'Foundation', 'Society', 'Forum', 'Initiative']);
        return withCity(random, `${word} ${kind} for ${t}`, city, 0.5);
      }
      switch (random.int(0, 2)) {
        case 0:
          return withCity(
            random,
            `${random.pick(['Centre', 'Institute', 'Alliance', 'Forum', 'Coalition', 'Initiative', 'Council', 'Trust', 'Foundation', 'Action Group', 'Project'])} for ${t}`,
            city,
            0.45,
          );
        case 1:
          return `${city} ${random.pick(['Legal Resources Centre', 'Community Law Centre', 'Social Justice Forum', 'Rights Watch', 'Housing Action Group', 'Food Sovereignty Alliance', "Tenants' Association", "Women's Rights Collective", 'Youth Action Network', 'Budget Monitoring Group', 'Paralegal Network'])}`;
        default:
          return withCity(
            random,
            `${random.pick(["Women's", 'Youth', "Farmers'", 'Community', "Citizens'", "People's", 'Grassroots'])} ${random.pick(['Forum', 'Network', 'Alliance', 'Association', 'Collective', 'Assembly'])} for ${t}`,
            city,
            0.35,
          );
      }
  }
}

function spanishName(random: SeededRandom, context: NameContext): string {
  const { type, topic, city, areaLabel } = context;
  const t = topic.phrase.es;
  switch (type) {
    case 'union':
      return `Sindicato de ${random.pick(['Trabajadoras del Hogar', 'Docentes', 'Trabajadores Agrícolas', 'Trabajadores de la Salud', 'Vendedores Ambulantes', 'Trabajadoras de la Confección'])} de ${city}`;
    case 'social_movement': {
      const who = random.pick(['de Pobladores', 'Campesino', 'de Mujeres Rurales', 'de Pescadores Artesanales', 'de Inquilinos', 'de Recicladores']);
      return random.chance(0.5) ? `Movimiento ${who} de ${city}` : contract('es', `Movimiento ${who} por ${t}`);
    }
    case 'academic':
      return random.pick([
        `Centro de Estudios Sociales y Jurídicos de ${city}`,
        `Clínica Jurídica de Derechos Sociales — ${city}`,
        `Instituto de Investigación sobre ${t}`,
      ]);
    case 'network':
      return random.chance(0.5) ? `Red ${areaLabel} por ${t}` : `Coordinadora Nacional por ${t} — ${city}`;
    case 'nhri':
      return `Defensoría de los Derechos Sociales — ${city}`;
    case 'other':
      return `Pastoral Social por ${t} — ${city}`;
    default:
      return random.chance(0.7)
        ? withCity(
            random,
            `${random.pick(['Red de Acción', 'Coordinadora', 'Colectivo', 'Fundación', 'Asociación', 'Centro de Estudios', 'Iniciativa Ciudadana', 'Alianza', 'Frente'])} por ${t}`,
            city,
            0.4,
          )
        : withCity(random, contract('es', `${random.pick(['Observatorio', 'Observatorio Ciudadano', 'Centro de Defensa'])} de ${t}`), city, 0.4);
  }
}

function frenchName(random: SeededRandom, context: NameContext): string {
  const { type, topic, city, areaLabel } = context;
  const t = topic.phrase.fr;
  switch (type) {
    case 'union':
      return `Syndicat des ${random.pick(['travailleuses domestiques', 'enseignants du primaire', 'agents de santé communautaire', 'travailleurs agricoles', 'commerçants du secteur informel'])} de ${city}`;
    case 'social_movement':
      return `Mouvement ${random.pick(['des paysans sans terre', 'des habitants des quartiers précaires', 'des femmes rurales', 'des pêcheurs artisans', 'des locataires'])} de ${city}`;
    case 'academic':
      return random.pick([contract('fr', `Centre d'études et de recherches sur ${t} — ${city}`), `Clinique juridique des droits sociaux — ${city}`]);
    case 'network':
      return random.chance(0.5) ? `Réseau ${areaLabel} pour ${t}` : `Coalition nationale pour ${t} — ${city}`;
    case 'nhri':
      return `Médiateur des droits économiques et sociaux — ${city}`;
    case 'other':
      return `Conseil interreligieux pour ${t} — ${city}`;
    default:
      return random.chance(0.7)
        ? withCity(
            random,
            `${random.pick(['Ligue', 'Collectif', 'Association', 'Réseau', 'Centre', 'Coalition', 'Forum', 'Plateforme', 'Initiative', 'Alliance'])} pour ${t}`,
            city,
            0.4,
          )
        : withCity(random, contract('fr', `Observatoire de ${t}`), city, 0.5);
  }
}

function portugueseName(random: SeededRandom, context: NameContext): string {
  const { type, topic, city, areaLabel } = context;
  const t = topic.phrase.pt;
  switch (type) {
    case 'union':
      return `Sindicato dos ${random.pick(['Trabalhadores Domésticos', 'Professores', 'Trabalhadores Rurais', 'Profissionais de Saúde', 'Vendedores Ambulantes'])} de ${city}`;
    case 'social_movement':
      return `Movimento ${random.pick(['de Moradores', 'de Pequenos Agricultores', 'de Mulheres Camponesas', 'de Pescadores Artesanais', 'de Catadores'])} de ${city}`;
    case 'academic':
      return random.pick([`Núcleo de Estudos em Direitos Sociais — ${city}`, `Clínica de Direitos Humanos — ${city}`]);
    case 'network':
      return contract('pt', random.chance(0.5) ? `Rede ${areaLabel} por ${t}` : `Articulação Nacional por ${t} — ${city}`);
    case 'nhri':
      return `Provedoria dos Direitos Sociais — ${city}`;
    case 'other':
      return contract('pt', `Pastoral Social por ${t} — ${city}`);
    default:
      return random.chance(0.7)
        ? withCity(
            random,
            contract('pt', `${random.pick(['Rede de Ação', 'Coletivo', 'Fórum', 'Associação', 'Instituto', 'Aliança', 'Articulação', 'Iniciativa'])} por ${t}`),
            city,
            0.4,
          )
        : withCity(random, contract('pt', `${random.pick(['Observatório', 'Centro de Defesa'])} de ${t}`), city, 0.4);
  }
}

/** A plausible, invented name for an organization, in the language of its region. */
export function organizationName(random: SeededRandom, context: NameContext): string {
  switch (context.naming) {
    case 'es':
      return spanishName(random, context);
    case 'fr':
      return frenchName(random, context);
    case 'pt':
      return portugueseName(random, context);
    default:
      return englishName(random, context);
  }
}

/** The national platform of a country's members, which speaks for the campaign there. */
export function nationalPlatformName(naming: NamingLanguage, place: string): string {
  switch (naming) {
    case 'es':
      return `Plataforma Nacional por el PF-PIDESC — ${place}`;
    case 'fr':
      return `Plateforme nationale pour le PF-PIDESC — ${place}`;
    case 'pt':
      return `Plataforma Nacional pelo PF-PIDESC — ${place}`;
    default:
      return `National Platform for the OP-ICESCR — ${place}`;
  }
}

interface DescriptionTexts {
  kinds: Record<OrganizationType, string>;
  /** Verb phrase and the preposition each right takes after it. */
  activities: Array<[verb: string, preposition: string]>;
  rights: Record<RightsFocus, string>;
  /** The opening of the sentence, up to the relative pronoun that introduces what the organization does. */
  based: (kind: string, city: string) => string;
}

const DESCRIPTIONS: Record<Exclude<NamingLanguage, 'ar'>, DescriptionTexts> = {
  en: {
    kinds: {
      ngo: 'A non-governmental organization',
      network: 'A network of civil society organizations',
      union: 'A trade union',
      social_movement: 'A social movement',
      academic: 'A university-based research centre',
      nhri: "The national human rights institution's social rights office",
      other: 'A faith-based organization',
    },
    activities: [
      ['documents violations of', ''],
      ['litigates for', ''],
      ['trains community paralegals on', ''],
      ['campaigns for', ''],
      ['monitors public budgets for', ''],
      ['supports communities claiming', ''],
    ],
    rights: {
      work: 'the right to work',
      trade_unions: 'trade union rights',
      social_security: 'the right to social security',
      family: 'the protection of the family',
      food: 'the right to food',
      water: 'the right to water',
      sanitation: 'the right to sanitation',
      housing: 'the right to adequate housing',
      health: 'the right to health',
      education: 'the right to education',
      culture: 'cultural rights',
      land: 'the right to land',
      environment: 'the right to a healthy environment',
    },
    based: (kind, city) => `${kind} based in ${city} that`,
  },
  es: {
    kinds: {
      ngo: 'Organización no gubernamental',
      network: 'Red de organizaciones de la sociedad civil',
      union: 'Sindicato',
      social_movement: 'Movimiento social',
      academic: 'Centro universitario de investigación',
      nhri: 'Oficina de derechos sociales de la institución nacional de derechos humanos',
      other: 'Organización confesional',
    },
    activities: [
      ['documenta violaciones', 'de'],
      ['litiga', 'por'],
      ['forma promotoras comunitarias', 'en'],
      ['hace campaña', 'por'],
      ['monitorea el presupuesto público', 'para'],
      ['acompaña a comunidades que reclaman', ''],
    ],
    rights: {
      work: 'el derecho al trabajo',
      trade_unions: 'los derechos sindicales',
      social_security: 'el derecho a la seguridad social',
      family: 'la protección de la familia',
      food: 'el derecho a la alimentación',
      water: 'el derecho al agua',
      sanitation: 'el derecho al saneamiento',
      housing: 'el derecho a una vivienda adecuada',
      health: 'el derecho a la salud',
      education: 'el derecho a la educación',
      culture: 'los derechos culturales',
      land: 'el derecho a la tierra',
      environment: 'el derecho a un medio ambiente sano',
    },
    based: (kind, city) => `${kind} con sede en ${city} que`,
  },
  fr: {
    kinds: {
      ngo: 'Organisation non gouvernementale',
      network: "Réseau d'organisations de la société civile",
      union: 'Syndicat',
      social_movement: 'Mouvement social',
      academic: 'Centre de recherche universitaire',
      nhri: "Bureau des droits sociaux de l'institution nationale des droits de l'homme",
      other: 'Organisation confessionnelle',
    },
    activities: [
      ['documente les violations', 'de'],
      ['plaide en justice', 'pour'],
      ['forme des parajuristes communautaires', 'sur'],
      ['fait campagne', 'pour'],
      ['suit les budgets publics consacrés', 'à'],
      ['accompagne les communautés qui revendiquent', ''],
    ],
    rights: {
      work: 'le droit au travail',
      trade_unions: 'les droits syndicaux',
      social_security: 'le droit à la sécurité sociale',
      family: 'la protection de la famille',
      food: "le droit à l'alimentation",
      water: "le droit à l'eau",
      sanitation: "le droit à l'assainissement",
      housing: 'le droit au logement',
      health: 'le droit à la santé',
      education: "le droit à l'éducation",
      culture: 'les droits culturels',
      land: 'le droit à la terre',
      environment: 'le droit à un environnement sain',
    },
    based: (kind, city) => `${kind}, dont le siège est à ${city}, qui`,
  },
  pt: {
    kinds: {
      ngo: 'Organização não governamental',
      network: 'Rede de organizações da sociedade civil',
      union: 'Sindicato',
      social_movement: 'Movimento social',
      academic: 'Centro universitário de pesquisa',
      nhri: 'Gabinete de direitos sociais da instituição nacional de direitos humanos',
      other: 'Organização confessional',
    },
    activities: [
      ['documenta violações', 'de'],
      ['litiga', 'por'],
      ['forma promotoras legais populares', 'sobre'],
      ['faz campanha', 'por'],
      ['monitora o orçamento público', 'para'],
      ['apoia comunidades que reivindicam', ''],
    ],
    rights: {
      work: 'o direito ao trabalho',
      trade_unions: 'os direitos sindicais',
      social_security: 'o direito à seguridade social',
      family: 'a proteção da família',
      food: 'o direito à alimentação',
      water: 'o direito à água',
      sanitation: 'o direito ao saneamento',
      housing: 'o direito à moradia adequada',
      health: 'o direito à saúde',
      education: 'o direito à educação',
      culture: 'os direitos culturais',
      land: 'o direito à terra',
      environment: 'o direito a um meio ambiente saudável',
    },
    based: (kind, city) => `${kind} com sede em ${city} que`,
  },
};

const CLOSING: Record<Exclude<NamingLanguage, 'ar'>, string[]> = {
  en: [
    'It coordinates the national campaign for the ratification of the Optional Protocol.',
    'It publishes a shadow report to the Committee on Economic, Social and Cultural Rights.',
    'It runs legal aid desks in informal settlements.',
    'It brings community testimonies to the Universal Periodic Review.',
  ],
  es: [
    'Coordina la campaña nacional por la ratificación del Protocolo Facultativo.',
    'Publica informes alternativos al Comité de Derechos Económicos, Sociales y Culturales.',
    'Lleva testimonios comunitarios al Examen Periódico Universal.',
  ],
  fr: [
    'Elle coordonne la campagne nationale pour la ratification du Protocole facultatif.',
    'Elle publie des rapports alternatifs au Comité des droits économiques, sociaux et culturels.',
    "Elle porte les témoignages des communautés à l'Examen périodique universel.",
  ],
  pt: [
    'Coordena a campanha nacional pela ratificação do Protocolo Facultativo.',
    'Publica relatórios sombra ao Comitê de Direitos Econômicos, Sociais e Culturais.',
    'Leva testemunhos comunitários à Revisão Periódica Universal.',
  ],
};

const FEMININE_IN_FRENCH = new Set<OrganizationType>(['ngo', 'other']);

/** One or two sentences on what the organization does, in its naming language (English for the Arab region). */
export function organizationDescription(random: SeededRandom, naming: NamingLanguage, type: OrganizationType, focus: RightsFocus[], city: string): string {
  const language = naming === 'ar' ? 'en' : naming;
  const texts = DESCRIPTIONS[language];
  const [verb, preposition] = random.pick(texts.activities);
  const rights = focus.map((right) => contract(language, preposition ? `${preposition} ${texts.rights[right]}` : texts.rights[right]));
  const sentence = capitalize(`${texts.based(texts.kinds[type], city)} ${verb} ${joinList(language, rights)}.`);
  if (!random.chance(0.4)) return sentence;
  const closing = random.pick(CLOSING[language]);
  // French closings start with a pronoun that agrees with the kind of organization.
  return `${sentence} ${language === 'fr' && !FEMININE_IN_FRENCH.has(type) ? closing.replace(/^Elle /, 'Il ') : closing}`;
}
