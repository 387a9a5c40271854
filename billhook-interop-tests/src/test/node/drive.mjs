// Drives a Billhook server with the official Commet client, the way an application would:
// the seeded plans, a customer, a webhook endpoint pointing at receiver.mjs, a paid subscription,
// the source-of-truth queries, then a lifecycle that makes the server emit the core events.
//
// Every client call's answer is recorded under $RECORD_DIR/calls (for the catalog shape check and
// the TypeScript type-check); consistency with the state is checked here. The last stdout line is
// {"kind":"result", ...}: the failed checks, the ids made, or the call that failed outright.
//
// Env: BILLHOOK_URL (http://127.0.0.1:PORT), BILLHOOK_API_KEY, RECEIVER_URL (its origin),
// SUBSCRIBED_EVENTS (comma-separated), RECORD_DIR, MAX_LIFETIME_SECONDS (default 300).

import fs from "node:fs";
import path from "node:path";
import { Commet, SDK_VERSION } from "@commet/node";
import { routeCommetTo } from "./lib/route-commet.mjs";
import { Recorder, CallFailed } from "./lib/recorder.mjs";

const SUCCEEDING_CARD = "4242424242424242";
const RENEWALS_DECLINE_CARD = "4000000000000341";

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`interop: env ${name} is required`);
  return value;
}

const serverUrl = required("BILLHOOK_URL");
const receiverUrl = required("RECEIVER_URL");
const subscribedEvents = required("SUBSCRIBED_EVENTS").split(",");
const recordDir = required("RECORD_DIR");
const rec = new Recorder(recordDir);
const lifetimeMs = Number(process.env.MAX_LIFETIME_SECONDS || 300) * 1000;
setTimeout(() => finish({ fatal: { call: null, message: `driver ran past ${lifetimeMs} ms` } }, 4), lifetimeMs).unref();

const { plainFetch, rewrites } = routeCommetTo(serverUrl);
// Default options on purpose (retries, timeout, telemetry): the client as an application gets it.
const commet = new Commet({ apiKey: required("BILLHOOK_API_KEY") });
const run = Date.now().toString(36);
const ids = {};

function finish(extra, code) {
  const serverErrors = rewrites.filter((r) => r.status !== null && r.status >= 500);
  rec.check("no request was answered 5xx (the client retries those, which would hide them)", serverErrors.length === 0,
    JSON.stringify(serverErrors));
  const result = { kind: "result", sdkVersion: SDK_VERSION, failures: rec.failures, ids, rewrites: rewrites.length, ...extra };
  fs.writeFileSync(path.join(recordDir, "result.json"), JSON.stringify(result, null, 2));
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(code);
}

function ok(label, response) {
  rec.check(`${label}: success is true`, response && response.success === true, JSON.stringify(response));
  return response ? response.data : undefined;
}

/** Pays a checkout link the way the hosted page would: a plain POST, not through the client. */
async function pay(label, checkoutUrl, card) {
  const response = await plainFetch(checkoutUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ card }),
  });
  const text = await response.text();
  rec.check(`checkout ${label}: 2xx`, response.ok, `${response.status} ${text}`);
}

/**
 * The server seeds every organization with a plan catalog. Picks two priced plans, the cheaper one
 * first, and two feature codes from their listings: one the cheaper plan enables (access expected)
 * and one only the dearer plan enables (access expected to be denied).
 */
async function findPlans() {
  const plans = ok("plans.list", await rec.call("plans", "list", "all", {}, () => commet.plans.list()));
  const monthly = (p) => (p.prices || []).find((price) => price.billingInterval === "monthly" && price.price > 0);
  const enabled = (p) => new Set((p.features || []).filter((f) => f.enabled).map((f) => f.code));
  const priced = (Array.isArray(plans) ? plans : []).filter(monthly).sort((a, b) => monthly(a).price - monthly(b).price);
  for (let i = 0; i < priced.length; i++) {
    for (let j = i + 1; j < priced.length; j++) {
      const [low, high] = [priced[i], priced[j]];
      const included = [...enabled(low)][0];
      const missing = [...enabled(high)].find((code) => !enabled(low).has(code));
      if (included && missing && monthly(high).price > monthly(low).price) {
        return { plans: { basic: low.id, pro: high.id }, included, missing };
      }
    }
  }
  throw new Error(`interop: plans.list offers no two priced plans where the dearer adds a feature: ${JSON.stringify(plans)}`);
}

