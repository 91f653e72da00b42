import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasOwnMergeRule, polymorphicReferenceOf } from './merge-references.js';

/**
 * A column elsewhere in the schema that points at a merged kind of record,
 * and that a merge re-points from the merged record to the kept one.
 */
export interface ReferenceRule {
  table: string;
  column: string;
  /** Only rows with these column values refer to the record (e.g. the notes about a person). */
  match: Record<string, string>;
  /** Column sets that, with `column`, must stay unique: a row the kept record already has is dropped instead of moved. */
  uniqueWith: string[][];
}

interface ForeignKeyRow {
  table: string;
  columns: string[];
  uniqueIndexes: Array<{ name: string; partial: boolean; columns: Array<string | null> }>;
}

/** Moves one table's references to a merged record itself, in the merge's transaction. */
export type ReferenceMover = (manager: EntityManager, fromId: string, toId: string) => Promise<void>;

/**
 * Finds what refers to a record that is merged away: every foreign key to its
 * table, read from the catalog once per process, plus the polymorphic
 * references entities declare (PolymorphicMergeReference). Tables whose
 * references the merges move themselves are left out (OwnMergeRule). So a
 * new table with a foreign key to organizations is merged without a word;
 * one the plain rule cannot handle stops the merge with its name. A feature
 * that cannot import the merging one (it depends on it) moves its table's
 * references through a mover it registers (registerMover, with OwnMergeRule).
 */
@Injectable()
export class MergeReferencesService {
  private readonly rules = new Map<string, Promise<ReferenceRule[]>>();
  private readonly movers = new Map<string, ReferenceMover[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Re-points every reference of `fromId` to `toId`, inside the caller's
   * transaction. These are bookkeeping updates: the merge itself is audited
   * through the kept record's update, the merged record's deletion and a note.
   */
  async move(manager: EntityManager, merged: Function, fromId: string, toId: string): Promise<void> {
    for (const mover of this.movers.get(this.dataSource.getMetadata(merged).tableName) ?? []) await mover(manager, fromId, toId);
    const quote = (name: string): string => manager.connection.driver.escape(name);
    for (const rule of await this.rulesFor(merged)) {
      const table = quote(rule.table);
      const column = quote(rule.column);
      const matches = Object.entries(rule.match);
      const scope = matches.map(([name], index) => ` AND merged.${quote(name)} = $${index + 3}`).join('');
      const parameters = [fromId, toId, ...matches.map(([, value]) => value)];
      for (const unique of rule.uniqueWith) {
        const same = unique.map((name) => `kept.${quote(name)} = merged.${quote(name)}`).join(' AND ');
        await manager.query(
          `DELETE FROM ${table} merged WHERE merged.${column} = $1${scope}
             AND EXISTS (SELECT 1 FROM ${table} kept WHERE kept.${column} = $2 AND ${same})`,
          parameters,
        );
      }
      await manager.query(`UPDATE ${table} merged SET ${column} = $2 WHERE merged.${column} = $1${scope}`, parameters);
    }
  }

  /** A table's owner moves its references to merged records of `mergedTable` itself, before the plain rules run. */
  registerMover(mergedTable: string, mover: ReferenceMover): void {
    this.movers.set(mergedTable, [...(this.movers.get(mergedTable) ?? []), mover]);
  }

  /** The rules for records of `merged`, worked out on first use. */
  rulesFor(merged: Function): Promise<ReferenceRule[]> {
    const table = this.dataSource.getMetadata(merged).tableName;
    let rules = this.rules.get(table);
    if (!rules) {
      rules = this.derive(merged, table);
      // A failed look-up is not kept: the error is for the merge that asked.
      rules.catch(() => this.rules.delete(table));
      this.rules.set(table, rules);
    }
    return rules;
  }

  private async derive(merged: Function, referencedTable: string): Promise<ReferenceRule[]> {
    // Join tables of many-to-many relations have metadata too, with no class behind it.
    const entities = this.dataSource.entityMetadatas.flatMap((entity) => (typeof entity.target === 'function' ? [{ entity, target: entity.target }] : []));
    const ownRule = new Set(entities.filter(({ target }) => hasOwnMergeRule(target)).map(({ entity }) => entity.tableName));
    const keys: ForeignKeyRow[] = await this.dataSource.query(
      `SELECT (SELECT relname::text FROM pg_class WHERE oid = c.conrelid) AS "table",
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
              coalesce((SELECT json_agg(json_build_object(
                          'name', (SELECT relname FROM pg_class WHERE oid = i.indexrelid),
                          'partial', i.indpred IS NOT NULL,
                          'columns', (SELECT json_agg(a.attname ORDER BY k.n) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n)
                                        LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)))
                          FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indisunique AND c.conkey[1] = ANY(i.indkey::int2[])), '[]') AS "uniqueIndexes"
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid = $1::regclass
        ORDER BY 1, 2`,
      [referencedTable],
    );
    const rules = keys.filter((key) => !ownRule.has(key.table)).map((key) => plainRule(referencedTable, key));
    for (const { entity, target } of entities) {
      const reference = polymorphicReferenceOf(target);
      const kind = reference?.typeOf(merged);
      if (!reference || kind === undefined) continue;
      const column = (property: string): string => entity.findColumnWithPropertyName(property)?.databaseName ?? property;
      rules.push({ table: entity.tableName, column: column(reference.idColumn), match: { [column(reference.typeColumn)]: kind }, uniqueWith: [] });
    }
    return rules;
  }
}

/** A foreign key moved by a plain UPDATE, dropping first the rows a unique index says the kept record already has. */
function plainRule(referencedTable: string, key: ForeignKeyRow): ReferenceRule {
  const refuse = (why: string): never => {
    throw new Error(
      `A merge cannot move ${key.table}.${key.columns.join(', ')} → ${referencedTable}: ${why}. ` +
        'Give the table a rule of its own (OwnMergeRule on its entity, moved by its service in the merge).',
    );
  };
  const [column] = key.columns;
  if (key.columns.length !== 1 || column === undefined) refuse('the foreign key has several columns');
  const uniqueWith = key.uniqueIndexes.map((index) => {
    if (index.partial || index.columns.some((name) => name === null)) refuse(`the unique index ${index.name} is partial or on an expression`);
    const others = index.columns.filter((name): name is string => name !== null && name !== column);
    if (others.length === 0) refuse(`the unique index ${index.name} allows one row per record`);
    return others;
  });
  return { table: key.table, column, match: {}, uniqueWith };
}
