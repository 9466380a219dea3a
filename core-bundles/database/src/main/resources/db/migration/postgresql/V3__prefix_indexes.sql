-- Prefix matches (path LIKE '/1/51/%', name LIKE '王%') use a b-tree only with pattern
-- operators unless the database collation is C.
CREATE INDEX territory_node_path_ix ON territory_node (path varchar_pattern_ops);
CREATE INDEX resident_name_ix ON resident (name varchar_pattern_ops);
