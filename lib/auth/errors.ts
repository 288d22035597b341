/** Thrown by the data-access layer when the actor may not see or change something. */
export class AccessDeniedError extends Error {
  constructor(message = 'You do not have access to this.') {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** Thrown when an object does not exist or is not visible to the actor (the two look the same). */
export class NotFoundError extends Error {
  constructor(message = 'Not found.') {
    super(message);
    this.name = 'NotFoundError';
  }
}
