-- The annual assessment with its references (issue 16.5).
--
-- 1. Reference data that ships with the migrations (like the indicator catalog of 0009): the 8
--    convergence actions (aksi konvergensi) with their Bahasa Indonesia names and English names,
--    and the catalog of evidence documents each action produces, after the outputs the national
--    guideline names for each action (Kemendagri/Bappenas, Pedoman Pelaksanaan Intervensi
--    Penurunan Stunting Terintegrasi di Kabupaten/Kota, 2018/2019). The province's own instrument
--    of a year may ask for other documents: its scheme names them per item (section 2).
CREATE TABLE "convergence_action" (
  "number"    SMALLINT PRIMARY KEY CHECK ("number" BETWEEN 1 AND 8),
  "name"      TEXT NOT NULL,
  "name_en"   TEXT NOT NULL,
  "output"    TEXT NOT NULL
);

INSERT INTO "convergence_action" ("number", "name", "name_en", "output") VALUES
  (1, 'Analisis Situasi', 'Situation analysis',
   'Per-village picture of cases and service coverage; priority villages (lokus) and interventions.'),
  (2, 'Rencana Kegiatan', 'Activity plan',
   'OPD sub-activities, budgets, targets and lokus inside the regional work plan/budget.'),
  (3, 'Rembuk Stunting', 'Stunting summit',
   'Signed commitment of regent, OPD, kecamatan, villages; agreed plan.'),
  (4, 'Peraturan Bupati/Walikota tentang Peran Desa', 'Regent/mayor regulation on the role of villages',
   'Legal basis for villages'' role and village-fund use.'),
  (5, 'Pembinaan Kader Pembangunan Manusia (KPM)', 'Coaching village human-development cadres (KPM)',
   'Village cadres (KPM) and governments mobilised; village convergence scorecards.'),
  (6, 'Sistem Manajemen Data', 'Data management system',
   'By-name data flows, cross-OPD integration, quality checks.'),
  (7, 'Pengukuran dan Publikasi Data Stunting', 'Measurement and publication of stunting data',
   'Standardised measurement; prevalence published per village/kecamatan.'),
  (8, 'Reviu Kinerja Tahunan', 'Annual performance review',
   'Delivery vs plan; recommendations for the next cycle.')
ON CONFLICT ("number") DO UPDATE
  SET "name" = EXCLUDED."name", "name_en" = EXCLUDED."name_en", "output" = EXCLUDED."output";

CREATE TABLE "assessment_evidence_type" (
  "code"    TEXT PRIMARY KEY CHECK ("code" ~ '^A[1-8]\.[A-Z0-9_]{1,30}$'),
  "action"  SMALLINT NOT NULL REFERENCES "convergence_action" ("number"),
  "ordinal" SMALLINT NOT NULL,
  "name"    TEXT NOT NULL,
  "name_en" TEXT NOT NULL,
  UNIQUE ("action", "ordinal")
);

