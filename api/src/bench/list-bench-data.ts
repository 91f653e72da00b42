import type pg from 'pg';
import { pickerOf, seeded } from './seeded-random.js';

/**
 * The data set of `npm run bench:lists`: organizations named the way the
 * coalition's members are (English, Spanish and French names with accents),
 * people with accented names and unique e-mails, a deterministic seed so that
 * every run searches the same rows.
 */

export const LIST_BENCH_SEED = 19661216;

const ORGANIZATION_FORMS: ReadonlyArray<{ kinds: readonly string[]; topics: readonly string[]; of: string }> = [
  {
    kinds: ['Initiative', 'Network', 'Coalition', 'Centre', 'Alliance', 'Forum', 'Institute', 'Council', 'Collective', 'Foundation', 'Movement', 'Platform'],
    topics: [
      'for Housing Rights',
      'for the Right to Food',
      'on Water and Sanitation',
      'for Social Security',
      'for Decent Work',
      'for Health Equity',
      'for the Right to Education',
      'for Land Rights',
      'for Economic Justice',
      'for Cultural Rights',
    ],
    of: ',',
  },
  {
    kinds: ['Asociación', 'Centro', 'Red', 'Fundación', 'Observatorio', 'Colectivo', 'Coordinadora', 'Movimiento', 'Comisión', 'Instituto'],
    topics: [
      'por el Derecho a la Vivienda',
      'de Derechos Económicos y Sociales',
      'por la Soberanía Alimentaria',
      'por el Agua',
      'de Estudios Legales y Sociales',
      'por la Salud Pública',
      'por la Educación',
      'de Trabajadores Rurales',
      'por la Tierra',
      'de Mujeres Indígenas',
    ],
    of: ' de',
  },
  {
    kinds: ['Association', 'Réseau', 'Collectif', 'Observatoire', 'Fédération', 'Ligue', 'Comité', 'Centre', 'Mouvement', 'Plateforme'],
    topics: [
      'pour le Droit au Logement',
      'des Droits Économiques et Sociaux',
      'pour la Souveraineté Alimentaire',
      "pour l'Accès à l'Eau",
      'pour la Santé',
      "pour l'Éducation",
      'des Travailleurs',
      'pour la Terre',
      'des Femmes Rurales',
      'pour la Justice Sociale',
    ],
    of: ' de',
  },
];

// Packed by hand, several words a line.
// prettier-ignore
const PLACES = [
  'Bogotá', 'São Paulo', 'Yaoundé', 'Dakar', 'Nairobi', 'Kampala', "Côte d'Ivoire", 'Genève', 'Montréal', 'Asunción',
  'Medellín', 'Québec', 'Lomé', 'Bamako', 'Niamey', 'Cotonou', 'Antananarivo', 'Port-au-Prince', 'Córdoba', 'Mérida',
  'La Paz', 'Quito', 'Lima', 'Managua', 'Tegucigalpa', 'San José', 'Panamá', 'Ciudad de México', 'Manila', 'Kathmandu',
  'Dhaka', 'Lahore', 'Accra', 'Lagos', 'Harare', 'Lusaka', 'Maputo', 'Luanda', 'Kinshasa', 'Brazzaville',
  'Bujumbura', 'Kigali', 'Addis Ababa', 'Tunis', 'Rabat', 'Alger', 'Beyrouth', 'Amman', 'Tbilisi', 'Yerevan',
  'Chişinău', 'Kraków', 'Zürich', 'Malmö', 'Tromsø', 'Reykjavík', 'Łódź', 'Istanbul', 'İzmir', 'Valparaíso',
];

