import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import type { MailingProviderKind } from '../mailing.contract.js';
import type { MailingProvider } from './mailing-provider.js';
import { PROVIDER_BUILDERS, type ProviderBuilder } from './provider-registry.js';

/** One provider instance per kind, built on first use from the configuration. */
@Injectable()
export class MailingProviderFactory {
  private readonly built = new Map<string, MailingProvider | null>();
  private builders: Partial<Record<string, ProviderBuilder>> = PROVIDER_BUILDERS;

  constructor(private readonly config: AppConfig) {}

  /** The provider of a list's kind, or null when the list has none or its provider is not configured. */
  forKind(kind: MailingProviderKind): MailingProvider | null {
    if (kind === 'none') return null;
    if (!this.built.has(kind)) {
      const builder = Object.hasOwn(this.builders, kind) ? this.builders[kind] : undefined;
      this.built.set(kind, builder ? builder(this.config) : null);
    }
    return this.built.get(kind) ?? null;
  }

  isConfigured(kind: MailingProviderKind): boolean {
    return this.forKind(kind) !== null;
  }

  /** Which kinds are configured in this process, for the admin UI's "not configured" notice. */
  configuredKinds(): MailingProviderKind[] {
    return (['mailman', 'listmonk'] as const).filter((kind) => this.isConfigured(kind));
  }
}
