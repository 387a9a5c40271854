// A webhook receiver built on the official SDK's `Webhooks` class, as a Commet customer would write it.
//
// Listens on 127.0.0.1 (an ephemeral port) and prints one JSON line per happening on stdout:
//   {"kind":"listening","port":N,"sdkVersion":"7.10.0"}
//   {"kind":"delivery", ...what the SDK made of one POST...}
// The endpoint secret is not known when the receiver starts (the server creates it), so the driver
// hands it over with PUT /control/secret {"secret":"whsec_..."} right after webhooks.create.
// Each delivery is also written to $RECORD_DIR/deliveries/<n>.json for the type-check.
//
// Env: HANDLED_EVENTS (comma-separated types that get an `on(...)` handler), RECORD_DIR,
// MAX_LIFETIME_SECONDS (the process exits by itself after that long; default 600).

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { AsyncLocalStorage } from "node:async_hooks";
import { Webhooks, SDK_VERSION } from "@commet/node";

const MAX_BODY_BYTES = 1024 * 1024;
const handledEvents = (process.env.HANDLED_EVENTS || "").split(",").filter(Boolean);
const recordDir = process.env.RECORD_DIR ? path.join(process.env.RECORD_DIR, "deliveries") : null;
const lifetimeMs = Number(process.env.MAX_LIFETIME_SECONDS || 600) * 1000;

const webhooks = new Webhooks();
const current = new AsyncLocalStorage();
for (const type of handledEvents) {
  webhooks.on(type, async (data, payload) => {
    const ctx = current.getStore();
    ctx.handlers.push({ type, dataIsPayloadData: payload.data === data });
  });
}

let secret = null;
let sequence = 0;
if (recordDir) fs.mkdirSync(recordDir, { recursive: true });

function emit(record) {
  process.stdout.write(JSON.stringify(record) + "\n");
}

function reply(res, status, body) {
  const bytes = Buffer.from(body === null ? "" : JSON.stringify(body));
  res.writeHead(status, body === null ? {} : { "Content-Type": "application/json", "Content-Length": bytes.length });
  res.end(bytes);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("body too large"));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function onDelivery(req, res) {
  const raw = (await readBody(req)).toString("utf8");
  const signature = req.headers["x-commet-signature"] ?? null;
  const record = {
    kind: "delivery",
    seq: ++sequence,
    receivedAt: new Date().toISOString(),
    headers: {
      contentType: req.headers["content-type"] ?? null,
      event: req.headers["x-commet-event"] ?? null,
      eventId: req.headers["x-commet-event-id"] ?? null,
      timestamp: req.headers["x-commet-timestamp"] ?? null,
      signaturePresent: signature !== null,
    },
    secretKnown: secret !== null,
  };
  if (secret === null) {
    // The driver has not handed the secret over yet: ask the server to try again later.
    record.status = 503;
    emit(record);
    return reply(res, 503, { received: false, error: "Receiver not ready" });
  }

  record.verify = webhooks.verify({ payload: raw, signature, secret });
  const parsed = webhooks.verifyAndParse({ rawBody: raw, signature, secret });
  record.parsed = parsed !== null;
  record.event = parsed ? parsed.event : null;
  record.id = parsed ? parsed.id ?? null : null;

  const ctx = { handlers: [] };
  let status;
  let processed = null;
  try {
    processed = await current.run(ctx, () => webhooks.process({ rawBody: raw, signature, secret }));
    status = !record.verify ? 403 : processed === null ? 400 : 200;
  } catch (error) {
    record.handlerError = String(error && error.message);
    status = 500;
  }
  record.processed = processed !== null;
  record.handlers = ctx.handlers;
  record.status = status;
  record.payload = parsed;
  if (recordDir) {
    fs.writeFileSync(path.join(recordDir, String(record.seq).padStart(4, "0") + ".json"), JSON.stringify(record, null, 2));
  }
  emit(record);

  if (status === 403) return reply(res, 403, { received: false, error: "Invalid signature" });
  if (status === 400) return reply(res, 400, { received: false, error: "Invalid payload" });
  if (status === 500) return reply(res, 500, { received: false, error: "Handler failed" });
  return reply(res, 200, { received: true });
}

async function onControl(req, res) {
  const body = JSON.parse((await readBody(req)).toString("utf8") || "{}");
  if (typeof body.secret !== "string" || body.secret.length === 0) {
    return reply(res, 400, { error: "secret (a non-empty string) is required" });
  }
  secret = body.secret;
  return reply(res, 204, null);
}

const server = http.createServer((req, res) => {
  const route = `${req.method} ${req.url}`;
  const handler = route === "POST /webhooks/commet" ? onDelivery : route === "PUT /control/secret" ? onControl : null;
  if (handler === null) return reply(res, 404, { error: `no route ${route}` });
  handler(req, res).catch((error) => {
    emit({ kind: "error", route, message: String(error && error.stack) });
    if (!res.headersSent) reply(res, 500, { received: false, error: "Receiver failed" });
  });
});

server.listen(0, "127.0.0.1", () => {
  emit({ kind: "listening", port: server.address().port, sdkVersion: SDK_VERSION });
});

function shutdown(code) {
  server.close();
  server.closeAllConnections?.();
  process.exit(code);
}

// Ends with its parent: the JUnit test closes stdin when it is done (or dies).
process.stdin.on("end", () => shutdown(0));
process.stdin.on("error", () => shutdown(0));
process.stdin.resume();
setTimeout(() => {
  emit({ kind: "error", route: null, message: `receiver lived past ${lifetimeMs} ms; exiting` });
  shutdown(3);
}, lifetimeMs).unref();
