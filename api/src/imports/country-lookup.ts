import type { EntityManager } from 'typeorm';
import { quote, shown, splitList, type Parsed } from './cell-parsers.js';
import { rowProblem } from './import-problem.js';

export interface CountryNames {
  id: string;
  iso2: string;
  iso3: string;
  name: string;
  nameEs: string | null;
  nameFr: string | null;
}

/** "Côte d’Ivoire", "cote d'ivoire" and "COTE D IVOIRE" are the same country to a spreadsheet user. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Finds a country by what a user typed into a spreadsheet: its ISO 3166 code
 * (three or two letters) or its English, Spanish or French name. The table is
 * small, so it is held in memory for the whole import.
 */
export class CountryLookup {
  private readonly byKey = new Map<string, string>();

  constructor(countries: readonly CountryNames[]) {
    for (const country of countries) {
      for (const name of [country.nameFr, country.nameEs, country.name]) {
        if (name) this.byKey.set(`name:${fold(name)}`, country.id);
      }
    }
    // Codes win over names: they are registered last.
    for (const country of countries) {
      this.byKey.set(`code:${country.iso2.trim().toUpperCase()}`, country.id);
      this.byKey.set(`code:${country.iso3.trim().toUpperCase()}`, country.id);
    }
  }

  static async load(manager: EntityManager): Promise<CountryLookup> {
    const rows: CountryNames[] = await manager.query(`SELECT id, iso2, iso3, name, name_es AS "nameEs", name_fr AS "nameFr" FROM countries`);
    return new CountryLookup(rows);
  }

  /** The country's id, or undefined when nothing matches. */
  find(text: string): string | undefined {
    const trimmed = text.trim();
    if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
      const byCode = this.byKey.get(`code:${trimmed.toUpperCase()}`);
      if (byCode) return byCode;
    }
    return this.byKey.get(`name:${fold(trimmed)}`);
  }

  /** A cell naming one country, as its id. */
  parse(field: string, cell: string): Parsed<string> {
    if (cell === '') return { value: undefined };
    const id = this.find(cell);
    if (id) return { value: id };
    return {
      error: rowProblem('unknown_country', { value: shown(cell) }, `${field} ${quote(cell)} is not known: use its ISO code (KEN or KE) or its English name`),
    };
  }

  /** A cell naming several countries, separated by `;`, as their ids. */
  parseList(field: string, cell: string): Parsed<string[]> {
    const items = splitList(cell);
    if (items.length === 0) return { value: undefined };
    const unknown = items.filter((item) => !this.find(item));
    if (unknown.length > 0) {
      const message = `${field}: ${unknown.map(quote).join(', ')} not known: use ISO codes (KEN or KE) or English names`;
      return { error: rowProblem('unknown_countries', { values: unknown.map(shown).join(', ') }, message) };
    }
    return { value: [...new Set(items.map((item) => this.find(item) ?? ''))] };
  }
}
