import type { Words } from '../common/words.contract.js';
import type { ImportRowErrorCode } from './import.contract.js';

/**
 * The problems of one row of an import, by the code the API gives them, in each language: the admin UI's
 * error report and the downloadable errors.csv word them from here. `%{field}` and `%{columns}` name columns
 * (the form's labels on screen, the file's headers in the CSV); `%{scripts}` are EMAIL_SCRIPT_WORDS.
 */
export const IMPORT_PROBLEM_WORDS: Words<ImportRowErrorCode> = {
  en: {
    required: '“%{field}” is required.',
    too_long: 'At most %{max} characters (this cell has %{length}).',
    not_id: '“%{value}” is not an id: leave the id as exported, or empty for a new record.',
    not_email: '“%{value}” is not an e-mail address.',
    email_invisible_character: '“%{value}” contains an invisible character, so it could pass for another address.',
    email_mixed_scripts: '“%{value}” mixes letters of different alphabets (%{scripts}) in “%{part}”, so it could pass for another address.',
    not_choice: '“%{value}” is not one of the accepted values: %{allowed}.',
    unknown_choices: 'Not known: %{values}. Accepted values: %{allowed}.',
    not_boolean: '“%{value}” must be true or false (or yes/no).',
    not_date: '“%{value}” is not a date written YYYY-MM-DD (e.g. 2024-03-31).',
    not_url: '“%{value}” is not a web address.',
    not_phone: '“%{value}” is not a phone number.',
    unknown_country: 'No country is known as “%{value}”: use its ISO code (KEN or KE) or its name.',
    unknown_countries: 'Countries not known: %{values}. Use ISO codes (KEN or KE) or the names of the countries.',
    organization_required: 'The organization is missing: it is required when the row gives %{columns}.',
    too_many_cells: 'The row has %{cells} cells, but the header names %{columns} columns.',
    nul_character: 'This cell contains a NUL character, which cannot be stored.',
    already_in_row: '“%{value}” appears already in row %{row}.',
    organization_already_in_row: 'The organization “%{value}” in the same country appears already in row %{row}.',
    id_not_found: 'No record has the id “%{value}”: leave it empty to create a new one.',
    matches_several: '“%{value}” matches %{count} organizations: merge them first.',
    same_record_as_row: 'This row updates the same record as row %{row}.',
    email_taken: 'The e-mail address “%{value}” is already another person’s.',
    organization_not_found: 'No organization is called “%{value}”: give the exact name or the id of an existing organization.',
    organization_ambiguous: '%{count} organizations are called “%{value}”: give the id of the one you mean.',
  },
  es: {
    required: '«%{field}» es obligatorio.',
    too_long: 'Como máximo %{max} caracteres (esta celda tiene %{length}).',
    not_id: '«%{value}» no es un id: deje el id tal como se exportó, o vacío para un registro nuevo.',
    not_email: '«%{value}» no es una dirección de correo electrónico.',
    email_invisible_character: '«%{value}» contiene un carácter invisible y podría pasar por otra dirección.',
    email_mixed_scripts: '«%{value}» mezcla letras de distintos alfabetos (%{scripts}) en «%{part}» y podría pasar por otra dirección.',
    not_choice: '«%{value}» no es uno de los valores aceptados: %{allowed}.',
    unknown_choices: 'Valores desconocidos: %{values}. Valores aceptados: %{allowed}.',
    not_boolean: '«%{value}» debe ser true o false (o yes/no).',
    not_date: '«%{value}» no es una fecha escrita AAAA-MM-DD (p. ej., 2024-03-31).',
    not_url: '«%{value}» no es una dirección web.',
    not_phone: '«%{value}» no es un número de teléfono.',
    unknown_country: 'No se conoce ningún país como «%{value}»: use su código ISO (KEN o KE) o su nombre.',
    unknown_countries: 'Países desconocidos: %{values}. Use códigos ISO (KEN o KE) o los nombres de los países.',
    organization_required: 'Falta la organización: es obligatoria cuando la fila indica %{columns}.',
    too_many_cells: 'La fila tiene %{cells} celdas, pero el encabezado nombra %{columns} columnas.',
    nul_character: 'Esta celda contiene un carácter NUL, que no se puede guardar.',
    already_in_row: '«%{value}» ya aparece en la fila %{row}.',
    organization_already_in_row: 'La organización «%{value}» del mismo país ya aparece en la fila %{row}.',
    id_not_found: 'Ningún registro tiene el id «%{value}»: déjelo vacío para crear uno nuevo.',
    matches_several: '«%{value}» corresponde a %{count} organizaciones: fusiónelas primero.',
    same_record_as_row: 'Esta fila actualiza el mismo registro que la fila %{row}.',
    email_taken: 'La dirección de correo electrónico «%{value}» ya es de otra persona.',
    organization_not_found: 'Ninguna organización se llama «%{value}»: indique el nombre exacto o el id de una organización existente.',
    organization_ambiguous: '%{count} organizaciones se llaman «%{value}»: indique el id de la que corresponde.',
  },
  fr: {
    required: '« %{field} » est obligatoire.',
    too_long: '%{max} caractères au plus (cette cellule en a %{length}).',
    not_id: '« %{value} » n’est pas un id : laissez l’id tel qu’il a été exporté, ou vide pour une nouvelle fiche.',
    not_email: '« %{value} » n’est pas une adresse e-mail.',
    email_invisible_character: '« %{value} » contient un caractère invisible et pourrait passer pour une autre adresse.',
    email_mixed_scripts: '« %{value} » mélange des lettres de plusieurs alphabets (%{scripts}) dans « %{part} » et pourrait passer pour une autre adresse.',
    not_choice: '« %{value} » ne fait pas partie des valeurs acceptées : %{allowed}.',
    unknown_choices: 'Valeurs inconnues : %{values}. Valeurs acceptées : %{allowed}.',
    not_boolean: '« %{value} » doit être true ou false (ou yes/no).',
    not_date: '« %{value} » n’est pas une date écrite AAAA-MM-JJ (par exemple 2024-03-31).',
    not_url: '« %{value} » n’est pas une adresse web.',
    not_phone: '« %{value} » n’est pas un numéro de téléphone.',
    unknown_country: 'Aucun pays n’est connu sous le nom « %{value} » : utilisez son code ISO (KEN ou KE) ou son nom.',
    unknown_countries: 'Pays inconnus : %{values}. Utilisez des codes ISO (KEN ou KE) ou les noms des pays.',
    organization_required: 'L’organisation manque : elle est obligatoire quand la ligne indique %{columns}.',
    too_many_cells: 'La ligne a %{cells} cellules, mais l’en-tête nomme %{columns} colonnes.',
    nul_character: 'Cette cellule contient un caractère NUL, qui ne peut pas être enregistré.',
    already_in_row: '« %{value} » figure déjà à la ligne %{row}.',
    organization_already_in_row: 'L’organisation « %{value} » du même pays figure déjà à la ligne %{row}.',
    id_not_found: 'Aucune fiche n’a l’id « %{value} » : laissez-le vide pour en créer une nouvelle.',
    matches_several: '« %{value} » correspond à %{count} organisations : fusionnez-les d’abord.',
    same_record_as_row: 'Cette ligne met à jour la même fiche que la ligne %{row}.',
    email_taken: 'L’adresse e-mail « %{value} » est déjà celle d’une autre personne.',
    organization_not_found: 'Aucune organisation ne s’appelle « %{value} » : indiquez le nom exact ou l’id d’une organisation existante.',
    organization_ambiguous: '%{count} organisations s’appellent « %{value} » : indiquez l’id de celle que vous voulez.',
  },
};

