import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { calendarDay } from '@/lib/i18n/calendar-day';
import { FORMATS } from '@/lib/i18n/formats';
import { withSecret } from '@/lib/messages/render';
import { OUTBOX_SECRET_AD, SECRET_PLACEHOLDER } from '@/lib/messages/types';
import { decryptSecret, deliveryDayAt, passcodeKeys } from '@/lib/passcode';
import { createPackage, createStation, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { actorOf, createUser } from '@/tests/support/fixtures';
import { pickUp, takeOutForDelivery } from './delivery';
import { enterPasscode } from './delivery-passcode';
import { requestRecipientSignInCode } from './recipient-sign-in';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const ITALIAN_MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

let phoneSequence = 0;
/** An Italian mobile number (+39 3…, 10 digits) no other test here uses. */
function italianPhone(): string {
  phoneSequence += 1;
  return `+39312${String(phoneSequence).padStart(7, '0')}`;
}

async function messagesOf(shipmentId: string, template: string) {
  const rows = await db.select().from(notifications).where(eq(notifications.shipmentId, shipmentId));
  const of = rows.filter((r) => r.template === template);
  return { sms: of.filter((r) => r.channel === 'sms'), email: of.filter((r) => r.channel === 'email') };
}

async function messagesTo(address: string) {
  return db.select().from(notifications).where(eq(notifications.toAddress, address));
}

/** An OTP package of an Italian shipper, picked up by the Italian station's DA. */
async function italianPackage() {
  const station = await createStation('IT');
  const pkg = await createPackage(station.account.id, { marketplace: 'IT', phoneE164: italianPhone() });
  const da = actorOf(station.da);
  await pickUp(db, da, pkg.id);
  return { ...station, pkg, da, shipper: station.account.name };
}

describe('an Italian package’s messages', () => {
  it('Shipped, in Italian, says a passcode will follow on the delivery day', async () => {
    const { pkg, shipper } = await italianPackage();
    const { sms, email } = await messagesOf(pkg.id, 'shipped');
    expect(sms).toHaveLength(1);
    expect(email).toHaveLength(1);
    expect(sms[0]!.toAddress).toBe(pkg.recipientPhoneE164);
    expect(sms[0]!.body).toBe(
      `${shipper}: il suo pacco ${pkg.trackingId} è stato spedito. Serve un codice: glielo invieremo il giorno della consegna.`,
    );
    expect(email[0]!.toAddress).toBe(pkg.recipientEmail);
    expect(email[0]!.subject).toBe(`Il suo pacco di ${shipper} è stato spedito`);
    expect(email[0]!.body.startsWith(`Gentile ${pkg.recipientName},\n\n`)).toBe(true);
    expect(email[0]!.body).toContain(`(spedizione ${pkg.trackingId}) è stato ritirato ed è in viaggio.`);
    expect(email[0]!.body).not.toMatch(/your package|has shipped/i);
  });

  it('Out For Delivery and the passcode, in Italian; the passcode subject names the delivery day in Italian and never holds the code', async () => {
    const { pkg, da, shipper } = await italianPackage();
    await takeOutForDelivery(db, da, pkg.id);
    const today = deliveryDayAt('IT', new Date());
    const code = await passcodeOf(pkg, today);

    const out = await messagesOf(pkg.id, 'out_for_delivery');
    expect(out.sms.map((m) => m.body)).toEqual([`${shipper}: il suo pacco ${pkg.trackingId} è in consegna oggi. Tenga pronto il codice.`]);
    expect(out.email).toHaveLength(1);
    expect(out.email[0]!.subject).toBe(`Il suo pacco di ${shipper} è in consegna oggi`);
    expect(out.email[0]!.body).toContain('Tenga pronto il codice di consegna: il corriere glielo chiederà.');

    const passcode = await messagesOf(pkg.id, 'passcode');
    expect(passcode.sms).toHaveLength(1);
    expect(passcode.email).toHaveLength(1);
    const [sms, email] = [passcode.sms[0]!, passcode.email[0]!];
    expect(sms.toAddress).toBe(pkg.recipientPhoneE164);
    expect(sms.body).toBe(
      `Codice di consegna del suo pacco ${shipper} ${pkg.trackingId}: ${SECRET_PLACEHOLDER}. Lo comunichi solo al corriere alla sua porta. Non glielo chiederemo mai.`,
    );

    const day = new Intl.DateTimeFormat('it-IT', { ...FORMATS.dateTime.day, timeZone: 'Europe/Rome' }).format(calendarDay(today));
    const month = new Intl.DateTimeFormat('it-IT', { month: 'long', timeZone: 'Europe/Rome' }).format(calendarDay(today));
    expect(ITALIAN_MONTHS).toContain(month);
    expect(email.subject).toBe(`Il suo codice di consegna per ${day}`);
    expect(email.subject).toContain(month);
    expect(email.subject).toContain(today.slice(0, 4));
    expect(email.body).toContain(`Il suo codice di consegna: ${SECRET_PLACEHOLDER}`);
    expect(email.body).toContain(`È valido fino al termine della giornata di ${day}`);
    expect(email.body).toContain('Non condivida mai questo codice con nessuno, tranne che con il corriere alla sua porta.');

    for (const m of [...passcode.sms, ...passcode.email]) {
      expect(m.subject ?? '').not.toContain(code);
      expect(m.subject ?? '').not.toContain(SECRET_PLACEHOLDER);
      expect(m.body).not.toContain(code);
      expect(m.body.split(SECRET_PLACEHOLDER)).toHaveLength(2);
      // The outbox holds the code sealed, and puts it in only when it sends.
      const sealed = decryptSecret(m.secretCiphertext!, passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
      expect(sealed).toBe(code);
      expect(withSecret(m.body, sealed)).toContain(code);
    }
  });

  it('after 3 wrong passcodes, tells the recipient in Italian why the package did not come', async () => {
    const { pkg, da, shipper } = await italianPackage();
    await takeOutForDelivery(db, da, pkg.id);
    const wrong = wrongCodeFor(await passcodeOf(pkg, deliveryDayAt('IT', new Date())));
    expect((await messagesOf(pkg.id, 'passcode_locked')).sms).toHaveLength(0);

    expect(await enterPasscode(db, da, pkg.id, wrong)).toEqual({ outcome: 'wrong', attemptsLeft: 2 });
    expect(await enterPasscode(db, da, pkg.id, wrong)).toEqual({ outcome: 'wrong', attemptsLeft: 1 });
    expect((await messagesOf(pkg.id, 'passcode_locked')).sms).toHaveLength(0);
    expect(await enterPasscode(db, da, pkg.id, wrong)).toEqual({ outcome: 'locked', returnedPackages: 1 });

    const { sms, email } = await messagesOf(pkg.id, 'passcode_locked');
    expect(sms.map((m) => [m.toAddress, m.body])).toEqual([
      [
        pkg.recipientPhoneE164,
        `${shipper}: il codice del pacco ${pkg.trackingId} è stato inserito in modo errato 3 volte, quindi non è stato consegnato. Ritenteremo un altro giorno.`,
      ],
    ]);
    expect(email).toHaveLength(1);
    expect(email[0]!.toAddress).toBe(pkg.recipientEmail);
    expect(email[0]!.subject).toBe(`Non è stato possibile consegnare il suo pacco di ${shipper}`);
    expect(email[0]!.body.startsWith(`Gentile ${pkg.recipientName},\n\n`)).toBe(true);
    expect(email[0]!.body).toContain(`Se oggi nessuno le ha chiesto un codice, contatti ${shipper}.`);
    for (const m of [...sms, ...email]) {
      expect(m.body).not.toContain(SECRET_PLACEHOLDER);
      expect(m.secretCiphertext).toBeNull();
    }
  });
});

describe('a French recipient’s sign-in code', () => {
  /** NEXTAUTH_URL as the test wants it, put back afterwards. */
  function withPublicUrl(url: string | undefined) {
    const before = process.env.NEXTAUTH_URL;
    if (url === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = url;
    onTestFinished(() => {
      if (before === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = before;
    });
  }

  async function signInCodeSentTo(phone: string) {
    const sms = (await messagesTo(phone)).filter((m) => m.template === 'recipient_sign_in_code');
    expect(sms).toHaveLength(1);
    const code = decryptSecret(sms[0]!.secretCiphertext!, passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
    return { sms: sms[0]!, code };
  }

  it('comes by SMS in French, its last line bound to localhost when NEXTAUTH_URL is unset', async () => {
    withPublicUrl(undefined);
    const user = await createUser('recipient', { phoneE164: '+33639981201' });
    expect(await requestRecipientSignInCode(db, '+33 6 39 98 12 01')).toEqual({ accepted: true });

    const { sms, code } = await signInCodeSentTo('+33639981201');
    expect(sms.body).toBe(
      `${SECRET_PLACEHOLDER} est votre code de connexion à Recipient Central, valable 10 minutes. Ne le communiquez à personne.\n\n@localhost #${SECRET_PLACEHOLDER}`,
    );
    const lines = withSecret(sms.body, code).split('\n');
    expect(lines.at(-1)).toBe(`@localhost #${code}`);

    const [email] = (await messagesTo(user.email)).filter((m) => m.template === 'recipient_sign_in_code');
    expect(email!.subject).toBe('Votre code de connexion à Recipient Central');
    expect(email!.body.startsWith('Bonjour,\n\n')).toBe(true);
    expect(email!.body).not.toContain('@localhost');
  });

  it('names the public host of NEXTAUTH_URL in its last line when it is set', async () => {
    withPublicUrl('https://recipients.carrier.example/portal');
    await createUser('recipient', { phoneE164: '+33639981202' });
    await requestRecipientSignInCode(db, '+33639981202');
    const { sms, code } = await signInCodeSentTo('+33639981202');
    expect(sms.body.startsWith(`${SECRET_PLACEHOLDER} est votre code de connexion`)).toBe(true);
    expect(sms.body.split('\n').at(-1)).toBe(`@recipients.carrier.example #${SECRET_PLACEHOLDER}`);
    expect(withSecret(sms.body, code).split('\n').at(-1)).toBe(`@recipients.carrier.example #${code}`);
  });

  it('comes in French to a recipient without a mobile number whose latest package is French', async () => {
    const user = await createUser('recipient');
    const station = await createStation('FR');
    await createPackage(station.account.id, { marketplace: 'FR', email: user.email.toUpperCase(), phoneE164: null });
    await requestRecipientSignInCode(db, user.email);
    const sent = (await messagesTo(user.email)).filter((m) => m.template === 'recipient_sign_in_code');
    expect(sent.map((m) => [m.channel, m.subject])).toEqual([['email', 'Votre code de connexion à Recipient Central']]);
    expect(sent[0]!.body).toContain(`Votre code pour vous connecter à Recipient Central est ${SECRET_PLACEHOLDER}.`);
  });

  it('stays in English for a UK number', async () => {
    await createUser('recipient', { phoneE164: '+447700900777' });
    await requestRecipientSignInCode(db, '+447700900777');
    const { sms } = await signInCodeSentTo('+447700900777');
    expect(sms.body.startsWith(`${SECRET_PLACEHOLDER} is your Recipient Central sign-in code`)).toBe(true);
  });
});
