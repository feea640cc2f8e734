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
// adds {"query_sql": [row count of each statement]}.
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

// Every object, both codecs: .ndjson.zst and .ndjson.gz.
const all = join(dir, 'class=*/topic=*/dt=*/hour=*/*.ndjson.*');
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
  const text = readFileSync(process.env.QUERY_SQL, 'utf8')
    .replaceAll('/var/lib/redactd/archive', dir)
    .split('\n').filter((l) => !l.startsWith('--')).join('\n');
  out.query_sql = [];
  for (const stmt of text.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    out.query_sql.push((await rows(stmt)).length);
  }
}
console.log(JSON.stringify(out));
