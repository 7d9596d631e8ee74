// Typed per-request extensions: the escape hatch through which plugins hand values (the
// authenticated principal, a tracing span, a database transaction) to later plugins and to
// handlers. A key carries the value's type, so `get` is typed without casts at the call site.

/** Identifies one extension and the type of its value. Create one per kind of value, once. */
export class ExtensionKey<T> {
  /** Ties the key to T both ways, so an ExtensionKey<A> is never usable as an ExtensionKey<B>. */
  declare private readonly valueType: (value: T) => T;

  /** `name` appears in error messages only; two keys with the same name are still distinct. */
  constructor(readonly name: string) {}
}

/** Thrown by `Extensions.require` when a handler needs a value no plugin has set. */
export class MissingExtensionError extends Error {
  override readonly name = "MissingExtensionError";
}

/** The extension values of one request. */
export class Extensions {
  // Most requests never touch extensions: the map is created on first write.
  #values: Map<ExtensionKey<unknown>, unknown> | undefined;

  set<T>(key: ExtensionKey<T>, value: T): void {
    (this.#values ??= new Map()).set(key as ExtensionKey<unknown>, value);
  }

  get<T>(key: ExtensionKey<T>): T | undefined {
    return this.#values?.get(key as ExtensionKey<unknown>) as T | undefined;
  }

  has(key: ExtensionKey<unknown>): boolean {
    return this.#values?.has(key) ?? false;
  }

  /** The value, or a MissingExtensionError naming the key (the request then answers 500). */
  require<T>(key: ExtensionKey<T>): T {
    if (!this.has(key as ExtensionKey<unknown>)) {
      throw new MissingExtensionError(`extension "${key.name}" was not set for this request: register the plugin that provides it`);
    }
    return this.#values!.get(key as ExtensionKey<unknown>) as T;
  }

  delete(key: ExtensionKey<unknown>): boolean {
    return this.#values?.delete(key) ?? false;
  }
}
