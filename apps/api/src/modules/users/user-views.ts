import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../accounts';
import type { OverLimitChoice } from './access.policy';
import type { UserEntity } from './user.entity';

export interface UserView {
  user: UserEntity;
  agentUsername: string | null;
  /** The owning agent's over-limit choice (null for an admin's user): with the user's own, what it gets over a line. */
  agentChoice: OverLimitChoice | null;
}

/** Users with what their agents add to them (name, over-limit choice), one query for all. */
export async function userViews(ds: DataSource, users: UserEntity[]): Promise<UserView[]> {
  const ids = [...new Set(users.map((u) => u.agentId).filter((id): id is number => id !== null))];
  const agents = new Map<number, AccountEntity>();
  if (ids.length) {
    const rows = await ds
      .getRepository(AccountEntity)
      .find({ where: { id: In(ids) }, select: { id: true, username: true, overLimitAction: true, throttleProfileId: true } });
    for (const a of rows) agents.set(a.id, a);
  }
  return users.map((user) => {
    const agent = user.agentId === null ? undefined : agents.get(user.agentId);
    return {
      user,
      agentUsername: agent?.username ?? null,
      agentChoice: agent ? { action: agent.overLimitAction, throttleProfileId: agent.throttleProfileId } : null,
    };
  });
}
