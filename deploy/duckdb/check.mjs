// Reads a redactd archive directory with DuckDB the way query.sql does and
// prints what it found as JSON, for deploy_test.go to compare with what was
// written:
//
//   node deploy/duckdb/check.mjs DIR [JSON_TOPIC ...]
//
// {"lines": {class: {topic: n}}, "json": {class: n}, "json_columns": [...]}
//
// "lines" counts every record of every object (any format) by the class and
// topic DuckDB takes from the hive partitions; "json" counts the records of
// the JSON topics named on the command line, parsed as JSON; "json_columns"
// are the columns DuckDB inferred for them.
//
// With QUERY_SQL=deploy/duckdb/query.sql in the environment it also runs
// every statement of that file against DIR (its example path replaced) and
// adds {"query_sql": [row count of each statement]} and {"checks": {NAME:
// [rows]}} with the rows of each statement marked "-- check: NAME".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

async function loadDuckDB() {
  try {
    return await import('@duckdb/node-api');
  } catch {
    const prefix = process.env.DUCKDB_NODE_PREFIX ?? join(here, '..', '..', '.cache', 'duckdb');
    const path = createRequire(join(prefix, 'package.json')).resolve('@duckdb/node-api');
    return await import(pathToFileURL(path).href);
  }
}

const [dir, ...jsonTopics] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node check.mjs DIR [JSON_TOPIC ...]');
  process.exit(2);
}
const { DuckDBInstance } = await loadDuckDB();
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const sql = (s) => "'" + s.replaceAll("'", "''") + "'";
const rows = async (q) => (await conn.runAndReadAll(q)).getRowObjectsJson();

// Every object but Parquet, both codecs and both names: .ndjson.zst,
// .ndjson.gz, .log.zst, .log.gz (the '+' after the topic anchors the glob).
const all = join(dir, 'class=*/topic=*/dt=*/hour=*/*+*.[nl][do][jg]*');
const out = { lines: {}, json: {}, json_columns: [] };
for (const r of await rows(`
    SELECT class, topic, count(*) AS n
    FROM read_csv(${sql(all)}, columns = {'line': 'VARCHAR'}, header = false,
                  delim = E'\\x01', quote = '', escape = '', hive_partitioning = true)
    GROUP BY ALL ORDER BY ALL`)) {
  (out.lines[r.class] ??= {})[r.topic] = Number(r.n);
}
if (jsonTopics.length > 0) {
  const globs = jsonTopics.map((t) => sql(join(dir, `class=*/topic=${t}/dt=*/hour=*/*.ndjson.*`)));
  const src = `read_ndjson([${globs.join(', ')}], hive_partitioning = true, union_by_name = true)`;
  for (const r of await rows(`SELECT class, count(*) AS n FROM ${src} GROUP BY ALL ORDER BY ALL`)) {
    out.json[r.class] = Number(r.n);
  }
  out.json_columns = (await rows(`DESCRIBE SELECT * FROM ${src}`)).map((r) => r.column_name).sort();
}
if (process.env.QUERY_SQL) {
  const text = readFileSync(process.env.QUERY_SQL, 'utf8').replaceAll('/var/lib/redactd/archive', dir);
  out.query_sql = [];
  out.checks = {};
  for (const chunk of text.split(/;\s*\n/)) {
    const check = chunk.match(/^-- check: (\w+)$/m);
    const stmt = chunk.split('\n').filter((l) => !l.startsWith('--')).join('\n').trim();
    if (!stmt) continue;
    const r = await rows(stmt);
    out.query_sql.push(r.length);
    if (check) out.checks[check[1]] = r;
  }
}
// With ENGINE_SQL=athena/table.sql,trino/table.sql it also creates the
// views of those files (written for Athena and Trino) over DIR's text
// records, with regexp_like mapped to DuckDB's regexp_matches, and adds
// {"engine_checks": {FILE: {"nginx_status": [rows], "cloudfront_status": [rows]}}}.
if (process.env.ENGINE_SQL) {
  out.engine_checks = {};
  for (const file of process.env.ENGINE_SQL.split(',')) {
    const db2 = await DuckDBInstance.create(':memory:');
    const c = await db2.connect();
    const run = async (q) => (await c.runAndReadAll(q)).getRowObjectsJson();
    await run(`CREATE VIEW redactd_text AS SELECT * FROM read_csv(${sql(all)}, columns = {'line': 'VARCHAR'},
                 header = false, delim = E'\\x01', quote = '', escape = '', hive_partitioning = true)`);
    await run('CREATE MACRO regexp_like(s, p) AS regexp_matches(s, p)');
    const text = readFileSync(file, 'utf8').replaceAll('hive.logs.', '');
    for (const m of text.matchAll(/^CREATE OR REPLACE VIEW[\s\S]*?;$/gm)) {
      await run(m[0]);
    }
    out.engine_checks[file] = {
      nginx_status: await run('SELECT status, count(*) AS n FROM cdn_nginx GROUP BY ALL ORDER BY ALL'),
      cloudfront_status: await run('SELECT sc_status, count(*) AS n FROM cdn_cloudfront GROUP BY ALL ORDER BY ALL'),
    };
  }
}
console.log(JSON.stringify(out));
