import type { Metadata } from 'next';
import { Forbidden } from '@/components/ui/Forbidden';

export const metadata: Metadata = { title: 'No access' };

export default function ForbiddenPage() {
  return (
    <div className="auth-page">
      <Forbidden />
    </div>
  );
}
