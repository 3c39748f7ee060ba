CREATE TYPE "IndicatorKind" AS ENUM ('ROUTINE_RATE', 'SURVEY_ESTIMATE');
CREATE TYPE "Polarity" AS ENUM ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER');

CREATE TABLE "indicator" (
  "code"            TEXT PRIMARY KEY,
  "name"            TEXT NOT NULL,
  "description"     TEXT NOT NULL,
  "unit"            TEXT NOT NULL,
  "polarity"        "Polarity" NOT NULL,
  "kind"            "IndicatorKind" NOT NULL,
  "numerator_def"   TEXT,
  "denominator_def" TEXT
);

CREATE TABLE "indicator_value" (
  "id"             BIGSERIAL PRIMARY KEY,
  "region_kode"    TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "indicator_code" TEXT NOT NULL REFERENCES "indicator" ("code"),
  "period"         TEXT NOT NULL,
  "source"         TEXT NOT NULL,
  "numerator"      INTEGER,
  "denominator"    INTEGER,
  "value"          DOUBLE PRECISION,
  "ci_low"         DOUBLE PRECISION,
  "ci_high"        DOUBLE PRECISION,
  "se"             DOUBLE PRECISION,
  "method"         TEXT,
  "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "indicator_value_period_shape" CHECK ("period" ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  CONSTRAINT "indicator_value_counts" CHECK (
    ("numerator" IS NULL) = ("denominator" IS NULL)
    AND ("numerator" IS NULL OR ("numerator" >= 0 AND "denominator" >= "numerator"))),
  CONSTRAINT "indicator_value_has_value" CHECK ("numerator" IS NOT NULL OR "value" IS NOT NULL)
);

CREATE UNIQUE INDEX "indicator_value_region_kode_indicator_code_period_source_key"
  ON "indicator_value" ("region_kode", "indicator_code", "period", "source");
CREATE INDEX "indicator_value_indicator_code_period_idx" ON "indicator_value" ("indicator_code", "period");
