/** Binds a stored passcode copy to its recipient and day: Recipient Central decrypts with the same. */
export function passcodeAssociatedData(phoneE164: string, deliveryDate: string): string {
  return `${phoneE164}|${deliveryDate}`;
}
