/** Traps a test asks for: the next call(s) of a command answer `!trap` instead of running. */
export interface PlannedFailure {
  message: string;
  category?: number;
}

export class FailurePlan {
  private readonly planned = new Map<string, (PlannedFailure & { times: number })[]>();

  add(command: string, message: string, opts: { category?: number; times?: number } = {}): void {
    const list = this.planned.get(command) ?? [];
    list.push({ message, category: opts.category, times: opts.times ?? 1 });
    this.planned.set(command, list);
  }

  take(command: string): PlannedFailure | undefined {
    const list = this.planned.get(command);
    const next = list?.[0];
    if (!list || !next) return undefined;
    if (--next.times <= 0) list.shift();
    if (list.length === 0) this.planned.delete(command);
    return { message: next.message, category: next.category };
  }

  clear(): void {
    this.planned.clear();
  }
}
