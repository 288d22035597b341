import type { Locator, Page } from '@playwright/test';
import type { TrackerState } from '../../lib/tracker/states';

/** The shipment tracker (/shipments). `origin` names one instance when several serve; '' is the baseURL. */
export class TrackerPage {
  readonly table: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.table = page.getByRole('table', { name: 'Shipments in this view' });
  }

  /** `query` is the view's URL query, e.g. `?status=delivered_with_otp`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`${this.origin}/shipments${query}`);
  }

  /** The tracking ids on this page, in the table's order. */
  trackingIds(): Promise<string[]> {
    return this.table.getByTestId('cell-trackingId').allTextContents();
  }

  /** The status cell of every row on this page. */
  statuses(): Locator {
    return this.table.getByTestId('cell-status');
  }

  row(trackingId: string): Locator {
    return this.table.getByRole('row').filter({ hasText: trackingId });
  }

  /** The view searched for one tracking id, and that shipment's row. */
  async find(trackingId: string): Promise<Locator> {
    await this.goto(`?q=${encodeURIComponent(trackingId)}`);
    return this.row(trackingId);
  }

  statusChip(state: TrackerState): Locator {
    return this.page.getByTestId(`chip-${state}`);
  }

  async openShipment(trackingId: string): Promise<void> {
    await this.table.getByRole('link', { name: trackingId }).click();
  }
}
