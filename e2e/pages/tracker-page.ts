import type { Locator, Page } from '@playwright/test';
import type { TrackerColumn } from '../../lib/tracker/columns';
import type { TrackerState } from '../../lib/tracker/states';

/** The shipment tracker (/shipments). `origin` names one instance when several serve; '' is the baseURL. */
export class TrackerPage {
  readonly table: Locator;
  /** Below the md breakpoint: one card per shipment instead of the table. */
  readonly cards: Locator;
  /** Below the md breakpoint: the button that opens the filter sheet, and the sheet. */
  readonly filtersButton: Locator;
  readonly filterSheet: Locator;
  /** Below the md breakpoint: the button that drops the saved views down. */
  readonly savedViewsButton: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.table = page.getByRole('table', { name: 'Shipments in this view' });
    this.cards = page.getByRole('list', { name: 'Shipments in this view' });
    this.filtersButton = page.getByRole('button', { name: /^Filters/ });
    this.filterSheet = page.getByRole('dialog', { name: 'Filters' });
    this.savedViewsButton = page.getByRole('button', { name: 'Saved views', exact: true });
  }

  /** `query` is the view's URL query, e.g. `?status=delivered_with_otp`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`${this.origin}/shipments${query}`);
  }

  /** The tracking ids on this page, in the table's order. */
  trackingIds(): Promise<string[]> {
    return this.table.getByTestId('cell-trackingId').allTextContents();
  }

  /** One field (`card-trackingId`, `card-status`, `card-otp`) of every card on this page. */
  cardFields(field: 'trackingId' | 'status' | 'otp'): Locator {
    return this.cards.getByTestId(`card-${field}`);
  }

  /** One column's cell in every row on this page. */
  cells(column: TrackerColumn): Locator {
    return this.table.getByTestId(`cell-${column}`);
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
