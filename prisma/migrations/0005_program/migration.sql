-- Program tracking (issue 7): agencies (OPD), programs, coverage, planned activities with weekly
-- plans and realizations, targets, priority villages (lokus), daily monitoring of families, and
-- the annual assessment of the 8 convergence actions. Kode columns use the "C" collation, like
-- region.kode, so that B-tree indexes serve "everything under kode X" as a range scan.

CREATE TYPE "ProgramKind" AS ENUM ('SPECIFIC', 'SENSITIVE');
CREATE TYPE "MonitoringCategory" AS ENUM ('PREGNANT', 'UNDER_TWO', 'STUNTED');
CREATE TYPE "CheckinStatus" AS ENUM ('WELL', 'NEEDS_ATTENTION', 'REFERRED');
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- A regional agency (OPD) of a kabupaten/kota.
CREATE TABLE "agency" (
  "kabupaten_kode" TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "code"           TEXT NOT NULL CHECK ("code" ~ '^[A-Z][A-Z0-9_]{1,29}$'),
  "name"           TEXT NOT NULL,
  "short_name"     TEXT NOT NULL,
  PRIMARY KEY ("kabupaten_kode", "code")
);

-- An intervention program (e.g. PMT for pregnant women with KEK, iron tablets, TPK assistance).
CREATE TABLE "program" (
  "code"          TEXT PRIMARY KEY CHECK ("code" ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  "name"          TEXT NOT NULL,
  "kind"          "ProgramKind" NOT NULL,
  "target_group"  TEXT NOT NULL,
  "indicator_ref" TEXT,
  "lead_agency"   TEXT
);

-- Reach of a program in one desa for one period, as reported by one agency. Stored per desa only,
-- so that sums up the hierarchy are exact; a period is its own report (not summed over time).
CREATE TABLE "program_coverage" (
  "desa_kode"         TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "program_code"      TEXT NOT NULL REFERENCES "program" ("code"),
  "kabupaten_kode"    TEXT COLLATE "C" NOT NULL,
  "agency_code"       TEXT NOT NULL,
  "period"            TEXT NOT NULL CHECK ("period" ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  "target_population" INTEGER NOT NULL CHECK ("target_population" >= 0),
  "reached"           INTEGER NOT NULL CHECK ("reached" >= 0),
  "source"            TEXT NOT NULL,
  "updated_at"        TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("program_code", "period", "desa_kode", "kabupaten_kode", "agency_code"),
  FOREIGN KEY ("kabupaten_kode", "agency_code") REFERENCES "agency" ("kabupaten_kode", "code")
);
CREATE INDEX "program_coverage_desa_idx" ON "program_coverage" ("desa_kode");

-- A planned activity (plan line) of an agency for a budget year, located in a region.
CREATE TABLE "activity" (
  "id"             BIGSERIAL PRIMARY KEY,
  "kabupaten_kode" TEXT COLLATE "C" NOT NULL,
  "agency_code"    TEXT NOT NULL,
  "year"           INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "code"           TEXT NOT NULL,
  "name"           TEXT NOT NULL,
  "program_code"   TEXT REFERENCES "program" ("code"),
  "region_kode"    TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "unit"           TEXT NOT NULL,
  FOREIGN KEY ("kabupaten_kode", "agency_code") REFERENCES "agency" ("kabupaten_kode", "code"),
  CONSTRAINT "activity_key" UNIQUE ("kabupaten_kode", "year", "code")
);
CREATE INDEX "activity_agency_idx" ON "activity" ("kabupaten_kode", "agency_code", "year");
CREATE INDEX "activity_program_region_idx" ON "activity" ("program_code", "region_kode");

-- Plan and realization of an activity in one ISO week (week_start is the Monday).
CREATE TABLE "activity_week" (
  "activity_id"       BIGINT NOT NULL REFERENCES "activity" ("id") ON DELETE CASCADE,
  "week_start"        DATE NOT NULL CHECK (extract(isodow FROM "week_start") = 1),
  "planned_quantity"  INTEGER NOT NULL DEFAULT 0 CHECK ("planned_quantity" >= 0),
  "planned_budget"    BIGINT NOT NULL DEFAULT 0 CHECK ("planned_budget" >= 0),
  "realized_quantity" INTEGER CHECK ("realized_quantity" >= 0),
  "spent_budget"      BIGINT CHECK ("spent_budget" >= 0),
  "note"              TEXT,
  PRIMARY KEY ("activity_id", "week_start")
);
CREATE INDEX "activity_week_week_idx" ON "activity_week" ("week_start");

-- A target value of an indicator for a region and year (e.g. 32.16 stunting 2024 = 14%).
CREATE TABLE "indicator_target" (
  "region_kode"    TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "indicator_code" TEXT NOT NULL REFERENCES "indicator" ("code"),
  "year"           INTEGER NOT NULL CHECK ("year" BETWEEN 1900 AND 2100),
  "value"          DOUBLE PRECISION NOT NULL CHECK ("value" >= 0),
  "source"         TEXT NOT NULL,
  "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("region_kode", "indicator_code", "year")
);

-- A priority village (lokus) of one year; each year's list is kept, so history is the table.
CREATE TABLE "priority_village" (
  "desa_kode" TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "year"      INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "basis"     TEXT NOT NULL,
  "rank"      INTEGER CHECK ("rank" > 0),
  "decree"    TEXT,
  PRIMARY KEY ("desa_kode", "year")
);
CREATE INDEX "priority_village_year_idx" ON "priority_village" ("year", "desa_kode");

-- Families watched daily (Pancoranmas-style). By-name: OFFICER in scope only.
CREATE TABLE "monitored_family" (
  "id"          TEXT PRIMARY KEY CHECK ("id" ~ '^[A-Za-z0-9-]{3,40}$'),
  "desa_kode"   TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "head_name"   TEXT NOT NULL,
  "category"    "MonitoringCategory" NOT NULL,
  "enrolled_on" DATE NOT NULL,
  "closed_on"   DATE,
  "source"      TEXT NOT NULL,
  CHECK ("closed_on" IS NULL OR "closed_on" >= "enrolled_on")
);
CREATE INDEX "monitored_family_desa_idx" ON "monitored_family" ("desa_kode", "id");

CREATE TABLE "monitoring_checkin" (
  "family_id"  TEXT NOT NULL REFERENCES "monitored_family" ("id") ON DELETE CASCADE,
  "checked_on" DATE NOT NULL,
  "status"     "CheckinStatus" NOT NULL,
  "note"       TEXT,
  PRIMARY KEY ("family_id", "checked_on")
);
CREATE INDEX "monitoring_checkin_day_idx" ON "monitoring_checkin" ("checked_on");

-- The 8 convergence actions: what a kabupaten reports per year, and the annual assessment with
-- its per-year grade scale, items and weights.
CREATE TABLE "action_report" (
  "kabupaten_kode" TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "year"           INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "action"         SMALLINT NOT NULL CHECK ("action" BETWEEN 1 AND 8),
  "status"         "ActionStatus" NOT NULL,
  "evidence"       TEXT[] NOT NULL DEFAULT '{}',
  "note"           TEXT,
  PRIMARY KEY ("kabupaten_kode", "year", "action")
);

CREATE TABLE "assessment_grade_scale" (
  "year"   INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "grade"  TEXT NOT NULL CHECK ("grade" ~ '^[A-Z][A-Z0-9+-]{0,3}$'),
  "points" DOUBLE PRECISION NOT NULL CHECK ("points" >= 0),
  PRIMARY KEY ("year", "grade")
);

CREATE TABLE "assessment_item" (
  "year"        INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "code"        TEXT NOT NULL,
  "action"      SMALLINT NOT NULL CHECK ("action" BETWEEN 1 AND 8),
  "weight"      DOUBLE PRECISION NOT NULL CHECK ("weight" > 0),
  "description" TEXT NOT NULL,
  PRIMARY KEY ("year", "code")
);

CREATE TABLE "assessment_grade" (
  "kabupaten_kode" TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "year"           INTEGER NOT NULL,
  "item_code"      TEXT NOT NULL,
  "grade"          TEXT NOT NULL,
  PRIMARY KEY ("kabupaten_kode", "year", "item_code"),
  FOREIGN KEY ("year", "item_code") REFERENCES "assessment_item" ("year", "code"),
  FOREIGN KEY ("year", "grade") REFERENCES "assessment_grade_scale" ("year", "grade")
);
CREATE INDEX "assessment_grade_year_idx" ON "assessment_grade" ("year", "kabupaten_kode");
