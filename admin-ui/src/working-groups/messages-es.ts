import type { CatalogShape } from '../i18n/catalog-type';
import type { workingGroupsEn } from './messages-en';

/** The working-groups resource's own strings in Spanish: exactly English's keys. */
export const workingGroupsEs: CatalogShape<typeof workingGroupsEn> = {
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
};
