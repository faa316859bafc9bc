import type { AgendaBackend } from 'agenda';
import type { DataSource } from 'typeorm';
import { TypeormJobRepository } from './typeorm-job-repository';

/**
 * Agenda's backend over the app's own TypeORM DataSource (SQLite or MariaDB). Storage only: no
 * notification channel, so processors poll every `processEvery`. The DataSource belongs to the
 * app, which opens and closes it; Agenda must not.
 */
export class TypeormBackend implements AgendaBackend {
  readonly name = 'TypeORM';
  readonly repository: TypeormJobRepository;
  readonly notificationChannel = undefined;
  readonly ownsConnection = false;

  constructor(dataSource: DataSource) {
    this.repository = new TypeormJobRepository(dataSource);
  }

  async connect(): Promise<void> {
    await this.repository.connect();
  }

  async disconnect(): Promise<void> {}
}