async function createCustomer(label) {
  const params = { email: `${label}.${run}@interop.example`, fullName: `Interop ${label}`, externalId: `interop-${label}-${run}` };
  const customer = ok(`customers.create ${label}`, await rec.call("customers", "create", label, params, () => commet.customers.create(params)));
  rec.check(`customers.create ${label}: echoes email and externalId`,
    customer && customer.email === params.email && customer.externalId === params.externalId, JSON.stringify(customer));
  return customer.id;
}

async function subscribeAndPay(label, customerId, planId, card) {
  const params = { customerId, planId, billingInterval: "monthly" };
  const sub = ok(`subscriptions.create ${label}`,
    await rec.call("subscriptions", "create", label, params, () => commet.subscriptions.create(params)));
  rec.check(`subscriptions.create ${label}: pending_payment with a checkout link`,
    sub && sub.status === "pending_payment" && typeof sub.checkoutUrl === "string", JSON.stringify(sub));
  rec.check(`subscriptions.create ${label}: for the customer and plan asked`,
    sub && sub.customerId !== undefined && sub.plan && sub.plan.id === planId, JSON.stringify(sub));
  await pay(label, sub.checkoutUrl, card);
  return sub.id;
}

async function registerEndpoint() {
  const params = { url: `${receiverUrl}/webhooks/commet`, events: subscribedEvents, description: `interop ${run}` };
  const created = ok("webhooks.create", await rec.call("webhooks", "create", "receiver", params, () => commet.webhooks.create(params)));
  rec.check("webhooks.create: returns the secret once", typeof created.secretKey === "string" && created.secretKey.startsWith("whsec_"),
    JSON.stringify({ ...created, secretKey: typeof created.secretKey }));
  rec.check("webhooks.create: echoes url and events",
    created.url === params.url && JSON.stringify([...created.events].sort()) === JSON.stringify([...subscribedEvents].sort()),
    JSON.stringify({ url: created.url, events: created.events }));
  const handOver = await plainFetch(`${receiverUrl}/control/secret`, {
    method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ secret: created.secretKey }),
  });
  if (handOver.status !== 204) throw new Error(`interop: the receiver refused the secret (${handOver.status})`);
  ids.endpoint = created.id;

  const list = ok("webhooks.list", await rec.call("webhooks", "list", "all", {}, () => commet.webhooks.list()));
  const listed = Array.isArray(list) ? list.find((e) => e.id === created.id) : undefined;
  rec.check("webhooks.list: contains the new endpoint", listed !== undefined, JSON.stringify(list));
  rec.check("webhooks.list: never shows a secret", Array.isArray(list) && list.every((e) => !("secretKey" in e) && !("secret" in e)),
    JSON.stringify(list));

  const test = ok("webhooks.test", await rec.call("webhooks", "test", "receiver", { id: created.id }, () => commet.webhooks.test({ id: created.id })));
  rec.check("webhooks.test: success with a deliveryId", test && test.success === true && typeof test.deliveryId === "string",
    JSON.stringify(test));
  ids.testDelivery = test && test.deliveryId;
}

async function checkSourceOfTruth(customerId, subscriptionId, offer) {
  const active = ok("subscriptions.getActive", await rec.call("subscriptions", "getActive", "alice", { customerId },
    () => commet.subscriptions.getActive({ customerId })));
  rec.check("subscriptions.getActive: the subscription created, now active",
    active && active.id === subscriptionId && active.status === "active", JSON.stringify(active));

  const cases = [
    ["get", offer.included, true], ["canUse", offer.included, true],
    ["get", offer.missing, false], ["canUse", offer.missing, false],
  ];
  for (const [method, code, expected] of cases) {
    const label = `${code === offer.included ? "included" : "missing"}`;
    const params = { code, customerId };
    const lookup = ok(`featureAccess.${method} ${label}`, await rec.call("featureAccess", method, label, params,
      () => commet.featureAccess[method](params)));
    rec.check(`featureAccess.${method} ${label}: allowed is ${expected}`, lookup && lookup.allowed === expected, JSON.stringify(lookup));
  }
}

