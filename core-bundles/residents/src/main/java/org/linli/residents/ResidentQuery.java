package org.linli.residents;

/**
 * What to look for among residents; every criterion is optional and they combine with AND.
 *
 * @param namePrefix  names starting with this text
 * @param idNumber    exactly this ID number
 * @param householdId members of this household
 * @param nodeId      residents registered or living anywhere under this territory node
 */
public record ResidentQuery(String namePrefix, String idNumber, Long householdId, Long nodeId) {
}
