/**
 * What the named-item menus (`/ip/hotspot/user`, `/ppp/secret`, their profiles) share with `/queue/simple`:
 * references by `.id` or name (comma lists), one setter per field, and the traps RouterOS answers.
 */
import { IdSequence, parseBool, parseCount, parseDuration } from './ros-values';
import { TrapCategory, TrapError } from './trap';

export type Fields = ReadonlyMap<string, string>;
export type FieldSetter<T> = (item: T, value: string) => void;

export const invalidValue = (field: string) =>
  new TrapError(`invalid value for argument ${field}`, TrapCategory.argumentValueFailure);

/** What RouterOS answers when a value must name an existing item or one of a fixed set. */
export const noMatch = (field: string) =>
  new TrapError(`input does not match any value of ${field}`, TrapCategory.argumentValueFailure);

export const noSuchItem = () => new TrapError('no such item', TrapCategory.missingItemOrCommand);

export const boolField = <T>(field: string, assign: (item: T, v: boolean) => void): FieldSetter<T> => (item, v) => {
  const b = parseBool(v);
  if (b === undefined) throw invalidValue(field);
  assign(item, b);
};

/** A non-negative integer (bytes); 0 means "no limit" where the field is a limit. */
export const countField = <T>(field: string, assign: (item: T, v: bigint) => void): FieldSetter<T> => (item, v) => {
  const n = parseCount(v);
  if (n === undefined) throw invalidValue(field);
  assign(item, n);
};

/** A time in seconds; `none` (where allowed) is stored as undefined. */
export const durationField = <T>(field: string, assign: (item: T, v: number | undefined) => void, none = false): FieldSetter<T> =>
  (item, v) => {
    if (none && v.trim() === 'none') return assign(item, undefined);
    const seconds = parseDuration(v);
    if (seconds === undefined) throw invalidValue(field);
    assign(item, seconds);
  };

export const ipv4Field = <T>(field: string, assign: (item: T, v: string | undefined) => void): FieldSetter<T> => (item, v) => {
  const t = v.trim();
  if (t !== '' && !/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(t)) throw invalidValue(field);
  assign(item, t === '' || t === '0.0.0.0' ? undefined : t);
};

/** Free text; an empty value unsets the field. */
export const textField = <T>(assign: (item: T, v: string | undefined) => void): FieldSetter<T> => (item, v) =>
  assign(item, v === '' ? undefined : v);

export interface NamedItem {
  id: string;
  name: string;
}

/** A menu of items with unique names: add/set/remove the way RouterOS parses and refuses them. */
export class ItemTable<T extends NamedItem> {
  protected readonly records: T[] = [];

  constructor(
    private readonly setters: Record<string, FieldSetter<T>>,
    /** the trap message for a second item with the same name */
    private readonly duplicate: string,
    protected readonly ids = new IdSequence(),
  ) {}

  /** Adds `blank` with `fields` applied; `name` is required. Returns the new `.id`. */
  protected insert(blank: T, fields: Fields): string {
    this.apply(blank, fields);
    if (!blank.name) throw new TrapError('missing value(s) of argument(s) name', TrapCategory.argumentValueFailure);
    this.assertNameFree(blank.name, blank);
    blank.id = this.ids.take();
    this.records.push(blank);
    return blank.id;
  }

  set(ref: string, fields: Fields): void {
    for (const item of this.resolve(ref)) {
      const draft = { ...item };
      this.apply(draft, fields);
      if (!draft.name) throw invalidValue('name');
      this.assertNameFree(draft.name, item);
      Object.assign(item, draft);
    }
  }

  remove(ref: string): void {
    const doomed = this.resolve(ref);
    doomed.forEach((item) => this.assertRemovable(item));
    for (const item of doomed) this.records.splice(this.records.indexOf(item), 1);
  }

  byName(name: string): T | undefined {
    return this.records.find((r) => r.name === name);
  }

  byId(id: string): T | undefined {
    return this.records.find((r) => r.id === id);
  }

  all(): readonly T[] {
    return this.records;
  }

  /** An `.id` or several, comma-separated; as in RouterOS, an item's name also works where an id is expected. */
  resolve(ref: string): T[] {
    return ref.split(',').map((one) => {
      const item = this.byId(one) ?? this.byName(one);
      if (!item) throw noSuchItem();
      return item;
    });
  }

  /** Overridden where some items (a `default` profile) can't be removed. */
  protected assertRemovable(_item: T): void {}

  private apply(item: T, fields: Fields): void {
    for (const [key, value] of fields) {
      const setter = this.setters[key];
      if (!setter) throw new TrapError(`unknown parameter ${key}`, TrapCategory.missingItemOrCommand);
      setter(item, value);
    }
  }

  private assertNameFree(name: string, self: T): void {
    if (this.records.some((r) => r !== self && r.name === name)) throw new TrapError(this.duplicate);
  }
}
