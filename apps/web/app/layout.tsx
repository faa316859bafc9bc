import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import './bandwidth.css';
import './vouchers.css';

export const metadata: Metadata = {
  title: { default: 'Traffic Manager', template: '%s · Traffic Manager' },
  description: 'Count every byte, hold agents to their limits.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
