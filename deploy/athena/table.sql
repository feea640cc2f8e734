-- Amazon Athena tables over a redactd archive, as the daemon writes it:
--
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.ndjson.zst  (JSON records)
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.log.zst     (text lines)
--
-- A table reads every file of its partitions, whatever the name (archives
-- written before .log.zst have text lines in .ndjson.zst files).
--
-- Partition projection computes the partitions from the key layout, so no
-- crawler, MSCK REPAIR or ALTER TABLE ADD PARTITION is ever needed, and a
-- query that filters on class, topic, dt and hour reads only those prefixes.
-- Athena reads .zst (zstd) and .gz (gzip) text files by their extension.
--
-- Replace example-log-archive/redactd with your archive.url, and list your
-- classes and topics in the enum projections (a topic missing there is not
-- queried). Always filter on dt (and hour) to bound the scan.

-- JSON topics (audit-log, app-telemetry): one column per top-level field you
-- want; fields not declared are ignored, missing ones read as NULL. Nested
-- objects can be declared as struct<...> or read as string and picked apart
-- with json_extract_scalar. Text topics cannot go through a JSON SerDe: the
-- CDN topic (cdn-access) holds nginx and CloudFront text lines.
CREATE EXTERNAL TABLE IF NOT EXISTS redactd_json (
  `ts`         string,
  `event`      string,
  `result`     string,
  `actor`      struct<id:string, email:string, role:string>,
  `source_ip`  string,
  `user_agent` string,
  `request`    struct<method:string, path:string, request_id:string>
)
PARTITIONED BY (
  `class` string,
  `topic` string,
  `dt`    string,
  `hour`  string
)
ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'
WITH SERDEPROPERTIES ('ignore.malformed.json' = 'true')
STORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat'
OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'
LOCATION 's3://example-log-archive/redactd/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.class.type'       = 'enum',
  'projection.class.values'     = 'technical,access,audit',
  'projection.topic.type'       = 'enum',
  'projection.topic.values'     = 'audit-log,app-telemetry',
  'projection.dt.type'          = 'date',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.range'         = '2026-01-01,NOW',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'projection.hour.type'        = 'integer',
  'projection.hour.range'       = '0,23',
  'projection.hour.digits'      = '2',
  'storage.location.template'   = 's3://example-log-archive/redactd/class=${class}/topic=${topic}/dt=${dt}/hour=${hour}/'
);

-- Text topics (plain log lines): a single-column table; RegexSerDe with
-- ^(.*)$ keeps each whole line, and the views below take the CDN lines apart.
CREATE EXTERNAL TABLE IF NOT EXISTS redactd_text (
  `line` string
)
PARTITIONED BY (
  `class` string,
  `topic` string,
  `dt`    string,
  `hour`  string
)
ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe'
WITH SERDEPROPERTIES ('input.regex' = '^(.*)$')
STORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat'
OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'
LOCATION 's3://example-log-archive/redactd/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.class.type'       = 'enum',
  'projection.class.values'     = 'technical,access,audit',
  'projection.topic.type'       = 'enum',
  'projection.topic.values'     = 'cdn-access,voip-cdr,dns-queries',
  'projection.dt.type'          = 'date',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.range'         = '2026-01-01,NOW',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'projection.hour.type'        = 'integer',
  'projection.hour.range'       = '0,23',
  'projection.hour.digits'      = '2',
  'storage.location.template'   = 's3://example-log-archive/redactd/class=${class}/topic=${topic}/dt=${dt}/hour=${hour}/'
);

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
FROM redactd_text
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
FROM (SELECT *, split(line, chr(9)) AS s FROM redactd_text
      WHERE class = 'access' AND topic = 'cdn-access'
        AND regexp_like(line, '^\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t'));

-- batch.format: parquet: objects are Parquet files (*.parquet) with typed
-- columns for JSON topics (inferred per object; nested objects as JSON
-- text) and one `line` column for text topics. Declare the columns you
-- query; a column an object lacks reads as NULL.
CREATE EXTERNAL TABLE IF NOT EXISTS redactd_audit_parquet (
  `ts`         string,
  `event`      string,
  `result`     string,
  `actor`      string,   -- JSON text: json_extract_scalar(actor, '$.id')
  `source_ip`  string,
  `mfa`        boolean
)
PARTITIONED BY (
  `class` string,
  `topic` string,
  `dt`    string,
  `hour`  string
)
STORED AS PARQUET
LOCATION 's3://example-log-archive/redactd/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.class.type'       = 'enum',
  'projection.class.values'     = 'audit',
  'projection.topic.type'       = 'enum',
  'projection.topic.values'     = 'audit-log',
  'projection.dt.type'          = 'date',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.range'         = '2026-01-01,NOW',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'projection.hour.type'        = 'integer',
  'projection.hour.range'       = '0,23',
  'projection.hour.digits'      = '2',
  'storage.location.template'   = 's3://example-log-archive/redactd/class=${class}/topic=${topic}/dt=${dt}/hour=${hour}/'
);

