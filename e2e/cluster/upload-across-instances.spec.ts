import { expect, type APIResponse, test } from '@playwright/test';
import { csvFile } from '../../lib/upload/sample-files';
import type { CheckLine, StoreLine } from '../../lib/upload/upload-responses';
import { DEMO_USERS } from '../demo-users';
import { SignInPage } from '../pages/sign-in-page';
import { TrackerPage } from '../pages/tracker-page';
import { INSTANCE_A, INSTANCE_B } from './instances';

const PACKAGES = 25;

/** The last line of an NDJSON answer is its result (lib/upload/upload-responses.ts). */
async function resultOf<Line>(response: APIResponse): Promise<Line> {
  const lines = (await response.text()).trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Line;
}

// The check keeps the parsed packages in its own process for a while, so a store on the same instance
// need not parse again; B never saw the check, so it must read the staged file back from PostgreSQL.
test('an upload checked on one instance is stored by the other, every package of it', async ({ page }) => {
  await new SignInPage(page, INSTANCE_A).signIn(DEMO_USERS.shipperUk);
  const run = Date.now().toString(36).toUpperCase();
  const refs = Array.from({ length: PACKAGES }, (_, i) => `CLUSTER-${run}-${i}`);

  const checked = await page.request.post(`${INSTANCE_A}/api/uploads`, {
    headers: { origin: INSTANCE_A, 'content-type': 'text/csv', 'x-file-name': 'cluster.csv' },
    data: csvFile(refs.map((ref) => ({ package_client_reference_id: ref }))),
  });
  expect(checked.status()).toBe(200);
  const check = await resultOf<CheckLine>(checked);
  if (!check.ok) throw new Error(`the check was refused: ${check.message}`);
  expect(check.report.summary).toMatchObject({ packages: PACKAGES, valid: PACKAGES, toStore: PACKAGES });

  const stored = await page.request.post(`${INSTANCE_B}/api/uploads/${check.report.uploadId}/store`, { headers: { origin: INSTANCE_B } });
  expect(stored.status()).toBe(200);
  expect(await resultOf<StoreLine>(stored)).toMatchObject({ type: 'result', ok: true, stored: PACKAGES, duplicates: 0 });

  const again = await page.request.post(`${INSTANCE_A}/api/uploads/${check.report.uploadId}/store`, { headers: { origin: INSTANCE_A } });
  expect(again.status()).toBe(409);

  const tracker = new TrackerPage(page, INSTANCE_A);
  await tracker.goto(`?q=CLUSTER-${run}`);
  await expect(page.getByTestId('tracker-total')).toContainText(`of ${PACKAGES} shipments`);
});