// Packed by hand, several words a line.
// prettier-ignore
const FIRST_NAMES = [
  'Ana', 'José', 'Wanjiru', 'Chloé', 'Mehmet', 'Aïcha', 'Nguyễn', 'Olga', 'Kwame', 'Lucía', 'Priya', 'Søren', 'Amara', 'Jesús',
  'Fatoumata', 'Hélène', 'Tomás', 'Ngozi', 'Inés', 'Yusuf', 'Mariam', 'Raúl', 'Chidi', 'Zoë', 'Andrés', 'Thandiwe', 'Léa',
  'Rafael', 'Nadia', 'Emeka', 'María José', 'François', 'Aroha', 'Dmitri', 'Siobhán', 'Kofi', 'Ayşe', 'Joaquín', 'Mónica',
  'Abebe', 'Camila', 'Jérôme', 'Oluwaseun', 'Renée', 'Ximena', 'Bongani', 'Gülşen', 'Matías', 'Noémie', 'Tariq',
];

// Packed by hand, several words a line.
// prettier-ignore
const LAST_NAMES = [
  'Pérez', 'Kamau', 'Dubois', 'Yılmaz', 'Benali', 'Trần', 'Kovalenko', 'Mensah', 'García', 'Sharma', 'Ødegaard', 'Otieno',
  'Zapata', 'Nkurunziza', 'Lefèvre', 'Okonkwo', 'Muñoz', 'Diallo', 'Herrera', 'Mbeki', 'Rodríguez', 'Traoré', 'Gómez',
  'Boateng', 'Fernández', 'Ndiaye', 'Sánchez', 'Haddad', 'Castaño', 'Moreau', 'Nakamura', 'Ibáñez', 'Mutua', 'Girard',
  'Quispe', 'Achebe', 'Ruiz', 'Çelik', 'Mahlangu', 'Núñez', 'Kariuki', 'Gauthier', 'Mamani', 'Asante', 'Jiménez', 'Mwangi',
  'Roussel', 'Begum', 'Ortíz', 'Adeyemi',
];

// Packed by hand, several words a line.
// prettier-ignore
const DOMAINS = [
  'cels.example.org', 'khrc.example.org', 'ldh.example.org', 'escr-net.example.org', 'fian.example.org', 'hic.example.org',
  'provea.example.org', 'dejusticia.example.org', 'asds.example.org', 'kituo.example.org', 'members.example.org', 'mail.example.net',
];

const ORGANIZATION_TYPES = ['ngo', 'ngo', 'ngo', 'network', 'union', 'social_movement', 'academic', 'nhri', 'other'];
const MEMBERSHIP_STATUSES = ['active', 'active', 'active', 'active', 'applicant', 'suspended', 'lapsed', 'withdrawn'];
const LANGUAGE_SETS: readonly string[][] = [['en'], ['es'], ['fr'], ['es', 'en'], ['fr', 'en'], ['ar', 'fr'], ['pt'], []];
const RIGHTS_FOCUS_SETS: readonly string[][] = [['housing'], ['food', 'water'], ['health'], ['work', 'social_security'], ['education'], ['housing', 'land']];

const BATCH = 5000;

