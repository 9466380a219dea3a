-- A search scoped to a community finds its few thousand residents by the paths of their places
-- (V24) rather than going through every resident a name matches in the whole city. Pattern
-- operators, as in V3, for the prefix match.
CREATE INDEX resident_dwelling_path_ix ON resident (dwelling_path varchar_pattern_ops);
CREATE INDEX resident_household_path_ix ON resident (household_path varchar_pattern_ops);
