import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { TwoFactorEnrolmentGate } from '../security/TwoFactorEnrolmentGate';
import { AppAppBar } from './AppAppBar';
import { AppMenu } from './AppMenu';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <TwoFactorEnrolmentGate>
    <Layout appBar={AppAppBar} menu={AppMenu}>
      {children}
    </Layout>
  </TwoFactorEnrolmentGate>
);
