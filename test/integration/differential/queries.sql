-- Differential queries: each runs on Sluice (Flink SQL, batch mode) and on SQLite, and the results
-- must match (see differential.py for the file format). Tables:
--   t1(id INT, g INT, k INT, v BIGINT, x DOUBLE, s STRING, c STRING)  3000 rows
--   t2(k INT, name STRING, w DOUBLE)                                  400 rows, duplicate keys
--   t3(k INT, s STRING)                                               60 rows
-- Avoided on purpose: integer division and AVG of integers (Flink keeps the integer type), CASE
-- branches with string literals of different lengths (Flink pads CHAR), ROUND, LIKE without
-- case_sensitive_like in SQLite (set by the driver), substrings from positions <= 0, DECIMAL
-- division (Flink's scale differs), ORDER BY without explicit NULLS FIRST/LAST.
-- Not supported by Sluice yet (kept out): IN/EXISTS/scalar subqueries, OVER windows.

-- Scans and filters ---------------------------------------------------------------------------
SELECT id, g, k, v, x, s, c FROM t1;
SELECT * FROM t2;
SELECT id, k FROM t1 WHERE k > 5 AND g < 3;
SELECT id FROM t1 WHERE k > 15 OR x < -990;
SELECT id FROM t1 WHERE NOT (k > 0);
SELECT id FROM t1 WHERE NOT (k > 0 AND x > 0);
SELECT id FROM t1 WHERE NOT (k > 0 OR x > 0);
SELECT id, k, g FROM t1 WHERE k IS NULL OR g IS NULL;
SELECT id FROM t1 WHERE k IS NOT NULL AND s IS NULL;
SELECT id, k > 0, k > 0 AND x > 0, k > 0 OR x > 0, NOT (k > 0) FROM t1;
SELECT id, k IS NULL, s IS NOT NULL FROM t1 WHERE id < 200;
SELECT id FROM t1 WHERE k IN (1, 2, 3, -4);
SELECT id FROM t1 WHERE k NOT IN (1, 2, 3, -4);
SELECT id, k IN (1, 2, NULL), k NOT IN (1, 2, NULL) FROM t1 WHERE id <= 300;
SELECT id FROM t1 WHERE s IN ('apple', 'a,b', 'say "hi"', 'it''s');
SELECT id, k FROM t1 WHERE k BETWEEN -3 AND 4;
SELECT id, x FROM t1 WHERE x NOT BETWEEN -100.5 AND 250.25;
SELECT id, s FROM t1 WHERE s LIKE 'a%';
SELECT id, s FROM t1 WHERE s LIKE '%e';
SELECT id, s FROM t1 WHERE s LIKE '_b%' OR s LIKE '%,%';
SELECT id, s FROM t1 WHERE s NOT LIKE '%a%';
SELECT id, s FROM t1 WHERE s LIKE 'x!%%' ESCAPE '!';
SELECT id, s FROM t1 WHERE s > 'b' AND s <= 'mixed Case';
SELECT id, c FROM t1 WHERE c <> 'a';
@sqlite SELECT id FROM t1 WHERE k IS NOT g;
SELECT id FROM t1 WHERE k IS DISTINCT FROM g;
@sqlite SELECT id FROM t1 WHERE k IS g;
SELECT id FROM t1 WHERE k IS NOT DISTINCT FROM g;

-- Expressions ---------------------------------------------------------------------------------
SELECT id, k + g, k - g, k * g, -k, v * 2 - k FROM t1;
SELECT id, x * 2.5, x + k, x - v, CAST(v AS DOUBLE) / 7 FROM t1;
SELECT id, CAST(k AS DOUBLE) / 4, ABS(k), ABS(x) FROM t1;
@sqlite SELECT id, k % 7, v % 13 FROM t1;
SELECT id, MOD(k, 7), MOD(v, 13) FROM t1;
SELECT id, CAST(x AS INT), CAST(x AS BIGINT) FROM t1;
SELECT id, CASE WHEN k < 0 THEN 'neg' WHEN k = 0 THEN 'zer' WHEN k > 0 THEN 'pos' ELSE 'nul' END FROM t1;
SELECT id, CASE k WHEN 1 THEN 10 WHEN 2 THEN 20 ELSE -1 END FROM t1;
SELECT id, CASE WHEN x > 0 THEN x END, CASE WHEN s IS NULL THEN 1 ELSE 0 END FROM t1;
SELECT id, COALESCE(k, g, -100), COALESCE(s, c, 'none'), COALESCE(x, 0.5) FROM t1;
SELECT id, NULLIF(k, 0), NULLIF(c, 'a') FROM t1;
SELECT id, s || '|' || c, c || 'x' FROM t1;

-- String functions ----------------------------------------------------------------------------
SELECT id, UPPER(s), LOWER(s) FROM t1;
SELECT id, CHAR_LENGTH(s) FROM t1;
SELECT id, SUBSTR(s, 2), SUBSTR(s, 1, 3), SUBSTR(s, 3, 2) FROM t1;
SELECT id, REPLACE(s, 'a', 'XY'), REPLACE(s, ',', '') FROM t1;
SELECT id, TRIM(s), LTRIM(s), RTRIM(s), CHAR_LENGTH(TRIM(s)) FROM t1;
SELECT UPPER(s), COUNT(*) FROM t1 GROUP BY UPPER(s);
SELECT id FROM t1 WHERE LOWER(s) = 'apple' OR UPPER(s) LIKE 'APPLE%';

-- Aggregation ---------------------------------------------------------------------------------
SELECT COUNT(*), COUNT(k), COUNT(s), SUM(k), SUM(v), MIN(k), MAX(k), MIN(x), MAX(x) FROM t1;
SELECT SUM(x), AVG(x), MIN(s), MAX(s) FROM t1;
SELECT g, COUNT(*), COUNT(k), SUM(k), SUM(v), AVG(x), MIN(x), MAX(x) FROM t1 GROUP BY g;
SELECT g, c, COUNT(*), SUM(v), MIN(s), MAX(s) FROM t1 GROUP BY g, c;
SELECT c, AVG(CAST(k AS DOUBLE)), SUM(x) FROM t1 GROUP BY c;
SELECT g, COUNT(*) FROM t1 GROUP BY g HAVING COUNT(*) > 290;
SELECT c, SUM(k) FROM t1 GROUP BY c HAVING SUM(k) < 0 OR MAX(x) > 999;
SELECT k, COUNT(DISTINCT g), COUNT(DISTINCT s) FROM t1 GROUP BY k;
SELECT COUNT(DISTINCT k), COUNT(DISTINCT c), COUNT(DISTINCT s) FROM t1;
SELECT k, SUM(x) FROM t1 WHERE x > 0 GROUP BY k;
SELECT COUNT(*), SUM(k), MAX(s) FROM t1 WHERE id < 0;
SELECT k, COUNT(*) FROM t1 WHERE id < 0 GROUP BY k;
SELECT CASE WHEN k < 0 THEN 0 ELSE 1 END, COUNT(*), SUM(v) FROM t1 GROUP BY CASE WHEN k < 0 THEN 0 ELSE 1 END;
SELECT DISTINCT g FROM t1;
SELECT DISTINCT c, g FROM t1;
SELECT DISTINCT s FROM t1;

-- Joins ---------------------------------------------------------------------------------------
SELECT t1.id, t2.name, t2.w FROM t1 JOIN t2 ON t1.k = t2.k;
SELECT t1.id, t1.k, t2.name FROM t1 LEFT JOIN t2 ON t1.k = t2.k;
SELECT t2.k, t2.name, t1.id FROM t2 LEFT JOIN t1 ON t2.k = t1.k AND t1.g = 3;
SELECT t1.id, t2.name FROM t1 JOIN t2 ON t1.k = t2.k AND t1.s = t2.name;
SELECT t1.id, t3.s FROM t1 JOIN t3 ON t1.k = t3.k WHERE t1.x > 0 AND t3.s <> 'a';
SELECT t2.name, COUNT(*), SUM(t1.v) FROM t1 JOIN t2 ON t1.k = t2.k GROUP BY t2.name;
SELECT a.id, b.id FROM t1 a JOIN t1 b ON a.g = b.k WHERE a.id < 100;
SELECT t3.k, t3.s, t2.w FROM t3 RIGHT JOIN t2 ON t3.k = t2.k;
SELECT t3.k, t3.s, t2.k, t2.w FROM t3 FULL OUTER JOIN t2 ON t3.k = t2.k;

-- Set operations ------------------------------------------------------------------------------
SELECT k, s FROM t3 UNION ALL SELECT k, name FROM t2;
SELECT k FROM t3 UNION SELECT k FROM t2;
SELECT k, s FROM t3 UNION SELECT g, c FROM t1;
SELECT k FROM t2 INTERSECT SELECT k FROM t3;
SELECT k, s FROM t3 INTERSECT SELECT k, c FROM t1;
SELECT k FROM t2 EXCEPT SELECT k FROM t3;
SELECT s FROM t1 EXCEPT SELECT name FROM t2;

-- Ordering ------------------------------------------------------------------------------------
@ordered
SELECT id, k, x FROM t1 ORDER BY k DESC NULLS LAST, id LIMIT 25;
@ordered
@sqlite SELECT id, x FROM t1 ORDER BY x NULLS FIRST, id LIMIT 15 OFFSET 10;
SELECT id, x FROM t1 ORDER BY x NULLS FIRST, id OFFSET 10 ROWS FETCH NEXT 15 ROWS ONLY;
@ordered
SELECT id, s FROM t1 WHERE s IS NOT NULL ORDER BY s, id DESC LIMIT 30 OFFSET 100;
@ordered
SELECT g, COUNT(*) AS n FROM t1 GROUP BY g ORDER BY n DESC, g NULLS FIRST;
@ordered
SELECT id, v FROM t1 ORDER BY v DESC NULLS LAST, id LIMIT 10;

-- Subqueries and CTEs -------------------------------------------------------------------------
SELECT q.g, q.total FROM (SELECT g, SUM(v) AS total FROM t1 GROUP BY g) AS q WHERE q.total > 0;
SELECT q.kk, COUNT(*) FROM (SELECT k * 2 AS kk, s FROM t1 WHERE s IS NOT NULL) q GROUP BY q.kk;
SELECT a.g, a.n, b.m FROM (SELECT g, COUNT(*) AS n FROM t1 GROUP BY g) a JOIN (SELECT k, MAX(w) AS m FROM t2 GROUP BY k) b ON a.g = b.k;
WITH big AS (SELECT id, k, x FROM t1 WHERE x > 500) SELECT k, COUNT(*), MAX(x) FROM big GROUP BY k;
WITH a AS (SELECT k, COUNT(*) AS n FROM t2 GROUP BY k), b AS (SELECT k, n FROM a WHERE n > 8) SELECT b.k, b.n, t3.s FROM b LEFT JOIN t3 ON b.k = t3.k;

-- More mixed coverage -------------------------------------------------------------------------
SELECT id FROM t1 WHERE s = '';
SELECT id, k FROM t1 WHERE k < x AND NOT (g IS NULL);
SELECT id, (k > 0) IS TRUE, (k > 0) IS NOT TRUE, (k > 0) IS FALSE FROM t1 WHERE id < 400;
SELECT id FROM t1 WHERE (k > 0 OR k IS NULL) AND NOT (c = 'a' OR c = 'b');
SELECT id, CASE WHEN k IS NULL THEN -1 WHEN k > 10 THEN CASE WHEN g > 5 THEN 2 ELSE 3 END ELSE 0 END FROM t1;
SELECT id, k * 1.5, x * -1, v * v FROM t1;
SELECT id, s FROM t1 WHERE s BETWEEN 'a' AND 'c';
SELECT id, c FROM t1 WHERE c IN ('a', NULL) OR c NOT IN ('b', 'c', 'd');
@sqlite SELECT id, instr(s, 'a'), instr(s, 'item') FROM t1;
SELECT id, POSITION('a' IN s), POSITION('item' IN s) FROM t1;
@sqlite SELECT id, substr(s, 2, 3) FROM t1;
SELECT id, SUBSTRING(s FROM 2 FOR 3) FROM t1;
SELECT id, CAST(k AS STRING) || '-' || c FROM t1;
SELECT id, UPPER(SUBSTR(TRIM(s), 1, 1)) || LOWER(SUBSTR(TRIM(s), 2)) FROM t1;
SELECT c, SUM(CASE WHEN x > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN x > 0 THEN x ELSE 0 END) FROM t1 GROUP BY c;
SELECT g, AVG(x) FROM t1 GROUP BY g HAVING AVG(x) > 0 OR COUNT(DISTINCT c) < 6;
SELECT c, MIN(s), MAX(s), COUNT(DISTINCT s) FROM t1 GROUP BY c HAVING COUNT(DISTINCT s) > 50;
SELECT g, k, COUNT(*) FROM t1 WHERE k BETWEEN -2 AND 2 GROUP BY g, k;
SELECT MIN(v), MAX(v), SUM(v), COUNT(DISTINCT g) FROM t1 WHERE c IS NULL;
SELECT DISTINCT k * 2, c FROM t1 WHERE g = 1;
SELECT a.k, a.s, b.s FROM t3 a CROSS JOIN t3 b WHERE a.k < b.k;
SELECT t1.id, t2.name, t2.w FROM t1 JOIN t2 ON t1.k = t2.k AND t1.x > t2.w * 10;
SELECT t1.c, t2.name, COUNT(*) FROM t1 LEFT JOIN t2 ON t1.k = t2.k GROUP BY t1.c, t2.name;
SELECT DISTINCT t2.name, t3.s FROM t2 JOIN t3 ON t2.k = t3.k;
SELECT t1.id, t2.k, t3.s FROM t1 JOIN t2 ON t1.k = t2.k JOIN t3 ON t2.k = t3.k WHERE t1.id < 200;
SELECT a.name, b.name FROM t2 a JOIN t2 b ON a.name = b.name WHERE a.k < b.k;
SELECT t1.id, t2.k FROM t1 LEFT JOIN t2 ON t1.k = t2.k WHERE t2.k IS NULL;
SELECT k FROM t3 UNION ALL SELECT g FROM t1 UNION ALL SELECT k FROM t2;
SELECT s FROM t3 UNION SELECT c FROM t1 UNION SELECT name FROM t2;
SELECT k, s FROM t3 EXCEPT SELECT k, s FROM t3 WHERE k > 0;
SELECT u.k, COUNT(*) FROM (SELECT k FROM t3 UNION ALL SELECT k FROM t2) u GROUP BY u.k;
@ordered
SELECT c, COUNT(*) AS n, SUM(v) AS sv FROM t1 GROUP BY c ORDER BY sv DESC NULLS LAST LIMIT 4;
@ordered
SELECT id, s FROM t1 WHERE s IS NOT NULL ORDER BY UPPER(s) DESC, id LIMIT 20;
@ordered
SELECT t2.k, t2.name, t2.w FROM t2 ORDER BY t2.w NULLS LAST, t2.k NULLS LAST LIMIT 12 OFFSET 5;
WITH g_stats AS (SELECT g, AVG(x) AS ax, COUNT(*) AS n FROM t1 GROUP BY g) SELECT t1.id, t1.x - g_stats.ax FROM t1 JOIN g_stats ON t1.g = g_stats.g WHERE t1.id < 300;
WITH r AS (SELECT k, s FROM t3 UNION SELECT k, c FROM t1) SELECT k, COUNT(*) FROM r GROUP BY k;
SELECT q.c, q.n FROM (SELECT c, COUNT(DISTINCT k) AS n FROM (SELECT DISTINCT c, k FROM t1) d GROUP BY c) q WHERE q.n > 3;

-- Edge cases ----------------------------------------------------------------------------------
SELECT id, k FROM t1 LIMIT 0;
SELECT g AS gg, COUNT(*) AS n FROM t1 GROUP BY g HAVING COUNT(*) > 100;
SELECT k, s FROM t3 INTERSECT SELECT k, s FROM t3 WHERE k > 0;
SELECT id, k FROM t1 WHERE k = -k;
SELECT id, -v, v - -k FROM t1;
SELECT COUNT(*) FROM t1 a JOIN t1 b ON a.id = b.id;
SELECT id, x FROM t1 WHERE x = 0.5 OR x = -12.34 OR x > 999.5;
SELECT t1.id, t2.k FROM t1 JOIN t2 ON t1.k = t2.k OR t1.g = t2.k WHERE t1.id < 100;
SELECT t1.id, t2.k FROM t1 LEFT JOIN t2 ON t1.k = t2.k AND t2.w > 0 WHERE t1.id < 500;
SELECT t1.id, t2.k FROM t1 LEFT JOIN t2 ON t1.k < t2.k WHERE t1.id < 50;
SELECT g, COUNT(*) FROM t1 GROUP BY g HAVING g > 3;
SELECT c, k FROM t1 GROUP BY c, k HAVING MIN(x) > -500;
SELECT COUNT(*) FROM (SELECT DISTINCT g, c, k FROM t1);
SELECT SUM(x) / COUNT(x), AVG(x) FROM t1 GROUP BY k;
SELECT id, CHAR_LENGTH(s) + CHAR_LENGTH(c) FROM t1;
SELECT id, REPLACE(REPLACE(s, '"', ''), '''', '') FROM t1;
SELECT id, s FROM t1 WHERE s LIKE '%"%' OR s LIKE '%''%';
SELECT MAX(CHAR_LENGTH(s)), MIN(UPPER(s)) FROM t1;
SELECT id, LOWER(s) = s, UPPER(s) <> s FROM t1;

-- Grouping by doubles and strings, more joins and set operations ------------------------------
SELECT x, COUNT(*) FROM t1 GROUP BY x HAVING COUNT(*) > 1;
SELECT w, COUNT(*) FROM t2 GROUP BY w;
SELECT g, SUM(x), AVG(x), MIN(s) FROM t1 WHERE x IS NULL GROUP BY g;
SELECT s, c, COUNT(*) FROM t1 GROUP BY s, c;
SELECT t2.name, t3.s FROM t2 FULL OUTER JOIN t3 ON t2.name = t3.s;
SELECT a.c, b.c FROM t1 a JOIN t1 b ON a.c = b.c AND a.id = b.id + 1;
SELECT id FROM t1 WHERE NOT (s LIKE '%a%') OR s IS NULL;
SELECT id, COALESCE(NULLIF(k, 0), -1) * 2 FROM t1;
SELECT id, CASE WHEN s LIKE '%,%' THEN 1 WHEN s LIKE '%"%' THEN 2 END FROM t1;
SELECT k, COUNT(*), COUNT(DISTINCT name), SUM(w), AVG(w) FROM t2 GROUP BY k;
SELECT DISTINCT x > 0, k > 0 FROM t1;
SELECT c, COUNT(*) FROM t1 WHERE c IN ('a', 'b') OR k BETWEEN 0 AND 0 GROUP BY c;
SELECT UPPER(c), LOWER(UPPER(s)) FROM t1 WHERE id % 10 = 3;
SELECT k FROM t2 EXCEPT SELECT g FROM t1;
SELECT k, name FROM t2 INTERSECT SELECT k, s FROM t1;
@sqlite SELECT id, trim(s, ' '), ltrim(s, ' '), rtrim(s, ' ') FROM t1;
SELECT id, TRIM(BOTH ' ' FROM s), TRIM(LEADING ' ' FROM s), TRIM(TRAILING ' ' FROM s) FROM t1;
SELECT id, CAST(k AS BIGINT) * 100000000000 FROM t1;
SELECT SUM(CAST(k AS BIGINT)), SUM(CAST(k AS DOUBLE)) FROM t1;
