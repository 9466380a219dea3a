package org.linli.itests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A city made up for measuring Linli at scale, the same from the same seed: its territory (a
 * district of streets, communities, grids, buildings and dwellings), its households and its
 * residents, written as the files Linli's bulk import reads ({@code territory.csv},
 * {@code households.csv}, {@code residents.csv}), in that order of loading.
 *
 * <p>What makes it plausible: ID numbers valid to GB 11643 with the birth date and sex of the
 * person, and the birthplace codes of Beijing's districts or, for one in eight, of other
 * provinces; households of one to six with a head, a spouse, children and sometimes a parent, of
 * fitting ages; most residents living where they are registered, some elsewhere in the city, and
 * some registered nowhere here (流动人口) living in a dwelling.
 *
 * <pre>
 * java ... org.linli.itests.CityGenerator [city|district|street] [seed] [out] [prefix]
 * </pre>
 */
public final class CityGenerator {

    /** How big a city to make. */
    public record Scale(String name, int streets, int communities, int gridsPerCommunity, int buildingsPerGrid,
                        int dwellingsPerBuilding, int residents) {
        /** 40 streets, 300 communities, 1,500 grids, 432,000 dwellings, a million residents in about 390,000 households. */
        public static final Scale CITY = new Scale("city", 40, 300, 5, 12, 24, 1_000_000);
        /** A tenth of a city. */
        public static final Scale DISTRICT = new Scale("district", 4, 30, 5, 12, 24, 100_000);
        /** One street: for tests. */
        public static final Scale STREET = new Scale("street", 1, 2, 2, 2, 6, 120);

        public static Scale named(String name) {
            return switch (name) {
                case "city" -> CITY;
                case "district" -> DISTRICT;
                case "street" -> STREET;
                default -> throw new IllegalArgumentException("city, district or street, not " + name);
            };
        }

        public int grids() {
            return communities * gridsPerCommunity;
        }

        public int dwellings() {
            return grids() * buildingsPerGrid * dwellingsPerBuilding;
        }
    }

    /** What was written. */
    public record Written(Path territory, Path households, Path residents, int nodes, int householdCount, int residentCount) {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
        "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国志红玉兰海燕鹏宇浩然子涵欣怡梓萱雨泽博文思远嘉怡佳琪俊杰";
    /** Birthplace codes: Beijing's districts, then other provinces' cities. */
    private static final String[] BEIJING = {"110101", "110102", "110105", "110106", "110107", "110108", "110111", "110112"};
    private static final String[] ELSEWHERE = {"130102", "370102", "410102", "510104", "420102", "320102", "230102", "610102"};
    /** How many households have 1 to 6 members, in percent. */
    private static final int[] HOUSEHOLD_SIZES = {28, 34, 23, 9, 4, 2};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final Scale scale;
    private final SplittableRandom random;
    private final String prefix;
    /** The next sequence number of each birthplace and birth day, so that no ID number is given twice. */
    private final Map<Long, Integer> sequences = new HashMap<>();

    public CityGenerator(Scale scale, long seed, String prefix) {
        if (!prefix.matches("[A-Z][A-Z0-9]{0,5}")) {
            throw new IllegalArgumentException("a prefix is 1 to 6 capital letters and digits: " + prefix);
        }
        this.scale = scale;
        this.random = new SplittableRandom(seed);
        this.prefix = prefix;
    }

