import { Entity, PrimaryColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/**
 * A member organization that leads the national work in a country. Written
 * only by CountriesService, which records each change in the audit trail as
 * an update of the country (the list before and after), as the organization
 * links do: a row of its own would say less.
 */
@NotAudited()
@Entity('country_focal_points')
export class CountryFocalPoint {
  @PrimaryColumn({ type: 'uuid' })
  countryId: string;

  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;
}
