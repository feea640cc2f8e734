-- Trino (Hive connector) tables over a redactd archive:
--
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.ndjson.zst  (JSON records)
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.log.zst     (text lines)
--
-- A table reads every file of its partitions, whatever the name (archives
-- written before .log.zst have text lines in .ndjson.zst files).
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

-- JSON topics (audit-log, app-telemetry): declare the top-level fields you
-- query; undeclared fields are ignored. Partition columns come last, in key
-- order. The CDN topic (cdn-access) holds text lines: see the views below.
CREATE TABLE IF NOT EXISTS hive.logs.redactd_json (
  ts         varchar,
  event      varchar,
  result     varchar,
  actor      ROW(id varchar, email varchar, role varchar),
  source_ip  varchar,
  user_agent varchar,
  request    ROW(method varchar, path varchar, request_id varchar),
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

-- batch.format: parquet: Parquet objects (*.parquet), typed columns for JSON
-- topics (inferred per object; nested objects as JSON text), one `line`
-- column for text topics. Declare the columns you query.
CREATE TABLE IF NOT EXISTS hive.logs.redactd_audit_parquet (
  ts         varchar,
  event      varchar,
  result     varchar,
  actor      varchar,
  source_ip  varchar,
  mfa        boolean,
  class   varchar,
  topic   varchar,
  dt      varchar,
  hour    varchar
)
WITH (
  external_location = 's3://example-log-archive/redactd/',
  format            = 'PARQUET',
  partitioned_by    = ARRAY['class', 'topic', 'dt', 'hour']
);

-- Text topics with a declared format (the policy's formats:, such as the cdn
-- pack's cdn-nginx: combined and cdn-cloudfront: cloudfront) written as
-- Parquet (batch.format_by_topic): one varchar column per named field, named
-- as engines accept (sc-status is sc_status), NULL where a line lacks the
-- field or does not parse, and the redacted line. Filter on topic: the
-- table's location holds every topic.
CREATE TABLE IF NOT EXISTS hive.logs.redactd_nginx_parquet (
  remote_addr     varchar,
  remote_user     varchar,
  time_local      varchar,
  request         varchar,
  status          varchar,
  body_bytes_sent varchar,
  http_referer    varchar,
  http_user_agent varchar,
  line            varchar,
  class   varchar,
  topic   varchar,
  dt      varchar,
  hour    varchar
)
WITH (
  external_location = 's3://example-log-archive/redactd/',
  format            = 'PARQUET',
  partitioned_by    = ARRAY['class', 'topic', 'dt', 'hour']
);

CREATE TABLE IF NOT EXISTS hive.logs.redactd_cloudfront_parquet (
  "date"             varchar,
  "time"             varchar,
  x_edge_location    varchar,
  sc_bytes           varchar,
  c_ip               varchar,
  cs_method          varchar,
  cs_host            varchar,
  cs_uri_stem        varchar,
  sc_status          varchar,
  cs_referer         varchar,
  cs_user_agent      varchar,
  cs_uri_query       varchar,
  x_edge_result_type varchar,
  time_taken         varchar,
  line               varchar,
  class   varchar,
  topic   varchar,
  dt      varchar,
  hour    varchar
)
WITH (
  external_location = 's3://example-log-archive/redactd/',
  format            = 'PARQUET',
  partitioned_by    = ARRAY['class', 'topic', 'dt', 'hour']
);

CALL hive.system.sync_partition_metadata('logs', 'redactd_json', 'FULL');
CALL hive.system.sync_partition_metadata('logs', 'redactd_text', 'FULL');
CALL hive.system.sync_partition_metadata('logs', 'redactd_audit_parquet', 'FULL');
CALL hive.system.sync_partition_metadata('logs', 'redactd_nginx_parquet', 'FULL');
CALL hive.system.sync_partition_metadata('logs', 'redactd_cloudfront_parquet', 'FULL');

-- CDN access logs, nginx/Apache combined lines (the names are nginx's, as
-- `redactd query --count-by status` uses them; the pattern is the one
-- deploy/duckdb/query.sql runs in a test against the demo's archive). Lines
-- of another layout in the same topic (CloudFront) are left out.
CREATE OR REPLACE VIEW cdn_nginx AS
SELECT class, topic, dt, hour,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 1) AS remote_addr,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 2) AS remote_user,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 3) AS time_local,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 4) AS request,
  TRY_CAST(regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 5) AS integer) AS status,
  TRY_CAST(regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 6) AS bigint) AS body_bytes_sent,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 7) AS http_referer,
  regexp_extract(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)', 8) AS http_user_agent,
  line
FROM hive.logs.redactd_text
WHERE class = 'access' AND topic = 'cdn-access'
  AND regexp_like(line, '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)');

-- CDN access logs, CloudFront standard log lines: tab-separated, in the
-- order of CloudFront's #Fields.
CREATE OR REPLACE VIEW cdn_cloudfront AS
SELECT class, topic, dt, hour,
  s[1] AS "date", s[2] AS "time", s[3] AS x_edge_location,
  TRY_CAST(s[4] AS bigint) AS sc_bytes, s[5] AS c_ip, s[6] AS cs_method,
  s[7] AS cs_host, s[8] AS cs_uri_stem, TRY_CAST(s[9] AS integer) AS sc_status,
  s[10] AS cs_referer, s[11] AS cs_user_agent, s[12] AS cs_uri_query,
  s[14] AS x_edge_result_type, TRY_CAST(s[19] AS double) AS time_taken, line
FROM (SELECT *, split(line, chr(9)) AS s FROM hive.logs.redactd_text
      WHERE class = 'access' AND topic = 'cdn-access'
        AND regexp_like(line, '^\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t'));

-- Both tables see every partition; query each through the topics it can read:
--   SELECT status, count(*) FROM cdn_nginx WHERE dt >= '2026-11-16' GROUP BY 1 ORDER BY 1;
--   SELECT event, result, count(*) FROM hive.logs.redactd_json
--   WHERE class = 'audit' AND topic = 'audit-log' AND dt >= '2026-11-20' GROUP BY 1, 2;
--   SELECT CAST(status AS integer) AS status, count(*) FROM hive.logs.redactd_nginx_parquet
--   WHERE topic = 'cdn-nginx' AND dt >= '2026-11-16' GROUP BY 1 ORDER BY 1;
--   SELECT dt, line FROM hive.logs.redactd_text
--   WHERE topic = 'voip-cdr' AND dt = '2026-11-23' AND line LIKE '%@voip.example.org%';
