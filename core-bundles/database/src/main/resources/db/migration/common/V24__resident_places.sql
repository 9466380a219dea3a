-- Where each resident lies, kept on their row: the path of their dwelling and of their household's
-- dwelling (territory_node.path). A jurisdiction is then a prefix of one of them, tested in the row
-- a search reads instead of three look-ups by key for every row. The residents' register writes
-- them with the resident and the household, and rewrites them when the territory moves a subtree.
ALTER TABLE resident ADD COLUMN dwelling_path VARCHAR(400);
ALTER TABLE resident ADD COLUMN household_path VARCHAR(400);
UPDATE resident SET
    dwelling_path = (SELECT t.path FROM territory_node t WHERE t.id = resident.dwelling_id),
    household_path = (SELECT t.path FROM household h JOIN territory_node t ON t.id = h.dwelling_id WHERE h.id = resident.household_id);
