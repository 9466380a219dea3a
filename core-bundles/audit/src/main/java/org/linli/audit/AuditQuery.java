package org.linli.audit;

/**
 * Which audit entries to read; every criterion is optional and they combine with AND.
 *
 * @param user     entries of this user
 * @param action   entries of this action
 * @param entity   entries about this kind of thing
 * @param entityId entries about this one thing (with {@code entity})
 */
public record AuditQuery(String user, String action, String entity, String entityId) {
}
