import type { Locator, Page } from '@playwright/test';

/** Recipient Central (/recipient): the signed-in recipient's packages and the day's passcodes. */
export class RecipientCentralPage {
  /** The links under the package list: Newest, Newer, Older. */
  readonly pager: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.pager = page.getByRole('navigation', { name: 'Pages of your packages' });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/recipient`);
  }

  package(trackingId: string): Locator {
    return this.page.getByTestId('recipient-package').filter({ hasText: trackingId });
  }

  /** The tracking ids of the packages listed, top to bottom. */
  async trackingIds(): Promise<string[]> {
    return (await this.page.getByTestId('recipient-package').getByTestId('tracking-id').allInnerTexts()).map((id) => id.trim());
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
