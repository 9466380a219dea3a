package org.linli.policy.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.linli.common.Identified;
import org.linli.common.PageRequest;
import org.linli.common.Records;
import org.linli.policy.spi.CommunityFacts;
import org.linli.records.RecordStore;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/**
 * A community's facts read through the core registers, each list once, when a rule first asks.
 * The engine has checked that the caller may see the community; the lists are read as the engine
 * itself, so that a rule sees the whole community whatever the caller's own register rights are.
 */
final class ServiceFacts implements CommunityFacts {
    private static final Caller ENGINE = Caller.system("policy");

    private final CoreRegisters core;
    private final TerritoryNode community;
    private final LocalDate asOf;
    private final Map<String, List<?>> loaded = new HashMap<>();
    private final Map<TerritoryLevel, List<TerritoryNode>> nodes = new EnumMap<>(TerritoryLevel.class);
    private Long households;
    private Map<Long, Integer> householdsByDwelling;

    ServiceFacts(CoreRegisters core, TerritoryNode community, LocalDate asOf) {
        this.core = core;
        this.community = community;
        this.asOf = asOf;
    }

    @Override
    public TerritoryNode community() {
        return community;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public synchronized List<TerritoryNode> nodes(TerritoryLevel level) {
        return nodes.computeIfAbsent(level, l -> asEngine(() -> core.territory.all(
                        Map.of("withinId", String.valueOf(community.getId()), "level", l.name())).stream()
                // A grid closed by a grid plan keeps its history but is no longer part of the community.
                .filter(n -> n.getClosedOn() == null || n.getClosedOn().isAfter(asOf())).toList()));
    }

    @Override
    public synchronized long households() {
        if (households == null) {
            households = asEngine(() -> core.households.search(new HouseholdQuery(null, community.getId()),
                    new PageRequest(0, 1)).total());
        }
        return households;
    }

    @Override
    public synchronized Map<Long, Integer> householdsByDwelling() {
        if (householdsByDwelling == null) {
            householdsByDwelling = asEngine(() -> {
                Map<Long, Integer> counts = new HashMap<>();
                for (Household household : Records.everyPage(page -> core.households.search(
                        new HouseholdQuery(null, community.getId()), page).items())) {
                    counts.merge(household.getDwellingId(), 1, Integer::sum);
                }
                return Map.copyOf(counts);
            });
        }
        return householdsByDwelling;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        RecordStore<?> store = core.registers().stream().map(register -> register.store(type)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no core register keeps records of " + type.getName()));
        // A kind every reader sees belongs to no community: read whole.
        boolean scoped = store.description().filters().stream().anyMatch(filter -> filter.name().equals(RecordStore.NODE_FILTER));
        return (List<T>) read(type.getName(), store,
                scoped ? Map.of(RecordStore.NODE_FILTER, String.valueOf(community.getId())) : Map.of());
    }

    @SuppressWarnings("unchecked")
    private synchronized <T extends Identified> List<T> read(String name, Records<T> records, Map<String, String> filter) {
        return (List<T>) loaded.computeIfAbsent(name, n -> asEngine(() -> records.all(filter)));
    }

    private static <R> R asEngine(Supplier<R> work) {
        return CallerContext.callAs(ENGINE, work);
    }
}
