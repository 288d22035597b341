/**
 * Throughput of the shared eligibility rules: `npm run bench:rules` (or `npx tsx scripts/bench-rules.ts [count]`).
 * Inputs are generated up front from a fixed seed, so only evaluateOtpEligibility is timed.
 * Prints figures only; there is no pass/fail on wall-clock time.
 */
import { evaluateOtpEligibility, type EligibilityInput } from '../lib/otp/eligibility';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const TIMED_PASSES = 3;

let seed = 0x5eed1234;
function random(): number {
  // mulberry32: deterministic, so every run measures the same mix.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number): boolean => random() < p;
const digits = (n: number): string => {
  let out = '';
  for (let i = 0; i < n; i++) out += String(Math.floor(random() * 10));
  return out;
};

const COUNTRIES = [
  { country: 'GB', currency: 'GBP', threshold: 10000, cc: '44', national: () => '7' + digits(pick([8, 9])), trunk: true },
  { country: 'FR', currency: 'EUR', threshold: 10000, cc: '33', national: () => pick(['6', '7']) + digits(8), trunk: true },
  { country: 'IT', currency: 'EUR', threshold: 10000, cc: '39', national: () => '3' + digits(pick([9, 10])), trunk: false },
  { country: 'ES', currency: 'EUR', threshold: 10000, cc: '34', national: () => pick(['6', '7']) + digits(8), trunk: false },
  { country: 'IN', currency: 'INR', threshold: 50000, cc: '91', national: () => pick(['7', '8', '9']) + digits(9), trunk: false },
] as const;
type Country = (typeof COUNTRIES)[number];

function validPhone(c: Country): string {
  const n = c.national();
  const spaced = chance(0.3) ? `${n.slice(0, 4)} ${n.slice(4, 7)}-${n.slice(7)}` : n;
  const forms = [`+${c.cc}${spaced}`, `00${c.cc}${spaced}`, `(+${c.cc}) ${spaced}`, `(00${c.cc})${spaced}`, spaced];
  if (c.trunk) forms.push(`0${spaced}`);
  return pick(forms);
}

function invalidPhone(c: Country): string {
  return pick([
    `0${pick(['1', '2'])}${digits(9)}`, // landline
    `+${pick(['1', '49', '353'])}${c.national()}`, // wrong country
    `${c.cc}${c.national()}`, // country code without + or 00
    `+${c.cc}0${c.national()}`, // trunk 0 after the country code
    `+${c.cc}${c.national()}${digits(3)}`, // too long
    c.national().slice(0, 6), // too short
    `+${c.cc}-CALL-NOW`, // letters
    `${c.national().slice(0, 5)}\u00a0${c.national().slice(5)}`, // NBSP
  ]);
}

function makeAccounts(): EligibilityInput['account'][] {
  const accounts: EligibilityInput['account'][] = [];
  for (let i = 0; i < 1000; i++) {
    const account: EligibilityInput['account'] = {
      otpEnabled: !chance(0.05),
      emailNotifications: !chance(0.03),
      smsNotifications: !chance(0.03),
    };
    if (chance(0.2)) {
      account.thresholds = chance(0.9)
        ? { UK: { value: 75.5, unit: 'GBP' }, IN: { value: 400, unit: 'INR' } }
        : { FR: { value: 50, unit: 'GBP' } }; // wrong currency: ignored with a warning
    }
    accounts.push(account);
  }
  return accounts;
}

function makeInput(accounts: readonly EligibilityInput['account'][]): EligibilityInput {
  const unsupported = chance(0.04);
  const c = pick(COUNTRIES);
  const minor = Math.floor(random() * c.threshold * 3);
  const phoneRoll = random();
  const items = chance(0.5)
    ? [{ quantity: 1, itemValue: { value: minor / 100, unit: c.currency } }]
    : chance(0.5)
      ? [
          { quantity: 2, itemValue: { value: Math.floor(minor / 4) / 100, unit: c.currency } },
          { quantity: 1, itemValue: { value: 12.5, unit: c.currency } },
        ]
      : undefined;
  return {
    account: pick(accounts),
    shipment: {
      channelType: chance(0.05) ? 'AMAZON' : 'EXTERNAL',
      prepaid: !chance(0.05),
      shipTo: {
        countryCode: unsupported ? pick(['US', 'DE', 'gb', '']) : c.country,
        phoneNumber: phoneRoll < 0.85 ? validPhone(c) : phoneRoll < 0.96 ? invalidPhone(c) : pick([null, '', '  ']),
      },
      insuredValue: chance(0.02)
        ? null
        : chance(0.01)
          ? { value: pick([Number.NaN, 1.005, -5, Infinity]), unit: c.currency }
          : { value: minor / 100, unit: chance(0.03) ? 'USD' : c.currency },
      items,
    },
  };
}

function run(inputs: readonly EligibilityInput[]): { ns: number; eligible: number; reasons: number } {
  let eligible = 0;
  let reasons = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    const result = evaluateOtpEligibility(inputs[i] as EligibilityInput);
    if (result.eligible) eligible++;
    reasons += result.reasons.length;
  }
  return { ns: Number(process.hrtime.bigint() - start), eligible, reasons };
}

const genStart = process.hrtime.bigint();
const accounts = makeAccounts();
const inputs: EligibilityInput[] = new Array(COUNT);
for (let i = 0; i < COUNT; i++) inputs[i] = makeInput(accounts);
const genMs = Number(process.hrtime.bigint() - genStart) / 1e6;
console.log(`generated ${COUNT.toLocaleString('en-GB')} inputs in ${genMs.toFixed(0)} ms (node ${process.version})`);

const warmup = run(inputs.slice(0, Math.min(COUNT, 200_000)));
console.log(`warm-up: ${Math.min(COUNT, 200_000).toLocaleString('en-GB')} evaluations (${warmup.eligible} eligible)`);

const rates: number[] = [];
for (let pass = 1; pass <= TIMED_PASSES; pass++) {
  const { ns, eligible, reasons } = run(inputs);
  const perSecond = (COUNT / ns) * 1e9;
  rates.push(perSecond);
  console.log(
    `pass ${pass}: ${Math.round(perSecond).toLocaleString('en-GB')} packages/s, ${(ns / COUNT).toFixed(1)} ns/package, ` +
      `${(ns / 1e6).toFixed(0)} ms total; eligible ${eligible.toLocaleString('en-GB')} / ${COUNT.toLocaleString('en-GB')}, ${reasons.toLocaleString('en-GB')} reasons`,
  );
}
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0;
console.log(`median: ${Math.round(median).toLocaleString('en-GB')} packages/s, ${(1e9 / median).toFixed(1)} ns/package (one thread)`);
