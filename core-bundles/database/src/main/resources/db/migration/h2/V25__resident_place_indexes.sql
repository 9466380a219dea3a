-- A search scoped to a community finds its residents by the paths of their places (V24).
CREATE INDEX resident_dwelling_path_ix ON resident (dwelling_path);
CREATE INDEX resident_household_path_ix ON resident (household_path);
