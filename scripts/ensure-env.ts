import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SECRET_NAMES } from '../lib/env';

// Development convenience: the first start generates the secrets into the git-ignored .env.local.
// Production supplies them from its environment and refuses to start without them (instrumentation.ts).
const file = '.env.local';
const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
const missing = SECRET_NAMES.filter((name) => !process.env[name] && !new RegExp(`^${name}=`, 'm').test(existing));
if (missing.length > 0) {
  const lines = missing.map((name) => `${name}=${randomBytes(32).toString('base64')}`);
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`generated ${missing.join(', ')} into ${file}`);
}
