import { z } from 'zod';

/** Every setting the server reads. Code reads them through `serverEnv()`, never `process.env` directly. */
export type EnvSource = Record<string, string | undefined>;

const MIN_SECRET_BYTES = 32;

const secret = (name: string) =>
  z.string({ error: `${name} is not set` }).refine((v) => Buffer.from(v, 'base64').length >= MIN_SECRET_BYTES, {
    error: `${name} must be at least ${MIN_SECRET_BYTES} random bytes, base64-encoded`,
  });

const flag = (name: string) =>
  z
    .enum(['0', '1'], { error: `${name} must be 1 (on) or 0 (off)` })
    .optional()
    .transform((v) => v === '1');

const urlWithScheme = (name: string, schemes: readonly string[]) =>
  z
    .string()
    .refine(
      (v) => {
        try {
          return schemes.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { error: `${name} must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}` },
    )
    .optional();

const secretsSchema = z.object({
  NEXTAUTH_SECRET: secret('NEXTAUTH_SECRET'),
  OTP_PEPPER: secret('OTP_PEPPER'),
  OTP_ENC_KEY: secret('OTP_ENC_KEY'),
});
export type ServerSecrets = z.infer<typeof secretsSchema>;
export const SECRET_NAMES = Object.keys(secretsSchema.shape) as (keyof ServerSecrets)[];

const MAX_API_RATE = 100_000;
const API_RATE_PER_SECOND_PROBLEM = `API_RATE_PER_SECOND must be a number above 0 and at most ${MAX_API_RATE}`;
const API_RATE_BURST_PROBLEM = `API_RATE_BURST must be a whole number from 1 to ${MAX_API_RATE}`;

const settingsFields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: urlWithScheme('DATABASE_URL', ['postgres:', 'postgresql:']),
  PGLITE_DIR: z.string().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'DATABASE_POOL_MAX must be a whole number from 1 to 200' })
    .int({ error: 'DATABASE_POOL_MAX must be a whole number from 1 to 200' })
    .min(1, { error: 'DATABASE_POOL_MAX must be a whole number from 1 to 200' })
    .max(200, { error: 'DATABASE_POOL_MAX must be a whole number from 1 to 200' })
    .default(10),
  NEXTAUTH_URL: urlWithScheme('NEXTAUTH_URL', ['http:', 'https:']),
  SMTP_URL: urlWithScheme('SMTP_URL', ['smtp:', 'smtps:']),
  SMTP_FROM: z.string().min(3).default('Shipper Central <no-reply@shipper-central.example>'),
  /** Demo mode: messages are kept and shown on /messages instead of sent. Loopback only (see server.js). */
  DEMO_INBOX: flag('DEMO_INBOX'),
  /** A reverse proxy in front sets X-Forwarded-For/-Host/-Proto; without it those headers are ignored. */
  TRUST_PROXY: flag('TRUST_PROXY'),
  /** A Twilio-compatible Messages API base URL, e.g. https://api.twilio.com; the three below come with it. */
  SMS_GATEWAY_URL: urlWithScheme('SMS_GATEWAY_URL', ['http:', 'https:']),
  SMS_GATEWAY_ACCOUNT_SID: z.string().optional(),
  SMS_GATEWAY_AUTH_TOKEN: z.string().optional(),
  /** The sender number (E.164) or alphanumeric sender name SMS go out from. */
  SMS_FROM: z.string().optional(),
  /** The per-key API rate limit; unset, the carrier's documented plan (lib/api/rate-limit-config.ts). Raised for benchmarks. */
  API_RATE_PER_SECOND: z.coerce
    .number({ error: API_RATE_PER_SECOND_PROBLEM })
    .gt(0, { error: API_RATE_PER_SECOND_PROBLEM })
    .max(MAX_API_RATE, { error: API_RATE_PER_SECOND_PROBLEM })
    .optional(),
  API_RATE_BURST: z.coerce
    .number({ error: API_RATE_BURST_PROBLEM })
    .int({ error: API_RATE_BURST_PROBLEM })
    .min(1, { error: API_RATE_BURST_PROBLEM })
    .max(MAX_API_RATE, { error: API_RATE_BURST_PROBLEM })
    .optional(),
  /** `off`: this process sends nothing; a separate `npm run worker` drains the outbox. */
  OUTBOX_WORKER: z.enum(['in-process', 'off'], { error: 'OUTBOX_WORKER must be in-process or off' }).default('in-process'),
});

