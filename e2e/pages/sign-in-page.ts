import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo-users';

/** Staff and shipper sign-in (/sign-in). `origin` names one instance when several serve; '' is the baseURL. */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.email = page.getByLabel('E-mail address');
    this.password = page.getByLabel('Password');
    this.submitButton = page.getByRole('button', { name: 'Sign in' });
  }

  /** `callbackUrl` goes into the query as given, unencoded, as a hostile link would carry it. */
  async goto(callbackUrl?: string): Promise<void> {
    await this.page.goto(`${this.origin}/sign-in${callbackUrl === undefined ? '' : `?callbackUrl=${callbackUrl}`}`);
  }

  async submit(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /** Signs in and waits until the portal's header names the user. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.goto();
    await this.submit(email, password);
    await expect(this.page.getByTestId('signed-in-user')).toBeVisible();
  }
}
