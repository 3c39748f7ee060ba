-- e-PPGBM measurements in (issue 11 item 4): each measurement keeps what WHO's method needs and
-- what it gave — age in days, position, oedema, HAZ/WAZ/WHZ rounded to 2 decimals and their
-- implausibility flags — and the desa and posyandu where it was taken (a child may move; the
-- derived indicators count a measurement where it was taken). Rows written before this
-- migration (the demo seed) keep NULLs in the new columns.
ALTER TABLE "measurement"
  ADD COLUMN "desa_kode"   TEXT COLLATE "C" REFERENCES "region" ("kode"),
  ADD COLUMN "age_days"    INTEGER CHECK ("age_days" >= 0),
  ADD COLUMN "measured"    TEXT CHECK ("measured" IN ('L', 'H')),
  ADD COLUMN "oedema"      BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "waz"         DOUBLE PRECISION,
  ADD COLUMN "whz"         DOUBLE PRECISION,
  ADD COLUMN "haz_flagged" BOOLEAN,
  ADD COLUMN "waz_flagged" BOOLEAN,
  ADD COLUMN "whz_flagged" BOOLEAN,
  ADD COLUMN "posyandu"    TEXT,
  ADD COLUMN "source"      TEXT,
  ADD COLUMN "reference"   TEXT;

-- The importer derives indicators per (source, month): a range scan over one source's dates.
CREATE INDEX "measurement_source_measured_on_idx" ON "measurement" ("source", "measured_on");