/** ASCII letters of a name for an e-mail address ("María José" → "mariajose"). */
const mailbox = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const initials = (name: string): string =>
  name
    .split(/[\s,']+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.normalize('NFKD')[0])
    .join('')
    .toUpperCase();

/** A version-4-shaped UUID from the seeded generator, so that ids (and the order they break ties in) repeat from run to run. */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

async function insertOrganizations(pool: pg.Pool, count: number, countryIds: readonly string[], random: () => number): Promise<void> {
  const pick = pickerOf(random);
  for (let offset = 0; offset < count; offset += BATCH) {
    const rows = Math.min(BATCH, count - offset);
    const row = { id: [] as string[], name: [] as string[], acronym: [] as (string | null)[], type: [] as string[], country: [] as string[] };
    const more = { email: [] as (string | null)[], status: [] as string[], languages: [] as string[], focus: [] as string[] };
    const worksIn = { organization: [] as string[], country: [] as string[] };
    for (let i = 0; i < rows; i += 1) {
      const id = seededUuid(random);
      const form = pick(ORGANIZATION_FORMS);
      const name = `${pick(form.kinds)} ${pick(form.topics)}${form.of} ${pick(PLACES)}`;
      row.id.push(id);
      row.name.push(name);
      row.acronym.push(random() < 0.7 ? `${initials(name)}${random() < 0.3 ? String(1 + Math.floor(random() * 9)) : ''}` : null);
      row.type.push(pick(ORGANIZATION_TYPES));
      row.country.push(pick(countryIds));
      more.email.push(random() < 0.8 ? `contact${offset + i}@${pick(DOMAINS)}` : null);
      more.status.push(pick(MEMBERSHIP_STATUSES));
      more.languages.push(`{${pick(LANGUAGE_SETS).join(',')}}`);
      more.focus.push(`{${pick(RIGHTS_FOCUS_SETS).join(',')}}`);
      // About one organization in two works in one to three countries besides its headquarters.
      if (random() < 0.5) {
        for (const country of new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(countryIds)))) {
          worksIn.organization.push(id);
          worksIn.country.push(country);
        }
      }
    }
    await pool.query(
      `INSERT INTO organizations (id, name, acronym, type, headquarters_country_id, email, membership_status, joined_at, languages, rights_focus)
       SELECT id, name, acronym, type, country, email, status,
              CASE WHEN status = 'applicant' THEN NULL ELSE DATE '2008-12-10' + (n % 5800)::int END,
              languages::text[], focus::text[]
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[])
              WITH ORDINALITY AS t(id, name, acronym, type, country, email, status, languages, focus, n)`,
      [row.id, row.name, row.acronym, row.type, row.country, more.email, more.status, more.languages, more.focus],
    );
    await pool.query(`INSERT INTO organization_countries (organization_id, country_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      worksIn.organization,
      worksIn.country,
    ]);
  }
}

async function insertPeople(pool: pg.Pool, count: number, countryIds: readonly string[], random: () => number): Promise<void> {
  const pick = pickerOf(random);
  for (let offset = 0; offset < count; offset += BATCH) {
    const rows = Math.min(BATCH, count - offset);
    const ids: string[] = [];
    const first: string[] = [];
    const last: string[] = [];
    const email: (string | null)[] = [];
    const country: (string | null)[] = [];
    const languages: string[] = [];
    for (let i = 0; i < rows; i += 1) {
      ids.push(seededUuid(random));
      const firstName = pick(FIRST_NAMES);
      // Half of them carry two surnames, as in Spanish and Portuguese: about 2,500 distinct last names in all.
      const lastName = random() < 0.5 ? `${pick(LAST_NAMES)} ${pick(LAST_NAMES)}` : pick(LAST_NAMES);
      first.push(firstName);
      last.push(lastName);
      email.push(random() < 0.95 ? `${mailbox(firstName)}.${mailbox(lastName.split(' ')[0] ?? lastName)}${offset + i}@${pick(DOMAINS)}` : null);
      country.push(random() < 0.9 ? pick(countryIds) : null);
      languages.push(`{${pick(LANGUAGE_SETS).join(',')}}`);
    }
    await pool.query(
      `INSERT INTO people (id, first_name, last_name, email, country_id, languages)
       SELECT id, first, last, email, country, languages::text[]
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) AS t(id, first, last, email, country, languages)`,
      [ids, first, last, email, country, languages],
    );
  }
}

/** Fills an empty, migrated database with the benchmark's organizations and people, then refreshes the planner's statistics. */
export async function loadListBenchData(pool: pg.Pool, sizes: { organizations: number; people: number }): Promise<void> {
  const random = seeded(LIST_BENCH_SEED);
  const countryIds = (await pool.query<{ id: string }>('SELECT id FROM countries ORDER BY iso3')).rows.map((row) => row.id);
  await insertOrganizations(pool, sizes.organizations, countryIds, random);
  await insertPeople(pool, sizes.people, countryIds, random);
  await pool.query('VACUUM ANALYZE organizations, organization_countries, people');
}

/** Search terms the benchmark cycles through: common and rare words, typed without their accents. */
export const ORGANIZATION_TERMS = ['Initiative', 'asociacion', 'logement', 'bogota', "cote d'ivoire", 'sao paulo', 'observatoire', 'zurich'];
export const PEOPLE_TERMS = ['garcia', 'wanjiru', 'dubois', 'nguyen', 'ana zapata', 'ngozi.mensah', 'jerome.girard', 'yilmaz'];
