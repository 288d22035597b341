/** A well-formed request the account's settings cannot take (e.g. a marketplace the account does not ship to). */
export class SettingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SettingInputError';
  }
}
