#!/usr/bin/env node
// Records the SQL Unleash's db-migrate history runs on a new PostgreSQL
// database (README.md's `postgres-extra/unleash` row): every migration's up
// is run by db-migrate itself (db-migrate 0.11.14, db-migrate-pg 1.5.2, as
// Unleash pins them) on a scratch database, and every statement its
// connection sends is written to OUT/<migration>.sql, in order, with the
// values of its parameters written in. Left out: db-migrate's own
// bookkeeping (its `migrations` table, the `BEGIN;`/`COMMIT;` around each
// migration) and the reads a migration makes before writing rows
// (`db.all(...)`, statements that start with SELECT).
//
// Usage: NODE_PATH=<node_modules with db-migrate> unleash_sql.js MIGRATIONS_DIR OUT URL
// MIGRATIONS_DIR is a copy of src/migrations at the commit README.md names;
// URL a PostgreSQL database that exists and is empty.
'use strict';
const fs = require('fs');
const path = require('path');
const [dir, out, url] = process.argv.slice(2);
const pg = require(require.resolve('pg', { paths: [require.resolve('db-migrate-pg')] }));

const literal = (v) =>
    v === null || v === undefined
        ? 'NULL'
        : typeof v === 'number' || typeof v === 'boolean'
          ? String(v)
          : `'${(typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/'/g, "''")}'`;
const inline = (sql, values) =>
    values && values.length ? sql.replace(/\$(\d+)/g, (_, i) => literal(values[Number(i) - 1])) : sql;

let statements = [];
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
    const sql = typeof config === 'string' ? config : config.text;
    const vals = Array.isArray(values) ? values : config && config.values;
    const text = sql.trim();
    const name = /^INSERT INTO "migrations" \(/.exec(text);
    if (name) {
        const migration = vals[0].replace(/^\//, '');
        fs.writeFileSync(path.join(out, `${migration}.sql`), statements.join('\n\n') + '\n');
        statements = [];
    } else if (
        !/^(BEGIN|COMMIT|ROLLBACK);?$/i.test(text) &&
        !/^SELECT\b/i.test(text) &&
        !/"migrations"|\bmigrations\b.*\(/.test(text.split('\n')[0]) &&
        !/^SET search_path/i.test(text)
    ) {
        statements.push(inline(text, vals).replace(/;?\s*$/, ';'));
    }
    return original.apply(this, arguments);
};

fs.mkdirSync(out, { recursive: true });
const u = new URL(url);
const dbm = require('db-migrate').getInstance(true, {
    cwd: path.dirname(path.resolve(dir)),
    cmdOptions: { 'migrations-dir': path.resolve(dir) },
    config: {
        custom: {
            driver: 'pg',
            host: u.hostname,
            port: u.port || 5432,
            user: decodeURIComponent(u.username),
            password: decodeURIComponent(u.password),
            database: u.pathname.slice(1),
        },
    },
    env: 'custom',
});
dbm.silence(true);
dbm.up().then(
    () => process.exit(0),
    (err) => {
        console.error(err);
        process.exit(1);
    },
);
