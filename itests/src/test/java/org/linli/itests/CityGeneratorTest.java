package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CityGeneratorTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theSameSeedMakesTheSameCityAndAnotherSeedAnother() throws IOException {
        Path one = folder.newFolder("one").toPath();
        Path two = folder.newFolder("two").toPath();
        Path three = folder.newFolder("three").toPath();
        new CityGenerator(CityGenerator.Scale.STREET, 7, "T").write(one);
        new CityGenerator(CityGenerator.Scale.STREET, 7, "T").write(two);
        new CityGenerator(CityGenerator.Scale.STREET, 8, "T").write(three);
        for (String file : List.of("territory.csv", "households.csv", "residents.csv")) {
            assertEquals(file, Files.readString(one.resolve(file)), Files.readString(two.resolve(file)));
        }
        assertNotEquals(Files.readString(one.resolve("residents.csv")), Files.readString(three.resolve("residents.csv")));
    }

    @Test
    public void aDistrictHoldsWhatItsScaleSaysAndEveryRowIsPlausible() throws IOException {
        CityGenerator.Scale scale = CityGenerator.Scale.DISTRICT;
        CityGenerator.Written written = new CityGenerator(scale, 1, "LC").write(folder.getRoot().toPath());
        List<String> territory = Files.readAllLines(written.territory());
        assertEquals(written.nodes() + 1, territory.size());
        assertEquals(scale.communities(), territory.stream().filter(line -> line.contains(",COMMUNITY,")).count());
        assertEquals(scale.grids(), territory.stream().filter(line -> line.contains(",GRID,")).count());
        assertEquals(scale.dwellings(), territory.stream().filter(line -> line.contains(",DWELLING,")).count());
        Set<String> codes = new HashSet<>();
        for (String line : territory.subList(1, territory.size())) {
            String[] cells = line.split(",", -1);
            assertTrue("each parent comes before its children: " + line, cells[1].isEmpty() || codes.contains(cells[1]));
            assertTrue("codes are unique and at most 32 long: " + line, codes.add(cells[0]) && cells[0].length() <= 32);
        }

        List<String> households = Files.readAllLines(written.households());
        assertEquals(written.householdCount() + 1, households.size());
        Set<String> numbers = new HashSet<>();
        for (String line : households.subList(1, households.size())) {
            String[] cells = line.split(",", -1);
            assertTrue(numbers.add(cells[0]));
            assertTrue(line, codes.contains(cells[1]) && cells[1].matches(".*-B\\d\\d-\\d+"));
        }

        List<String> residents = Files.readAllLines(written.residents());
        assertEquals(scale.residents() + 1, residents.size());
        assertEquals("idNumber,name,phone,householdNumber,relationToHead,dwellingCode", residents.get(0));
        Set<String> ids = new HashSet<>();
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        int unregistered = 0;
        int elsewhere = 0;
        for (String line : residents.subList(1, residents.size())) {
            String[] cells = line.split(",", -1);
            String id = cells[0];
            assertTrue("unique: " + id, ids.add(id));
            assertEquals("check character of " + id, CityGenerator.checkCharacter(id.substring(0, 17)), id.charAt(17));
            LocalDate born = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
            assertTrue(id, born.isAfter(LocalDate.of(1900, 1, 1)) && born.isBefore(LocalDate.of(2026, 12, 2)));
            assertTrue(line, cells[1].length() >= 2 && cells[1].length() <= 3);
            assertTrue(line, cells[2].isEmpty() || cells[2].matches("1[3-9]\\d{9}"));
            if (cells[3].isEmpty()) {
                unregistered++;
                assertTrue("one registered nowhere lives somewhere: " + line, codes.contains(cells[5]) && cells[4].isEmpty());
            } else {
                assertTrue(numbers.contains(cells[3]));
                sizes.merge(cells[3], 1, Integer::sum);
                if (cells[4].equals("HEAD")) {
                    heads.merge(cells[3], 1, Integer::sum);
                }
                elsewhere += cells[5].isEmpty() ? 0 : 1;
            }
        }
        assertEquals("every household has one head", numbers.size(), heads.size());
        assertFalse(heads.values().stream().anyMatch(n -> n != 1));
        assertTrue(sizes.values().stream().allMatch(n -> n >= 1 && n <= 6));
        double mean = (scale.residents() - unregistered) / (double) numbers.size();
        assertTrue("households of 2.2 to 2.5 on average, as in Chinese cities: " + mean, mean > 2.2 && mean < 2.5);
        assertTrue(unregistered > scale.residents() / 15 && unregistered < scale.residents() / 10);
        assertTrue("some live away from where they are registered: " + elsewhere, elsewhere > scale.residents() / 20);
    }
}
