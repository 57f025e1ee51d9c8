package dev.gouji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gouji version a catalog record was made by: the release number plus a fingerprint of the compiled
 * code, so that records made by a different build (a developer's change without a version bump) are never
 * reused. There is no fallback: a version without a fingerprint would match the records of any other build.
 */
public final class BuildInfo {
    public static final String VERSION = "0.1.0";
    private static volatile String full;

    private BuildInfo() {
    }

    /**
     * {@code 0.1.0+<12 hex digits of the code's hash>}.
     *
     * @throws IllegalStateException when the compiled code cannot be read to fingerprint it
     */
    public static String version() {
        String v = full;
        if (v == null) {
            v = VERSION + "+" + fingerprint(BuildInfo.class.getProtectionDomain().getCodeSource());
            full = v;
        }
        return v;
    }

    /** The fingerprint of the class folder or jar {@code source} points at. */
    static String fingerprint(CodeSource source) {
        URL url = source == null ? null : source.getLocation();
        if (url == null) {
            throw unreadable("its class loader does not say where the code was loaded from", null);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path location = Path.of(url.toURI());
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(location)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(location), md)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            throw unreadable("reading " + url + " failed: " + e, e);
        }
    }

    private static IllegalStateException unreadable(String why, Exception cause) {
        return new IllegalStateException("cannot fingerprint gouji's compiled code (" + why + "); the catalog keys "
                + "records by it, and without it records of another build could be reused, so nothing was read. "
                + "Run gouji from its class folder or jar (./gouji, or java -cp target/classes:target/lib/*)", cause);
    }
}
