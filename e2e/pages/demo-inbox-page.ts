import { expect, type Locator, type Page } from '@playwright/test';

/** The demo inbox (/messages, demo mode only): what the portal would have sent, newest first. */
export class DemoInboxPage {
  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/messages`);
  }

  /** The messages of one kind ("Sign-in code", "Passcode (resent)", …). */
  messages(kind: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: kind });
  }

  /** The newest sign-in code sent to that e-mail address, reloading until one is there (codes are issued after the answer). */
  async signInCodeFor(email: string): Promise<string> {
    const message = this.messages('Sign-in code')
      .filter({ hasText: `to ${email}` })
      .first();
    await expect(async () => {
      await this.goto();
      await expect(message).toBeVisible({ timeout: 1_000 });
    }).toPass();
    const code = /\b(\d{6})\b/.exec(await message.getByTestId('message-body').innerText())?.[1];
    expect(code, `a sign-in code for ${email} in the demo inbox`).toBeDefined();
    return code!;
  }
}