-- Text topics with a declared format (the policy's formats:, such as the cdn
-- pack's cdn-nginx: combined and cdn-cloudfront: cloudfront) written as
-- Parquet (batch.format_by_topic): one string column per named field, named
-- as Athena accepts (sc-status is sc_status), NULL where a line lacks the
-- field or does not parse, and the redacted line. No SerDe, no regular
-- expression: cast where you compare, TRY_CAST(status AS integer).
CREATE EXTERNAL TABLE IF NOT EXISTS redactd_nginx_parquet (
  `remote_addr`     string,
  `remote_user`     string,
  `time_local`      string,
  `request`         string,
  `status`          string,
  `body_bytes_sent` string,
  `http_referer`    string,
  `http_user_agent` string,
  `line`            string
)
PARTITIONED BY (
  `class` string,
  `topic` string,
  `dt`    string,
  `hour`  string
)
STORED AS PARQUET
LOCATION 's3://example-log-archive/redactd/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.class.type'       = 'enum',
  'projection.class.values'     = 'access',
  'projection.topic.type'       = 'enum',
  'projection.topic.values'     = 'cdn-nginx',
  'projection.dt.type'          = 'date',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.range'         = '2026-01-01,NOW',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'projection.hour.type'        = 'integer',
  'projection.hour.range'       = '0,23',
  'projection.hour.digits'      = '2',
  'storage.location.template'   = 's3://example-log-archive/redactd/class=${class}/topic=${topic}/dt=${dt}/hour=${hour}/'
);

CREATE EXTERNAL TABLE IF NOT EXISTS redactd_cloudfront_parquet (
  `date`               string,
  `time`               string,
  `x_edge_location`    string,
  `sc_bytes`           string,
  `c_ip`               string,
  `cs_method`          string,
  `cs_host`            string,
  `cs_uri_stem`        string,
  `sc_status`          string,
  `cs_referer`         string,
  `cs_user_agent`      string,
  `cs_uri_query`       string,
  `x_edge_result_type` string,
  `time_taken`         string,
  `line`               string
)
PARTITIONED BY (
  `class` string,
  `topic` string,
  `dt`    string,
  `hour`  string
)
STORED AS PARQUET
LOCATION 's3://example-log-archive/redactd/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.class.type'       = 'enum',
  'projection.class.values'     = 'access',
  'projection.topic.type'       = 'enum',
  'projection.topic.values'     = 'cdn-cloudfront',
  'projection.dt.type'          = 'date',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.range'         = '2026-01-01,NOW',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'projection.hour.type'        = 'integer',
  'projection.hour.range'       = '0,23',
  'projection.hour.digits'      = '2',
  'storage.location.template'   = 's3://example-log-archive/redactd/class=${class}/topic=${topic}/dt=${dt}/hour=${hour}/'
);

-- Examples.
-- CDN requests by status over a week:
--   SELECT status, count(*) FROM cdn_nginx
--   WHERE dt >= '2026-11-16' GROUP BY status ORDER BY status;
-- CloudFront 404s by path for a day:
--   SELECT cs_uri_stem, count(*) AS n FROM cdn_cloudfront
--   WHERE dt = '2026-11-23' AND sc_status = 404 GROUP BY 1 ORDER BY n DESC LIMIT 20;
-- Audit events by type and result:
--   SELECT event, result, count(*) FROM redactd_json
--   WHERE class = 'audit' AND topic = 'audit-log' AND dt >= '2026-11-20'
--   GROUP BY event, result ORDER BY 3 DESC;
-- nginx requests by status from Parquet text columns:
--   SELECT TRY_CAST(status AS integer) AS status, count(*) FROM redactd_nginx_parquet
--   WHERE dt >= '2026-11-16' GROUP BY 1 ORDER BY 1;
-- Text lines of one SIP domain:
--   SELECT dt, hour, line FROM redactd_text
--   WHERE class = 'access' AND topic = 'voip-cdr' AND dt = '2026-11-23'
--     AND line LIKE '%@voip.example.org%';
