import { expect, type Locator, type Page } from '@playwright/test';

/** A carrier tracking id: "SC" and 12 digits (lib/tracker/tracking-id.ts). */
const TRACKING_ID = /^SC\d{12}$/;

export interface PackageChoice {
  recipient: string;
  shipper: string;
  /** true: only a package that needs a passcode; false: only one that does not; unset: either. */
  needsPasscode?: boolean;
}

/** The delivery associate's pages: today's list (/delivery) and one package (/delivery/<id>). */
export class DeliveryPage {
  readonly passcodeEntry: Locator;
  readonly attemptsLeft: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.passcodeEntry = page.getByLabel('Passcode from the recipient');
    this.attemptsLeft = page.getByTestId('attempts-left');
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/delivery`);
  }

  /** A group of today's list by its title ("Out for delivery", "To pick up", …), which carries a count. */
  group(title: string): Locator {
    return this.page.locator('section', { has: this.page.getByRole('heading', { name: new RegExp(`^${title} \\(`) }) });
  }

  /** Opens a package of that group for that recipient and shipper, and returns its tracking id. */
  async openPackage(groupTitle: string, { recipient, shipper, needsPasscode }: PackageChoice): Promise<string> {
    let links = this.group(groupTitle).getByRole('link').filter({ hasText: recipient }).filter({ hasText: shipper });
    if (needsPasscode === true) links = links.filter({ hasText: 'Passcode needed' });
    if (needsPasscode === false) links = links.filter({ hasNotText: 'Passcode needed' });
    await links.first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: recipient })).toBeVisible();
    return this.trackingId();
  }

  /** The tracking id shown on a package's page. */
  async trackingId(): Promise<string> {
    return (await this.page.getByText(TRACKING_ID).innerText()).trim();
  }

  async enterPasscode(code: string): Promise<void> {
    await this.passcodeEntry.fill(code);
    await this.page.getByRole('button', { name: 'Confirm passcode' }).click();
  }
}
