import type { CatalogShape } from '../i18n/catalog-type';
import type { tasksEn } from './messages-en';

/** The tasks resource's own strings in French: exactly English's keys. */
export const tasksFr: CatalogShape<typeof tasksEn> = {
  name: 'Tâche |||| Tâches',
  fields: {
    q: 'Rechercher',
    title: 'Tâche',
    description: 'Détails',
    dueOn: 'Échéance',
    status: 'Statut',
    origin: 'Origine',
    assigneeUserId: 'Pour l’utilisateur',
    assigneeOrganizationId: 'Pour l’organisation',
    countryId: 'Pays',
    sourceId: 'Provient de',
    completedAt: 'Faite le',
    createdAt: 'Créée',
    updatedAt: 'Dernière modification',
  },
  status: { open: 'Ouverte', done: 'Faite', cancelled: 'Annulée' },
  origin: { manual: 'Écrite à la main', follow_up: 'Relance', calendar: 'Calendrier' },
  helper: { assignee: 'Un utilisateur ou une organisation ; laissée vide, la tâche est la vôtre.' },
  mine: {
    title: 'Mes tâches',
    empty: 'Rien à faire : aucune tâche ouverte ne vous est assignée.',
    error: 'Vos tâches n’ont pas pu être chargées.',
    overdue: 'En retard',
    due: 'Échéance le %{date}',
    no_due: 'Sans échéance',
    mark_done: 'Marquer « %{title} » comme faite',
    done: 'Tâche marquée comme faite',
    all: 'Toutes les tâches',
  },
  source: 'Ouvrir l’enregistrement d’origine',
  country: { title: 'Tâches', none: 'Aucune tâche ouverte pour ce pays.' },
  message: { delete_content: 'Supprimer la tâche %{recordRepresentation} ?' },
};