/** The alphabets an e-mail address may mix (the `scripts` of `email_mixed_scripts`), by their English names. */
export type EmailScript = 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Cherokee';

export const EMAIL_SCRIPT_WORDS: Words<EmailScript> = {
  en: {
    Latin: 'Latin',
    Cyrillic: 'Cyrillic',
    Greek: 'Greek',
    Armenian: 'Armenian',
    Cherokee: 'Cherokee',
  },
  es: {
    Latin: 'latino',
    Cyrillic: 'cirílico',
    Greek: 'griego',
    Armenian: 'armenio',
    Cherokee: 'cheroqui',
  },
  fr: {
    Latin: 'latin',
    Cyrillic: 'cyrillique',
    Greek: 'grec',
    Armenian: 'arménien',
    Cherokee: 'cherokee',
  },
};

/** The error report's column headings, and the column named when a problem is the whole row's. */
export const IMPORT_REPORT_WORDS: Words<'row' | 'field' | 'message' | 'code' | 'whole_row'> = {
  en: { row: 'Row', field: 'Column', message: 'Problem', code: 'Code', whole_row: '(whole row)' },
  es: { row: 'Fila', field: 'Columna', message: 'Problema', code: 'Código', whole_row: '(toda la fila)' },
  fr: { row: 'Ligne', field: 'Colonne', message: 'Problème', code: 'Code', whole_row: '(toute la ligne)' },
};
