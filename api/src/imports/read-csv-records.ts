import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** One record of the file; `rowNumber` counts as a spreadsheet does (the header is row 1). */
export interface CsvRecord {
  rowNumber: number;
  cells: string[];
}

interface ParsedRecord {
  record: string[];
  info: { records: number; empty_lines: number };
}

const CHUNK = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the header line: a comma usually, but Excel in French,
 * Spanish or German saves "CSV" with semicolons, and some tools with tabs.
 * Quoted text is not counted.
 */
export function detectDelimiter(content: Buffer): string {
  const head = content.subarray(0, Math.min(content.length, CHUNK)).toString('utf8');
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  for (const delimiter of DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Streams the records of a CSV held in memory, header first, without building
 * them all at once: the file is fed to the parser in chunks. Blank lines and
 * rows whose cells are all empty (spreadsheets leave them at the end) are
 * skipped but still counted in row numbers. Malformed CSV (an unclosed quote)
 * throws the parser's error, which names the line.
 */
export async function* readCsvRecords(content: Buffer): AsyncGenerator<CsvRecord> {
  const chunks = (function* () {
    for (let start = 0; start < content.length; start += CHUNK) yield content.subarray(start, start + CHUNK);
  })();
  const parser = Readable.from(chunks).pipe(
    parse({ bom: true, delimiter: detectDelimiter(content), relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
    if (parsed.record.every((cell) => cell.trim() === '')) continue;
    yield { rowNumber: parsed.info.records + parsed.info.empty_lines, cells: parsed.record };
  }
}
