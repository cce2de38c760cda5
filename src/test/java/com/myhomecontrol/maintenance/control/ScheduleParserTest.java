package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.maintenance.entity.JobSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleParserTest {

    private static final JobDefinition BACKUP = JobDefinition.scheduled("backup", "BACKUP_SCHEDULE", "0 3 * * *");

    @Test
    void anUnsetSettingGivesTheDefault() {
        JobSchedule schedule = ScheduleParser.parse(BACKUP, "  ");

        assertEquals("0 3 * * *", schedule.text());
        assertEquals(List.of("0", "3", "*", "*", "*"), schedule.fields());
        assertEquals("3", schedule.expression().getHour());
        assertEquals("0", schedule.expression().getSecond());
        assertNull(schedule.problem());
    }

    @Test
    void offDisablesTheJobWithoutAProblem() {
        JobSchedule schedule = ScheduleParser.parse(BACKUP, "OFF");

        assertFalse(schedule.runs());
        assertNull(schedule.problem());
    }

    @ParameterizedTest
    @CsvSource({
            "@daily, 0 0 * * *",
            "@hourly, 0 * * * *",
            "@weekly, 0 0 * * 0",
            "'*/5 * * * *', */5 * * * *",
            "'15,45 1-5/2 1,15 6-8 1-5', '15,45 1-5/2 1,15 6-8 1-5'",
            "'  30   2 * * 7 ', 30 2 * * 7"})
    void cronFieldsAndShorthandsAreRead(String setting, String fields) {
        JobSchedule schedule = ScheduleParser.parse(BACKUP, setting);

        assertTrue(schedule.runs(), String.valueOf(schedule.problem()));
        assertEquals(List.of(fields.split(" ")), schedule.fields());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 3 * *        | needs five fields",
            "daily          | needs five fields",
            "60 3 * * *     | its minute field '60' is outside 0-59",
            "0 24 * * *     | its hour field '24' is outside 0-23",
            "0 3 0 * *      | its day of month field '0' is outside 1-31",
            "0 3 * 13 *     | its month field '13' is outside 1-12",
            "0 3 * * 8      | its day of week field '8' is outside 0-7",
            "0 3 */2 * *    | its day of month field '*/2' has an increment, which only the minute and hour fields may have",
            "x 3 * * *      | its minute field 'x' is not a number, a range or *",
            "1-2-3 3 * * *  | its minute field '1-2-3' is not a number, a range or *",
            "*/0 3 * * *    | its minute field '*/0' has an increment below 1",
            "0 3 * * 1,     | its day of week field '1,' is not a number, a range or *"})
    void aBadScheduleIsKeptWithItsProblemNamingTheSettingAndField(String setting, String problem) {
        JobSchedule schedule = ScheduleParser.parse(BACKUP, setting);

        assertFalse(schedule.runs());
        assertTrue(schedule.problem().startsWith("BACKUP_SCHEDULE '" + setting.strip() + "' is not a schedule: "), schedule.problem());
        assertTrue(schedule.problem().contains(problem), schedule.problem());
    }
}
