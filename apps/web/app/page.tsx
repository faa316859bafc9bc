import { redirect } from 'next/navigation';
import { homeFor } from '@/lib/areas';
import { getAppSession } from '@/lib/session';

/** `/` sends each role to its home. */
export default async function Home() {
  const session = await getAppSession();
  redirect(session ? homeFor(session.user.role) : '/login');
}
