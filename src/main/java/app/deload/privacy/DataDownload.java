package app.deload.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import app.deload.transfer.CsvWriter;

/** The athlete's download: data.json with every section, one CSV per section, and a README naming them. */
final class DataDownload {

    private DataDownload() {
    }

    static byte[] zip(String athleteCode, String generatedAt, List<PersonalData.Section> sections, ObjectMapper json)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("generatedAt", generatedAt);
            document.put("athleteCode", athleteCode);
            StringBuilder readme = new StringBuilder("Your data in Deload, generated ").append(generatedAt)
                    .append(".\r\n\r\ndata.json holds every section below; each CSV file holds one of them.\r\n\r\n");
            for (PersonalData.Section section : sections) {
                List<Map<String, Object>> rows = new ArrayList<>();
                CsvWriter csv = new CsvWriter().row(section.columns());
                for (List<Object> row : section.rows()) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < section.columns().size(); i++) {
                        object.put(section.columns().get(i), row.get(i));
                        cells.add(row.get(i) == null ? "" : row.get(i).toString());
                    }
                    rows.add(object);
                    csv.row(cells);
                }
                document.put(section.name(), rows);
                entry(zip, section.name() + ".csv", csv.toString());
                readme.append(section.name()).append(".csv: ").append(section.description()).append(" (")
                        .append(rows.size()).append(" rows)\r\n");
            }
            entry(zip, "data.json", json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
            entry(zip, "README.txt", readme.toString());
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
