package cn.gongkai.registers.opendata;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A register's dataset as a table (CSV, XLSX): the row's id, its public fields under their Chinese
 * labels (the same headers an import matches), then the organ it belongs to, the day it was first
 * published, its version and its page. Values come from {@code public_json} only.
 */
final class DataTable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataColumns columns;
    private final String rowUrlPrefix;
    private final ZoneId zone;

    DataTable(DataColumns columns, String rowUrlPrefix, ZoneId zone) {
        this.columns = columns;
        this.rowUrlPrefix = rowUrlPrefix;
        this.zone = zone;
    }

    /** The header; {@code labels} are the fixed columns' names in the reader's language (id, organ, published on, version, url). */
    List<String> header(List<String> labels) {
        List<String> h = new ArrayList<>();
        h.add(labels.get(0));
        columns.columns().forEach(c -> h.add(c.field().label()));
        h.addAll(labels.subList(1, labels.size()));
        return h;
    }

    List<String> cells(PublicRow row) {
        JsonNode values = values(row);
        List<String> cells = new ArrayList<>(columns.columns().size() + 5);
        cells.add(Long.toString(row.id()));
        for (DataColumns.Column c : columns.columns()) {
            cells.add(text(values.get(c.field().code())));
        }
        cells.add(row.organ());
        cells.add(java.util.Objects.toString(publishedOn(row), ""));
        cells.add(Integer.toString(row.version()));
        cells.add(url(row));
        return cells;
    }

    DataColumns columns() {
        return columns;
    }

    String url(PublicRow row) {
        return rowUrlPrefix + row.id();
    }

    String publishedOn(PublicRow row) {
        return row.publishedAt() == null ? null : row.publishedAt().atZone(zone).toLocalDate().toString();
    }

    static JsonNode values(PublicRow row) {
        JsonNode node = JSON.readTree(row.publicJson() == null ? "{}" : row.publicJson());
        return node.isObject() ? node : JSON.createObjectNode();
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
