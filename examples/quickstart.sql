-- Sluice quickstart: models are catalog objects, like tables.
-- Run it with `make demo`, or `build/sluice -f examples/quickstart.sql`.

CREATE DATABASE IF NOT EXISTS shop COMMENT 'Online shop';
USE shop;

-- A generated stream, and a query over it in batch mode (final results).
CREATE TABLE orders (
  order_id BIGINT,
  customer INT,
  amount   DOUBLE
) WITH (
  'connector' = 'datagen',
  'number-of-rows' = '100000',
  'rows-per-second' = '100000000',
  'fields.order_id.kind' = 'sequence',
  'fields.order_id.start' = '1',
  'fields.order_id.end' = '100000',
  'fields.customer.min' = '1',
  'fields.customer.max' = '5',
  'fields.amount.min' = '1',
  'fields.amount.max' = '100'
);

SET 'execution.runtime-mode' = 'batch';
SELECT customer, COUNT(*) AS orders, ROUND(SUM(amount), 2) AS revenue
FROM orders
WHERE order_id % 2 = 0
GROUP BY customer
ORDER BY customer;

-- The same aggregate in streaming mode is a changelog (op column).
SET 'execution.runtime-mode' = 'streaming';
SELECT customer, COUNT(*) AS orders FROM orders WHERE customer = 1 AND order_id <= 5000 GROUP BY customer;

-- A table, as in Flink SQL.
CREATE TABLE reviews (
  review_id BIGINT NOT NULL,
  product   STRING,
  stars     INT,
  body      STRING,
  ts        TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,
  PRIMARY KEY (review_id) NOT ENFORCED
) COMMENT 'Product reviews' WITH (
  'connector' = 'filesystem',
  'path' = 'examples/data/reviews.csv',
  'format' = 'csv'
);

-- A remote model (OpenAI-compatible). The key is an environment reference: it is resolved when
-- the model is used and never stored or shown.
CREATE MODEL sentiment
INPUT (body STRING)
OUTPUT (label STRING)
COMMENT 'Classifies a review as positive, negative or neutral'
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'model' = 'gpt-4o-mini',
  'api-key' = '${OPENAI_API_KEY}',
  'system-prompt' = 'Answer with one word: positive, negative or neutral.'
);

-- An imported model, in FLIP-437's spelling.
CREATE MODEL price_model
INPUT (f1 DOUBLE, f2 DOUBLE, f3 DOUBLE, f4 DOUBLE)
OUTPUT (price DOUBLE)
WITH (
  'task' = 'regression',
  'type' = 'import',
  'format' = 'ONNX',
  'ONNX.path' = 'test/data/models/linear.onnx'
);

SHOW TABLES;
SHOW MODELS;
DESCRIBE MODEL sentiment;
SHOW CREATE MODEL sentiment;

-- A new version: the old one stays, `sentiment$1` still names it.
CREATE OR REPLACE MODEL sentiment
INPUT (body STRING)
OUTPUT (label STRING)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'model' = 'gpt-4o',
  'api-key' = '${OPENAI_API_KEY}'
);
ALTER MODEL sentiment SET ('temperature' = '0.2');
DESCRIBE MODEL EXTENDED sentiment;
SHOW PROVIDERS;
