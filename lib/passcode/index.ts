export { generatePasscode, isPasscodeShaped, PASSCODE_LENGTH } from './code';
export { hashSecretCode, secretCodeMatches } from './keyed-hash';
export { encryptSecret, decryptSecret } from './cipher';
export { passcodeKeys, type PasscodeKeys } from './keys';
export { deliveryDayAt, endOfDeliveryDay } from './delivery-day';
export { passcodeAssociatedData } from './associated-data';
