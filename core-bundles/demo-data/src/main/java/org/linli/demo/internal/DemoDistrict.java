package org.linli.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linli.common.PageRequest;
import org.linli.residents.Household;
import org.linli.residents.HouseholdKind;
import org.linli.residents.HouseholdService;
import org.linli.residents.RelationToHead;
import org.linli.residents.Resident;
import org.linli.residents.ResidentIdNumber;
import org.linli.residents.ResidentService;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/**
 * Builds a demonstration district through the public services, so that it obeys every rule real
 * data obeys: Dongcheng district (东城区) of Beijing with four streets, twelve communities, two
 * grids each, and about three thousand residents with valid ID numbers. The same seed gives the
 * same district.
 */
final class DemoDistrict {
    static final String CITY_CODE = "110000";
    static final String DISTRICT_CODE = "110101";

    private static final String[][] STREETS = {
        {"东华门街道", "多福巷社区", "韶九社区", "南池子社区"},
        {"景山街道", "黄化门社区", "吉祥社区", "三眼井社区"},
        {"交道口街道", "福祥社区", "菊儿社区", "府学社区"},
        {"安定门街道", "国子监社区", "五道营社区", "分司厅社区"},
    };
    private static final int GRIDS_PER_COMMUNITY = 2;
    private static final int BUILDINGS_PER_GRID = 4;
    private static final int FLOORS = 6;
    private static final int DWELLINGS_PER_FLOOR = 2;

    private final TerritoryService territory;
    private final HouseholdService households;
    private final ResidentService residents;
    private final Random random;
    private final Names names;
    private final LocalDate today;
    private final Set<String> usedIdNumbers = new HashSet<>();
    private int householdCounter;

    DemoDistrict(TerritoryService territory, HouseholdService households, ResidentService residents, Random random,
                 Names names, LocalDate today) {
        this.territory = territory;
        this.households = households;
        this.residents = residents;
        this.random = random;
        this.names = names;
        this.today = today;
    }

    /** The district, if it is there already from an earlier start. */
    TerritoryNode loaded() {
        List<TerritoryNode> found = territory.search(new TerritoryQuery(null, null, null, DISTRICT_CODE, null), PageRequest.of(0, 1)).items();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The communities of the district, in the order they were created. */
    List<TerritoryNode> communities(TerritoryNode district) {
        return territory.search(new TerritoryQuery(null, district.getId(), TerritoryLevel.COMMUNITY, null, null),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    /** Creates the district; answers how many residents were registered. */
    int load() {
        TerritoryNode city = existingOrCreate(null, TerritoryLevel.CITY, CITY_CODE, "北京市");
        TerritoryNode district = new TerritoryNode(city.getId(), TerritoryLevel.DISTRICT, DISTRICT_CODE, "东城区");
        district.setPolicyPlugins(new ArrayList<>(List.of("beijing")));
        district = territory.create(district);
        int count = 0;
        List<Long> dwellings = new ArrayList<>();
        for (int s = 0; s < STREETS.length; s++) {
            String streetCode = DISTRICT_CODE + String.format("%03d", s + 1);
            TerritoryNode street = territory.create(
                    new TerritoryNode(district.getId(), TerritoryLevel.STREET, streetCode, STREETS[s][0]));
            for (int c = 1; c < STREETS[s].length; c++) {
                String communityCode = streetCode + String.format("%03d", c);
                TerritoryNode community = territory.create(
                        new TerritoryNode(street.getId(), TerritoryLevel.COMMUNITY, communityCode, STREETS[s][c]));
                for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
                    String gridCode = communityCode + "-G" + g;
                    TerritoryNode grid = territory.create(
                            new TerritoryNode(community.getId(), TerritoryLevel.GRID, gridCode, "第" + g + "网格"));
                    for (int b = 1; b <= BUILDINGS_PER_GRID; b++) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new IllegalStateException("stopped before the district was complete");
                        }
                        int number = (g - 1) * BUILDINGS_PER_GRID + b;
                        TerritoryNode building = new TerritoryNode(grid.getId(), TerritoryLevel.BUILDING,
                                communityCode + "-B" + number, number + "号楼");
                        // Where the territory picture draws it: a street's communities side by side, each grid a row of
                        // buildings. Computed, not drawn from the random source, so the rest of the district stays the same.
                        building.setLongitude(116.400 + 0.004 * (c - 1) + 0.0007 * (b - 1));
                        building.setLatitude(39.915 + 0.008 * s + 0.0012 * (g - 1));
                        building = territory.create(building);
                        for (int f = 1; f <= FLOORS; f++) {
                            for (int d = 1; d <= DWELLINGS_PER_FLOOR; d++) {
                                String room = f + String.format("%02d", d);
                                TerritoryNode dwelling = territory.create(new TerritoryNode(building.getId(),
                                        TerritoryLevel.DWELLING, building.getCode() + "-" + room, room + "室"));
                                dwellings.add(dwelling.getId());
                                count += registerHousehold(dwelling.getId());
                            }
                        }
                    }
                }
            }
        }
        // The floating population: living in the district, registered elsewhere (人在户不在).
        for (int i = 0; i < dwellings.size() / 8; i++) {
            Resident tenant = person(1975 + random.nextInt(30), random.nextBoolean());
            tenant.setDwellingId(dwellings.get(random.nextInt(dwellings.size())));
            residents.create(tenant);
            count++;
        }
        return count;
    }

