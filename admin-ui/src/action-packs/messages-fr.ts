import type { CatalogShape } from '../i18n/catalog-type';
import type { actionPacksEn } from './messages-en';

/** The action-packs resource's own strings in French: exactly English's keys. */
export const actionPacksFr: CatalogShape<typeof actionPacksEn> = {
  name: "Kit d'action |||| Kits d'action",
  title: "Kit d'action par pays",
  intro: 'Choisissez un pays et une langue : chaque modèle de message est rempli avec les données actuelles du pays, prêt à copier ou à télécharger.',
  country: 'Pays',
  language: 'Langue du kit',
  languages: { en: 'Anglais', es: 'Espagnol', fr: 'Français' },
  pick_country: 'Choisissez un pays pour préparer son kit.',
  loading: 'Préparation du kit…',
  failed: "Le kit n'a pas pu être préparé.",
  retry: 'Réessayer',
  none: "Il n'y a pas encore de modèle de message dans cette langue.",
  download: 'Télécharger le .docx',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers',
  copy_failed: "Le navigateur n'a pas permis de copier ; sélectionnez le texte et copiez-le à la main.",
  subject: 'Objet',
  characters: '%{count} caractères sur %{limit}',
  too_long: 'Trop long pour un réseau social : %{count} caractères sur %{limit}. Raccourcissez le modèle.',
  missing: 'Pas encore connu, laissé entre crochets à compléter : %{names}',
  facts: { partiesCount: 'États parties', opStatus: 'Situation', ministry: 'Ministère des Affaires étrangères', ministryHolder: 'Titulaire' },
  open_from_country: "Kit d'action",
};
