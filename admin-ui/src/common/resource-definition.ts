import type { ComponentType, ReactNode } from 'react';
import type { ResourceProps } from 'react-admin';
import type { Schema } from '../api/schema';
import type { AccessRule } from '../auth/access-rule';
import type { AuditValueKinds } from './audit-values';
import type { LocaleCode } from '../i18n/locales';

/** The menu's sections, in the order they appear; each title is `app.menu.<group>`. */
export const MENU_GROUPS = ['members', 'campaign', 'administration'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export type MenuEntry = {
  group: MenuGroup;
  /** Position inside the group, smallest first. */
  order: number;
  /** Replaces the plain link to the list (for a badge…); the label is otherwise `resources.<name>.name`. */
  render?: () => ReactNode;
};

/** A nested catalog of labels, as a resource's messages.ts declares them. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/**
 * Everything the admin needs to know about a resource, exported by its
 * folder's index.ts and listed once in resources.ts.
 */
export type ResourceDefinition = {
  /** The API's resource name (plural kebab-case), also its route. */
  name: string;
  /** React-Admin's <Resource> props: pages, icon, recordRepresentation. */
  pages: Omit<ResourceProps, 'name'>;
  /** Absent for resources reached only from other pages. */
  menu?: MenuEntry;
  access: AccessRule;
  /** The name the API's audit trail gives this resource's records (`entityType`), if they are audited. */
  auditEntityType?: Schema<'AuditEntryResponseDto'>['entityType'];
  /** The record's name in the reader's language, rendered in the record's context, where `recordRepresentation` has one language only (countries). */
  localizedName?: ComponentType;
  /** How the audit trail shows its fields' values: enumerations translated, references by the record's name. */
  auditValues?: AuditValueKinds;
  /** Its labels under `resources.<name>`, per language, each loaded when the reader uses it. */
  messages: Readonly<Record<LocaleCode, () => Promise<MessageTree>>>;
};
