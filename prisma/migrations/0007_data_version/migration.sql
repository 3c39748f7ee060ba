-- A counter per kind of data that anything cached (tile ETags, cached tiles, exports) keys on:
-- "region:<LEVEL>" for the regions of a level (names, codes, boundaries) and
-- "value:<indicator>:<period>" for indicator values. Statement-level triggers bump them in the
-- writing transaction, once per statement and scope, so reading a version is one index lookup
-- however many regions a layer holds.
CREATE TABLE "data_version" (
  "scope"      TEXT PRIMARY KEY,
  "version"    BIGINT NOT NULL,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);

CREATE FUNCTION "bump_data_version"(scopes TEXT[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "data_version" ("scope", "version")
  SELECT DISTINCT s, 1 FROM unnest(scopes) AS s
  ON CONFLICT ("scope") DO UPDATE
    SET "version" = "data_version"."version" + 1, "updated_at" = now();
$$;

CREATE FUNCTION "region_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT DISTINCT 'region:' || "level" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT DISTINCT 'region:' || "level" FROM new_rows
                                      UNION SELECT DISTINCT 'region:' || "level" FROM old_rows));
  ELSE
    PERFORM "bump_data_version"(ARRAY(SELECT DISTINCT 'region:' || "level" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "region_version_insert" AFTER INSERT ON "region"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "region_bump_version"();
CREATE TRIGGER "region_version_update" AFTER UPDATE ON "region"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "region_bump_version"();
CREATE TRIGGER "region_version_delete" AFTER DELETE ON "region"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "region_bump_version"();

CREATE FUNCTION "indicator_value_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "bump_data_version"(ARRAY(
      SELECT DISTINCT 'value:' || "indicator_code" || ':' || "period" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "bump_data_version"(ARRAY(
      SELECT DISTINCT 'value:' || "indicator_code" || ':' || "period" FROM new_rows
      UNION SELECT DISTINCT 'value:' || "indicator_code" || ':' || "period" FROM old_rows));
  ELSE
    PERFORM "bump_data_version"(ARRAY(
      SELECT DISTINCT 'value:' || "indicator_code" || ':' || "period" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "indicator_value_version_insert" AFTER INSERT ON "indicator_value"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_value_bump_version"();
CREATE TRIGGER "indicator_value_version_update" AFTER UPDATE ON "indicator_value"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_value_bump_version"();
CREATE TRIGGER "indicator_value_version_delete" AFTER DELETE ON "indicator_value"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_value_bump_version"();

-- Existing data starts at version 1.
SELECT "bump_data_version"(ARRAY(SELECT DISTINCT 'region:' || "level" FROM "region"));
SELECT "bump_data_version"(ARRAY(
  SELECT DISTINCT 'value:' || "indicator_code" || ':' || "period" FROM "indicator_value"));
