-- Idempotency-Key on the API's creating calls: the first successful answer to a caller's key is kept with the
-- fingerprint of the call (method, path, body) so a retry replays it instead of creating a second record. Keys are the
-- caller's own (scoped by the token's subject); rows expire after a day and are purged.
create table idempotency_key (
    user_subject varchar(64) not null,
    idem_key varchar(255) not null,
    fingerprint char(64) not null,
    status int,
    location varchar(2000),
    body text,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    primary key (user_subject, idem_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
