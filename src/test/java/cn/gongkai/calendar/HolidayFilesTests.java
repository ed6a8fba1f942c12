package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gongkai.platform.GongkaiException;

/** Reading and validating a year's notice: every problem names its line or field. */
class HolidayFilesTests {

    @Test
    void readsTheShippedJsonAndTheReferenceCsvAlike() throws IOException {
        HolidayYear json = HolidayFiles.parse(2024, HolidayFiles.Format.JSON, resource("/calendar/holidays/2024.json"));
        HolidayYear csv = HolidayFiles.parse(2024, HolidayFiles.Format.CSV, resource("/calendar/2024.csv"));
        assertThat(json.days()).hasSize(36).isEqualTo(csv.days());
        assertThat(json.days()).contains(new HolidayYear.Day(LocalDate.of(2024, 10, 12), "国庆节", false));
    }

    @Test
    void acceptsCsvWithoutHeaderWithBomAndQuotes() {
        HolidayYear year = parseCsv(2027, "\uFEFF2026-12-31,元旦,true\r\n\"2027-01-01\",\"元旦\",TRUE\n\n");
        assertThat(year.days()).extracting(HolidayYear.Day::date)
                .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
    }

    @Test
    void namesEveryBadFieldOfAJsonFile() {
        String json = """
                {"year": 2027, "days": [
                  {"date": "2027-01-01", "name": "元旦", "isOffDay": true},
                  {"date": "2027-02-30", "name": "春节", "isOffDay": true},
                  {"date": "2029-01-01", "name": "元旦", "isOffDay": true},
                  {"date": "2027-01-01", "name": "元旦", "isOffDay": true},
                  {"date": "2027-05-01", "name": " ", "isOffDay": true},
                  {"date": "2027-05-02", "name": "劳动节", "isOffDay": "yes"},
                  7
                ]}""";
        assertThatThrownBy(() -> parseJson(2027, json)).isInstanceOfSatisfying(GongkaiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field).containsExactly(
                    "days[1].date", "days[4].name", "days[5].isOffDay", "days[6]", "days[2].date", "days[3].date");
            assertThat(e.fields()).extracting(GongkaiException.FieldProblem::messageKey).containsExactly(
                    "calendar.upload.error.date", "calendar.upload.error.name", "calendar.upload.error.isOffDay",
                    "calendar.upload.error.dayObject", "calendar.upload.error.dateOutside",
                    "calendar.upload.error.duplicate");
            assertThat(e.fields().get(5).args()).containsExactly("2027-01-01", "days[0]");
        });
    }

    @Test
    void namesTheLinesOfABadCsvFile() {
        String csv = "date,name,isOffDay\n2027-01-01,元旦,true\n2027-01-02,元旦\n2027-13-01,春节,true\n2027-02-01,春节,maybe\n";
        assertThatThrownBy(() -> parseCsv(2027, csv)).isInstanceOfSatisfying(GongkaiException.class, e ->
                assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field)
                        .containsExactly("line 3", "line 4.date", "line 5.isOffDay"));
    }

    @Test
    void refusesAYearThatDiffersFromTheUploadedOne() {
        assertThatThrownBy(() -> parseJson(2027, "{\"year\":2026,\"days\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\","
                + "\"isOffDay\":true}]}")).isInstanceOfSatisfying(GongkaiException.class,
                        e -> assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field).containsExactly("year"));
    }

    @Test
    void refusesMalformedEmptyOrWronglyEncodedFiles() {
        assertProblem(() -> parseJson(2027, "{\"days\": [ {\"date\": }"), "line 1", "calendar.upload.error.json");
        assertProblem(() -> parseJson(2027, "[1,2]"), "file", "calendar.upload.error.notObject");
        assertProblem(() -> parseJson(2027, "{\"days\": {}}"), "days", "calendar.upload.error.daysArray");
        assertProblem(() -> parseJson(2027, "{\"days\": []}"), "days", "calendar.upload.error.noDays");
        assertProblem(() -> HolidayFiles.parse(2027, HolidayFiles.Format.CSV, new byte[0]), "file",
                "calendar.upload.error.empty");
        assertProblem(() -> HolidayFiles.parse(2027, HolidayFiles.Format.CSV, new byte[] {(byte) 0xC3, 0x28}), "file",
                "calendar.upload.error.encoding");
        assertProblem(() -> HolidayFiles.parse(2027, HolidayFiles.Format.CSV, new byte[HolidayFiles.MAX_BYTES + 1]),
                "file", "calendar.upload.error.tooLarge");
        assertProblem(() -> HolidayFiles.parse(2027, null, "x".getBytes(StandardCharsets.UTF_8)), "file",
                "calendar.upload.error.format");
        assertProblem(() -> parseCsv(1999, "1999-01-01,元旦,true"), "year", "calendar.upload.error.year");
    }

    @Test
    void tellsTheFormatFromTheFileNameOrTheContentType() {
        assertThat(HolidayFiles.Format.of("application/octet-stream", "2027.JSON")).isEqualTo(HolidayFiles.Format.JSON);
        assertThat(HolidayFiles.Format.of("application/json", "2027.csv")).isEqualTo(HolidayFiles.Format.CSV);
        assertThat(HolidayFiles.Format.of("application/json;charset=UTF-8", null)).isEqualTo(HolidayFiles.Format.JSON);
        assertThat(HolidayFiles.Format.of("text/csv", null)).isEqualTo(HolidayFiles.Format.CSV);
        assertThat(HolidayFiles.Format.of("application/pdf", "2027.pdf")).isNull();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GongkaiException.class, e -> {
            assertThat(e.fields()).hasSize(1);
            assertThat(e.fields().get(0).field()).isEqualTo(field);
            assertThat(e.fields().get(0).messageKey()).isEqualTo(key);
        });
    }

    private static HolidayYear parseJson(int year, String text) {
        return HolidayFiles.parse(year, HolidayFiles.Format.JSON, text.getBytes(StandardCharsets.UTF_8));
    }

    private static HolidayYear parseCsv(int year, String text) {
        return HolidayFiles.parse(year, HolidayFiles.Format.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HolidayFilesTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
