/** `/queue/simple`: the table, parsing of add/set fields as RouterOS does it, and rows as the API prints them. */
import { TrapCategory, TrapError } from './trap';
import { formatBool, formatPair, IdSequence, normalizeTarget, Pair, parseBool, parseRatePair } from './ros-values';

export interface SimQueue {
  id: string;
  name: string;
  target: string;
  /** bits per second; first = the target's upload, second = its download (0 = unlimited) */
  maxLimit: Pair<number>;
  limitAt: Pair<number>;
  bytes: Pair<bigint>;
  packets: Pair<bigint>;
  /** bits per second being shaped right now */
  rate: Pair<number>;
  disabled: boolean;
  comment?: string;
  dynamic: boolean;
  invalid: boolean;
}

interface QueueRecord extends SimQueue {
  parent: string;
  priority: string;
  queueType: string;
  burstLimit: Pair<number>;
  burstThreshold: Pair<number>;
  burstTime: string;
  bucketSize: string;
  packetMarks: string;
}

type FieldSetter = (q: QueueRecord, value: string) => void;

function ratePair(field: string, assign: (q: QueueRecord, v: Pair<number>) => void): FieldSetter {
  return (q, value) => {
    const pair = parseRatePair(value);
    if (!pair) throw new TrapError(`invalid value for argument ${field}`, TrapCategory.argumentValueFailure);
    assign(q, pair);
  };
}

const SETTERS: Record<string, FieldSetter> = {
  name: (q, v) => (q.name = v),
  target: (q, v) => (q.target = normalizeTarget(v)),
  'max-limit': ratePair('max-limit', (q, v) => (q.maxLimit = v)),
  'limit-at': ratePair('limit-at', (q, v) => (q.limitAt = v)),
  'burst-limit': ratePair('burst-limit', (q, v) => (q.burstLimit = v)),
  'burst-threshold': ratePair('burst-threshold', (q, v) => (q.burstThreshold = v)),
  'burst-time': (q, v) => (q.burstTime = v),
  'bucket-size': (q, v) => (q.bucketSize = v),
  parent: (q, v) => (q.parent = v),
  priority: (q, v) => (q.priority = v),
  queue: (q, v) => (q.queueType = v),
  'packet-marks': (q, v) => (q.packetMarks = v),
  comment: (q, v) => (q.comment = v === '' ? undefined : v),
  disabled: (q, v) => {
    const b = parseBool(v);
    if (b === undefined) throw new TrapError('invalid value for argument disabled', TrapCategory.argumentValueFailure);
    q.disabled = b;
  },
};

export class QueueTable {
  private readonly records: QueueRecord[] = [];
  private readonly ids = new IdSequence();

  add(fields: ReadonlyMap<string, string>): string {
    const q: QueueRecord = {
      id: '', name: '', target: '', maxLimit: [0, 0], limitAt: [0, 0], bytes: [0n, 0n], packets: [0n, 0n],
      rate: [0, 0], disabled: false, dynamic: false, invalid: false, parent: 'none', priority: '8/8',
      queueType: 'default-small/default-small', burstLimit: [0, 0], burstThreshold: [0, 0], burstTime: '0s/0s',
      bucketSize: '0.1/0.1', packetMarks: '',
    };
    this.apply(q, fields);
    if (!q.name) q.name = this.unusedName();
    this.assertNameFree(q.name, q);
    q.id = this.ids.take();
    this.records.push(q);
    return q.id;
  }

  set(ref: string, fields: ReadonlyMap<string, string>): void {
    for (const q of this.resolve(ref)) {
      const draft = { ...q };
      this.apply(draft, fields);
      this.assertNameFree(draft.name, q);
      Object.assign(q, draft);
    }
  }

  remove(ref: string): void {
    for (const q of this.resolve(ref)) this.records.splice(this.records.indexOf(q), 1);
  }

  resetCounters(ref?: string): void {
    for (const q of ref === undefined ? this.records : this.resolve(ref)) {
      q.bytes = [0n, 0n];
      q.packets = [0n, 0n];
      q.rate = [0, 0];
    }
  }

  /** Enabled queues whose target covers this IPv4 address (as a /32 entry in the target list). */
  shaping(address: string): QueueRecord[] {
    return this.records.filter((q) => !q.disabled && q.target.split(',').includes(`${address}/32`));
  }

  byName(name: string): QueueRecord | undefined {
    return this.records.find((q) => q.name === name);
  }

  all(): QueueRecord[] {
    return this.records;
  }

  snapshot(): SimQueue[] {
    return this.records.map((q) => ({
      id: q.id, name: q.name, target: q.target, maxLimit: [...q.maxLimit], limitAt: [...q.limitAt],
      bytes: [...q.bytes], packets: [...q.packets], rate: [...q.rate], disabled: q.disabled,
      comment: q.comment, dynamic: q.dynamic, invalid: q.invalid,
    }));
  }

  /** Rows in the order and form `/queue/simple/print` answers them over the API. */
  rows(): Record<string, string>[] {
    return this.records.map((q) => {
      const row: Record<string, string> = {
        '.id': q.id, name: q.name, target: q.target, parent: q.parent, 'packet-marks': q.packetMarks,
        priority: q.priority, queue: q.queueType, 'limit-at': formatPair(q.limitAt), 'max-limit': formatPair(q.maxLimit),
        'burst-limit': formatPair(q.burstLimit), 'burst-threshold': formatPair(q.burstThreshold),
        'burst-time': q.burstTime, 'bucket-size': q.bucketSize, bytes: formatPair(q.bytes),
        'total-bytes': '0', packets: formatPair(q.packets), 'total-packets': '0', dropped: '0/0',
        rate: formatPair(q.rate), 'total-rate': '0', 'packet-rate': formatPair(packetRate(q.rate)),
        'queued-packets': '0/0', 'queued-bytes': '0/0', invalid: formatBool(q.invalid),
        dynamic: formatBool(q.dynamic), disabled: formatBool(q.disabled),
      };
      if (q.comment !== undefined) row.comment = q.comment;
      return row;
    });
  }

  private apply(q: QueueRecord, fields: ReadonlyMap<string, string>): void {
    for (const [key, value] of fields) {
      const setter = SETTERS[key];
      if (!setter) throw new TrapError(`unknown parameter ${key}`, TrapCategory.missingItemOrCommand);
      setter(q, value);
    }
  }

  /** An `.id` (or several, comma-separated); like RouterOS, a queue's name also works where an id is expected. */
  private resolve(ref: string): QueueRecord[] {
    return ref.split(',').map((one) => {
      const q = this.records.find((r) => r.id === one) ?? this.byName(one);
      if (!q) throw new TrapError('no such item', TrapCategory.missingItemOrCommand);
      return q;
    });
  }

  private assertNameFree(name: string, self: QueueRecord): void {
    if (this.records.some((r) => r !== self && r.name === name)) {
      throw new TrapError('failure: already have such name');
    }
  }

  private unusedName(): string {
    for (let n = 1; ; n++) if (!this.byName(`queue${n}`)) return `queue${n}`;
  }
}

/** Roughly one packet per 1000 bytes, enough for a plausible `packet-rate`. */
function packetRate(rate: Pair<number>): Pair<number> {
  return [Math.ceil(rate[0] / 8000), Math.ceil(rate[1] / 8000)];
}
