package io.clientele.importing;

import io.clientele.DatabaseTest;
import io.clientele.importing.ImportPreview.MatchBy;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A database test that imports files of customers: a folder for them, the import's services and a way to start one. */
abstract class ImportTest extends DatabaseTest {
    @TempDir
    Path dir;

    @Autowired
    ImportRun run;

    @Autowired
    ImportHistory history;

    /** Starts an import of {@code csv} (customers.csv), matched by e-mail, updating matches, reported in English. */
    ImportRun.Started start(String csv, List<ImportField> mapping, OnError onError, OnDuplicate onDuplicate)
            throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "import", ".csv"), csv, StandardCharsets.UTF_8);
        return run.start(
                new ImportRun.Request(
                        file,
                        "customers.csv",
                        null,
                        mapping,
                        new ImportRun.Options(MatchBy.EMAIL, true, onError, onDuplicate),
                        Locale.ENGLISH),
                p -> {});
    }
}
