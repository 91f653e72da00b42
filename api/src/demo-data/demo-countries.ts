import type { Language } from '../organizations/organization.contract.js';

/** The language an organization's name is written in; `ar` means English with Arabic words transliterated. */
export type NamingLanguage = 'en' | 'es' | 'fr' | 'pt' | 'ar';

/** Which pool of given names and surnames the people of a country are drawn from. */
export type NameCulture =
  | 'west_africa'
  | 'central_africa'
  | 'east_southern_africa'
  | 'latin_america'
  | 'lusophone'
  | 'arab'
  | 'south_asia'
  | 'southeast_asia'
  | 'central_east_asia'
  | 'europe'
  | 'pacific_north_america';

export const DEMO_AREA_KEYS = [
  'west_africa',
  'central_africa',
  'east_africa',
  'southern_africa',
  'mena',
  'south_america',
  'mesoamerica_caribbean',
  'south_asia',
  'southeast_asia',
  'central_east_asia',
  'western_europe',
  'southern_europe',
  'northern_eastern_europe',
  'pacific_north_america',
] as const;
/** The campaign's own working regions: finer than the UN subregions where the coalition has most members. */
export type DemoAreaKey = (typeof DEMO_AREA_KEYS)[number];

export interface DemoArea {
  /** How many of the demo's countries lie in this area: weighted toward where the campaign works. */
  quota: number;
  /** The area as an adjective or complement in a regional network's name, per naming language. */
  label: Record<Exclude<NamingLanguage, 'ar'>, string>;
}

export const DEMO_AREAS: Record<DemoAreaKey, DemoArea> = {
  west_africa: { quota: 8, label: { en: 'West African', es: 'de África Occidental', fr: 'ouest-africain', pt: 'da África Ocidental' } },
  central_africa: { quota: 5, label: { en: 'Central African', es: 'de África Central', fr: "d'Afrique centrale", pt: 'da África Central' } },
  east_africa: { quota: 6, label: { en: 'East African', es: 'de África Oriental', fr: 'est-africain', pt: 'da África Oriental' } },
  southern_africa: { quota: 6, label: { en: 'Southern African', es: 'de África Austral', fr: "d'Afrique australe", pt: 'da África Austral' } },
  mena: { quota: 6, label: { en: 'Mashreq and Maghreb', es: 'del Mashreq y el Magreb', fr: 'du Machrek et du Maghreb', pt: 'do Mashreq e do Magrebe' } },
  south_america: { quota: 9, label: { en: 'South American', es: 'Sudamericana', fr: 'sud-américain', pt: 'Sul-Americana' } },
  mesoamerica_caribbean: {
    quota: 6,
    label: { en: 'Mesoamerican and Caribbean', es: 'Mesoamericana y del Caribe', fr: 'mésoaméricain et caribéen', pt: 'Mesoamericana e Caribenha' },
  },
  south_asia: { quota: 5, label: { en: 'South Asian', es: 'del Sur de Asia', fr: "d'Asie du Sud", pt: 'do Sul da Ásia' } },
  southeast_asia: { quota: 5, label: { en: 'Southeast Asian', es: 'del Sudeste Asiático', fr: "d'Asie du Sud-Est", pt: 'do Sudeste Asiático' } },
  central_east_asia: {
    quota: 2,
    label: { en: 'Central and East Asian', es: 'de Asia Central y Oriental', fr: "d'Asie centrale et orientale", pt: 'da Ásia Central e Oriental' },
  },
  western_europe: { quota: 4, label: { en: 'European', es: 'Europea', fr: 'européen', pt: 'Europeia' } },
  southern_europe: { quota: 3, label: { en: 'Mediterranean', es: 'Mediterránea', fr: 'méditerranéen', pt: 'Mediterrânica' } },
  northern_eastern_europe: { quota: 3, label: { en: 'European', es: 'Europea', fr: 'européen', pt: 'Europeia' } },
  pacific_north_america: { quota: 2, label: { en: 'Pacific', es: 'del Pacífico', fr: 'du Pacifique', pt: 'do Pacífico' } },
};

export interface PoolCountry {
  iso3: string;
  area: DemoAreaKey;
  naming: NamingLanguage;
  languages: Language[];
  culture: NameCulture;
  /** Places an organization may be based in: its name sometimes says where it works. */
  cities: string[];
}

type PoolRow = [iso3: string, naming: NamingLanguage, languages: Language[], culture: NameCulture, cities: string[]];

/**
 * The countries a demo organization may come from, per area. Which ones the
 * demo uses is drawn from these; names and regions come from the countries
 * table, not from here.
 */
