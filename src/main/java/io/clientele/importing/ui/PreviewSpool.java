package io.clientele.importing.ui;

import io.clientele.importing.ImportPreview.Disposition;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every line of a preview as the list shows it, spooled to a temporary file while the file is read, so the preview's
 * lazy list pages through all of a million rows, by kind too, holding only where each line starts (8 bytes a line)
 * and which lines are of each kind (4 bytes), never the lines themselves.
 */
public final class PreviewSpool implements AutoCloseable {
    /** A line of the list: the row's number, what the import does with it, some of its values, and why. */
    public record Entry(long row, Disposition disposition, String values, String details) {}

    private static final int TEXT_MAX = 2000;

    private final Path file;
    private final DataOutputStream out;
    private long[] starts = new long[1024];
    private int size;
    private final Map<Disposition, int[]> byKind = new EnumMap<>(Disposition.class);
    private final Map<Disposition, Integer> kindSize = new EnumMap<>(Disposition.class);
    private RandomAccessFile in;

    public PreviewSpool() {
        try {
            file = Files.createTempFile("clientele-preview-", ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Disposition d : Disposition.values()) {
            byKind.put(d, new int[256]);
            kindSize.put(d, 0);
        }
    }

    public void add(Entry e) {
        try {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size] = out.size();
            out.writeLong(e.row());
            out.writeByte(e.disposition().ordinal());
            out.writeUTF(cut(e.values()));
            out.writeUTF(cut(e.details()));
            int n = kindSize.get(e.disposition());
            int[] kind = byKind.get(e.disposition());
            if (n == kind.length) {
                kind = Arrays.copyOf(kind, n * 2);
                byKind.put(e.disposition(), kind);
            }
            kind[n] = size;
            kindSize.put(e.disposition(), n + 1);
            size++;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** How many lines there are of {@code kind} (null: of every kind). */
    public int count(Disposition kind) {
        return kind == null ? size : kindSize.get(kind);
    }

    /** {@code limit} lines of {@code kind} (null: every kind) from the {@code offset}-th, in the file's order. */
    public List<Entry> page(Disposition kind, long offset, int limit) {
        int total = count(kind);
        List<Entry> page = new ArrayList<>();
        try {
            if (in == null) {
                out.flush();
                in = new RandomAccessFile(file.toFile(), "r");
            }
            for (long i = offset; i < Math.min(total, offset + limit); i++) {
                int line = kind == null ? (int) i : byKind.get(kind)[(int) i];
                in.seek(starts[line]);
                page.add(new Entry(in.readLong(), Disposition.values()[in.readByte()], in.readUTF(), in.readUTF()));
            }
        } catch (EOFException e) {
            throw new IllegalStateException("Preview spool ends early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }

    private static String cut(String text) {
        String t = text == null ? "" : text;
        return t.length() <= TEXT_MAX ? t : t.substring(0, TEXT_MAX - 1) + "…";
    }

    /** Removes the spool's file. */
    @Override
    public void close() {
        try {
            if (in != null) {
                in.close();
            }
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
