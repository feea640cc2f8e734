-- DuckDB over a redactd archive: a local copy (file:// archive or
-- `aws s3 sync`) or S3 directly through the httpfs extension. The key layout
-- class=/topic=/dt=/hour= is Hive partitioning, so DuckDB turns the folders
-- into columns and a WHERE on them skips whole folders. Files end in
-- .ndjson.zst or .ndjson.gz; DuckDB decompresses both by extension (and
-- skips the metadata frame a file:// archive puts at the start of each file).
--
--   duckdb -c ".read deploy/duckdb/query.sql"    (after editing the paths)

-- S3 (skip for a local directory):
--   INSTALL httpfs; LOAD httpfs;
--   CREATE SECRET (TYPE s3, PROVIDER credential_chain);
--   then use 's3://example-log-archive/redactd/class=*/...' below.

-- JSON topics: one row per record, one column per top-level field.
CREATE OR REPLACE VIEW access_json AS
SELECT *
FROM read_ndjson('/var/lib/redactd/archive/class=access/topic=cdn-access/dt=*/hour=*/*.ndjson.*',
                 hive_partitioning = true, union_by_name = true);

-- 404s per hour for three days.
SELECT dt, hour, count(*) AS not_found
FROM access_json
WHERE dt BETWEEN '2026-11-20' AND '2026-11-22' AND status = 404
GROUP BY ALL ORDER BY ALL;

-- Every record of one pseudonymised user (same key id => same pseudonym).
SELECT dt, hour, path, status
FROM access_json
WHERE "user".id = 'k1:3fa94c0d5e1b7a2c9d0e4f61';

-- Text topics (plain lines): read each line as one column. \x01 is a
-- delimiter redacted log lines practically never hold.
CREATE OR REPLACE VIEW all_lines AS
SELECT *
FROM read_csv('/var/lib/redactd/archive/class=*/topic=*/dt=*/hour=*/*.ndjson.*',
              columns = {'line': 'VARCHAR'}, header = false,
              delim = E'\x01', quote = '', escape = '', hive_partitioning = true);

-- Records per class and topic: what the archive holds.
SELECT class, topic, count(*) AS records
FROM all_lines
GROUP BY ALL ORDER BY ALL;

-- grep over text topics for one day.
SELECT dt, hour, line
FROM all_lines
WHERE topic = 'voip-cdr' AND dt = '2026-11-23' AND line LIKE '%call_id=abc123%';
