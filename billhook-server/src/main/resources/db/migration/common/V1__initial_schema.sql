-- Billhook's first schema: portable SQL that runs unchanged on SQLite and PostgreSQL. A statement
-- one dialect cannot share goes in db/migration/sqlite or db/migration/postgresql instead.
-- Conventions: ids are prefixed text ("cus_…"); instants are BIGINT epoch milliseconds (UTC);
-- money is BIGINT cents; booleans are INTEGER 0/1; JSON is TEXT.

CREATE TABLE organizations (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    mode                TEXT NOT NULL,              -- 'sandbox' | 'live'
    next_invoice_number BIGINT NOT NULL DEFAULT 1,
    created_at          BIGINT NOT NULL
);

-- Keys are stored as SHA-256 hex of the whole key; only the prefix is kept readable.
CREATE TABLE api_keys (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    key_hash        TEXT NOT NULL UNIQUE,
    key_prefix      TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);

CREATE TABLE customers (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    external_id     TEXT,
    email           TEXT NOT NULL,
    full_name       TEXT,
    tax_document    TEXT,
    timezone        TEXT,
    address         TEXT,                           -- JSON object
    metadata        TEXT,                           -- JSON object
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    UNIQUE (organization_id, external_id)
);
CREATE INDEX customers_by_org ON customers (organization_id, created_at);

CREATE TABLE plans (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT,
    is_public       INTEGER NOT NULL,
    is_default      INTEGER NOT NULL,
    is_free         INTEGER NOT NULL,
    sort_order      INTEGER NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    UNIQUE (organization_id, code)
);

CREATE TABLE plan_prices (
    id               TEXT PRIMARY KEY,
    plan_id          TEXT NOT NULL REFERENCES plans (id),
    billing_interval TEXT NOT NULL,                 -- 'monthly' | 'yearly' | …
    price            BIGINT NOT NULL,               -- cents
    is_default       INTEGER NOT NULL,
    trial_days       INTEGER NOT NULL,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    UNIQUE (plan_id, billing_interval)
);

CREATE TABLE plan_features (
    plan_id    TEXT NOT NULL REFERENCES plans (id),
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,                       -- 'boolean' for now
    enabled    INTEGER NOT NULL,
    PRIMARY KEY (plan_id, code)
);

CREATE TABLE subscriptions (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations (id),
    customer_id          TEXT NOT NULL REFERENCES customers (id),
    plan_id              TEXT NOT NULL REFERENCES plans (id),
    name                 TEXT,
    status               TEXT NOT NULL,             -- SubscriptionStatus wire value
    billing_interval     TEXT NOT NULL,
    price                BIGINT NOT NULL,           -- cents per period
    checkout_token       TEXT UNIQUE,
    renewals_decline     INTEGER NOT NULL DEFAULT 0, -- the test card declines every renewal
    start_date           BIGINT NOT NULL,
    current_period_start BIGINT,
    current_period_end   BIGINT,
    cancel_at_period_end INTEGER NOT NULL DEFAULT 0,
    canceled_at          BIGINT,
    cancel_reason        TEXT,
    end_date             BIGINT,
    failed_renewals      INTEGER NOT NULL DEFAULT 0,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);
CREATE INDEX subscriptions_by_customer ON subscriptions (organization_id, customer_id);
CREATE INDEX subscriptions_by_period_end ON subscriptions (status, current_period_end);

CREATE TABLE invoices (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    customer_id     TEXT NOT NULL REFERENCES customers (id),
    subscription_id TEXT REFERENCES subscriptions (id),
    number          TEXT NOT NULL,
    status          TEXT NOT NULL,                  -- 'outstanding' | 'paid' | 'void' | 'uncollectible'
    currency        TEXT NOT NULL,
    subtotal        BIGINT NOT NULL,
    total           BIGINT NOT NULL,
    period_start    BIGINT NOT NULL,
    period_end      BIGINT NOT NULL,
    issue_date      BIGINT NOT NULL,
    due_date        BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    UNIQUE (organization_id, number)
);

CREATE TABLE payments (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    invoice_id      TEXT NOT NULL REFERENCES invoices (id),
    status          TEXT NOT NULL,                  -- 'succeeded' | 'failed'
    amount          BIGINT NOT NULL,
    currency        TEXT NOT NULL,
    failure_code    TEXT,
    failure_message TEXT,
    created_at      BIGINT NOT NULL
);

-- A sandbox organization's simulated "now"; no row, or a NULL time, means the wall clock.
CREATE TABLE test_clocks (
    organization_id TEXT PRIMARY KEY REFERENCES organizations (id),
    simulated_time  BIGINT
);

CREATE TABLE webhook_endpoints (
    id                   TEXT PRIMARY KEY,
    organization_id      TEXT NOT NULL REFERENCES organizations (id),
    url                  TEXT NOT NULL,
    events               TEXT NOT NULL,             -- JSON array of event types
    description          TEXT,
    is_active            INTEGER NOT NULL,
    api_version          TEXT,
    secret               TEXT NOT NULL,             -- needed in clear to sign; never returned after creation
    consecutive_failures INTEGER NOT NULL DEFAULT 0, -- events in a row that exhausted their attempts
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);
CREATE INDEX webhook_endpoints_by_org ON webhook_endpoints (organization_id);

-- The outbox: written in the same transaction as the state change that caused the event.
-- payload is the exact body every attempt sends, so retries are byte-identical.
CREATE TABLE webhook_events (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    type            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX webhook_events_by_org ON webhook_events (organization_id, created_at);

-- One row per (event, endpoint). Workers lease due rows, so several nodes can share the table.
CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    event_id        TEXT NOT NULL REFERENCES webhook_events (id),
    endpoint_id     TEXT NOT NULL REFERENCES webhook_endpoints (id),
    status          TEXT NOT NULL,                  -- 'pending' | 'delivered' | 'failed'
    attempt_count   INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    lease_owner     TEXT,
    lease_until     BIGINT,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    completed_at    BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at);

CREATE TABLE webhook_attempts (
    id              TEXT PRIMARY KEY,
    delivery_id     TEXT NOT NULL REFERENCES webhook_deliveries (id),
    attempt_number  INTEGER NOT NULL,
    started_at      BIGINT NOT NULL,
    duration_millis BIGINT NOT NULL,
    response_status INTEGER,                        -- NULL when no response arrived
    error           TEXT,                           -- timeout / network error, else NULL
    response_body   TEXT,                           -- truncated
    UNIQUE (delivery_id, attempt_number)
);

-- Notices a person should see: a delivery that gave up, an endpoint that was disabled.
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    kind            TEXT NOT NULL,
    message         TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);

-- Idempotency-Key replays: the first response to a key is stored and returned again.
CREATE TABLE idempotency_keys (
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    idem_key        TEXT NOT NULL,
    method          TEXT NOT NULL,
    path            TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    response_status INTEGER NOT NULL,
    response_body   TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (organization_id, idem_key)
);
