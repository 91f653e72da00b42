import type { Words } from '../common/words.contract.js';
import type { OrganizationType } from './organization.contract.js';

/** The kinds of organization. */
export const ORGANIZATION_TYPE_WORDS: Words<OrganizationType> = {
  en: {
    ngo: 'NGO',
    network: 'Network',
    union: 'Trade union',
    social_movement: 'Social movement',
    academic: 'Academic institution',
    nhri: 'National human rights institution',
    other: 'Other',
  },
  es: {
    ngo: 'ONG',
    network: 'Red',
    union: 'Sindicato',
    social_movement: 'Movimiento social',
    academic: 'Institución académica',
    nhri: 'Institución nacional de derechos humanos',
    other: 'Otro',
  },
  fr: {
    ngo: 'ONG',
    network: 'Réseau',
    union: 'Syndicat',
    social_movement: 'Mouvement social',
    academic: 'Institution universitaire',
    nhri: 'Institution nationale des droits humains',
    other: 'Autre',
  },
};
