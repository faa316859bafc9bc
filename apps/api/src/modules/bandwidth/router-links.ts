import { RouterError, RouterOsClient } from './routeros';

/** What it takes to reach one router (the password decrypted, only in memory). */
export interface RouterAccess {
  id: number;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
}

/**
 * One RouterOS connection per router, shared by the poll, the reconciler and the live view (the API
 * multiplexes commands by tag). A dead connection (error, timeout, router closed it, idle timeout) is
 * dropped and the next call connects again; changed credentials connect again too.
 */
export class RouterLinks {
  private readonly links = new Map<number, { key: string; client: Promise<RouterOsClient> }>();
  private readonly locks = new Map<number, Promise<unknown>>();

  constructor(private readonly timeoutMs: number) {}

  async use<T>(access: RouterAccess, work: (client: RouterOsClient) => Promise<T>): Promise<T> {
    const client = await this.client(access);
    try {
      return await work(client);
    } catch (err) {
      if (!client.alive) this.forget(access.id, client);
      throw err;
    }
  }

  /** Runs `work` alone for this router in this process (reconciles must not race each other's adds). */
  exclusive<T>(routerId: number, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(routerId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.locks.set(routerId, tail);
    void tail.then(() => {
      if (this.locks.get(routerId) === tail) this.locks.delete(routerId);
    });
    return next;
  }

  async drop(routerId: number): Promise<void> {
    const link = this.links.get(routerId);
    this.links.delete(routerId);
    if (link) await link.client.then((c) => c.close(), () => undefined);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.links.keys()].map((id) => this.drop(id)));
  }

  private async client(access: RouterAccess): Promise<RouterOsClient> {
    const key = `${access.host}|${access.port}|${access.tls}|${access.username}|${access.password}`;
    const link = this.links.get(access.id);
    if (link && link.key === key) {
      const client = await link.client.catch(() => null);
      if (client?.alive) return client;
    }
    if (link) await this.drop(access.id);
    const client = RouterOsClient.connect({ ...access, timeoutMs: this.timeoutMs });
    this.links.set(access.id, { key, client });
    try {
      return await client;
    } catch (err) {
      if (this.links.get(access.id)?.client === client) this.links.delete(access.id);
      throw err;
    }
  }

  private forget(routerId: number, client: RouterOsClient): void {
    const link = this.links.get(routerId);
    if (!link) return;
    void link.client.then((c) => {
      if (c === client && this.links.get(routerId) === link) this.links.delete(routerId);
    }, () => undefined);
    void client.close();
  }
}

/** A router error's message for people; anything else (a bug of ours) is summarised, not echoed. */
export function describeRouterError(err: unknown): string {
  if (err instanceof RouterError) return err.message;
  return 'Unexpected error while talking to the router (see the API log)';
}
