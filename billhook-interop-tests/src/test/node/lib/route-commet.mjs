// The official client has no base-URL option: it always builds `new URL("/api/v1/...", "https://commet.co")`
// and hands that to the global fetch. Wrapping globalThis.fetch before the first call is the one seam
// that leaves the SDK untouched: requests for the Commet origin are sent to the Billhook server under
// test instead (same path, same query, same headers and body), requests for the server's own origin
// (checkout links) pass through, and anything else is refused so the run never leaves this machine.

export const COMMET_ORIGIN = "https://commet.co";

/**
 * Routes the official client to `serverBaseUrl` (e.g. "http://127.0.0.1:43123").
 * Returns the unwrapped fetch, for plain requests that must not be rewritten, and a log of the
 * rerouted requests with their response statuses.
 */
export function routeCommetTo(serverBaseUrl) {
  const target = new URL(serverBaseUrl);
  const plainFetch = globalThis.fetch;
  if (typeof plainFetch !== "function") {
    throw new Error("interop: this Node.js has no global fetch; Node 18 or newer is needed");
  }
  const rewrites = [];

  globalThis.fetch = async function routedFetch(input, init) {
    const isRequest = typeof Request !== "undefined" && input instanceof Request;
    const url = new URL(isRequest ? input.url : String(input));
    if (url.origin === target.origin) {
      return plainFetch(input, init);
    }
    if (url.origin !== COMMET_ORIGIN) {
      throw new Error(`interop: refusing a request to ${url.origin}; only ${COMMET_ORIGIN} is rerouted`);
    }
    const rerouted = new URL(url.pathname + url.search, target);
    // Statuses are kept because the client retries 5xx on its own: a server failure it papered over
    // would otherwise go unseen.
    const entry = { method: (init && init.method) || (isRequest ? input.method : "GET"), path: url.pathname + url.search, status: null };
    rewrites.push(entry);
    const response = await (isRequest ? plainFetch(new Request(rerouted, input), init) : plainFetch(rerouted, init));
    entry.status = response.status;
    return response;
  };

  return { plainFetch, rewrites };
}
