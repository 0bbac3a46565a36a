/** A typed key into a StateBag; the type parameter travels with the key, not the bag. */
export class StateKey<T> {
  declare readonly _type?: T;
  constructor(readonly name: string) {}
}

/**
 * Shared state of a multistep run (packer-plugin-sdk `multistep.StateBag`). Keys are typed, so a
 * step reading `ui` gets a Ui, not `unknown`.
 */
export class StateBag {
  private readonly values = new Map<string, unknown>();

  get<T>(key: StateKey<T>): T | undefined {
    return this.values.get(key.name) as T | undefined;
  }

  /** Like get, but a missing value is a programming error of the step order. */
  require<T>(key: StateKey<T>): T {
    if (!this.values.has(key.name)) throw new Error(`state bag: '${key.name}' is not set`);
    return this.values.get(key.name) as T;
  }

  put<T>(key: StateKey<T>, value: T): void {
    this.values.set(key.name, value);
  }

  has(key: StateKey<unknown>): boolean {
    return this.values.has(key.name);
  }

  remove(key: StateKey<unknown>): void {
    this.values.delete(key.name);
  }
}
