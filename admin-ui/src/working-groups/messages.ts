import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The working-groups resource's own strings (`resources.working-groups.*`): labels, choices and messages; Spanish and French must have exactly English's keys. */
const en = {
  name: 'Working group |||| Working groups',
  fields: {
    q: 'Search',
    name: 'Name',
    description: 'Description',
    organizations: 'Members',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  messages: {
    organizations_count: 'One organization |||| %{smart_count} organizations',
  },
  message: {
    delete_content: 'Delete the working group %{recordRepresentation}? Its organizations stay; they just leave the group.',
  },
};

export const workingGroupsMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Grupo de trabajo |||| Grupos de trabajo',
    fields: {
      q: 'Buscar',
      name: 'Nombre',
      description: 'Descripción',
      organizations: 'Miembros',
      createdAt: 'Creado',
      updatedAt: 'Última modificación',
    },
    messages: {
      organizations_count: 'Una organización |||| %{smart_count} organizaciones',
    },
    message: {
      delete_content: '¿Eliminar el grupo de trabajo %{recordRepresentation}? Sus organizaciones se mantienen; solo salen del grupo.',
    },
  },
  fr: {
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
  },
};