const SMS_GATEWAY_COMPANIONS = ['SMS_GATEWAY_ACCOUNT_SID', 'SMS_GATEWAY_AUTH_TOKEN', 'SMS_FROM'] as const;

const settingsSchema = settingsFields.superRefine(
  (settings, ctx) => {
    if (!settings.SMS_GATEWAY_URL) return;
    for (const name of SMS_GATEWAY_COMPANIONS) {
      if (!settings[name]) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is not set: SMS_GATEWAY_URL needs it` });
    }
  },
  // Run even when another setting is malformed, so every problem is named at once.
  { when: ({ value }) => typeof value === 'object' && value !== null },
);
export type ServerSettings = z.infer<typeof settingsSchema>;

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => i.message);
}

/** An empty variable counts as unset (a blank line in an env file must not become a setting). */
function withoutEmpty(source: EnvSource): EnvSource {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
}

/**
 * A reader of some variables that parses them once while their values are unchanged: pages read the settings
 * and the session secret on every request. A failed parse is not kept (it throws again on the next read).
 */
function whileUnchanged<T extends object>(names: readonly string[], parse: (source: EnvSource) => T): (source?: EnvSource) => Readonly<T> {
  let last: { values: string; parsed: Readonly<T> } | null = null;
  return (source = process.env) => {
    const values = names.map((name) => source[name] ?? '').join('\0');
    if (last?.values !== values) last = { values, parsed: Object.freeze(parse(source)) };
    return last.parsed;
  };
}

/** The server's settings; throws with every malformed one named. Missing secrets are not checked here. */
export const serverEnv = whileUnchanged(Object.keys(settingsFields.shape), (source) => {
  const parsed = settingsSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) throw new Error(`Invalid settings: ${problemsOf(parsed.error).join('; ')}`);
  return parsed.data;
});

/** The server's secrets; throws (fails closed) when one is missing or too short. */
export const readServerSecrets = whileUnchanged(SECRET_NAMES, (source) => {
  const parsed = secretsSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) throw new Error(`Refusing to start: ${problemsOf(parsed.error).join('; ')}`);
  return parsed.data;
});

/**
 * Everything wrong with a production start, all at once: missing or short secrets, malformed settings,
 * and no way to deliver e-mail outside demo mode (a real server must never keep messages to show them).
 */
export function productionStartProblems(source: EnvSource = process.env): string[] {
  const problems: string[] = [];
  const secrets = secretsSchema.safeParse(withoutEmpty(source));
  if (!secrets.success) problems.push(...problemsOf(secrets.error));
  const settings = settingsSchema.safeParse(withoutEmpty(source));
  if (!settings.success) return [...problems, ...problemsOf(settings.error)];
  if (!settings.data.DEMO_INBOX && !settings.data.SMTP_URL) {
    problems.push('SMTP_URL is not set: a production server needs an e-mail transport (or DEMO_INBOX=1 for a local demo)');
  }
  if (!settings.data.DEMO_INBOX && !settings.data.NEXTAUTH_URL) {
    problems.push("NEXTAUTH_URL is not set: sign-in and sign-out redirect to it (the portal's public https:// address)");
  }
  return problems;
}

/**
 * What a production start may go on without but should say out loud: with no SMS gateway outside demo
 * mode, every SMS is recorded as failed instead of sent.
 */
export function productionStartWarnings(source: EnvSource = process.env): string[] {
  const settings = settingsSchema.safeParse(withoutEmpty(source));
  if (!settings.success || settings.data.NODE_ENV !== 'production' || settings.data.DEMO_INBOX) return [];
  if (settings.data.SMS_GATEWAY_URL) return [];
  return ['SMS_GATEWAY_URL is not set: SMS messages will end failed with "no SMS gateway configured"'];
}

/** Demo mode is on: message bodies are shown on /messages and nothing leaves the machine. */
export function isDemoInbox(source: EnvSource = process.env): boolean {
  return serverEnv(source).DEMO_INBOX;
}

/** The portal's public host name (NEXTAUTH_URL's), which origin-bound SMS codes name; `localhost` when unset. */
export function publicHost(source: EnvSource = process.env): string {
  const url = serverEnv(source).NEXTAUTH_URL;
  return url ? new URL(url).hostname : 'localhost';
}
