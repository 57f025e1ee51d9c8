package dev.gouji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gouji version a catalog record was made by: the release number plus a fingerprint of the compiled
 * code, so that records made by a different build (a developer's change without a version bump) are never
 * reused.
 */
public final class BuildInfo {
    public static final String VERSION = "0.1.0";
    private static volatile String full;

    private BuildInfo() {
    }

    /** {@code 0.1.0+<12 hex digits of the code's hash>}. */
    public static String version() {
        String v = full;
        if (v == null) {
            v = VERSION + "+" + fingerprint();
            full = v;
        }
        return v;
    }

    private static String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path location = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
