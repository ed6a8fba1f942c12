package cn.gongkai.registers;

import java.time.LocalDate;
import java.util.List;

/**
 * Each register as an open dataset (the portal's DCAT catalogue lists them): its distributions are
 * streamed full downloads without a row cap, its dictionary names every public field.
 */
public interface RegisterDatasets {

    List<Dataset> datasets();

    /**
     * @param frequency EU frequency authority code (ANNUAL, QUARTERLY, MONTHLY, CONT, IRREG)
     * @param modified the day of the last published change, null when the register is empty
     * @param landingPath the public list's path ({@code /registers/a-grade-taxpayers})
     * @param dictionaryPath the data dictionary's path (HTML; {@code .json} beside it)
     */
    record Dataset(String code, String title, String titleEn, String description, String descriptionEn,
            String source, String frequency, LocalDate modified, long rows, String landingPath,
            String dictionaryPath, List<Distribution> distributions) {
    }

    /** @param format CSV, XLSX or JSON */
    record Distribution(String format, String mediaType, String path) {
    }
}
