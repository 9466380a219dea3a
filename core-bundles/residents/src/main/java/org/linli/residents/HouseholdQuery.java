package org.linli.residents;

/**
 * What to look for among households; every criterion is optional and they combine with AND.
 *
 * @param number exactly this household number
 * @param nodeId households registered at a dwelling under this territory node
 */
public record HouseholdQuery(String number, Long nodeId) {
}
