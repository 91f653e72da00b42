import { In, type EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception.js';
import { Country } from './country.entity.js';

/**
 * Loads the countries an input refers to, refusing the whole input with a 400
 * naming the field when one is unknown (a foreign key would only say "country_id").
 */
export async function loadKnownCountries(manager: EntityManager, ids: readonly string[], field: string): Promise<Country[]> {
  if (ids.length === 0) return [];
  const found = await manager.findBy(Country, { id: In([...ids]) });
  const known = new Set(found.map((country) => country.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainException('invalid', `${field} refers to ${unknown.length === 1 ? 'an unknown country' : 'unknown countries'}: ${unknown.join(', ')}`, field);
  }
  return found;
}