    public static void main(String[] args) throws IOException {
        Scale scale = Scale.named(args.length > 0 ? args[0] : "district");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path out = Path.of(args.length > 2 ? args[2] : "target/city");
        String prefix = args.length > 3 ? args[3] : "LC";
        long started = System.nanoTime();
        Written written = new CityGenerator(scale, seed, prefix).write(out);
        System.out.printf(Locale.ROOT, "%s of seed %d in %s: %,d territory nodes, %,d households, %,d residents (%.1f s)%n",
                scale.name(), seed, out, written.nodes(), written.householdCount(), written.residentCount(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Writes the three files into {@code directory}. */
    public Written write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path territory = directory.resolve("territory.csv");
        Path households = directory.resolve("households.csv");
        Path residents = directory.resolve("residents.csv");
        List<String> dwellings = new ArrayList<>(scale.dwellings());
        int nodes;
        try (Writer out = writer(territory)) {
            nodes = territory(out, dwellings);
        }
        int householdCount = 0;
        int residentCount = 0;
        try (Writer householdsOut = writer(households); Writer residentsOut = writer(residents)) {
            householdsOut.write("number,dwellingCode,kind\n");
            residentsOut.write("idNumber,name,phone,householdNumber,relationToHead,dwellingCode\n");
            // One in twelve residents is registered nowhere here and lives in a dwelling of the city.
            int unregistered = scale.residents() / 12;
            while (residentCount < scale.residents() - unregistered) {
                String number = prefix + "H" + String.format(Locale.ROOT, "%07d", ++householdCount);
                String dwelling = dwellings.get(householdCount <= dwellings.size() ? householdCount - 1 : random.nextInt(dwellings.size()));
                boolean collective = random.nextInt(100) < 2;
                householdsOut.write(number + "," + dwelling + "," + (collective ? "COLLECTIVE" : "FAMILY") + "\n");
                int size = Math.min(size(), scale.residents() - unregistered - residentCount);
                residentCount += household(residentsOut, number, dwellings, size, collective);
            }
            for (; residentCount < scale.residents(); residentCount++) {
                Person person = person(18 + random.nextInt(45), random.nextBoolean(), random.nextInt(100) < 60);
                residentsOut.write(row(person, "", "", dwellings.get(random.nextInt(dwellings.size()))));
            }
        }
        return new Written(territory, households, residents, nodes, householdCount, residentCount);
    }

    private int territory(Writer out, List<String> dwellings) throws IOException {
        out.write("code,parentCode,level,name,longitude,latitude\n");
        String city = prefix;
        String district = prefix + "01";
        out.write(city + ",,CITY,基准市,,\n");
        out.write(district + "," + city + ",DISTRICT,基准区,,\n");
        int nodes = 2;
        for (int s = 1; s <= scale.streets(); s++) {
            String street = district + "-S" + two(s);
            out.write(street + "," + district + ",STREET,第" + s + "街道,,\n");
            nodes++;
            // The communities shared out as evenly as they go: 7 or 8 to a street of the city.
            int communities = scale.communities() * s / scale.streets() - scale.communities() * (s - 1) / scale.streets();
            for (int c = 1; c <= communities; c++) {
                String community = street + "-C" + two(c);
                out.write(community + "," + street + ",COMMUNITY,第" + s + "街道第" + c + "社区,,\n");
                nodes++;
                for (int g = 1; g <= scale.gridsPerCommunity(); g++) {
                    String grid = community + "-G" + g;
                    // Around central Beijing, a grid a few hundred metres from the next.
                    double longitude = 116.30 + s * 0.01 + g * 0.002;
                    double latitude = 39.85 + c * 0.01 + g * 0.001;
                    out.write(String.format(Locale.ROOT, "%s,%s,GRID,第%d网格,%.4f,%.4f%n", grid, community, g, longitude, latitude));
                    nodes++;
                    for (int b = 1; b <= scale.buildingsPerGrid(); b++) {
                        String building = grid + "-B" + two(b);
                        out.write(building + "," + grid + ",BUILDING," + b + "号楼,,\n");
                        nodes++;
                        for (int d = 0; d < scale.dwellingsPerBuilding(); d++) {
                            int floor = d / 4 + 1;
                            String room = floor + "0" + (d % 4 + 1);
                            String dwelling = building + "-" + room;
                            out.write(dwelling + "," + building + ",DWELLING," + room + "室,,\n");
                            dwellings.add(dwelling);
                            nodes++;
                        }
                    }
                }
            }
        }
        return nodes;
    }

    /** Writes a household's members, the head first; answers how many. */
    private int household(Writer out, String number, List<String> dwellings, int size, boolean collective) throws IOException {
        int headAge = collective ? 20 + random.nextInt(30) : 25 + random.nextInt(60);
        boolean headMale = random.nextInt(100) < 55;
        out.write(row(person(headAge, headMale, true), number, "HEAD", elsewhere(dwellings)));
        for (int i = 1; i < size; i++) {
            Person member;
            String relation;
            if (collective) {
                member = person(18 + random.nextInt(40), random.nextBoolean(), true);
                relation = "OTHER";
            } else if (i == 1 && headAge >= 22) {
                member = person(Math.max(20, headAge - 5 + random.nextInt(11)), !headMale, true);
                relation = "SPOUSE";
            } else if (i == size - 1 && size >= 4 && headAge < 60) {
                member = person(headAge + 22 + random.nextInt(10), random.nextBoolean(), random.nextInt(100) < 50);
                relation = "PARENT";
            } else {
                member = person(Math.max(0, headAge - 22 - random.nextInt(14)), random.nextBoolean(), random.nextInt(100) < 40);
                relation = "CHILD";
            }
            out.write(row(member, number, relation, elsewhere(dwellings)));
        }
        return size;
    }

    /** Where a registered resident lives, when not at home: one in ten lives elsewhere in the city. */
    private String elsewhere(List<String> dwellings) {
        return random.nextInt(100) < 10 ? dwellings.get(random.nextInt(dwellings.size())) : "";
    }

    private int size() {
        int roll = random.nextInt(100);
        for (int size = 0; size < HOUSEHOLD_SIZES.length; size++) {
            roll -= HOUSEHOLD_SIZES[size];
            if (roll < 0) {
                return size + 1;
            }
        }
        return HOUSEHOLD_SIZES.length;
    }

    private record Person(String idNumber, String name, String phone) {
    }

    private Person person(int age, boolean male, boolean phone) {
        LocalDate born = TODAY.minusYears(age).minusDays(random.nextInt(365));
        String place = random.nextInt(8) == 0 ? ELSEWHERE[random.nextInt(ELSEWHERE.length)] : BEIJING[random.nextInt(BEIJING.length)];
        int order;
        // A day and place whose 499 numbers are all given gives way to the day before.
        while ((order = sequences.merge(Long.parseLong(place) * 100_000 + born.toEpochDay(), 1, Integer::sum)) > 499) {
            born = born.minusDays(1);
        }
        // The sequence is odd for a man, even for a woman.
        int sequence = (order - 1) * 2 + (male ? 1 : 2);
        String first17 = place + born.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", sequence);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(100) < 70 ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String number = phone ? "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)) : "";
        return new Person(first17 + checkCharacter(first17), name, number);
    }

    private static String row(Person person, String household, String relation, String dwelling) {
        return person.idNumber() + "," + person.name() + "," + person.phone() + "," + household + "," + relation + "," + dwelling + "\n";
    }

    /** GB 11643's check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
