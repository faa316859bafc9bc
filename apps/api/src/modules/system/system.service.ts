import type { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { isAdmin } from '../../platform/auth/actor';
import { forbidden } from '../../platform/errors/domain-error';
import type { JobInfo } from '../../platform/jobs/job-runner';
import { VERSION } from './version';

export interface SystemFacts {
  database: 'sqlite' | 'mysql';
  jobsBackend: () => string;
  pubsub: string;
  listJobs: () => Promise<JobInfo[]>;
}

export interface SystemInfo {
  version: string;
  database: string;
  jobsBackend: string;
  pubsub: string;
  uptimeSeconds: number;
  jobs: JobInfo[];
}

/** What the System page and /healthz show about this instance. */
export class SystemService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly ds: DataSource,
    private readonly facts: SystemFacts,
  ) {}

  async info(actor: Actor): Promise<SystemInfo> {
    if (!isAdmin(actor)) throw forbidden();
    return {
      version: VERSION,
      database: this.facts.database,
      jobsBackend: this.facts.jobsBackend(),
      pubsub: this.facts.pubsub,
      uptimeSeconds: this.uptimeSeconds(),
      jobs: await this.facts.listJobs(),
    };
  }

  /** True when the database answers a trivial query. */
  async databaseAnswers(): Promise<boolean> {
    try {
      await this.ds.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  uptimeSeconds(): number {
    return Math.floor((Date.now() - this.startedAt) / 1000);
  }

  get database(): string {
    return this.facts.database;
  }
}
