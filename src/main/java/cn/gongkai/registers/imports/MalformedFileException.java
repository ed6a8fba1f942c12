package cn.gongkai.registers.imports;

/** The file is not a readable CSV or XLSX (broken quoting, not a workbook): refused as a whole. */
class MalformedFileException extends RuntimeException {

    private final String format;

    MalformedFileException(String format, Throwable cause) {
        super(format + " unreadable: " + (cause == null ? "" : cause.getMessage()), cause);
        this.format = format;
    }

    String format() {
        return format;
    }
}
