import { expect, type Locator, type Page } from '@playwright/test';

/** The shipper's webhook settings: /settings/webhooks and one endpoint's page with its delivery log. */
export class WebhooksPage {
  readonly deliveries: Locator;

  constructor(private readonly page: Page) {
    this.deliveries = page.getByTestId('webhook-delivery-row');
  }

  /** Registers an endpoint for these events and returns its signing secret, read from its page. */
  async addEndpoint(url: string, events: string[]): Promise<string> {
    await this.page.goto('/settings/webhooks');
    await this.page.getByLabel('Endpoint URL').fill(url);
    for (const event of events) await this.page.getByRole('checkbox', { name: event, exact: true }).check();
    await this.page.getByRole('button', { name: 'Add endpoint' }).click();
    await this.page.getByRole('button', { name: 'Reveal' }).click();
    const secret = this.page.getByTestId('webhook-secret');
    await expect(secret).toContainText('whsec_');
    return (await secret.innerText()).trim();
  }

  delivery(eventType: string): Locator {
    return this.deliveries.filter({ hasText: eventType });
  }

  async deleteEndpoint(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await this.page.getByRole('button', { name: 'Delete endpoint' }).click();
    await expect(this.page).toHaveURL(/\/settings\/webhooks$/);
  }
}
