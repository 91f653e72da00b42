import { EMAIL_SCRIPT_WORDS, IMPORT_PROBLEM_WORDS, IMPORT_REPORT_WORDS } from '@contract/imports/import-words.contract';
import type { CatalogShape } from '../i18n/catalog-type';
import type { importsEn } from './messages-en';

/** The imports resource's own strings in French: exactly English's keys. */
export const importsFr: CatalogShape<typeof importsEn> = {
  name: 'Import |||| Imports',
  fields: {
    id: 'ID',
    resource: 'Fiches',
    dryRun: 'Essai à blanc',
    status: 'Statut',
    fileName: 'Fichier',
    fileSize: 'Taille',
    processedRows: 'Lignes traitées',
    totalRows: 'Lignes',
    progress: 'Progression',
    createdCount: 'Créées',
    updatedCount: 'Mises à jour',
    errorCount: 'Lignes en erreur',
    failureReason: 'Cause de l’échec',
    createdById: 'Lancé par',
    startedAt: 'Début',
    finishedAt: 'Fin',
    createdAt: 'Envoyé le',
    updatedAt: 'Modifié le',
  },
  title: 'Import : %{name}',
  status: {
    queued: 'En file d’attente',
    running: 'En cours',
    completed: 'Terminé',
    failed: 'Échoué',
  },
  progress: {
    label: 'Progression de l’import',
    queued: 'En attente du processus de fond…',
    counting: 'Lecture du fichier…',
    stopped: 'Arrêté avant la lecture des lignes',
    rows: '%{processed} ligne sur %{total} (%{percent} %) |||| %{processed} lignes sur %{total} (%{percent} %)',
  },
  create: {
    title: 'Importer un fichier CSV',
    intro:
      'Envoyez un fichier CSV (UTF-8, première ligne = noms des colonnes) d’organisations ou de personnes. Les lignes dont l’adresse e-mail est déjà connue mettent à jour la fiche correspondante ; les autres créent de nouvelles fiches. Un essai vérifie chaque ligne et compte, sans rien écrire.',
    template: 'Télécharger le modèle CSV (%{resource})',
    file: 'Fichier CSV',
    choose_file: 'Choisir un fichier…',
    change_file: 'Choisir un autre fichier…',
    no_file: 'Aucun fichier choisi',
    file_help: 'Un fichier .csv en UTF-8, de 50 Mo au plus. Dans Excel : « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) ».',
    file_required: 'Choisissez le fichier CSV à importer.',
    file_too_large: 'Ce fichier dépasse 50 Mo : découpez-le en plusieurs fichiers.',
    dry_run: 'Essai à blanc',
    dry_run_on: 'Vérifie chaque ligne et compte ce qui serait créé ou mis à jour ; n’écrit rien.',
    dry_run_off: 'Écrit dans la base de données : des fiches sont créées et mises à jour.',
    submit: 'Envoyer et importer',
    submit_dry_run: 'Envoyer et vérifier',
  },
  dry_run_counts: 'Essai à blanc : les chiffres indiquent ce que l’import créerait et mettrait à jour ; rien n’a été écrit.',
  dry_run_done: {
    title: 'Essai terminé : rien n’a été écrit',
    body: 'Si les chiffres et le rapport d’erreurs vous conviennent, lancez l’import pour de bon : choisissez à nouveau le même fichier sur la page suivante.',
    body_kept:
      'Si les chiffres et le rapport d’erreurs vous conviennent, importez ces lignes : le fichier est conservé %{hours} heures, inutile de le choisir à nouveau.',
  },
  run_for_real: 'Lancer l’import pour de bon',
  import_these_rows: 'Importer ces lignes',
  failed: 'L’import s’est arrêté',
  errors: {
    title: 'Rapport d’erreurs : une ligne refusée |||| Rapport d’erreurs : %{smart_count} lignes refusées',
    row: IMPORT_REPORT_WORDS.fr.row,
    field: IMPORT_REPORT_WORDS.fr.field,
    message: IMPORT_REPORT_WORDS.fr.message,
    download: 'Télécharger le rapport d’erreurs (CSV)',
    whole_row: IMPORT_REPORT_WORDS.fr.whole_row,
  },
  problems: IMPORT_PROBLEM_WORDS.fr,
  failures: {
    file_gone: 'Le fichier envoyé n’est plus conservé : envoyez-le de nouveau.',
    no_header: 'Le fichier est vide : il lui faut une ligne d’en-tête nommant ses colonnes.',
    csv_quote_not_closed: 'Le fichier n’est pas un CSV valide : un guillemet (") n’est pas fermé (ligne %{line}).',
    csv_bad_quote:
      'Le fichier n’est pas un CSV valide : un guillemet (") se trouve au milieu d’une cellule, ligne %{line}. Mettez toute la cellule entre guillemets et doublez les guillemets qu’elle contient.',
    csv_unreadable: 'Le fichier n’est pas un CSV valide (ligne %{line}).',
    unknown_columns: 'Colonnes inconnues : %{columns}. Colonnes acceptées : %{accepted}.',
    unnamed_column: 'La colonne %{position} n’a pas de nom : nommez-la ou supprimez-la. Colonnes acceptées : %{accepted}.',
    repeated_columns: 'Colonnes en double : %{columns}.',
    missing_columns: 'Colonnes obligatoires manquantes : %{columns}. Colonnes acceptées : %{accepted}.',
    import_stopped:
      'L’import s’est arrêté sur un problème inattendu après %{rows} ligne ; rien n’a été écrit. |||| L’import s’est arrêté sur un problème inattendu après %{rows} lignes ; rien n’a été écrit.',
    import_stopped_partly:
      'L’import s’est arrêté sur un problème inattendu après %{rows} ligne : cette ligne a été importée, le reste du fichier non. |||| L’import s’est arrêté sur un problème inattendu après %{rows} lignes : ces lignes ont été importées, le reste du fichier non.',
  },
  scripts: EMAIL_SCRIPT_WORDS.fr,
};
