-- H2 serves prefix LIKE from a plain b-tree.
CREATE INDEX territory_node_path_ix ON territory_node (path);
CREATE INDEX resident_name_ix ON resident (name);
