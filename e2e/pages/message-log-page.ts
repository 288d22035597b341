import type { Locator, Page } from '@playwright/test';

/** The shipper's message log (/messages/log): what was sent to their recipients, never a passcode. */
export class MessageLogPage {
  constructor(private readonly page: Page) {}

  async gotoShipment(trackingId: string): Promise<void> {
    await this.page.goto(`/messages/log?trackingId=${encodeURIComponent(trackingId)}`);
  }

  /** Rows of one message kind ("Out For Delivery", "Passcode", …) on one channel ("SMS" or "E-mail"). */
  rows(template: string, channel: 'SMS' | 'E-mail'): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByText(template, { exact: true }) })
      .filter({ has: this.page.getByText(channel, { exact: true }) });
  }
}
