-- Used anti-robot nonces (platform.AntiRobot): a challenge token is good once, on every node.
create table antirobot_nonce (
    nonce      varchar(40) primary key,
    expires_at timestamp with time zone not null
);
create index antirobot_nonce_expires on antirobot_nonce (expires_at);
