import { stringify } from 'csv-stringify/sync';
import { escapeCsvCell, formatCsvCell } from '../exports/escape-csv-cell.js';
import type { CountryReportDto } from './dto/country-report-response.dto.js';
import type { CountryReportTable } from './report.contract.js';

type Row = Record<string, unknown>;

/** The columns and rows of each table of a country report. */
const TABLES: Record<CountryReportTable, (report: CountryReportDto) => { columns: string[]; rows: Row[] }> = {
  history: (report) => ({ columns: ['at', 'field', 'fromValue', 'toValue', 'source'], rows: report.history as unknown as Row[] }),
  steps: (report) => ({ columns: ['stage', 'status', 'date', 'note', 'source'], rows: report.steps as unknown as Row[] }),
  actions: (report) => ({ columns: ['id', 'occurredOn', 'type', 'status', 'title', 'followUpAt'], rows: report.actions as unknown as Row[] }),
  events: (report) => ({
    columns: ['id', 'startsAt', 'type', 'status', 'title', 'location', 'governmentAuthorityPresent', 'attendance'],
    rows: report.events as unknown as Row[],
  }),
  members: (report) => ({ columns: ['id', 'name', 'acronym', 'type', 'headquartered', 'joinedAt'], rows: report.members as unknown as Row[] }),
  activity: (report) => ({ columns: ['month', ...report.countedActivity], rows: report.activityTrend as unknown as Row[] }),
};

/**
 * One table of a country report as CSV text: a UTF-8 byte order mark, a
 * header row, and every cell through the exports' spreadsheet-formula escape.
 */
export function countryReportCsv(report: CountryReportDto, table: CountryReportTable): string {
  const { columns, rows } = TABLES[table](report);
  return stringify(
    rows.map((row) => columns.map((column) => formatCsvCell(row[column]))),
    { bom: true, header: true, columns: columns.map((column) => escapeCsvCell(column)) },
  );
}
