import type { Identifier } from 'react-admin';
import type { RecoveryCodes, SecurityPolicy, TwoFactorSetup, TwoFactorStatus } from '../security/security-records';
import type { Schema } from '../api/schema';
import type { httpClient } from './http-client';

type CalendarToken = Schema<'CalendarTokenDto'>;

const idPath = (id: Identifier): string => encodeURIComponent(String(id));

/** The signed-in user's two-factor authentication, an admin's reset of someone else's, and the security policy. */
export const securityMethods = (apiUrl: string, http: typeof httpClient) => ({
  async getTwoFactorStatus(): Promise<{ data: TwoFactorStatus }> {
    const { json } = await http(`${apiUrl}/me/two-factor`);
    return { data: json as TwoFactorStatus };
  },

  async startTwoFactorSetup(): Promise<{ data: TwoFactorSetup }> {
    const { json } = await http(`${apiUrl}/me/two-factor/setup`, { method: 'POST', body: '{}' });
    return { data: json as TwoFactorSetup };
  },

  async enableTwoFactor(code: string): Promise<{ data: RecoveryCodes }> {
    const { json } = await http(`${apiUrl}/me/two-factor/enable`, { method: 'POST', body: JSON.stringify({ code }) });
    return { data: json as RecoveryCodes };
  },

  async disableTwoFactor(password: string): Promise<{ data: TwoFactorStatus }> {
    const { json } = await http(`${apiUrl}/me/two-factor/disable`, { method: 'POST', body: JSON.stringify({ password }) });
    return { data: json as TwoFactorStatus };
  },

  async resetTwoFactor(userId: Identifier): Promise<{ data: TwoFactorStatus }> {
    const { json } = await http(`${apiUrl}/users/${idPath(userId)}/two-factor`, { method: 'DELETE' });
    return { data: json as TwoFactorStatus };
  },

  async getSecurityPolicy(): Promise<{ data: SecurityPolicy }> {
    const { json } = await http(`${apiUrl}/security-policy`);
    return { data: json as SecurityPolicy };
  },

  /** The personal address of the iCalendar feed is built from this token. */
  async getCalendarToken(): Promise<{ data: CalendarToken }> {
    const { json } = await http(`${apiUrl}/auth/me`);
    return { data: { calendarToken: (json as CalendarToken).calendarToken } };
  },

  async regenerateCalendarToken(): Promise<{ data: CalendarToken }> {
    const { json } = await http(`${apiUrl}/auth/calendar-token`, { method: 'POST', body: '{}' });
    return { data: json as CalendarToken };
  },

  async updateSecurityPolicy(policy: SecurityPolicy): Promise<{ data: SecurityPolicy }> {
    const { json } = await http(`${apiUrl}/security-policy`, { method: 'PUT', body: JSON.stringify(policy) });
    return { data: json as SecurityPolicy };
  },
});

export type SecurityMethods = ReturnType<typeof securityMethods>;