async function driveLifecycle(alice, offer) {
  const changeParams = { id: alice.subscription, newPlanId: offer.plans.pro };
  const change = ok("subscriptions.changePlan", await rec.call("subscriptions", "changePlan", "upgrade", changeParams,
    () => commet.subscriptions.changePlan(changeParams)));
  if (change && change.requiresCheckout && change.checkoutUrl) await pay("plan change", change.checkoutUrl, SUCCEEDING_CARD);

  const cancelParams = { id: alice.subscription, reason: "interop: scheduled cancellation" };
  const canceled = ok("subscriptions.cancel", await rec.call("subscriptions", "cancel", "at-period-end", cancelParams,
    () => commet.subscriptions.cancel(cancelParams)));
  rec.check("subscriptions.cancel: scheduled, so still active", canceled && canceled.status === "active", JSON.stringify(canceled));

  // A second customer whose card pays the first charge and declines every renewal.
  const bob = await createCustomer("bob");
  ids.bob = bob;
  ids.bobSubscription = await subscribeAndPay("bob", bob, offer.plans.basic, RENEWALS_DECLINE_CARD);

  // Past the end of the first period: Alice's cancellation takes effect, Bob's renewal is declined.
  const advance = { advanceDays: 32 };
  ok("testClock.advance", await rec.call("testClock", "advance", "past-period-end", advance, () => commet.testClock.advance(advance)));
  ok("testClock.processBilling", await rec.call("testClock", "processBilling", "renewals", {}, () => commet.testClock.processBilling()));

  const after = ok("subscriptions.get alice", await rec.call("subscriptions", "get", "alice-after", { id: alice.subscription },
    () => commet.subscriptions.get({ id: alice.subscription })));
  rec.check("subscriptions.get alice: canceled after the period ended", after && after.status === "canceled", JSON.stringify(after));
  const bobAfter = ok("subscriptions.get bob", await rec.call("subscriptions", "get", "bob-after", { id: ids.bobSubscription },
    () => commet.subscriptions.get({ id: ids.bobSubscription })));
  rec.check("subscriptions.get bob: past_due after a declined renewal", bobAfter && bobAfter.status === "past_due", JSON.stringify(bobAfter));

  // Each create was one call; a second subscription would mean a retried request was applied twice.
  for (const [label, customerId, subscriptionId] of [["alice", alice.customer, alice.subscription], ["bob", bob, ids.bobSubscription]]) {
    const listed = ok(`subscriptions.list ${label}`, await rec.call("subscriptions", "list", label, { customerId },
      () => commet.subscriptions.list({ customerId })));
    rec.check(`subscriptions.list ${label}: exactly the one subscription created`,
      Array.isArray(listed) && listed.length === 1 && listed[0].id === subscriptionId, JSON.stringify(listed));
  }
}

try {
  const offer = await findPlans();
  ids.plans = offer.plans;
  const alice = { customer: await createCustomer("alice") };
  ids.alice = alice.customer;
  await registerEndpoint();
  alice.subscription = await subscribeAndPay("alice", alice.customer, offer.plans.basic, SUCCEEDING_CARD);
  ids.aliceSubscription = alice.subscription;
  await checkSourceOfTruth(alice.customer, alice.subscription, offer);
  await driveLifecycle(alice, offer);
  finish({}, 0);
} catch (error) {
  const fatal = error instanceof CallFailed
    ? { call: error.call, error: error.error }
    : { call: null, message: String(error && error.stack) };
  finish({ fatal }, 1);
}
