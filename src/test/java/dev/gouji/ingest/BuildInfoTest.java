package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version the catalog keys records by: a fingerprint of the code, or no run at all. */
class BuildInfoTest {
    @TempDir
    Path dir;

    private static CodeSource at(URL location) {
        return new CodeSource(location, (Certificate[]) null);
    }

    @Test
    void theVersionCarriesAFingerprintOfTheCompiledCode() {
        assertTrue(BuildInfo.version().matches("0\\.1\\.0\\+[0-9a-f]{12}"), BuildInfo.version());
    }

    @Test
    void theFingerprintFollowsTheCode() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/dev/gouji"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        CodeSource folder = at(dir.resolve("classes").toUri().toURL());
        String before = BuildInfo.fingerprint(folder);
        assertEquals(before, BuildInfo.fingerprint(folder));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 4});
        assertNotEquals(before, BuildInfo.fingerprint(folder));

        Path jar = Files.write(dir.resolve("gouji.jar"), new byte[] {1, 2, 3});
        assertTrue(BuildInfo.fingerprint(at(jar.toUri().toURL())).matches("[0-9a-f]{12}"));
    }

    @Test
    void codeThatCannotBeReadIsAnErrorNotUnknown() throws IOException {
        for (CodeSource source : new CodeSource[] {null, at(null), at(new URL("http://example.org/gouji.jar")),
            at(dir.resolve("no-such.jar").toUri().toURL())}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> BuildInfo.fingerprint(source));
            assertTrue(e.getMessage().startsWith("cannot fingerprint gouji's compiled code ("), e.getMessage());
            assertTrue(e.getMessage().contains("records of another build could be reused"), e.getMessage());
        }
    }

    /**
     * gouji's classes defined by a loader that gives them no code source (as some embedding class loaders
     * do): {@code gouji ingest} stops with exit status 2 and says why, before it writes to the output folder.
     */
    @Test
    void anIngestRunWithoutAFingerprintStopsWithStatusTwo() throws Exception {
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Class<?> main = new NoCodeSourceLoader(getClass().getClassLoader()).loadClass("dev.gouji.cli.Main");
            assertEquals(null, main.getProtectionDomain().getCodeSource().getLocation());
            status = (int) main.getMethod("execute", String[].class)
                    .invoke(null, (Object) new String[] {"ingest", "fixtures/seeds", "--out", out.toString()});
        } finally {
            System.setErr(saved);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("gouji: cannot fingerprint gouji's compiled code"), message);
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Defines dev.gouji classes itself, from their bytes and without a code source; the rest from its parent. */
    private static final class NoCodeSourceLoader extends ClassLoader {
        NoCodeSourceLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.gouji.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
