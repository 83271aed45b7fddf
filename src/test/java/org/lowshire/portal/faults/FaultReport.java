package org.lowshire.portal.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The harness's figures as Markdown (written to the work directory and printed), for docs/reliability.md. */
final class FaultReport {

    record FaultRow(String fault, long acknowledged, long found, Duration recovery, String note) {}

    private final List<FaultRow> faults = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    void fault(FaultRow row) {
        faults.add(row);
    }

    void fact(String what, Object value) {
        facts.put(what, String.valueOf(value));
    }

    List<FaultRow> faults() {
        return List.copyOf(faults);
    }

    String markdown() {
        var out = new StringBuilder();
        out.append("| window (load before, the fault, recovery) | writes acknowledged | found after | ")
                .append("time to first successful request | note |\n|---|---:|---:|---:|---|\n");
        for (var f : faults) {
            out.append("| ")
                    .append(f.fault())
                    .append(" | ")
                    .append(f.acknowledged())
                    .append(" | ")
                    .append(f.found())
                    .append(" | ")
                    .append(
                            f.recovery() == null
                                    ? "-"
                                    : String.format("%.1f s", f.recovery().toMillis() / 1000.0))
                    .append(" | ")
                    .append(f.note())
                    .append(" |\n");
        }
        out.append('\n');
        facts.forEach((what, value) ->
                out.append("- ").append(what).append(": ").append(value).append('\n'));
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
        System.out.println("\n==== Fault harness report (" + file + ") ====\n" + markdown());
    }
}