    private TerritoryNode existingOrCreate(Long parentId, TerritoryLevel level, String code, String name) {
        List<TerritoryNode> found = territory.search(new TerritoryQuery(null, null, null, code, null),
                PageRequest.of(0, 1)).items();
        return found.isEmpty() ? territory.create(new TerritoryNode(parentId, level, code, name)) : found.get(0);
    }

    /** One family: a head, often a spouse, some children, now and then a parent of the head. */
    private int registerHousehold(long dwellingId) {
        Household household = new Household();
        household.setNumber(DISTRICT_CODE + String.format("%06d", ++householdCounter));
        household.setDwellingId(dwellingId);
        household.setKind(HouseholdKind.FAMILY);
        int headYear = 1950 + random.nextInt(46);
        boolean headMale = random.nextInt(10) < 6;
        List<Resident> members = household.getMembers();
        members.add(member(person(headYear, headMale), RelationToHead.HEAD, dwellingId));
        if (random.nextInt(10) < 8) {
            members.add(member(person(headYear - 3 + random.nextInt(7), !headMale), RelationToHead.SPOUSE, dwellingId));
        }
        int children = random.nextInt(3);
        for (int i = 0; i < children; i++) {
            int year = headYear + 22 + random.nextInt(14);
            if (year <= today.getYear()) {
                members.add(member(person(year, random.nextBoolean()), RelationToHead.CHILD, dwellingId));
            }
        }
        if (headYear > 1965 && random.nextInt(10) < 2) {
            members.add(member(person(headYear - 25 - random.nextInt(6), random.nextBoolean()), RelationToHead.PARENT,
                    dwellingId));
        }
        // Some registered members live elsewhere (人户分离).
        if (members.size() > 1 && random.nextInt(10) == 0) {
            members.get(members.size() - 1).setDwellingId(null);
        }
        households.create(household);
        return members.size();
    }

    private static Resident member(Resident resident, RelationToHead relation, long dwellingId) {
        resident.setRelationToHead(relation);
        resident.setDwellingId(dwellingId);
        return resident;
    }

    private Resident person(int birthYear, boolean male) {
        Resident resident = new Resident(idNumber(birthYear, male), names.any());
        if (random.nextInt(10) < 7) {
            resident.setPhone("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        }
        return resident;
    }

    /** A valid, unused ID number of someone born in the district in {@code year}. */
    private String idNumber(int year, boolean male) {
        while (true) {
            LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            if (birth.isAfter(today)) {
                birth = today.minusDays(1 + random.nextInt(300));
            }
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = DISTRICT_CODE + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            if (usedIdNumbers.add(id)) {
                return id;
            }
        }
    }
}
