// The portal's server: Next.js's request handler behind two rules `next start` cannot enforce.
// 1. Forwarded headers are the client's to forge: unless TRUST_PROXY=1 says a proxy in front sets them,
//    X-Forwarded-Host/-Proto/-Port are dropped and X-Forwarded-For is the socket's peer address.
// 2. Demo mode (DEMO_INBOX=1) shows messages, sign-in codes included, on /messages: it serves on a
//    loopback address only, and start-up refuses anything else (instrumentation-node.ts checks the mark).
const http = require('node:http');
const next = require('next');

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function option(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const demo = process.env.DEMO_INBOX === '1';
const trustProxy = process.env.TRUST_PROXY === '1';
const port = Number(option('-p', process.env.PORT ?? '3000'));
const hostname = option('-H', process.env.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0'));

if (demo && !LOOPBACK.has(hostname)) {
  console.error(
    `Refusing to start: DEMO_INBOX=1 shows every message on /messages, so it serves on a loopback address only (asked for ${hostname}).`,
  );
  process.exit(1);
}

globalThis[Symbol.for('shipper-central.server')] = Object.freeze({ loopbackOnly: LOOPBACK.has(hostname), trustProxy });

function withTrustedForwarding(req) {
  if (trustProxy) return;
  delete req.headers['x-forwarded-host'];
  delete req.headers['x-forwarded-proto'];
  delete req.headers['x-forwarded-port'];
  delete req.headers['forwarded'];
  req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
}

const app = next({ dev: false, hostname, port, dir: __dirname });
const handle = app.getRequestHandler();

app.prepare().then(() => {
  http
    .createServer((req, res) => {
      withTrustedForwarding(req);
      handle(req, res);
    })
    .listen(port, hostname, () => {
      console.log(
        `Shipper Central on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}${demo ? ' (demo: messages are shown on /messages, not sent)' : ''}`,
      );
    });
});
