package io.clientele.importing;

import io.clientele.base.ActionRefusedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as a table: its header and then its rows, one at a time, so a file of a million rows is never
 * held in memory. An XLSX's first sheet is read by {@link SheetRows}; the rest of this is about CSV. The encoding
 * comes from a byte-order mark (UTF-8, UTF-16); without one the file is UTF-8 if
 * every byte sequence is, else Windows-1252 — a guess the person is shown and can change. The delimiter is the one
 * of comma, semicolon (what Norwegian Excel writes) and tab the header line uses most. Quoted fields may hold line
 * breaks. A file that is empty, has no rows under its header, is not text or has more columns than anyone maps is
 * refused with the reason; nothing is read further.
 */
public final class ImportTable implements AutoCloseable {
    /** More columns than any customer file has: a file wider than this is not one (or is an attack on the mapper). */
    public static final int MAX_COLUMNS = 500;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    /** One row: its number as a spreadsheet shows it (the header is row 1) and its fields. */
    public record Row(long number, List<String> fields) {}

    /** Where the rows come from: a CSV parser or a spreadsheet's first sheet. Null after the last. */
    interface Rows extends java.io.Closeable {
        Row next();
    }

    private final Rows rows;
    private final List<String> header;
    private final Charset charset;
    private final boolean charsetGuessed;
    private final char delimiter;
    /** The first row under the header, read to tell a header-only file; handed out by the first {@link #next}. */
    private Row ahead;

    ImportTable(Rows rows, Charset charset, boolean charsetGuessed, char delimiter) {
        this.rows = rows;
        this.charset = charset;
        this.charsetGuessed = charsetGuessed;
        this.delimiter = delimiter;
        Row first = rows.next();
        if (first == null) {
            throw refused("import.empty");
        }
        if (first.fields().size() > MAX_COLUMNS) {
            throw refused("import.too-many-columns", first.fields().size(), MAX_COLUMNS);
        }
        this.header = first.fields().stream().map(String::strip).toList();
        if (header.stream().allMatch(String::isEmpty)) {
            throw refused("import.empty");
        }
        ahead = rows.next();
        if (ahead == null) {
            throw refused("import.header-only");
        }
    }

    /**
     * Opens an uploaded file: a spreadsheet (the first sheet of an XLSX or ODS) when it is a zip archive, a vCard file
     * when it begins as one, else CSV read in {@code charset} as the person chose it, or null to tell it from the
     * bytes.
     */
    public static ImportTable open(Path file, Charset charset) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return OdsRows.isOds(file) ? OdsRows.table(file) : SheetRows.table(file);
        }
        return vcard(head) ? VCardRows.table(file) : csv(file, charset);
    }

    /** A vCard file begins with BEGIN:VCARD (after a byte-order mark or blank lines). */
    private static boolean vcard(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading();
        return start.regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
    }

    /** Opens a CSV {@code file}; {@code charset} as the person chose it, or null to tell it from the bytes. */
    public static ImportTable csv(Path file, Charset charset) throws IOException {
        byte[] sample = head(file);
        int bom = 0;
        Charset detected = null;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            detected = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            detected = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            detected = StandardCharsets.UTF_16LE;
            bom = 2;
        }
        if (sample.length == bom) {
            throw refused("import.empty");
        }
        if (detected == null && binary(sample)) {
            throw refused("import.not-text");
        }
        boolean guessed = false;
        Charset chosen = charset;
        if (chosen == null) {
            chosen = detected != null ? detected : utf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            guessed = detected == null && chosen == WINDOWS_1252;
        }
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(chosen.equals(detected) ? bom : 0);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, chosen), 1 << 16);
            char delimiter = delimiter(reader);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get();
            CSVParser parser = CSVParser.parse(reader, format);
            Iterator<CSVRecord> records = parser.iterator();
            Rows rows = new Rows() {
                @Override
                public Row next() {
                    try {
                        if (!records.hasNext()) {
                            return null;
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        // Reading the next record ahead is where a quote left open shows.
                        throw refused("import.malformed", parser.getCurrentLineNumber());
                    }
                    CSVRecord r = records.next();
                    return new Row(r.getRecordNumber(), r.toList());
                }

                @Override
                public void close() throws IOException {
                    parser.close();
                }
            };
            return new ImportTable(rows, chosen, guessed, delimiter);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public List<String> header() {
        return header;
    }

    /** The encoding the rows are read in. */
    public Charset charset() {
        return charset;
    }

    /** The file had no byte-order mark and was not UTF-8: Windows-1252 is a guess to show the person. */
    public boolean charsetGuessed() {
        return charsetGuessed;
    }

    /** Whether the rows are the cards of a vCard file (under the header of the fields a card carries). */
    public boolean vcard() {
        return rows instanceof VCardRows;
    }

    /** The CSV delimiter; 0 for a spreadsheet or vCard file. */
    public char delimiter() {
        return delimiter;
    }

    /** The next row, or null after the last. A quote left open is refused with the line it starts on. */
    public Row next() {
        Row r = ahead;
        if (r != null) {
            ahead = null;
            return r;
        }
        return rows.next();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    static ActionRefusedException refused(String key, Object... args) {
        return new ActionRefusedException(key, args);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL and few control characters; an image, a zip or a PDF renamed .csv has many. */
    private static boolean binary(byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample.length / 100;
    }

    /** Whether every byte of the file decodes as UTF-8 (read through once, a block at a time). */
    private static boolean utf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(SAMPLE);
            CharBuffer chars = CharBuffer.allocate(SAMPLE);
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError()
                    && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        char[] line = new char[1 << 16];
        int n = reader.read(line);
        reader.reset();
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(n, 0); i++) {
            char c = line[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
