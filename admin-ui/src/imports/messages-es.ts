import { EMAIL_SCRIPT_WORDS, IMPORT_PROBLEM_WORDS, IMPORT_REPORT_WORDS } from '@contract/imports/import-words.contract';
import type { CatalogShape } from '../i18n/catalog-type';
import type { importsEn } from './messages-en';

/** The imports resource's own strings in Spanish: exactly English's keys. */
export const importsEs: CatalogShape<typeof importsEn> = {
  name: 'Importación |||| Importaciones',
  fields: {
    id: 'ID',
    resource: 'Registros',
    dryRun: 'Prueba',
    status: 'Estado',
    fileName: 'Archivo',
    fileSize: 'Tamaño',
    processedRows: 'Filas tratadas',
    totalRows: 'Filas',
    progress: 'Progreso',
    createdCount: 'Creados',
    updatedCount: 'Actualizados',
    errorCount: 'Filas con errores',
    failureReason: 'Motivo del fallo',
    createdById: 'Lanzada por',
    startedAt: 'Inicio',
    finishedAt: 'Fin',
    createdAt: 'Subida',
    updatedAt: 'Modificada',
  },
  title: 'Importación: %{name}',
  status: {
    queued: 'En cola',
    running: 'En curso',
    completed: 'Terminada',
    failed: 'Fallida',
  },
  progress: {
    label: 'Progreso de la importación',
    queued: 'Esperando al proceso de fondo…',
    counting: 'Leyendo el archivo…',
    stopped: 'Se detuvo antes de leer las filas',
    rows: '%{processed} de %{total} filas (%{percent} %) |||| %{processed} de %{total} filas (%{percent} %)',
  },
  create: {
    title: 'Importar un archivo CSV',
    intro:
      'Suba un archivo CSV (UTF-8, primera fila = nombres de columna) de organizaciones o personas. Las filas cuyo correo electrónico ya se conoce actualizan ese registro; las demás crean registros nuevos. Una prueba comprueba cada fila y cuenta, sin escribir nada.',
    template: 'Descargar la plantilla CSV (%{resource})',
    file: 'Archivo CSV',
    choose_file: 'Elegir un archivo…',
    change_file: 'Elegir otro archivo…',
    no_file: 'Ningún archivo elegido',
    file_help: 'Un archivo .csv en UTF-8, de 50 MB como máximo. En Excel: «Guardar como» → «CSV UTF-8 (delimitado por comas)».',
    file_required: 'Elija el archivo CSV que desea importar.',
    file_too_large: 'Este archivo supera los 50 MB: divídalo en varios archivos.',
    dry_run: 'Prueba sin escritura',
    dry_run_on: 'Comprueba cada fila y cuenta lo que se crearía o actualizaría; no escribe nada.',
    dry_run_off: 'Escribe en la base de datos: se crean y actualizan registros.',
    submit: 'Subir e importar',
    submit_dry_run: 'Subir y comprobar',
  },
  dry_run_counts: 'Prueba: las cifras indican lo que la importación crearía y actualizaría; no se ha escrito nada.',
  dry_run_done: {
    title: 'Prueba terminada: no se ha escrito nada',
    body: 'Si las cifras y el informe de errores son correctos, lance la importación real: elija de nuevo el mismo archivo en la página siguiente.',
    body_kept:
      'Si las cifras y el informe de errores son correctos, importe estas filas: el archivo se conserva %{hours} horas, no hace falta elegirlo de nuevo.',
  },
  run_for_real: 'Lanzar la importación real',
  import_these_rows: 'Importar estas filas',
  failed: 'La importación se detuvo',
  errors: {
    title: 'Informe de errores: una fila rechazada |||| Informe de errores: %{smart_count} filas rechazadas',
    row: IMPORT_REPORT_WORDS.es.row,
    field: IMPORT_REPORT_WORDS.es.field,
    message: IMPORT_REPORT_WORDS.es.message,
    download: 'Descargar el informe de errores (CSV)',
    whole_row: IMPORT_REPORT_WORDS.es.whole_row,
  },
  problems: IMPORT_PROBLEM_WORDS.es,
  failures: {
    file_gone: 'El archivo subido ya no está guardado: vuelva a subirlo.',
    no_header: 'El archivo está vacío: necesita una fila de encabezado con el nombre de sus columnas.',
    csv_quote_not_closed: 'El archivo no es un CSV válido: una comilla (") no está cerrada (línea %{line}).',
    csv_bad_quote:
      'El archivo no es un CSV válido: hay una comilla (") en medio de una celda, en la línea %{line}. Ponga toda la celda entre comillas y duplique las comillas que contiene.',
    csv_unreadable: 'El archivo no es un CSV válido (línea %{line}).',
    unknown_columns: 'Columnas desconocidas: %{columns}. Columnas aceptadas: %{accepted}.',
    unnamed_column: 'La columna %{position} no tiene nombre: póngale uno o elimine la columna. Columnas aceptadas: %{accepted}.',
    repeated_columns: 'Columnas repetidas: %{columns}.',
    missing_columns: 'Faltan columnas obligatorias: %{columns}. Columnas aceptadas: %{accepted}.',
    import_stopped:
      'La importación se detuvo por un problema inesperado tras %{rows} fila; no se escribió nada. |||| La importación se detuvo por un problema inesperado tras %{rows} filas; no se escribió nada.',
    import_stopped_partly:
      'La importación se detuvo por un problema inesperado tras %{rows} fila: esa fila se importó, el resto del archivo no. |||| La importación se detuvo por un problema inesperado tras %{rows} filas: esas filas se importaron, el resto del archivo no.',
  },
  scripts: EMAIL_SCRIPT_WORDS.es,
};
