import { test as setup } from '@playwright/test';
import { DEMO_USERS } from './demo-users';
import { SignInPage } from './pages/sign-in-page';
import { SAVED_SIGN_INS, signedInAs } from './saved-sign-ins';

for (const user of SAVED_SIGN_INS) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await new SignInPage(page).signIn(DEMO_USERS[user]);
    await page.context().storageState({ path: signedInAs(user) });
  });
}
