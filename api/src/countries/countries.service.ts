import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { COUNTRY_LIST } from './countries.list-spec.js';
import { Country } from './country.entity.js';
import { CountryResponseDto, toCountryResponse } from './dto/country-response.dto.js';
import { PublicCountryDto, toPublicCountry } from './dto/public-country.dto.js';

@Injectable()
export class CountriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<CountryResponseDto>> {
    const builder = this.dataSource.getRepository(Country).createQueryBuilder('c');
    const { items, total } = await runListQuery(builder, COUNTRY_LIST, query);
    return new Paginated(COUNTRY_LIST.resource, items.map(toCountryResponse), query.range[0], total);
  }

  async get(id: string): Promise<CountryResponseDto> {
    const country = await this.dataSource.getRepository(Country).findOne({ where: { id } });
    if (!country) throw notFound('Country', id);
    return toCountryResponse(country);
  }

  /** Every country's treaty status for the public map: a few hundred small rows, sent whole. */
  async publicList(): Promise<PublicCountryDto[]> {
    const countries = await this.dataSource.getRepository(Country).find({
      select: { id: true, iso3: true, name: true, nameEs: true, nameFr: true, region: true, opStatus: true, opSignedAt: true, opRatifiedAt: true },
      order: { name: 'ASC' },
    });
    return countries.map(toPublicCountry);
  }

  /** Refuses ids that name no country, with a 400 naming the field they came in. */
  async assertExist(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM countries WHERE id = ANY($1::uuid[])', [wanted]);
    const found = new Set(rows.map((row) => row.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw new DomainException('invalid', `${field} refers to unknown countries: ${missing.join(', ')}`, field);
  }
}
