package org.linli.organisations.internal;

import org.linli.common.NotFoundException;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;

/** Looks up the resident record a member or candidate refers to. */
final class People {
    private final ResidentService residents;

    People(ResidentService residents) {
        this.residents = residents;
    }

    /** The resident {@code id}, visible to the caller; {@code null} when {@code id} is. */
    Resident resident(String field, Long id) {
        if (id == null) {
            return null;
        }
        try {
            return residents.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "resident", id);
        }
    }
}