INSERT INTO "assessment_evidence_type" ("code", "action", "ordinal", "name", "name_en") VALUES
  ('A1.HASIL_ANALISIS', 1, 1, 'Dokumen hasil analisis situasi', 'Situation analysis report'),
  ('A1.SK_LOKUS', 1, 2, 'Keputusan Bupati/Walikota tentang lokasi fokus (lokus) intervensi',
   'Regent/mayor decree naming the priority villages (lokus)'),
  ('A1.REKOMENDASI', 1, 3, 'Rekomendasi perbaikan alokasi program dan kegiatan',
   'Recommendations on programme and activity allocation'),
  ('A2.RENCANA_KEGIATAN', 2, 1, 'Dokumen rencana kegiatan intervensi penurunan stunting terintegrasi',
   'Integrated stunting-reduction activity plan'),
  ('A2.INTEGRASI_RKPD', 2, 2, 'Bukti integrasi rencana kegiatan ke dalam RKPD dan Renja OPD',
   'Evidence the plan is in the regional work plan (RKPD) and agency work plans'),
  ('A3.BERITA_ACARA', 3, 1, 'Berita acara rembuk stunting', 'Minutes of the stunting summit'),
  ('A3.KOMITMEN', 3, 2, 'Deklarasi komitmen yang ditandatangani bupati/walikota, OPD, camat dan kepala desa',
   'Commitment signed by the regent/mayor, agencies, kecamatan and village heads'),
  ('A4.PERBUP', 4, 1, 'Peraturan Bupati/Walikota tentang peran desa dalam penurunan stunting',
   'Regent/mayor regulation on the villages'' role in stunting reduction'),
  ('A4.SOSIALISASI', 4, 2, 'Bukti sosialisasi peraturan kepada desa', 'Evidence the regulation was explained to the villages'),
  ('A5.PEMBINAAN_KPM', 5, 1, 'Laporan pembinaan Kader Pembangunan Manusia (KPM)',
   'Report on coaching the human-development cadres (KPM)'),
  ('A5.SCORECARD', 5, 2, 'Rekapitulasi scorecard konvergensi desa', 'Summary of village convergence scorecards'),
  ('A6.SISTEM_DATA', 6, 1, 'Dokumen sistem manajemen data stunting (alur data dan integrasi lintas OPD)',
   'Stunting data management system (data flows, integration across agencies)'),
  ('A6.KUALITAS_DATA', 6, 2, 'Hasil pemeriksaan kualitas data', 'Data quality check results'),
  ('A7.HASIL_PENGUKURAN', 7, 1, 'Data hasil pengukuran pertumbuhan balita', 'Results of measuring children''s growth'),
  ('A7.PUBLIKASI', 7, 2, 'Publikasi angka stunting per kecamatan dan desa',
   'Stunting prevalence published per kecamatan and village'),
  ('A8.LAPORAN_REVIU', 8, 1, 'Laporan reviu kinerja tahunan', 'Annual performance review report'),
  ('A8.REKOMENDASI', 8, 2, 'Rekomendasi tindak lanjut untuk siklus berikutnya',
   'Follow-up recommendations for the next cycle')
ON CONFLICT ("code") DO UPDATE
  SET "action" = EXCLUDED."action", "ordinal" = EXCLUDED."ordinal", "name" = EXCLUDED."name",
      "name_en" = EXCLUDED."name_en";

-- 2. A year's scheme (imported with the assessment items): the Bahasa Indonesia name of each
--    item, the evidence it requires (an item naming none requires its action's whole catalog) and
--    its grade criteria (what each grade of that year's scale means for the item).
ALTER TABLE "assessment_item" ADD COLUMN "name" TEXT;

CREATE TABLE "assessment_item_evidence" (
  "year"          INTEGER NOT NULL,
  "item_code"     TEXT NOT NULL,
  "evidence_code" TEXT NOT NULL REFERENCES "assessment_evidence_type" ("code"),
  "synthetic"     BOOLEAN NOT NULL DEFAULT "petagizi_writing_synthetic"(),
  PRIMARY KEY ("year", "item_code", "evidence_code"),
  FOREIGN KEY ("year", "item_code") REFERENCES "assessment_item" ("year", "code") ON DELETE CASCADE
);

CREATE TABLE "assessment_grade_criterion" (
  "year"      INTEGER NOT NULL,
  "item_code" TEXT NOT NULL,
  "grade"     TEXT NOT NULL,
  "criterion" TEXT NOT NULL CHECK (length("criterion") BETWEEN 1 AND 500),
  "synthetic" BOOLEAN NOT NULL DEFAULT "petagizi_writing_synthetic"(),
  PRIMARY KEY ("year", "item_code", "grade"),
  FOREIGN KEY ("year", "item_code") REFERENCES "assessment_item" ("year", "code") ON DELETE CASCADE,
  FOREIGN KEY ("year", "grade") REFERENCES "assessment_grade_scale" ("year", "grade") ON DELETE CASCADE
);

-- 3. The rank the province published for a kabupaten/kota, kept beside the rank computed from the
--    grades in this database (which only ranks the kabupaten/kota loaded here).
CREATE TABLE "assessment_published_rank" (
  "kabupaten_kode" TEXT COLLATE "C" NOT NULL REFERENCES "region" ("kode"),
  "year"           INTEGER NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
  "rank"           INTEGER NOT NULL CHECK ("rank" >= 1),
  "out_of"         INTEGER NOT NULL CHECK ("out_of" >= "rank"),
  "source"         TEXT NOT NULL CHECK (length("source") BETWEEN 1 AND 500),
  "note"           TEXT,
  "recorded_at"    TIMESTAMPTZ NOT NULL DEFAULT now(),
  "synthetic"      BOOLEAN NOT NULL DEFAULT "petagizi_writing_synthetic"(),
  PRIMARY KEY ("kabupaten_kode", "year")
);
