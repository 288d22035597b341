import type { Locator, Page } from '@playwright/test';

/** Uploading shipments (/shipments/upload): choosing a file checks it at once and shows the report. */
export class UploadPage {
  readonly fileInput: Locator;

  constructor(
    private readonly page: Page,
    private readonly origin = '',
  ) {
    this.fileInput = page.getByLabel(/^Drop a shipments file here, or choose one/);
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.origin}/shipments/upload`);
  }

  /** Opens the page and chooses the file. */
  async upload(name: string, content: string | Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.goto();
    await this.fileInput.setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
  }
}