const POOL: Record<DemoAreaKey, PoolRow[]> = {
  west_africa: [
    ['SEN', 'fr', ['fr'], 'west_africa', ['Dakar', 'Thiès', 'Saint-Louis', 'Ziguinchor']],
    ['CIV', 'fr', ['fr'], 'west_africa', ['Abidjan', 'Bouaké', 'Yamoussoukro']],
    ['MLI', 'fr', ['fr'], 'west_africa', ['Bamako', 'Ségou', 'Mopti']],
    ['BFA', 'fr', ['fr'], 'west_africa', ['Ouagadougou', 'Bobo-Dioulasso']],
    ['NER', 'fr', ['fr'], 'west_africa', ['Niamey', 'Zinder']],
    ['GIN', 'fr', ['fr'], 'west_africa', ['Conakry', 'Kankan']],
    ['BEN', 'fr', ['fr'], 'west_africa', ['Cotonou', 'Porto-Novo', 'Parakou']],
    ['TGO', 'fr', ['fr'], 'west_africa', ['Lomé', 'Kara']],
    ['GHA', 'en', ['en'], 'west_africa', ['Accra', 'Kumasi', 'Tamale']],
    ['NGA', 'en', ['en'], 'west_africa', ['Lagos', 'Abuja', 'Kano', 'Enugu', 'Port Harcourt']],
    ['SLE', 'en', ['en'], 'west_africa', ['Freetown', 'Bo']],
    ['LBR', 'en', ['en'], 'west_africa', ['Monrovia']],
    ['GMB', 'en', ['en'], 'west_africa', ['Banjul', 'Serekunda']],
    ['CPV', 'pt', ['pt'], 'lusophone', ['Praia', 'Mindelo']],
    ['GNB', 'pt', ['pt', 'fr'], 'lusophone', ['Bissau']],
  ],
  central_africa: [
    ['CMR', 'fr', ['fr', 'en'], 'central_africa', ['Yaoundé', 'Douala', 'Bamenda']],
    ['COD', 'fr', ['fr'], 'central_africa', ['Kinshasa', 'Goma', 'Lubumbashi', 'Bukavu']],
    ['COG', 'fr', ['fr'], 'central_africa', ['Brazzaville', 'Pointe-Noire']],
    ['GAB', 'fr', ['fr'], 'central_africa', ['Libreville']],
    ['TCD', 'fr', ['fr', 'ar'], 'central_africa', ["N'Djamena", 'Moundou']],
    ['CAF', 'fr', ['fr'], 'central_africa', ['Bangui']],
    ['BDI', 'fr', ['fr'], 'central_africa', ['Bujumbura', 'Gitega']],
  ],
  east_africa: [
    ['KEN', 'en', ['en'], 'east_southern_africa', ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru']],
    ['UGA', 'en', ['en'], 'east_southern_africa', ['Kampala', 'Gulu', 'Mbarara']],
    ['TZA', 'en', ['en'], 'east_southern_africa', ['Dar es Salaam', 'Arusha', 'Dodoma', 'Mwanza']],
    ['RWA', 'en', ['en', 'fr'], 'central_africa', ['Kigali', 'Huye']],
    ['ETH', 'en', ['en'], 'east_southern_africa', ['Addis Ababa', 'Bahir Dar', 'Hawassa']],
    ['SSD', 'en', ['en'], 'east_southern_africa', ['Juba', 'Wau']],
    ['MDG', 'fr', ['fr'], 'central_africa', ['Antananarivo', 'Toamasina']],
  ],
  southern_africa: [
    ['ZAF', 'en', ['en'], 'east_southern_africa', ['Johannesburg', 'Cape Town', 'Durban', 'Gqeberha']],
    ['ZMB', 'en', ['en'], 'east_southern_africa', ['Lusaka', 'Ndola', 'Kitwe']],
    ['ZWE', 'en', ['en'], 'east_southern_africa', ['Harare', 'Bulawayo', 'Mutare']],
    ['MWI', 'en', ['en'], 'east_southern_africa', ['Lilongwe', 'Blantyre', 'Mzuzu']],
    ['MOZ', 'pt', ['pt', 'en'], 'lusophone', ['Maputo', 'Beira', 'Nampula']],
    ['AGO', 'pt', ['pt'], 'lusophone', ['Luanda', 'Huambo', 'Benguela']],
    ['NAM', 'en', ['en'], 'east_southern_africa', ['Windhoek', 'Walvis Bay']],
    ['BWA', 'en', ['en'], 'east_southern_africa', ['Gaborone', 'Francistown']],
    ['LSO', 'en', ['en'], 'east_southern_africa', ['Maseru']],
  ],
  mena: [
    ['MAR', 'ar', ['ar', 'fr'], 'arab', ['Rabat', 'Casablanca', 'Marrakech', 'Tangier']],
    ['TUN', 'ar', ['ar', 'fr'], 'arab', ['Tunis', 'Sfax', 'Sousse']],
    ['DZA', 'ar', ['ar', 'fr'], 'arab', ['Algiers', 'Oran', 'Constantine']],
    ['EGY', 'ar', ['ar', 'en'], 'arab', ['Cairo', 'Alexandria', 'Assiut']],
    ['JOR', 'ar', ['ar', 'en'], 'arab', ['Amman', 'Irbid', 'Zarqa']],
    ['LBN', 'ar', ['ar', 'fr', 'en'], 'arab', ['Beirut', 'Tripoli', 'Saida']],
    ['PSE', 'ar', ['ar', 'en'], 'arab', ['Ramallah', 'Nablus', 'Hebron']],
    ['IRQ', 'ar', ['ar', 'en'], 'arab', ['Baghdad', 'Erbil', 'Basra']],
    ['YEM', 'ar', ['ar'], 'arab', ["Sana'a", 'Aden', 'Taiz']],
    ['SDN', 'ar', ['ar', 'en'], 'arab', ['Khartoum', 'Port Sudan']],
  ],
  south_america: [
    ['ARG', 'es', ['es'], 'latin_america', ['Buenos Aires', 'Rosario', 'Córdoba', 'Mendoza']],
    ['BOL', 'es', ['es'], 'latin_america', ['La Paz', 'Cochabamba', 'El Alto', 'Santa Cruz']],
    ['BRA', 'pt', ['pt'], 'lusophone', ['São Paulo', 'Recife', 'Belo Horizonte', 'Porto Alegre', 'Salvador']],
    ['CHL', 'es', ['es'], 'latin_america', ['Santiago', 'Valparaíso', 'Concepción']],
    ['COL', 'es', ['es'], 'latin_america', ['Bogotá', 'Medellín', 'Cali', 'Barranquilla']],
    ['ECU', 'es', ['es'], 'latin_america', ['Quito', 'Guayaquil', 'Cuenca']],
    ['PRY', 'es', ['es'], 'latin_america', ['Asunción', 'Encarnación']],
    ['PER', 'es', ['es'], 'latin_america', ['Lima', 'Cusco', 'Arequipa', 'Puno']],
    ['URY', 'es', ['es'], 'latin_america', ['Montevideo', 'Salto']],
    ['VEN', 'es', ['es'], 'latin_america', ['Caracas', 'Maracaibo', 'Mérida']],
  ],
  mesoamerica_caribbean: [
    ['MEX', 'es', ['es'], 'latin_america', ['Ciudad de México', 'Oaxaca', 'Guadalajara', 'Monterrey', 'Chiapas']],
    ['GTM', 'es', ['es'], 'latin_america', ['Ciudad de Guatemala', 'Quetzaltenango']],
    ['HND', 'es', ['es'], 'latin_america', ['Tegucigalpa', 'San Pedro Sula']],
    ['SLV', 'es', ['es'], 'latin_america', ['San Salvador', 'Santa Ana']],
    ['NIC', 'es', ['es'], 'latin_america', ['Managua', 'León']],
    ['CRI', 'es', ['es'], 'latin_america', ['San José', 'Limón']],
    ['PAN', 'es', ['es'], 'latin_america', ['Ciudad de Panamá', 'Colón']],
    ['DOM', 'es', ['es'], 'latin_america', ['Santo Domingo', 'Santiago de los Caballeros']],
    ['HTI', 'fr', ['fr'], 'latin_america', ['Port-au-Prince', 'Cap-Haïtien']],
    ['JAM', 'en', ['en'], 'pacific_north_america', ['Kingston', 'Montego Bay']],
  ],
  south_asia: [
    ['IND', 'en', ['en'], 'south_asia', ['New Delhi', 'Mumbai', 'Chennai', 'Kolkata', 'Bhubaneswar']],
    ['BGD', 'en', ['en'], 'south_asia', ['Dhaka', 'Chattogram', 'Khulna']],
    ['NPL', 'en', ['en'], 'south_asia', ['Kathmandu', 'Pokhara']],
    ['PAK', 'en', ['en'], 'south_asia', ['Lahore', 'Karachi', 'Islamabad', 'Peshawar']],
    ['LKA', 'en', ['en'], 'south_asia', ['Colombo', 'Jaffna', 'Kandy']],
  ],
  southeast_asia: [
    ['PHL', 'en', ['en'], 'southeast_asia', ['Manila', 'Quezon City', 'Davao', 'Cebu']],
    ['IDN', 'en', ['en'], 'southeast_asia', ['Jakarta', 'Yogyakarta', 'Makassar']],
    ['THA', 'en', ['en'], 'southeast_asia', ['Bangkok', 'Chiang Mai', 'Khon Kaen']],
    ['KHM', 'en', ['en', 'fr'], 'southeast_asia', ['Phnom Penh', 'Battambang']],
    ['MYS', 'en', ['en'], 'southeast_asia', ['Kuala Lumpur', 'Penang', 'Kota Kinabalu']],
    ['TLS', 'pt', ['pt', 'en'], 'lusophone', ['Dili', 'Baucau']],
    ['MMR', 'en', ['en'], 'southeast_asia', ['Yangon', 'Mandalay']],
  ],
  central_east_asia: [
    ['MNG', 'en', ['en', 'ru'], 'central_east_asia', ['Ulaanbaatar', 'Erdenet']],
    ['KGZ', 'en', ['ru', 'en'], 'central_east_asia', ['Bishkek', 'Osh']],
    ['KAZ', 'en', ['ru', 'en'], 'central_east_asia', ['Almaty', 'Astana', 'Shymkent']],
    ['TJK', 'en', ['ru', 'en'], 'central_east_asia', ['Dushanbe', 'Khujand']],
    ['KOR', 'en', ['en'], 'central_east_asia', ['Seoul', 'Busan', 'Gwangju']],
  ],
  western_europe: [
    ['FRA', 'fr', ['fr', 'en'], 'europe', ['Paris', 'Lyon', 'Marseille', 'Lille']],
    ['BEL', 'fr', ['fr', 'en'], 'europe', ['Brussels', 'Liège', 'Namur']],
    ['DEU', 'en', ['en'], 'europe', ['Berlin', 'Hamburg', 'Cologne']],
    ['NLD', 'en', ['en'], 'europe', ['Amsterdam', 'Utrecht', 'The Hague']],
    ['CHE', 'fr', ['fr', 'en'], 'europe', ['Geneva', 'Lausanne', 'Bern']],
    ['AUT', 'en', ['en'], 'europe', ['Vienna', 'Graz']],
  ],
  southern_europe: [
    ['ESP', 'es', ['es', 'en'], 'europe', ['Madrid', 'Barcelona', 'Sevilla', 'Bilbao']],
    ['PRT', 'pt', ['pt', 'en'], 'lusophone', ['Lisboa', 'Porto', 'Coimbra']],
    ['ITA', 'en', ['en'], 'europe', ['Rome', 'Naples', 'Bologna', 'Palermo']],
    ['GRC', 'en', ['en'], 'europe', ['Athens', 'Thessaloniki']],
    ['BIH', 'en', ['en'], 'europe', ['Sarajevo', 'Mostar']],
  ],
  northern_eastern_europe: [
    ['GBR', 'en', ['en'], 'europe', ['London', 'Manchester', 'Glasgow', 'Belfast']],
    ['IRL', 'en', ['en'], 'europe', ['Dublin', 'Cork', 'Galway']],
    ['FIN', 'en', ['en'], 'europe', ['Helsinki', 'Tampere']],
    ['POL', 'en', ['en'], 'europe', ['Warsaw', 'Kraków', 'Gdańsk']],
    ['UKR', 'en', ['en'], 'europe', ['Kyiv', 'Lviv', 'Odesa']],
    ['ROU', 'en', ['en'], 'europe', ['Bucharest', 'Cluj-Napoca', 'Iași']],
  ],
  pacific_north_america: [
    ['CAN', 'en', ['en', 'fr'], 'pacific_north_america', ['Toronto', 'Montréal', 'Winnipeg', 'Vancouver']],
    ['AUS', 'en', ['en'], 'pacific_north_america', ['Sydney', 'Melbourne', 'Darwin']],
    ['NZL', 'en', ['en'], 'pacific_north_america', ['Wellington', 'Auckland']],
    ['FJI', 'en', ['en'], 'pacific_north_america', ['Suva', 'Lautoka']],
    ['PNG', 'en', ['en'], 'pacific_north_america', ['Port Moresby', 'Lae']],
  ],
};

export const DEMO_COUNTRY_POOL: PoolCountry[] = DEMO_AREA_KEYS.flatMap((area) =>
  POOL[area].map(([iso3, naming, languages, culture, cities]) => ({ iso3, area, naming, languages, culture, cities })),
);
