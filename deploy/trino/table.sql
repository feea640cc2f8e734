-- Trino (Hive connector) tables over a redactd archive:
--
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.ndjson.zst
--
-- The catalog "hive" needs S3 access to the bucket (fs.native-s3.enabled=true
-- and s3.region, or your existing S3 setup). Trino picks the decompressor by
-- file extension (.zst, .gz). Replace example-log-archive/redactd with your
-- archive.url.
--
-- With AWS Glue as the metastore, the Athena tables of deploy/athena keep
-- their partition projection and Trino can use them instead. With a Hive
-- metastore, register partitions as below after new hours arrive (e.g. from
-- cron every hour): sync_partition_metadata lists the table's location.

CREATE SCHEMA IF NOT EXISTS hive.logs
WITH (location = 's3://example-log-archive/redactd/');

-- JSON topics: declare the top-level fields you query; undeclared fields are
-- ignored. Partition columns come last, in key order.
CREATE TABLE IF NOT EXISTS hive.logs.redactd_json (
  ts      varchar,
  "user"  ROW(id varchar, email varchar),
  ip      varchar,
  method  varchar,
  path    varchar,
  status  integer,
  bytes   bigint,
  class   varchar,
  topic   varchar,
  dt      varchar,
  hour    varchar
)
WITH (
  external_location = 's3://example-log-archive/redactd/',
  format            = 'JSON',
  partitioned_by    = ARRAY['class', 'topic', 'dt', 'hour']
);

-- Text topics: one column, the whole line. TEXTFILE splits fields on \001:
-- a line holding that control byte is cut there.
CREATE TABLE IF NOT EXISTS hive.logs.redactd_text (
  line    varchar,
  class   varchar,
  topic   varchar,
  dt      varchar,
  hour    varchar
)
WITH (
  external_location = 's3://example-log-archive/redactd/',
  format            = 'TEXTFILE',
  partitioned_by    = ARRAY['class', 'topic', 'dt', 'hour']
);

CALL hive.system.sync_partition_metadata('logs', 'redactd_json', 'FULL');
CALL hive.system.sync_partition_metadata('logs', 'redactd_text', 'FULL');

-- Both tables see every partition; query each through the topics it can read:
--   SELECT dt, hour, path, status FROM hive.logs.redactd_json
--   WHERE class = 'access' AND topic = 'cdn-access'
--     AND dt BETWEEN '2026-11-20' AND '2026-11-22' AND status = 404;
--   SELECT dt, line FROM hive.logs.redactd_text
--   WHERE topic = 'voip-cdr' AND dt = '2026-11-23' AND line LIKE '%call_id=abc123%';
