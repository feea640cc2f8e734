-- Amazon Athena tables over a redactd archive, as the daemon writes it:
--
--   s3://BUCKET/PREFIX/class=C/topic=T/dt=YYYY-MM-DD/hour=HH/T+P+OFFSET.ndjson.zst
--
-- Partition projection computes the partitions from the key layout, so no
-- crawler, MSCK REPAIR or ALTER TABLE ADD PARTITION is ever needed, and a
-- query that filters on class, topic, dt and hour reads only those prefixes.
-- Athena reads .zst (zstd) and .gz (gzip) text files by their extension.
--
-- Replace example-log-archive/redactd with your archive.url, and list your
-- classes and topics in the enum projections (a topic missing there is not
-- queried). Always filter on dt (and hour) to bound the scan.

-- JSON topics: one column per top-level field you want; fields not declared
-- are ignored, missing ones read as NULL. Nested objects can be declared as
-- struct<...> or read as string and picked apart with json_extract_scalar.
CREATE EXTERNAL TABLE IF NOT EXISTS redactd_json (
  `ts`      string,
  `user`    struct<id:string, email:string>,
  `ip`      string,
  `method`  string,
  `path`    string,
  `status`  int,
  `bytes`   bigint
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
  'projection.topic.values'     = 'cdn-access,audit-log,app-telemetry',
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

-- Text topics (plain log lines): a JSON SerDe cannot read them, so they get
-- a single-column table; RegexSerDe with ^(.*)$ keeps each whole line.
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
  'projection.topic.values'     = 'voip-cdr,dns-queries',
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
-- 404s of one pseudonymised user over three days:
--   SELECT dt, hour, path, status FROM redactd_json
--   WHERE class = 'access' AND topic = 'cdn-access'
--     AND dt BETWEEN '2026-11-20' AND '2026-11-22'
--     AND status = 404 AND "user".id = 'k1:3f9a0c...';
-- Records per class and day:
--   SELECT class, dt, count(*) FROM redactd_json
--   WHERE dt >= '2026-11-20' GROUP BY class, dt ORDER BY dt, class;
-- Text lines mentioning a call id:
--   SELECT dt, hour, line FROM redactd_text
--   WHERE class = 'access' AND topic = 'voip-cdr' AND dt = '2026-11-23'
--     AND line LIKE '%call_id=abc123%';
