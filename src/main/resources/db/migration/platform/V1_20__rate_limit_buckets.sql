-- Token buckets of platform.RateLimits when gongkai.rate-limits.store=database (Bucket4j's JDBC
-- backend: its state is a serialized bucket; expires_at in epoch milliseconds).
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
