import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import type { OpStatus } from '../countries/country.contract.js';
import { MyRecordsService } from '../me/my-records.service.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { actionPackDocument } from './action-pack-document.js';
import { joinedNames, longDate, OP_STATUS_WORDS } from './action-pack-wording.js';
import { ActionPackDto, ActionPackMessageDto } from './dto/action-pack.dto.js';
import { FOREIGN_MINISTRY_LOOKUP, type ForeignMinistryLookup } from './foreign-ministry-lookup.js';
import { characterCount, lengthLimitOf, renderText, type MessageLanguage, type PlaceholderValues } from './message-template.contract.js';
import { MessageTemplatesService } from './message-templates.service.js';

interface CountryFacts {
  id: string;
  iso3: string;
  name: string;
  nameEs: string | null;
  nameFr: string | null;
  opStatus: OpStatus;
  opRatifiedAt: string | null;
  governmentHandle: string | null;
  partiesCount: string;
  focalPoints: string[];
  campaignDay: string | null;
}

const ISO3 = /^[A-Za-z]{3}$/;

/**
 * A country's action pack: every template of a language filled in from the
 * live records (treaty status, the number of parties, the Ministry of Foreign
 * Affairs, the focal points). Countries, organizations and events are read,
 * never written; the ministry comes from the authorities feature.
 */
@Injectable()
export class ActionPackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: MessageTemplatesService,
    private readonly myRecords: MyRecordsService,
    private readonly config: AppConfig,
    @Inject(FOREIGN_MINISTRY_LOOKUP) private readonly ministries: ForeignMinistryLookup,
  ) {}

  async pack(iso3: string, language: MessageLanguage, user: AuthenticatedUser): Promise<ActionPackDto> {
    const manager = this.dataSource.manager;
    const facts = await this.factsOf(manager, iso3);
    await this.assertMayRead(manager, user, facts.id);
    const values = await this.valuesOf(manager, facts, language);
    const templates = await this.templates.ofLanguageWithin(manager, language);
    const messages = templates.map((template): ActionPackMessageDto => {
      const subject = template.subject === null ? null : renderText(template.subject, values);
      const body = renderText(template.body, values);
      const count = characterCount(body.text);
      const limit = lengthLimitOf(template.kind);
      return {
        templateId: template.id,
        kind: template.kind,
        name: template.name,
        subject: subject?.text ?? null,
        body: body.text,
        characterCount: count,
        lengthLimit: limit,
        overLimit: limit !== null && count > limit,
        missing: [...new Set([...(subject?.missing ?? []), ...body.missing])],
      };
    });
    return {
      countryId: facts.id,
      iso3: facts.iso3,
      countryName: values.country ?? facts.name,
      language,
      generatedAt: new Date().toISOString(),
      values: { ...values },
      messages,
    };
  }

  async document(iso3: string, language: MessageLanguage, user: AuthenticatedUser): Promise<StreamableFile> {
    const pack = await this.pack(iso3, language, user);
    const buffer = await actionPackDocument(pack);
    return new StreamableFile(buffer, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="action-pack-${pack.iso3.toLowerCase()}-${language}.docx"`,
    });
  }

  /** The staff read every pack; a member, those of the countries its organization works in. */
  private async assertMayRead(manager: EntityManager, user: AuthenticatedUser, countryId: string): Promise<void> {
    if (STAFF_ROLES.includes(user.role)) return;
    const organizationId = await this.myRecords.organizationIdOf(manager, user);
    const rows: unknown[] = await manager.query('SELECT 1 FROM organization_countries WHERE organization_id = $1 AND country_id = $2', [
      organizationId,
      countryId,
    ]);
    if (rows.length === 0)
      throw new DomainException('country_not_worked', { field: 'iso3' }, 'Action packs are for the countries your organization works in', 'iso3');
  }

  private async factsOf(manager: EntityManager, iso3: string): Promise<CountryFacts> {
    if (!ISO3.test(iso3)) throw new DomainException('bad_country_code', { field: 'iso3' }, 'iso3 must be a three-letter ISO 3166 code, e.g. COL', 'iso3');
    // Reads only: countries, their focal points, organizations and events belong to their own features.
    const rows: CountryFacts[] = await manager.query(
      `SELECT c.id, c.iso3, c.name, c.name_es AS "nameEs", c.name_fr AS "nameFr", c.op_status AS "opStatus",
              c.op_ratified_at::text AS "opRatifiedAt", c.government_handle AS "governmentHandle",
              (SELECT count(*) FROM countries p WHERE p.op_status IN ('ratified', 'acceded'))::text AS "partiesCount",
              ARRAY(SELECT o.name FROM country_focal_points f JOIN organizations o ON o.id = f.organization_id
                     WHERE f.country_id = c.id ORDER BY o.name) AS "focalPoints",
              (SELECT (e.starts_at AT TIME ZONE e.time_zone)::date::text FROM events e
                WHERE e.type = 'campaign_day' AND e.status <> 'cancelled' AND e.ends_at >= now()
                  AND (e.country_id IS NULL OR e.country_id = c.id)
                ORDER BY e.starts_at LIMIT 1) AS "campaignDay"
         FROM countries c WHERE c.iso3 = $1`,
      [iso3.toUpperCase()],
    );
    if (rows.length === 0)
      throw new DomainException('unknown_country_code', { iso3: iso3.toUpperCase() }, `There is no country with the code ${iso3.toUpperCase()}`);
    return rows[0];
  }

  private async valuesOf(manager: EntityManager, facts: CountryFacts, language: MessageLanguage): Promise<PlaceholderValues> {
    const ministry = await this.ministries.foreignAffairsMinistryWithin(manager, facts.id);
    const name = (language === 'es' ? facts.nameEs : language === 'fr' ? facts.nameFr : null) ?? facts.name;
    const party = facts.opStatus === 'ratified' || facts.opStatus === 'acceded';
    return {
      country: name,
      countryHandle: facts.governmentHandle,
      partiesCount: facts.partiesCount,
      ratifiedSince: party && facts.opRatifiedAt ? longDate(facts.opRatifiedAt, language) : null,
      opStatus: OP_STATUS_WORDS[language][facts.opStatus],
      ministry: ministry?.postTitle ?? null,
      ministryHolder: ministry?.holderName ?? null,
      focalPoints: facts.focalPoints.length > 0 ? joinedNames(facts.focalPoints, language) : null,
      mapUrl: this.config.PUBLIC_MAP_URL ?? null,
      campaignDay: facts.campaignDay ? longDate(facts.campaignDay, language) : null,
    };
  }
}
