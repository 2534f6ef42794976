package io.clientele.integration.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportMappings;
import io.clientele.importing.ImportPreview;
import io.clientele.importing.ImportRun;
import io.clientele.importing.ImportTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of customers for tenant keys: a CSV or XLSX file runs as the console's import does (same checks, options,
 * history and Undo), and its progress and counts are read back.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Imports", description = "Imports of customers from CSV or XLSX files (tenant API keys)")
@SecurityRequirement(name = "apiKey")
class ImportsApi {
    private static final String WRITE = "hasAuthority('SCOPE_customers:write')";
    private static final String SKIP = "skip";

    /** An import as the API shows it. */
    record ApiImport(
            long id,
            @Schema(requiredMode = REQUIRED) ImportField.Records records,
            @Schema(requiredMode = REQUIRED) String fileName,
            @Schema(requiredMode = REQUIRED) ImportHistory.State state,
            @Schema(description = "Rows read so far") int done,
            @Schema(description = "Rows in the file") int total,
            int created,
            int updated,
            int skipped,
            int failed,
            String startedBy,
            @Schema(requiredMode = REQUIRED) Instant startedAt,

            @Schema(requiredMode = REQUIRED, description = "Until when it can be undone")
            Instant undoUntil) {
        static ApiImport of(ImportHistory.Entry e) {
            ImportRun.Outcome o = e.outcome();
            return new ApiImport(
                    e.id(),
                    e.records(),
                    e.fileName(),
                    e.state(),
                    e.done(),
                    e.total(),
                    o.created(),
                    o.updated(),
                    o.skipped(),
                    o.failed(),
                    e.startedBy(),
                    e.startedAt(),
                    e.undoUntil());
        }
    }

    private final ImportRun run;
    private final ImportHistory history;
    private final ImportMappings mappings;

