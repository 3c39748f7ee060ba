-- Case management of monitored families and plausibility flags of realizations (issue 16.3).

-- Why and when a family's case was closed; a closed family takes no further check-ins.
ALTER TABLE "monitored_family" ADD COLUMN "close_reason" TEXT;
ALTER TABLE "monitored_family" ADD COLUMN "close_note" TEXT;
ALTER TABLE "monitored_family" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now();

-- With PROGRAM_PLAUSIBILITY=flag an implausible realization is stored with the reason here
-- instead of being refused.
ALTER TABLE "activity_week" ADD COLUMN "flag" TEXT;
