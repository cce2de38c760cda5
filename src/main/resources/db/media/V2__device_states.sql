-- What the newest poll of each device came to, written by whichever server polled it, so that all the
-- servers sharing this database show the same device states (GET /api/devices, the health figures).
-- status is the device's state as the API shows it; a row is replaced only by a newer poll's.
CREATE TABLE device_states (
    device_id text        NOT NULL PRIMARY KEY,
    polled_at timestamptz NOT NULL,
    server    text        NOT NULL,
    status    jsonb       NOT NULL
);
