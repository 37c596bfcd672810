// Errors of the store, each with a Chinese message for the user. A refusal of the core is not an
// error: the service returns it as data.

/** A stale write: someone else changed the application since it was loaded. Nothing was written. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(message = '该申请已被他人修改，请刷新后重试') {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** The database cannot be opened or reached: what is wrong and what to do. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
