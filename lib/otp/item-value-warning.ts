import { formatMinorAsDecimal } from './money';
import { parseMinorUnits } from './money-parse';

export interface EligibilityWarning {
  code: string;
  message: string;
}

export interface ItemInput {
  quantity: number;
  itemValue?: { value: number; unit: string } | null;
}

/**
 * The source recommends insuredValue = sum of item values but says "there's no mandatory
 * cross-validation", so a difference is only ever a warning. The sum is compared only when every
 * item carries a valid value and a whole positive quantity; a partial list proves nothing.
 */
export function itemValueWarning(
  insuredMinor: number,
  insuredUnit: string,
  items: readonly ItemInput[] | null | undefined,
): EligibilityWarning | null {
  if (items == null || items.length === 0) return null;
  let sum = 0;
  for (const item of items) {
    const itemValue = item.itemValue;
    if (itemValue == null) return null;
    if (itemValue.unit !== insuredUnit) {
      return {
        code: 'ITEM_CURRENCY_MISMATCH',
        message:
          'The item values are not in the same currency as the declared value (insuredValue), so they could not be compared; OTP uses the declared value.',
      };
    }
    const minor = parseMinorUnits(itemValue.value);
    if (minor < 0 || !Number.isSafeInteger(item.quantity) || item.quantity < 1) return null;
    sum += minor * item.quantity;
    if (!Number.isSafeInteger(sum)) return null;
  }
  if (sum === insuredMinor) return null;
  return {
    code: 'ITEM_VALUE_MISMATCH',
    message:
      `The declared value (insuredValue) ${formatMinorAsDecimal(insuredMinor)} ${insuredUnit} differs from the sum of the item values ` +
      `(${formatMinorAsDecimal(sum)} ${insuredUnit}); OTP uses the declared value, so check it is right.`,
  };
}
