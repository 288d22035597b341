import type { Locator, Page } from '@playwright/test';

/** Recipient Central (/recipient): the signed-in recipient's packages and the day's passcodes. */
export class RecipientCentralPage {
  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/recipient`);
  }

  package(trackingId: string): Locator {
    return this.page.getByTestId('recipient-package').filter({ hasText: trackingId });
  }

  /** The passcode card that covers this package (one per shipper and day). */
  passcodeCard(trackingId: string): Locator {
    return this.page.getByTestId('passcode-card').filter({ hasText: trackingId });
  }

  /** The passcode for this package, digits only. */
  async passcodeFor(trackingId: string): Promise<string> {
    return (await this.passcodeCard(trackingId).getByTestId('passcode').innerText()).replace(/\D/g, '');
  }
}
