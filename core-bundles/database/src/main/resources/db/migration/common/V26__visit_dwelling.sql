-- A visit to a household alone is stored with the household's dwelling of that day, so that it
-- stays the work of the community where it was made and a community's visits are found through
-- visit_dwelling_ix. Visits stored before take their household's dwelling as it is now.
UPDATE visit SET dwelling_id = (SELECT h.dwelling_id FROM household h WHERE h.id = visit.household_id)
    WHERE dwelling_id IS NULL;
