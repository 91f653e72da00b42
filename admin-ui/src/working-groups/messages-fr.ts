import type { CatalogShape } from '../i18n/catalog-type';
import type { workingGroupsEn } from './messages-en';

/** The working-groups resource's own strings in French: exactly English's keys. */
export const workingGroupsFr: CatalogShape<typeof workingGroupsEn> = {
  name: 'Groupe de travail |||| Groupes de travail',
  fields: {
    q: 'Rechercher',
    name: 'Nom',
    description: 'Description',
    organizations: 'Membres',
    createdAt: 'Créé',
    updatedAt: 'Dernière modification',
  },
  messages: {
    organizations_count: 'Une organisation |||| %{smart_count} organisations',
  },
  message: {
    delete_content: 'Supprimer le groupe de travail %{recordRepresentation} ? Ses organisations restent ; elles quittent seulement le groupe.',
  },
};
