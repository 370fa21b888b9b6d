-- PostgreSQL full-text search over the same documents the search index holds (authorities, one
-- row per provision, cases), for the side-by-side benchmark: tsvector ('simple' configuration:
-- the corpus is in many languages, and Postgres has no Chinese parser), GIN index.
DROP TABLE IF EXISTS fts_docs, bench_queries;
CREATE TABLE fts_docs AS
    SELECT 'authority' AS kind, a.id,
           to_tsvector('simple', (SELECT string_agg(value, ' ') FROM jsonb_each_text(a.names))) AS doc
      FROM authorities a WHERE a.status = 'active'
    UNION ALL
    SELECT 'legislation', p.id,
           to_tsvector('simple',
               (SELECT string_agg(value, ' ') FROM jsonb_each_text(l.title)) || ' ' ||
               coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text(p.heading)), '') || ' ' ||
               (SELECT string_agg(value, ' ') FROM jsonb_each_text(p.text)))
      FROM provisions p JOIN laws l ON l.id = p.law_id
    UNION ALL
    SELECT 'case', c.id,
           to_tsvector('simple',
               (SELECT string_agg(value, ' ') FROM jsonb_each_text(c.title)) || ' ' || c.court || ' ' ||
               coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text(c.summary)), '') || ' ' ||
               coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text(c.commentary)), ''))
      FROM cases c;
CREATE INDEX fts_docs_doc_idx ON fts_docs USING gin (doc);
CREATE TABLE bench_queries (id serial PRIMARY KEY, q text NOT NULL);
\copy bench_queries (q) FROM 'bench/queries.txt'
ANALYZE fts_docs;
ANALYZE bench_queries;
SELECT count(*) AS fts_documents FROM fts_docs;
