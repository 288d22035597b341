import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DemoBanner } from '@/components/shell/demo-banner';
import { isDemoInbox } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Shipper Central', template: '%s · Shipper Central' },
  description: 'OTP Secure Delivery for shippers, account managers, recipients and delivery associates.',
};

/**
 * Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts), and demo mode
 * is a setting of the running server, not of the build.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">
        {isDemoInbox() && <DemoBanner />}
        {children}
      </body>
    </html>
  );
}
