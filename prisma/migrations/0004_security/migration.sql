-- Who did what, when: every write and every read of individual-level records.
CREATE TABLE "audit_log" (
  "id"         BIGSERIAL PRIMARY KEY,
  "at"         TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "actor"      TEXT NOT NULL,
  "role"       TEXT NOT NULL,
  "action"     TEXT NOT NULL,
  "target"     TEXT NOT NULL,
  "detail"     JSONB,
  "request_id" TEXT
);
CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at");
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log" ("actor", "at");

-- Individual-level (by-name) records of children under five, as in e-PPGBM. Personal data of a
-- specific kind (UU 27/2022): served only to an OFFICER whose scope covers the desa.
CREATE TABLE "child" (
  "id"         TEXT PRIMARY KEY,
  "name"       TEXT NOT NULL,
  "sex"        TEXT NOT NULL CHECK ("sex" IN ('L', 'P')),
  "birth_date" DATE NOT NULL,
  "desa_kode"  TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "source"     TEXT NOT NULL
);
CREATE INDEX "child_desa_kode_idx" ON "child" ("desa_kode", "id");

CREATE TABLE "measurement" (
  "id"          BIGSERIAL PRIMARY KEY,
  "child_id"    TEXT NOT NULL REFERENCES "child" ("id"),
  "measured_on" DATE NOT NULL,
  "weight_kg"   DOUBLE PRECISION NOT NULL CHECK ("weight_kg" > 0 AND "weight_kg" < 60),
  "height_cm"   DOUBLE PRECISION NOT NULL CHECK ("height_cm" > 30 AND "height_cm" < 150),
  "haz"         DOUBLE PRECISION,
  CONSTRAINT "measurement_child_day_key" UNIQUE ("child_id", "measured_on")
);
