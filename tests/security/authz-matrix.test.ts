import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { ROLES, type Role } from '@/lib/auth/roles';
import { SAME_ORIGIN_HEADERS, setRequestHeaders } from '@/tests/support/request-headers';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, updateTag: () => {} }));
vi.mock('next/server', async (original) => ({ ...(await original<object>()), after: () => {} }));

/**
 * Who may call every server action and route handler of the portal. A new action or route without a
 * row here fails this test, so nothing ships unreviewed (checklist E1). "public" is open to signed-out
 * visitors by design and is listed with why; "api-key" routes take an API key and never a session.
 */
type Allowed = readonly Role[] | 'public' | 'api-key';
const SHIPPER = ['shipper'] as const;
const MANAGER = ['account_manager'] as const;
const DA = ['delivery_associate'] as const;

const ACTIONS: Record<string, Record<string, Allowed>> = {
  'app/(portal)/delivery/actions.ts': {
    pickUpAction: DA,
    outForDeliveryAction: DA,
    deliverAction: DA,
    returnToStationAction: DA,
    enterPasscodeAction: DA,
    resendPasscodeAction: DA,
    pickUpAllAction: DA,
    takeAllOutAction: DA,
  },
  'app/(portal)/manager/actions.ts': {
    setAccountOtp: MANAGER,
    setAccountThreshold: MANAGER,
    clearAccountThreshold: MANAGER,
    previewAccountThresholds: MANAGER,
  },
  'app/(portal)/settings/actions.ts': {
    saveNotificationSwitches: SHIPPER,
    setOwnThreshold: SHIPPER,
    clearOwnThreshold: SHIPPER,
    previewOwnThresholds: SHIPPER,
  },
  'app/(portal)/settings/api-keys/actions.ts': { createApiKeyAction: SHIPPER, revokeApiKeyAction: SHIPPER },
  'app/(portal)/settings/webhooks/actions.ts': {
    createWebhookEndpointAction: SHIPPER,
    updateWebhookEndpointAction: SHIPPER,
    setWebhookEndpointEnabledAction: SHIPPER,
    rotateWebhookSecretAction: SHIPPER,
    deleteWebhookEndpointAction: SHIPPER,
    sendTestEventAction: SHIPPER,
    retryWebhookDeliveryAction: SHIPPER,
    // A delivery's body for the log's "View body": the account's manager reads the log too.
    webhookDeliveryBodyAction: ['shipper', 'account_manager'],
  },
  'app/(portal)/shipments/actions.ts': { saveViewAction: ['shipper', 'account_manager'], deleteViewAction: ['shipper', 'account_manager'] },
  'app/(portal)/messages/log/actions.ts': { retryMessage: ['shipper', 'account_manager'] },
  // Step 1 of the recipient sign-in: the visitor has no session yet.
  'app/(portal)/recipient/sign-in/actions.ts': { requestSignInCodeAction: 'public' },
  // The language switch of Recipient Central's sign-in page too: it only sets this browser's language cookie.
  'app/(portal)/language/actions.ts': { chooseLanguageAction: 'public' },
};

const ROUTES: Record<string, Record<string, Allowed>> = {
  'app/api/uploads/route.ts': { POST: SHIPPER },
  'app/api/uploads/[uploadId]/route.ts': { DELETE: SHIPPER },
  'app/api/uploads/[uploadId]/rejected/route.ts': { GET: SHIPPER },
  'app/api/uploads/[uploadId]/store/route.ts': { POST: SHIPPER },
  'app/api/uploads/template/route.ts': { GET: SHIPPER },
  'app/(portal)/shipments/export/route.ts': { GET: ['shipper', 'account_manager'] },
  'app/(portal)/shipments/[trackingId]/label/route.ts': { GET: ['shipper', 'account_manager'] },
  // The carrier-compatible API: a shipper account's key in a header, whatever session cookie comes along.
  'app/shipping/v2/shipments/rates/route.ts': { POST: 'api-key' },
  'app/shipping/v2/oneClickShipment/route.ts': { POST: 'api-key' },
  'app/shipping/v2/tracking/route.ts': { GET: 'api-key' },
  // The API's OpenAPI document: the carrier's public model plus our extension, no account data.
  'app/shipping/v2/openapi.json/route.ts': { GET: 'public' },
  // next-auth's own sign-in, sign-out, session and CSRF endpoints.
  'app/api/auth/[...nextauth]/route.ts': { GET: 'public', POST: 'public' },
};

const ROOT = path.resolve(import.meta.dirname, '../..');
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function actorWith(role: Role): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    role,
    name: role,
    email: `${role}@test.example`,
    accountId: role === 'shipper' ? '00000000-0000-4000-8000-000000000002' : null,
    station: role === 'delivery_associate' ? 'UK' : null,
    phoneE164: role === 'recipient' ? '+447700900123' : null,
  };
}

