package dev.gouji.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * One damage done to one fixture, reproducible from its three parts: the same fixture, kind and seed always
 * give the same bytes. Kinds that need a structure the file does not have (a zip entry in a PDF) fall back
 * to flipping bytes, so every mutation yields an input.
 */
record Mutation(Path fixture, Kind kind, long seed) {
    enum Kind {
        /** 1 to 16 bytes anywhere replaced by random ones. */
        FLIP_BYTES,
        /** The file cut at a random length (possibly 0). */
        TRUNCATE,
        /** A zip package (.docx/.xlsx) with one entry left out. */
        ZIP_ENTRY_REMOVED,
        /** A zip package with one entry written twice under the same name. */
        ZIP_ENTRY_DUPLICATED,
        /** A zip package whose XML part is cut at a random point (unclosed elements). */
        XML_CUT,
        /** A zip package with bytes flipped inside an inflated XML part (the zip itself stays valid). */
        XML_BYTES_FLIPPED,
        /** An OLE2 file (.doc/.xls) with bytes flipped inside one of its streams (the container stays valid). */
        OLE_STREAM_FLIPPED
    }

    /** Packages larger than this when inflated are only byte-mutated: the fixture zip bomb stays a bomb. */
    private static final long MAX_INFLATED = 16 << 20;

    /** The damaged bytes. */
    byte[] apply() throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        Random random = new Random(seed);
        byte[] mutated = switch (kind) {
            case FLIP_BYTES -> flip(original, random);
            case TRUNCATE -> Arrays.copyOf(original, original.length == 0 ? 0 : random.nextInt(original.length));
            case ZIP_ENTRY_REMOVED, ZIP_ENTRY_DUPLICATED, XML_CUT, XML_BYTES_FLIPPED -> zip(original, random);
            case OLE_STREAM_FLIPPED -> ole(original, random);
        };
        return mutated != null ? mutated : flip(original, random);
    }

    /** The file name the mutant is written under: fixture name, kind and seed, keeping the extension. */
    String fileName() {
        String name = fixture.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return base + "~" + kind.name().toLowerCase() + "~" + Long.toUnsignedString(seed, 36) + ext;
    }

    private static byte[] flip(byte[] original, Random random) {
        byte[] b = original.clone();
        if (b.length == 0) {
            return b;
        }
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    private record Part(String name, byte[] data) {
    }

    private byte[] zip(byte[] original, Random random) throws IOException {
        List<Part> parts = unzip(original);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        List<Integer> xml = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String n = parts.get(i).name();
            if ((n.endsWith(".xml") || n.endsWith(".rels")) && parts.get(i).data().length > 0) {
                xml.add(i);
            }
        }
        int pick = random.nextInt(parts.size());
        switch (kind) {
            case ZIP_ENTRY_REMOVED -> parts.remove(pick);
            case ZIP_ENTRY_DUPLICATED -> parts.add(random.nextInt(parts.size() + 1), parts.get(pick));
            case XML_CUT, XML_BYTES_FLIPPED -> {
                if (xml.isEmpty()) {
                    return null;
                }
                int i = xml.get(random.nextInt(xml.size()));
                Part p = parts.get(i);
                byte[] data = kind == Kind.XML_CUT
                        ? Arrays.copyOf(p.data(), random.nextInt(p.data().length))
                        : flip(p.data(), random);
                parts.set(i, new Part(p.name(), data));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // commons-compress writes a name twice when asked (java.util.zip refuses), as a hostile zip would
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Part p : parts) {
                zip.putArchiveEntry(new ZipArchiveEntry(p.name()));
                zip.write(p.data());
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<Part> unzip(byte[] original) {
        if (original.length < 4 || original[0] != 'P' || original[1] != 'K') {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    data.write(buf, 0, n);
                    total += n;
                    if (total > MAX_INFLATED) {
                        return null;
                    }
                }
                parts.add(new Part(e.getName(), data.toByteArray()));
            }
        } catch (IOException | IllegalArgumentException e) {
            return null; // not a readable zip (a truncated fixture): bytes are flipped instead
        }
        return parts;
    }

    private static byte[] ole(byte[] original, Random random) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(original))) {
            List<DocumentEntry> streams = new ArrayList<>();
            collect(fs.getRoot(), streams);
            streams.removeIf(d -> d.getSize() == 0);
            if (streams.isEmpty()) {
                return null;
            }
            streams.sort((a, b) -> a.getName().compareTo(b.getName()));
            DocumentEntry target = streams.get(random.nextInt(streams.size()));
            byte[] data;
            try (DocumentInputStream in = new DocumentInputStream(target)) {
                data = in.readAllBytes();
            }
            DirectoryEntry parent = target.getParent();
            String name = target.getName();
            target.delete();
            parent.createDocument(name, new ByteArrayInputStream(flip(data, random)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null; // not an OLE2 file, or one POI cannot rewrite: bytes are flipped instead
        }
    }

    private static void collect(DirectoryEntry dir, List<DocumentEntry> out) {
        for (Entry e : dir) {
            if (e instanceof DocumentEntry d) {
                out.add(d);
            } else if (e instanceof DirectoryEntry d) {
                collect(d, out);
            }
        }
    }
}
