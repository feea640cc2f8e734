-- DuckDB over a redactd archive: a local copy (file:// archive or
-- `aws s3 sync`) or S3 directly through the httpfs extension. The key layout
-- class=/topic=/dt=/hour= is Hive partitioning, so DuckDB turns the folders
-- into columns and a WHERE on them skips whole folders. Files end in
-- .ndjson.zst or .ndjson.gz (JSON records), .log.zst or .log.gz (text
-- lines; archives written before redactd named these .ndjson.* too) or
-- .parquet; DuckDB decompresses by extension (and skips the metadata frame
-- a file:// archive puts at the start of each file). The glob
-- *+*.[nl][do][jg]* below is every .ndjson.* and .log.* file and no
-- .parquet one (the '+' after the topic anchors it).
--
-- What is in the files is each topic's own format, redacted: JSON objects
-- for JSON topics (audit-log, app-telemetry), the original text lines for
-- the others (cdn-access: nginx combined and CloudFront standard log lines;
-- voip-cdr: Asterisk CSV; dns-queries: BIND query log). Text lines are read
-- as one column and taken apart with regular expressions below.
--
--   duckdb -c ".read deploy/duckdb/query.sql"    (after editing the paths)
--
-- deploy/duckdb_test.go runs every statement against an archive written by
-- `redactd demo`, and compares the results of those marked "-- check: NAME"
-- with what `redactd query` counts in the same archive.

-- S3 (skip for a local directory):
--   INSTALL httpfs; LOAD httpfs;
--   CREATE SECRET (TYPE s3, PROVIDER credential_chain);
--   then use 's3://example-log-archive/redactd/class=*/...' below.

-- Every record of every topic as one line. \x01 is a delimiter redacted log
-- lines practically never hold; no quoting, so a line is read as it is.
CREATE OR REPLACE VIEW all_lines AS
SELECT *
FROM read_csv('/var/lib/redactd/archive/class=*/topic=*/dt=*/hour=*/*+*.[nl][do][jg]*',
              columns = {'line': 'VARCHAR'}, header = false,
              delim = E'\x01', quote = '', escape = '', hive_partitioning = true);

-- check: records
-- Records per class and topic: what the archive holds.
SELECT class, topic, count(*) AS records
FROM all_lines
GROUP BY ALL ORDER BY ALL;

-- CDN access logs, nginx/Apache combined lines:
--   $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" extras...
-- The names are nginx's, as `redactd query --count-by status` uses them.
-- Strings may hold \" (Apache) or \x22 (nginx); a line that is not a
-- combined line (a CloudFront line of the same topic) is left out.
CREATE OR REPLACE VIEW cdn_nginx AS
SELECT class, topic, dt, hour,
       f.remote_addr, f.remote_user, f.time_local, f.request,
       TRY_CAST(f.status AS INTEGER) AS status,
       TRY_CAST(f.body_bytes_sent AS BIGINT) AS body_bytes_sent,
       f.http_referer, f.http_user_agent, line
FROM (
  SELECT *, regexp_extract(line,
    '^(\S+) \S+ (.+?) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d+|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: |$)',
    ['remote_addr', 'remote_user', 'time_local', 'request', 'status', 'body_bytes_sent', 'http_referer', 'http_user_agent']) AS f
  FROM read_csv('/var/lib/redactd/archive/class=access/topic=cdn-access/dt=*/hour=*/*+*.[nl][do][jg]*',
                columns = {'line': 'VARCHAR'}, header = false,
                delim = E'\x01', quote = '', escape = '', hive_partitioning = true)
)
WHERE f.remote_addr <> '';

-- check: nginx_status
-- Requests by status over the last 7 days.
SELECT status, count(*) AS n
FROM cdn_nginx
WHERE dt >= current_date - 7
GROUP BY ALL ORDER BY ALL;

-- 404s by hour and request path (query string cut off).
SELECT dt, hour, split_part(split_part(request, ' ', 2), '?', 1) AS path, count(*) AS not_found
FROM cdn_nginx
WHERE dt >= current_date - 7 AND status = 404
GROUP BY ALL ORDER BY not_found DESC LIMIT 20;

-- CDN access logs, CloudFront standard log lines: tab-separated, in the
-- order of CloudFront's #Fields (date, time, x-edge-location, sc-bytes,
-- c-ip, cs-method, cs(Host), cs-uri-stem, sc-status, cs(Referer),
-- cs(User-Agent), cs-uri-query, cs(Cookie), x-edge-result-type, ...).
CREATE OR REPLACE VIEW cdn_cloudfront AS
SELECT class, topic, dt, hour,
       s[1] AS date, s[2] AS time, s[3] AS x_edge_location,
       TRY_CAST(s[4] AS BIGINT) AS sc_bytes, s[5] AS c_ip, s[6] AS cs_method,
       s[7] AS cs_host, s[8] AS cs_uri_stem, TRY_CAST(s[9] AS INTEGER) AS sc_status,
       s[10] AS cs_referer, s[11] AS cs_user_agent, s[12] AS cs_uri_query,
       s[14] AS x_edge_result_type, TRY_CAST(s[19] AS DOUBLE) AS time_taken, line
FROM (
  SELECT *, string_split(line, E'\t') AS s
  FROM read_csv('/var/lib/redactd/archive/class=access/topic=cdn-access/dt=*/hour=*/*+*.[nl][do][jg]*',
                columns = {'line': 'VARCHAR'}, header = false,
                delim = E'\x01', quote = '', escape = '', hive_partitioning = true)
  WHERE regexp_matches(line, '^\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t')
);

-- check: cloudfront_status
-- CloudFront requests by status and cache result over the last 7 days.
SELECT sc_status, count(*) AS n
FROM cdn_cloudfront
WHERE dt >= current_date - 7
GROUP BY ALL ORDER BY ALL;

SELECT x_edge_result_type, count(*) AS n, round(avg(time_taken), 3) AS avg_seconds
FROM cdn_cloudfront
WHERE dt >= current_date - 7
GROUP BY ALL ORDER BY n DESC;

-- JSON topics: one row per record, one column per top-level field.
CREATE OR REPLACE VIEW audit AS
SELECT *
FROM read_ndjson('/var/lib/redactd/archive/class=audit/topic=audit-log/dt=*/hour=*/*.ndjson.*',
                 hive_partitioning = true, union_by_name = true);

-- check: audit_events
-- Audit events by type and result over the last 7 days.
SELECT event, result, count(*) AS n
FROM audit
WHERE dt >= current_date - 7
GROUP BY ALL ORDER BY ALL;

-- Everything one actor did (actor ids are kept; e-mails are masked).
SELECT ts, event, result, request.path
FROM audit
WHERE dt >= current_date - 7 AND actor.id = 'u_934810'
ORDER BY ts;

-- grep over text topics for one day: call records of one SIP domain.
SELECT dt, hour, line
FROM all_lines
WHERE topic = 'voip-cdr' AND dt >= current_date - 1 AND line LIKE '%@voip.example.org%'
LIMIT 20;
