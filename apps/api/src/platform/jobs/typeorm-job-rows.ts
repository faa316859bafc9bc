import type { JobParameters } from 'agenda';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { AgendaJobEntity } from './agenda-job.entity';
import { type Row, toParams } from './typeorm-job-mapping';
import { isUniqueViolation } from './typeorm-job-query';
import type { UniqueStore } from './typeorm-unique-save';
import { queuedWrite } from '../db/transaction';

/** Row-level writes on agenda_jobs for the repository: conditional updates, inserts, the single-job upsert. */
export class JobRows implements UniqueStore {
  constructor(private readonly repo: Repository<AgendaJobEntity>) {}

  /** A conditional UPDATE; true when it matched a row. */
  async update(row: Row, condition: string, params: ObjectLiteral): Promise<boolean> {
    const res = await queuedWrite(this.repo.manager.connection, () =>
      this.repo.createQueryBuilder().update().set(row).where(condition, params).execute(),
    );
    return (res.affected ?? 0) > 0;
  }

  /** Updates job `id` if `condition` holds, and reads it back. */
  async updateById(id: number, row: Row, condition = '1 = 1', params: ObjectLiteral = {}): Promise<JobParameters | null> {
    if (!(await this.update(row, `id = :id AND ${condition}`, { ...params, id }))) return null;
    const saved = await this.repo.findOneBy({ id });
    return saved ? toParams(saved) : null;
  }

  async insert(row: Row): Promise<JobParameters> {
    const res = await queuedWrite(this.repo.manager.connection, () => this.repo.insert(row));
    const id = Number(res.identifiers[0].id);
    return toParams(await this.repo.findOneByOrFail({ id }));
  }

  findByName(name: string): Promise<AgendaJobEntity[]> {
    return this.repo.find({ where: { name }, order: { id: 'ASC' } });
  }

  /**
   * Upsert of a 'single' job (`every`: one per name, held by the unique single_key). A nextRunAt
   * already due only counts on insert, so calling `every` at each boot doesn't re-run the job.
   */
  async saveSingle(row: Row, nextRunAt: Date | null): Promise<JobParameters> {
    const onUpdate = { ...row };
    if (nextRunAt && new Date(nextRunAt) <= new Date()) delete onUpdate.nextRunAt;
    for (let attempt = 1; ; attempt++) {
      const existing = await this.repo.findOne({ select: { id: true }, where: { singleKey: row.name } });
      if (existing) {
        const saved = await this.updateById(existing.id, onUpdate);
        if (saved) return saved;
      } else {
        try {
          return await this.insert(row);
        } catch (err) {
          if (!isUniqueViolation(err)) throw err; // else another process inserted it first: update theirs
        }
      }
      if (attempt >= 3) throw new Error(`could not save single job ${row.name}`);
    }
  }
}
