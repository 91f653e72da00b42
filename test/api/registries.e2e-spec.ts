import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { AUDIT_ENTITY_TYPES, auditEntityTypeOf, hasAuditEntityType, isDeclaredNotAudited } from '../../api/src/audit/audit-ignore.decorator.js';
import { repoRoot } from '../../api/src/common/repo-paths.js';
import { hasOwnMergeRule } from '../../api/src/duplicates/merge-references.js';
import { MergeReferencesService } from '../../api/src/duplicates/merge-references.service.js';
import { entityOfNoteTarget, NOTE_TARGETS } from '../../api/src/notes/note-target.decorator.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import type { OpenApiDocument } from '../support/openapi-validator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Named {
  id: string;
}

interface SchemaProperty {
  enum?: string[];
}

/**
 * A resource registers itself: its module owns its entities, its entity
 * declares its audit name, whether it accepts notes and what a merge must
 * know. These checks fail when a declaration is missing, not a user later.
 */
describe('the registries a resource adds itself to', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  const entities = () =>
    t.dataSource.entityMetadatas.flatMap((metadata) => (typeof metadata.target === 'function' ? [{ metadata, target: metadata.target }] : []));
  const schemaProperty = (schema: string, property: string): SchemaProperty =>
    (document.components?.schemas?.[schema] as { properties?: Record<string, SchemaProperty> } | undefined)?.properties?.[property] ?? {};

  beforeAll(async () => {
    t = await startTestApp();
    document = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => t.close());

  describe('entities', () => {
    it('belong each to exactly one feature module, which registers it with TypeOrmModule.forFeature', () => {
      const owners = new Map<Function, string[]>();
      for (const module of t.app.get(ModulesContainer).values()) {
        for (const imported of module.imports) {
          if (imported.metatype !== TypeOrmModule) continue;
          for (const { target } of entities()) {
            if (imported.providers.has(getRepositoryToken(target))) owners.set(target, [...(owners.get(target) ?? []), module.name]);
          }
        }
      }
      const ownership = Object.fromEntries(entities().map(({ target }) => [target.name, owners.get(target) ?? []]));
      const unowned = Object.entries(ownership).filter(([, modules]) => modules.length !== 1);
      expect(unowned).toEqual([]);
      expect(ownership.Organization).toEqual(['OrganizationsModule']);
    });

    it('are the tables of the schema, each with a class', async () => {
      const rows: Array<{ table: string }> = await t.dataSource.query(
        `SELECT table_name AS "table" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
      );
      const mapped = new Set(t.dataSource.entityMetadatas.map((metadata) => metadata.tableName));
      expect(rows.map((row) => row.table).filter((table) => !mapped.has(table))).toEqual([]);
    });

    it('declare their name in the audit trail, or that they are bookkeeping', () => {
      const undeclared = entities()
        .filter(({ target }) => !hasAuditEntityType(target) && !isDeclaredNotAudited(target))
        .map(({ target }) => target.name);
      expect(undeclared).toEqual([]);
    });
  });

  describe('the audit trail', () => {
    it('names the entity types its API document lists, and no other', async () => {
      const declared = entities()
        .filter(({ target }) => hasAuditEntityType(target))
        .map(({ target }) => auditEntityTypeOf(target));
      expect([...AUDIT_ENTITY_TYPES]).toEqual([...declared].sort());
      expect(schemaProperty('AuditEntryResponseDto', 'entityType').enum).toEqual(AUDIT_ENTITY_TYPES);
      const stored: Array<{ type: string }> = await t.dataSource.query(`SELECT DISTINCT entity_type AS type FROM audit_entries`);
      expect(stored.map((row) => row.type).filter((type) => !AUDIT_ENTITY_TYPES.includes(type))).toEqual([]);
    });

    it('keeps the names entries were stored under', () => {
      expect(auditEntityTypeOf(Organization)).toBe('Organization');
      expect(auditEntityTypeOf(Person)).toBe('Person');
    });
  });

  describe('note targets', () => {
    it('are entities of the schema, listed in the API document', () => {
      const tables = NOTE_TARGETS.map((target) => {
        const entity = entityOfNoteTarget(target);
        return entity && t.dataSource.hasMetadata(entity) ? t.dataSource.getMetadata(entity).tableName : `${target}: no entity`;
      });
      expect(tables).toEqual(['authorities', 'countries', 'events', 'lobbying_actions', 'membership_applications', 'organizations', 'people']);
      expect(schemaProperty('CreateNoteDto', 'targetType').enum).toEqual(NOTE_TARGETS);
      expect(schemaProperty('NoteResponseDto', 'targetType').enum).toEqual(NOTE_TARGETS);
    });

    it('include every kind of record the notes table refers to', async () => {
      const stored: Array<{ type: string }> = await t.dataSource.query(`SELECT DISTINCT target_type AS type FROM notes`);
      expect(stored.map((row) => row.type).filter((type) => !NOTE_TARGETS.includes(type))).toEqual([]);
    });
  });

  describe('merge references', () => {
    const coordinator = async (): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor('coordinator')}`];
    const organization = async (name: string): Promise<Named> =>
      (
        await request(t.http)
          .post('/api/organizations')
          .set(...(await coordinator()))
          .send({ name })
          .expect(201)
      ).body as Named;

    it('cover every foreign key to people and organizations, and the notes about them', async () => {
      // A table added by a new feature, before the first merge reads the catalog: it needs no declaration.
      await t.dataSource.query(`
        CREATE TABLE webinar_hosts (
          webinar_id uuid NOT NULL,
          organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
          PRIMARY KEY (webinar_id, organization_id)
        )`);
      const references = t.app.get(MergeReferencesService);
      const ownRule = new Set(
        entities()
          .filter(({ target }) => hasOwnMergeRule(target))
          .map(({ metadata }) => metadata.tableName),
      );
      expect([...ownRule].sort()).toEqual(['affiliations', 'subscriptions', 'users']);
      for (const [merged, table] of [
        [Organization, 'organizations'],
        [Person, 'people'],
      ] as const) {
        const rules = await references.rulesFor(merged);
        const keys: Array<{ reference: string }> = await t.dataSource.query(
          `SELECT (SELECT relname FROM pg_class WHERE oid = c.conrelid) || '.' || a.attname AS reference
             FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.confrelid = $1::regclass`,
          [table],
        );
        const covered = new Set(rules.map((rule) => `${rule.table}.${rule.column}`));
        expect(keys.map((key) => key.reference).filter((reference) => !covered.has(reference) && !ownRule.has(reference.split('.')[0] ?? ''))).toEqual([]);
        expect(rules).toContainEqual({
          table: 'notes',
          column: 'target_id',
          match: { target_type: table === 'people' ? 'person' : 'organization' },
          uniqueWith: [],
        });
      }
      expect(await references.rulesFor(Organization)).toContainEqual({
        table: 'webinar_hosts',
        column: 'organization_id',
        match: {},
        uniqueWith: [['webinar_id']],
      });
    });

    it('move the rows of a table nobody declared when two organizations merge, dropping what the kept one has already', async () => {
      const kept = await organization('Kept Organizers Network');
      const merged = await organization('Kept Organisers Network');
      const [first, second] = ['6f1c7a36-0d55-4b43-9a4e-0c8f1f0d0001', '6f1c7a36-0d55-4b43-9a4e-0c8f1f0d0002'];
      await t.dataSource.query(`INSERT INTO webinar_hosts (webinar_id, organization_id) VALUES ($1, $3), ($2, $3), ($2, $4)`, [
        first,
        second,
        merged.id,
        kept.id,
      ]);
      await request(t.http)
        .post(`/api/organizations/${merged.id}/merge`)
        .set(...(await coordinator()))
        .send({ intoId: kept.id })
        .expect(200);
      const rows: Array<{ webinar_id: string; organization_id: string }> = await t.dataSource.query(
        `SELECT webinar_id, organization_id FROM webinar_hosts ORDER BY webinar_id`,
      );
      expect(rows).toEqual([
        { webinar_id: first, organization_id: kept.id },
        { webinar_id: second, organization_id: kept.id },
      ]);
    });

    it("stop a merge with the table's name when a plain update cannot move its rows", async () => {
      await t.dataSource.query(`CREATE TABLE organization_profiles (organization_id uuid UNIQUE REFERENCES organizations (id))`);
      try {
        await expect(new MergeReferencesService(t.dataSource).rulesFor(Organization)).rejects.toThrow(/organization_profiles\.organization_id.*OwnMergeRule/);
      } finally {
        await t.dataSource.query(`DROP TABLE organization_profiles`);
      }
    });
  });

  describe('migrations', () => {
    it('are every file of migrations/, all applied to a new database', async () => {
      const files = readdirSync(`${repoRoot()}/migrations`)
        .flatMap((file) => {
          const [, timestamp, name] = /^(\d+)-(\w+)\.ts$/.exec(file) ?? [];
          return timestamp && name ? [{ timestamp: Number(timestamp), className: `${name}${timestamp}` }] : [];
        })
        .sort((a, b) => a.timestamp - b.timestamp);
      const applied: Array<{ name: string }> = await t.dataSource.query(`SELECT name FROM migrations ORDER BY timestamp`);
      expect(applied.map((row) => row.name)).toEqual(files.map((file) => file.className));
    });
  });
});
