import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { TrafficAdmin } from '@/components/traffic/TrafficAdmin';
import { SETTINGS } from '@/lib/graphql/documents/system';
import { DATABASE_INFO } from '@/lib/graphql/documents/traffic';
import { USER } from '@/lib/graphql/documents/users';
import { serverGqlResult } from '@/lib/graphql/server';
import { DAY_CHOICES } from '@/lib/series';
import { requireRole } from '@/lib/session';
import type { SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Traffic' };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TrafficPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole(Role.ADMIN);
  const params = await searchParams;
  const userId = one(params.user);
  const validUser = userId && /^[\w-]{1,64}$/.test(userId) ? userId : null;
  const daysParam = Number(one(params.days));
  const days = (DAY_CHOICES as readonly number[]).includes(daysParam) ? daysParam : 30;

  const [info, settings, user] = await Promise.all([
    serverGqlResult(DATABASE_INFO),
    serverGqlResult(SETTINGS),
    validUser ? serverGqlResult(USER, { id: validUser }) : Promise.resolve(null),
  ]);

  const userError =
    user && !user.ok
      ? { code: user.code, message: user.message }
      : user && !user.data.user
        ? { code: 'NOT_FOUND', message: 'That user no longer exists. Pick another one.' }
        : null;

  return (
    <TrafficAdmin
      info={info.ok ? { ok: true, data: info.data.databaseInfo } : info}
      settings={settings.ok ? { ok: true, data: settings.data.settings } : settings}
      user={user?.ok ? user.data.user : null}
      userError={userError}
      days={days}
    />
  );
}