/** Files under `app/` named `name`, as paths relative to the project. */
function filesNamed(name: string): string[] {
  return (readdirSync(path.join(ROOT, 'app'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join('app', file));
}

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

function request(method: string, headers: Record<string, string> = SAME_ORIGIN_HEADERS): Request {
  return new Request('http://portal.test/some/path', { method, headers, body: MUTATING.has(method) ? '{}' : undefined });
}

const routeContext = {
  params: Promise.resolve({ uploadId: '00000000-0000-4000-8000-0000000000ff', trackingId: 'SC0000000000000', nextauth: ['session'] }),
};
type Handler = (request: Request, context: typeof routeContext) => Promise<Response>;
type Action = (input: unknown) => Promise<{ ok: boolean; code?: string }>;

beforeEach(() => {
  session.actor = null;
  setRequestHeaders(SAME_ORIGIN_HEADERS);
});

describe('the authorization matrix', () => {
  it('has a row for every server action and every route handler method', async () => {
    const actionFiles = filesNamed('actions.ts');
    const routeFiles = filesNamed('route.ts');
    expect(actionFiles.sort()).toEqual(Object.keys(ACTIONS).sort());
    expect(routeFiles.sort()).toEqual(Object.keys(ROUTES).sort());
    for (const file of actionFiles) {
      const functions = Object.entries(await exportsOf(file)).filter(([, value]) => typeof value === 'function');
      expect(functions.map(([name]) => name).sort(), file).toEqual(Object.keys(ACTIONS[file]!).sort());
    }
    for (const file of routeFiles) {
      const methods = Object.keys(await exportsOf(file)).filter((name) => HTTP_METHODS.includes(name));
      expect(methods.sort(), file).toEqual(Object.keys(ROUTES[file]!).sort());
    }
  });
});

describe.each(Object.entries(ACTIONS))('server actions of %s', (file, rows) => {
  it.each(Object.entries(rows))(
    '%s refuses a cross-site request, then anyone signed out, then every role but its own',
    async (name, allowed) => {
      const action = (await exportsOf(file))[name] as Action;

      if (allowed === 'api-key') throw new Error(`${name}: server actions take a session, not an API key`);
      session.actor = actorWith(allowed === 'public' ? 'shipper' : allowed[0]!);
      const crossSite: Record<string, string>[] = [{ host: 'portal.test', origin: 'https://evil.example' }, { host: 'portal.test' }];
      for (const headers of crossSite) {
        setRequestHeaders(headers);
        expect(await action({}), JSON.stringify(headers)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      setRequestHeaders(SAME_ORIGIN_HEADERS);
      if (allowed === 'public') return;

      session.actor = null;
      expect(await action({})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      for (const role of ROLES) {
        session.actor = actorWith(role);
        const result = await action({});
        if (allowed.includes(role))
          expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${role}: ${JSON.stringify(result)}`).not.toContain(result.code);
        else expect(result, role).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    },
  );
});

const sessionRoutes = Object.entries(ROUTES).filter(([, rows]) => Object.values(rows).some((a) => Array.isArray(a)));
const apiKeyRoutes = Object.entries(ROUTES).filter(([, rows]) => Object.values(rows).includes('api-key'));

describe.each(apiKeyRoutes)('API-key route handlers of %s', (file, rows) => {
  it.each(Object.entries(rows))('%s refuses a request without a key, whoever is signed in', async (method) => {
    const handler = (await exportsOf(file))[method] as Handler;
    for (const actor of [null, ...ROLES.map(actorWith)]) {
      session.actor = actor;
      const response = await handler(request(method, { ...SAME_ORIGIN_HEADERS, 'content-type': 'application/json' }), routeContext);
      expect(response.status, actor?.role ?? 'signed out').toBe(401);
    }
  });
});

describe.each(sessionRoutes)('route handlers of %s', (file, rows) => {
  it.each(Object.entries(rows))('%s refuses anyone signed out, every role but its own, and a cross-site write', async (method, allowed) => {
    if (!Array.isArray(allowed)) return;
    const handler = (await exportsOf(file))[method] as Handler;

    session.actor = null;
    expect((await handler(request(method), routeContext)).status).toBe(401);
    for (const role of ROLES) {
      session.actor = actorWith(role);
      const status = (await handler(request(method), routeContext)).status;
      if (allowed.includes(role)) expect([401, 403], role).not.toContain(status);
      else expect(status, role).toBe(403);
    }
    if (MUTATING.has(method)) {
      session.actor = actorWith(allowed[0]!);
      expect((await handler(request(method, { host: 'portal.test', origin: 'https://evil.example' }), routeContext)).status).toBe(403);
      expect((await handler(request(method, { host: 'portal.test' }), routeContext)).status).toBe(403);
    }
  });
});
