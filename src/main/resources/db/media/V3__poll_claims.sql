-- Which server polls each device. Every server runs a timer for every device; before a scheduled poll
-- a server claims the device here, and gets the claim only when no poll of it began within most of its
-- interval, so the servers sharing this database poll each device once an interval between them. When
-- a server dies, the next timer of another finds the dead server's claim old and polls on.
-- claimed_at is the database's clock, the one clock all the servers share.
CREATE TABLE poll_claims (
    device_id  text        NOT NULL PRIMARY KEY,
    server     text        NOT NULL,
    claimed_at timestamptz NOT NULL
);
