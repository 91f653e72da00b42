import { describe, expect, it } from '@jest/globals';
import { detectDelimiter, readCsvRecords, type CsvRecord } from './read-csv-records.js';

const read = async (text: string): Promise<CsvRecord[]> => {
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(Buffer.from(text, 'utf8'))) records.push(record);
  return records;
};

describe('readCsvRecords', () => {
  it('numbers rows as a spreadsheet does, through blank lines and multi-line cells', async () => {
    const records = await read('\uFEFFname,email\nAna,a@example.org\n\n"Line one\nline two",b@example.org\n,\nZoe,z@example.org\n');
    expect(records).toEqual([
      { rowNumber: 1, cells: ['name', 'email'] },
      { rowNumber: 2, cells: ['Ana', 'a@example.org'] },
      { rowNumber: 4, cells: ['Line one\nline two', 'b@example.org'] },
      { rowNumber: 6, cells: ['Zoe', 'z@example.org'] },
    ]);
  });

  it('reads files saved with semicolons by a European Excel', async () => {
    const records = await read('name;languages\r\n"Ana";"en;fr"\r\n');
    expect(records.map((record) => record.cells)).toEqual([
      ['name', 'languages'],
      ['Ana', 'en;fr'],
    ]);
  });

  it('throws on an unclosed quote, naming the line', async () => {
    await expect(read('name,email\n"Ana,a@example.org\n')).rejects.toThrow(/Quote Not Closed.*line 2/);
  });

  it('streams a file larger than one chunk', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},p${i}@example.org`);
    const records = await read(`name,email\n${rows.join('\n')}\n`);
    expect(records).toHaveLength(5001);
    expect(records[5000]).toEqual({ rowNumber: 5001, cells: ['Person 4999', 'p4999@example.org'] });
  });
});

describe('detectDelimiter', () => {
  it('picks the separator of the header line, ignoring quoted text', () => {
    expect(detectDelimiter(Buffer.from('a,b,c\n1;2;3;4;5'))).toBe(',');
    expect(detectDelimiter(Buffer.from('a;"b,c,d";e\n'))).toBe(';');
    expect(detectDelimiter(Buffer.from('a\tb\tc\n'))).toBe('\t');
    expect(detectDelimiter(Buffer.from('name\n'))).toBe(',');
  });
});
