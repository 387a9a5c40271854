// Calls the official client and keeps what it returned, so the JUnit side can check every answer's
// shape against the catalog and the type-check can assign it to the SDK's own declared type.

import fs from "node:fs";
import path from "node:path";

export class Recorder {
  constructor(dir) {
    this.dir = path.join(dir, "calls");
    fs.mkdirSync(this.dir, { recursive: true });
    this.count = 0;
    this.failures = [];
  }

  /**
   * Runs `fn` (one official-client call) and records its answer under `client.method`, the names the
   * catalog's restApi uses; `label` tells several calls of one method apart.
   */
  async call(client, method, label, params, fn) {
    const file = path.join(this.dir, `${String(++this.count).padStart(2, "0")}-${client}.${method}-${label}.json`);
    const entry = { client, method, label, params };
    try {
      entry.response = await fn();
      return entry.response;
    } catch (error) {
      entry.error = describeError(error);
      throw new CallFailed(`${client}.${method} (${label})`, entry.error);
    } finally {
      fs.writeFileSync(file, JSON.stringify(entry, null, 2));
    }
  }

  /** A consistency check on state: kept, not thrown, so one run reports every mismatch. */
  check(name, ok, detail) {
    if (!ok) this.failures.push({ name, detail });
    return ok;
  }
}

export class CallFailed extends Error {
  constructor(call, error) {
    super(`${call} failed: ${error.name}: ${error.message}`);
    this.call = call;
    this.error = error;
  }
}

export function describeError(error) {
  return {
    name: error && error.name,
    message: error && error.message,
    statusCode: error && error.statusCode,
    code: error && error.code,
    type: error && error.type,
    param: error && error.param,
    details: error && error.details,
    validationErrors: error && error.validationErrors,
  };
}
