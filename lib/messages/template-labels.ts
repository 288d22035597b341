import { DELIVERED_TEMPLATE } from './delivered';
import { LOCKED_OUT_TEMPLATE } from './locked-out';
import { OUT_FOR_DELIVERY_TEMPLATE } from './out-for-delivery';
import { PASSCODE_RESEND_TEMPLATE, PASSCODE_TEMPLATE } from './passcode';
import { SHIPPED_TEMPLATE } from './shipped';
import { SIGN_IN_CODE_TEMPLATE } from './sign-in-code';

/** What each message template is called on a page. */
export const TEMPLATE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  [SHIPPED_TEMPLATE]: 'Shipped',
  [OUT_FOR_DELIVERY_TEMPLATE]: 'Out For Delivery',
  [PASSCODE_TEMPLATE]: 'Passcode',
  [PASSCODE_RESEND_TEMPLATE]: 'Passcode (resent)',
  [DELIVERED_TEMPLATE]: 'Delivered',
  [LOCKED_OUT_TEMPLATE]: 'Passcode entered wrongly 3 times',
  [SIGN_IN_CODE_TEMPLATE]: 'Sign-in code',
});

/** The label of a template; an unknown one is shown by its stored name. */
export function templateLabel(template: string): string {
  return Object.hasOwn(TEMPLATE_LABELS, template) ? TEMPLATE_LABELS[template]! : template;
}
