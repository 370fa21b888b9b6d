-- One search as pgbench runs it: a query of bench/queries.txt, top 10 by ts_rank_cd. `queries` is
-- the number of queries, passed with -D by bench/search.sh.
\set n random(1, :queries)
SELECT d.kind, d.id, ts_rank_cd(d.doc, q.query) AS rank
  FROM fts_docs d, (SELECT plainto_tsquery('simple', q) AS query FROM bench_queries WHERE id = :n) q
 WHERE d.doc @@ q.query
 ORDER BY rank DESC
 LIMIT 10;
