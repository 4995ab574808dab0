-- Gongkai register, SQLite. Dates are ISO text 'yyyy-MM-dd' (they sort and compare as dates); amounts are exact text.
CREATE TABLE register_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE applications (
    id                      INTEGER PRIMARY KEY,
    ref                     TEXT    NOT NULL UNIQUE,
    applicant_name          TEXT    NOT NULL,
    applicant_key           TEXT    NOT NULL,
    applicant_type          INTEGER NOT NULL CHECK (applicant_type BETWEEN 0 AND 5),
    channel                 INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
    received_on             TEXT    NOT NULL,
    request                 TEXT    NOT NULL,
    state                   INTEGER NOT NULL CHECK (state BETWEEN 0 AND 4),
    correction_requested_on TEXT,
    corrected_received_on   TEXT,
    consultations           TEXT,
    extension_approved_on   TEXT,
    extension_days          INTEGER CHECK (extension_days IS NULL OR extension_days BETWEEN 1 AND 20),
    extension_approver      TEXT,
    fee_basis               INTEGER CHECK (fee_basis IS NULL OR fee_basis IN (1, 2)),
    fee_quantity            INTEGER,
    fee_amount              TEXT,
    fee_issued_on           TEXT,
    fee_due_on              TEXT,
    fee_paid_on             TEXT,
    fee_lapsed_on           TEXT,
    outcome                 INTEGER,
    closed_on               TEXT,
    withdrawn               INTEGER NOT NULL DEFAULT 0,
    due_on                  TEXT,
    calendar_version        TEXT,
    note                    TEXT,
    version                 INTEGER NOT NULL DEFAULT 0,
    CHECK ((state = 4) = (outcome IS NOT NULL AND closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX ix_applications_received ON applications (received_on);
CREATE INDEX ix_applications_closed ON applications (closed_on);
CREATE INDEX ix_applications_open_due ON applications (due_on) WHERE state <> 4;
CREATE INDEX ix_applications_applicant ON applications (applicant_key, received_on);

CREATE TABLE appeals (
    id              INTEGER PRIMARY KEY,
    ref             TEXT    NOT NULL UNIQUE,
    application_ref TEXT    NOT NULL REFERENCES applications (ref),
    kind            INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),
    filed_on        TEXT    NOT NULL,
    result          INTEGER CHECK (result IS NULL OR result BETWEEN 1 AND 3),
    decided_on      TEXT,
    after_ref       TEXT,
    note            TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    CHECK ((result IS NULL) = (decided_on IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= filed_on)
);
CREATE INDEX ix_appeals_application ON appeals (application_ref);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    number      TEXT    NOT NULL UNIQUE,
    kind        INTEGER NOT NULL CHECK (kind IN (1, 2)),
    title       TEXT    NOT NULL,
    issued_on   TEXT    NOT NULL,
    repealed_on TEXT,
    version     INTEGER NOT NULL DEFAULT 0,
    CHECK (repealed_on IS NULL OR repealed_on >= issued_on)
);

CREATE TABLE proactive_counts (
    year    INTEGER NOT NULL,
    item    INTEGER NOT NULL,
    measure INTEGER NOT NULL,
    value   TEXT    NOT NULL,
    PRIMARY KEY (year, item, measure)
);

CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    entity_kind TEXT NOT NULL,
    entity_ref  TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT
);
CREATE INDEX ix_history_entity ON history (entity_kind, entity_ref);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

CREATE TABLE publications (
    year         INTEGER PRIMARY KEY,
    edition      INTEGER NOT NULL,
    published_at TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    tables_hash  TEXT    NOT NULL,
    tables_json  TEXT    NOT NULL
);

CREATE TABLE calendar_versions (
    content_hash TEXT PRIMARY KEY,
    version_id   TEXT NOT NULL,
    data_json    TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