    ImportsApi(ImportRun run, ImportHistory history, ImportMappings mappings) {
        this.run = run;
        this.history = history;
        this.mappings = mappings;
    }

    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Import customers, organizations or contacts",
            description = "Starts an import of the file (CSV in UTF-8, UTF-16 with a byte order mark, or the "
                    + "encoding named; XLSX, ODS or vCard) as a job and answers at once; GET the Location for its "
                    + "progress. Each row is checked as the form of its record checks it. 409 while "
                    + "another import runs in the tenant.")
    @ApiResponse(
            responseCode = "202",
            description = "Started",
            headers = @Header(name = "Location", description = "The import's address"))
    ResponseEntity<ApiImport> start(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false)
                    @Parameter(
                            description = "One field per column, comma-separated, or skip. Customers: CUSTOMER_ID, "
                                    + "TYPE, STATUS, NAME, FIRST_NAME, LAST_NAME, COMPANY_NAME, EMAIL, PHONE, TEAMS, "
                                    + "GROUPS, the default visiting address (ADDRESS, POST_CODE, CITY, COUNTRY) and "
                                    + "consents (CONSENT, CONSENT_AT, CONSENT_SOURCE: the answer, when and where, of "
                                    + "the consent field the column's header names as the Customers export names it); "
                                    + "organizations: NAME, ORG_NUMBER, LEGAL_FORM, EMAIL, PHONE, WEBSITE, "
                                    + "ADDRESS, POST_CODE, CITY, COUNTRY; contacts: NAME, FIRST_NAME, LAST_NAME, EMAIL, "
                                    + "PHONE, their company by COMPANY_NAME or ORG_NUMBER, and ADDRESS, POST_CODE, "
                                    + "CITY, COUNTRY. Left out: the mapping last used for these columns, else "
                                    + "suggested from the header.")
                    String mapping,
            @RequestParam(defaultValue = "CUSTOMERS") @Parameter(description = "What the file holds")
                    ImportField.Records records,
            @RequestParam(required = false) @Parameter(description = "A CSV file's encoding, e.g. windows-1252")
                    String encoding,
            @RequestParam(required = false)
                    @Parameter(
                            description = "How a row finds the record it updates: EMAIL (the default) or CUSTOMER_ID "
                                    + "for customers, ORG_NUMBER for organizations, CONTACT_EMAIL for contacts")
                    ImportPreview.MatchBy matchBy,
            @RequestParam(defaultValue = "true") boolean updateMatched,
            @RequestParam(defaultValue = "IMPORT_VALID") ImportRun.OnError onError,
            @RequestParam(defaultValue = "SKIP") ImportRun.OnDuplicate onDuplicate)
            throws IOException {
        Charset charset = charset(encoding);
        ImportPreview.MatchBy key = matchBy == null ? ImportPreview.MatchBy.usual(records) : matchBy;
        if (key.records() != records) {
            throw new FieldValidationException("matchBy", "api.import-match-by", key, records);
        }
        Path copy = Files.createTempFile("clientele-api-import-", ".upload");
        file.transferTo(copy);
        try {
            List<ImportField> fields = fields(copy, charset, mapping, records);
            String name = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? "import.csv"
                    : Path.of(file.getOriginalFilename()).getFileName().toString();
            ImportRun.Started started = run.start(
                    new ImportRun.Request(
                            copy,
                            name,
                            charset,
                            fields,
                            new ImportRun.Options(key, updateMatched, onError, onDuplicate),
                            Locale.ENGLISH),
                    p -> {
                        if (p.finished()) {
                            delete(copy);
                        }
                    });
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/imports/" + started.importId()))
                    .body(ApiImport.of(history.find(started.importId()).orElseThrow()));
        } catch (ActionRefusedException refused) {
            delete(copy);
            if (refused.getMessage().equals("import.refused-running")) {
                throw refused;
            }
            // The file itself cannot be imported (a quote left open further down), or its mapping (two columns for
            // one field, a field the records do not have, a consent column naming no consent field).
            throw new FieldValidationException(
                    refused.getMessage().startsWith("import.field-")
                                    || refused.getMessage().equals("import.consent-unnamed")
                            ? "mapping"
                            : "file",
                    refused.getMessage(),
                    refused.args());
        } catch (RuntimeException notStarted) {
            delete(copy);
            throw notStarted;
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Get an import", description = "Its state, how many rows are done, and its counts.")
    ApiImport get(@PathVariable long id) {
        return ApiImport.of(history.find(id).orElseThrow(() -> new NoSuchElementException("Import " + id)));
    }

    @PostMapping("/{id}/undo")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Undo an import",
            description = "The records it created go to the Trash; the ones it updated get their earlier values "
                    + "back unless changed since. Runs as a job; GET the import for its state. 409 when it cannot "
                    + "be undone (running, undone, nothing to undo, older than the Trash's retention).")
    @ApiResponse(responseCode = "202", description = "Undo started")
    ResponseEntity<ApiImport> undo(@PathVariable long id) {
        history.find(id).orElseThrow(() -> new NoSuchElementException("Import " + id));
        history.undo(id, p -> {});
        return ResponseEntity.accepted().body(ApiImport.of(history.find(id).orElseThrow()));
    }

    private static Charset charset(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FieldValidationException("encoding", "api.import-encoding", encoding);
        }
    }

    /** The fields asked for, or the mapping remembered or suggested for the file's header. */
    private List<ImportField> fields(Path file, Charset charset, String mapping, ImportField.Records records)
            throws IOException {
        List<String> header;
        try (ImportTable table = ImportTable.open(file, charset)) {
            header = table.header();
        } catch (ActionRefusedException unreadable) {
            throw new FieldValidationException("file", unreadable.getMessage(), unreadable.args());
        }
        if (mapping == null || mapping.isBlank()) {
            return mappings.offered(header, records).fields();
        }
        List<ImportField> fields = Arrays.stream(mapping.split(",", -1))
                .map(String::strip)
                .map(f -> {
                    if (f.equalsIgnoreCase(SKIP) || f.isEmpty()) {
                        return null;
                    }
                    try {
                        return ImportField.valueOf(f.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new FieldValidationException("mapping", "api.import-field", f);
                    }
                })
                .toList();
        if (fields.size() != header.size()) {
            throw new FieldValidationException("mapping", "api.import-columns", fields.size(), header.size());
        }
        return fields;
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
