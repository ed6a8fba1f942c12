package cn.gongkai.registers.opendata;

import java.io.OutputStream;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes a dataset as one JSON array, row by row as the cursor yields them: each element is
 * {@code {id, values:{…public fields…}, organ, publishedOn, version, url}}, the shape of the public
 * rows API.
 */
final class JsonDownload {

    private JsonDownload() {
    }

    static void write(DataTable table, Consumer<Consumer<PublicRow>> rows, OutputStream out) {
        try (JsonGenerator json = DataTable.JSON.createGenerator(out)) {
            json.writeStartArray();
            int[] n = { 0 };
            rows.accept(row -> {
                JsonNode values = DataTable.values(row);
                json.writeStartObject();
                json.writeNumberProperty("id", row.id());
                json.writeName("values");
                json.writeStartObject();
                for (DataColumns.Column c : table.columns().columns()) {
                    JsonNode v = values.get(c.field().code());
                    json.writeName(c.field().code());
                    if (v == null || v.isNull() || v.isMissingNode()) {
                        json.writeNull();
                    }
                    else {
                        json.writeTree(v);
                    }
                }
                json.writeEndObject();
                json.writeStringProperty("organ", row.organ());
                json.writeStringProperty("publishedOn", table.publishedOn(row));
                json.writeNumberProperty("version", row.version());
                json.writeStringProperty("url", table.url(row));
                json.writeEndObject();
                if (++n[0] % PublicRows.FETCH_SIZE == 0) {
                    json.flush();
                }
            });
            json.writeEndArray();
        }
    }
}
