import { expect, type Locator, type Page } from '@playwright/test';

/** Recipient Central's sign-in (/recipient/sign-in): a code by SMS and e-mail, no password. */
export class RecipientSignInPage {
  readonly identifier: Locator;
  readonly code: Locator;
  readonly sendCodeButton: Locator;
  readonly signInButton: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.identifier = page.getByLabel('E-mail address or mobile number');
    this.code = page.getByLabel('Sign-in code');
    this.sendCodeButton = page.getByRole('button', { name: 'Send me a sign-in code' });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/recipient/sign-in`);
  }

  async requestCode(identifier: string): Promise<void> {
    await this.goto();
    await this.identifier.fill(identifier);
    await this.sendCodeButton.click();
  }

  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.signInButton.click();
  }

  /** Asks for a code, reads it where demo mode shows it (`readCode`), enters it and waits for the package list. */
  async signIn(identifier: string, readCode: () => Promise<string>): Promise<void> {
    await this.requestCode(identifier);
    await expect(this.page.getByRole('status').filter({ hasText: 'We sent a code' })).toBeVisible();
    await this.enterCode(await readCode());
    await expect(this.page.getByRole('heading', { level: 1, name: 'My packages' })).toBeVisible();
  }
}
