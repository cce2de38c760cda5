-- Media metadata: recordings and snapshots (the files stay on disk) and the AI analyses made on them.
-- Ids are the public ids the cameras and the AI service use; writes are upserts by them.

CREATE TABLE recordings (
    recording_id     text COLLATE "C" PRIMARY KEY CHECK (length(recording_id) BETWEEN 1 AND 128),
    camera_id        text COLLATE "C" NOT NULL CHECK (length(camera_id) BETWEEN 1 AND 128),
    file_path        text NOT NULL,
    file_size_bytes  bigint NOT NULL CHECK (file_size_bytes >= 0),
    duration_seconds double precision CHECK (duration_seconds >= 0),
    recording_type   text NOT NULL CHECK (recording_type IN ('on_demand', 'automatic', 'motion', 'emergency')),
    timestamp        timestamptz NOT NULL,
    is_emergency     boolean NOT NULL DEFAULT false,
    is_unusual       boolean NOT NULL DEFAULT false,
    metadata         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    created_at       timestamptz NOT NULL DEFAULT now()
);
-- The id closes each index so that paging by (timestamp, id) is one index range.
CREATE INDEX recordings_camera_time_idx ON recordings (camera_id, timestamp DESC, recording_id DESC);
CREATE INDEX recordings_time_idx ON recordings (timestamp DESC, recording_id DESC);
CREATE INDEX recordings_type_idx ON recordings (recording_type);
CREATE INDEX recordings_emergency_idx ON recordings (timestamp DESC) WHERE is_emergency;
CREATE INDEX recordings_metadata_idx ON recordings USING gin (metadata jsonb_path_ops);

CREATE TABLE snapshots (
    snapshot_id     text COLLATE "C" PRIMARY KEY CHECK (length(snapshot_id) BETWEEN 1 AND 128),
    camera_id       text COLLATE "C" NOT NULL CHECK (length(camera_id) BETWEEN 1 AND 128),
    file_path       text NOT NULL,
    file_size_bytes bigint NOT NULL CHECK (file_size_bytes >= 0),
    timestamp       timestamptz NOT NULL,
    metadata        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX snapshots_camera_time_idx ON snapshots (camera_id, timestamp DESC, snapshot_id DESC);
CREATE INDEX snapshots_time_idx ON snapshots (timestamp DESC, snapshot_id DESC);
CREATE INDEX snapshots_metadata_idx ON snapshots USING gin (metadata jsonb_path_ops);

-- An analysis belongs to a recording or a snapshot. Its id is given when the analysis is accepted,
-- so that replaying the journal never adds it twice.
CREATE TABLE ai_analysis (
    analysis_id   uuid PRIMARY KEY,
    media_id      text COLLATE "C" NOT NULL,
    media_type    text NOT NULL CHECK (media_type IN ('recording', 'snapshot')),
    analysis_type text NOT NULL CHECK (length(analysis_type) BETWEEN 1 AND 128),
    confidence    double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    detected_at   timestamptz NOT NULL,
    details       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ai_analysis_media_idx ON ai_analysis (media_id, media_type);
CREATE INDEX ai_analysis_type_idx ON ai_analysis (analysis_type);
CREATE INDEX ai_analysis_detected_idx ON ai_analysis (detected_at DESC, analysis_id DESC);
CREATE INDEX ai_analysis_details_idx ON ai_analysis USING gin (details jsonb_path_ops);

-- Deleting a medium deletes its analyses, whoever deletes it; the lookup uses ai_analysis_media_idx.
CREATE FUNCTION delete_recording_analyses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ai_analysis WHERE media_id = OLD.recording_id AND media_type = 'recording';
    RETURN OLD;
END $$;
CREATE TRIGGER recordings_delete_analyses AFTER DELETE ON recordings
    FOR EACH ROW EXECUTE FUNCTION delete_recording_analyses();

CREATE FUNCTION delete_snapshot_analyses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ai_analysis WHERE media_id = OLD.snapshot_id AND media_type = 'snapshot';
    RETURN OLD;
END $$;
CREATE TRIGGER snapshots_delete_analyses AFTER DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION delete_snapshot_analyses();

-- Totals per camera, kept exact by triggers: the storage statistics and the total of a listing by
-- camera are read here instead of counting a million rows.
CREATE TABLE camera_media_totals (
    camera_id   text COLLATE "C" NOT NULL,
    media_type  text NOT NULL,
    media_count bigint NOT NULL DEFAULT 0,
    size_bytes  bigint NOT NULL DEFAULT 0,
    emergency   bigint NOT NULL DEFAULT 0,
    unusual     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (camera_id, media_type)
);

CREATE FUNCTION count_camera_media(camera text, kind text, sign int, size bigint, emergency boolean, unusual boolean)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO camera_media_totals AS t (camera_id, media_type, media_count, size_bytes, emergency, unusual)
    VALUES (camera, kind, sign, sign * size, sign * emergency::int, sign * unusual::int)
    ON CONFLICT (camera_id, media_type) DO UPDATE
        SET media_count = t.media_count + excluded.media_count,
            size_bytes = t.size_bytes + excluded.size_bytes,
            emergency = t.emergency + excluded.emergency,
            unusual = t.unusual + excluded.unusual;
$$;

CREATE FUNCTION count_recordings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM count_camera_media(OLD.camera_id, 'recording', -1, OLD.file_size_bytes, OLD.is_emergency, OLD.is_unusual);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM count_camera_media(NEW.camera_id, 'recording', 1, NEW.file_size_bytes, NEW.is_emergency, NEW.is_unusual);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER recordings_totals AFTER INSERT OR UPDATE OR DELETE ON recordings
    FOR EACH ROW EXECUTE FUNCTION count_recordings();

CREATE FUNCTION count_snapshots() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM count_camera_media(OLD.camera_id, 'snapshot', -1, OLD.file_size_bytes, false, false);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM count_camera_media(NEW.camera_id, 'snapshot', 1, NEW.file_size_bytes, false, false);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER snapshots_totals AFTER INSERT OR UPDATE OR DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION count_snapshots();
