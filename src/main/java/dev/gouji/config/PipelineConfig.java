package dev.gouji.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import dev.gouji.read.ReadLimits;
import dev.gouji.record.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of one run: the embedded {@code pipeline.conf} defaults, overlaid by an optional user file.
 * Anything unusable is reported as an {@link IllegalArgumentException} whose message names the key.
 */
public record PipelineConfig(ReadLimits readLimits, int jobs, Duration fileTimeout, Tolerance tolerance, Config raw) {

    /** Widening of the rounding tolerance, from {@code gouji.reconcile.tolerance}. */
    public record Tolerance(double extraAbsolute, double extraRelative) {
    }

    /** The embedded {@code pipeline.conf} alone: the one place the default settings are written. */
    public static PipelineConfig defaults() {
        return Defaults.VALUE;
    }

    private static final class Defaults {
        static final PipelineConfig VALUE = load(Optional.empty());
    }

    public static PipelineConfig load(Optional<Path> userFile) {
        Config defaults = ConfigFactory.parseResources(PipelineConfig.class.getClassLoader(), "pipeline.conf",
                ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false));
        Config config = defaults;
        if (userFile.isPresent()) {
            Path p = userFile.get();
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("configuration file not found: " + p);
            }
            try {
                config = ConfigFactory.parseFile(new File(p.toString()),
                        ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false))
                        .withFallback(defaults);
            } catch (ConfigException e) {
                throw new IllegalArgumentException("configuration file " + p + " is not valid HOCON: " + e.getMessage(), e);
            }
        }
        config = config.resolve();
        try {
            Config read = config.getConfig("gouji.read");
            ReadLimits limits = new ReadLimits(
                    positive(read.getBytes("max_file_bytes"), "gouji.read.max_file_bytes"),
                    positive(read.getLong("max_text_chars"), "gouji.read.max_text_chars"),
                    positive(read.getBytes("max_unzipped_bytes"), "gouji.read.max_unzipped_bytes"),
                    read.getDouble("max_compression_ratio"));
            int jobs = config.getInt("gouji.ingest.jobs");
            if (jobs < 0) {
                throw new IllegalArgumentException("gouji.ingest.jobs must be 0 (one per core) or more, not " + jobs);
            }
            Duration timeout = config.getDuration("gouji.ingest.file_timeout");
            Tolerance tolerance = new Tolerance(config.getDouble("gouji.reconcile.tolerance.extra_absolute"),
                    config.getDouble("gouji.reconcile.tolerance.extra_relative"));
            for (String rule : config.getConfig("gouji.reconcile.rules").root().keySet()) {
                ruleSeverity(config, rule);
            }
            PipelineConfig result = new PipelineConfig(limits, jobs, timeout, tolerance, config);
            result.ingest();
            result.readerOverrides();
            return result;
        } catch (ConfigException e) {
            throw new IllegalArgumentException("unusable configuration: " + e.getMessage(), e);
        }
    }

    private static long positive(long v, String key) {
        if (v <= 0) {
            throw new IllegalArgumentException(key + " must be positive, not " + v);
        }
        return v;
    }

    /** How {@code gouji ingest} runs its files, from {@code gouji.ingest}. */
    public record Ingest(String isolation, long workerHeapBytes, int workerMaxFiles) {
        public boolean forked() {
            return isolation.equals("process");
        }
    }

    public Ingest ingest() {
        String isolation = raw.getString("gouji.ingest.isolation");
        if (!isolation.equals("process") && !isolation.equals("thread")) {
            throw new IllegalArgumentException("gouji.ingest.isolation must be process or thread, not " + isolation);
        }
        long heap = raw.getBytes("gouji.ingest.worker_heap");
        if (heap < (32L << 20)) {
            throw new IllegalArgumentException("gouji.ingest.worker_heap must be at least 32m, not " + heap + " bytes");
        }
        int maxFiles = raw.getInt("gouji.ingest.worker_max_files");
        return new Ingest(isolation, heap, Math.max(1, maxFiles));
    }

    /** {@code gouji.read.reader_overrides}: format to the class name of a reader replacing the built-in one. */
    public java.util.Map<String, String> readerOverrides() {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        if (raw.hasPath("gouji.read.reader_overrides")) {
            Config o = raw.getConfig("gouji.read.reader_overrides");
            for (String format : o.root().keySet()) {
                m.put(format, o.getString(com.typesafe.config.ConfigUtil.quoteString(format)));
            }
        }
        return m;
    }

    /** This configuration with another number of jobs (the --jobs option). */
    public PipelineConfig withJobs(int newJobs) {
        return new PipelineConfig(readLimits, newJobs, fileTimeout, tolerance, raw);
    }

    /**
     * A hash of everything in the configuration that can change a record: the whole {@code gouji} tree less
     * the keys that only say how the run is scheduled (jobs, isolation, worker recycling). Records in the
     * catalog are reused only under the same hash.
     */
    public String contentHash() {
        Config relevant = raw.getConfig("gouji").withoutPath("ingest.jobs").withoutPath("ingest.isolation")
                .withoutPath("ingest.worker_max_files");
        String rendered = relevant.root().render(com.typesafe.config.ConfigRenderOptions.concise());
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(rendered.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The effective configuration as HOCON (JSON), for handing to a worker JVM. */
    public String render() {
        return raw.root().render(com.typesafe.config.ConfigRenderOptions.concise());
    }

    public int effectiveJobs() {
        return jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
    }

    /** Whether a rule family (e.g. {@code R-SUM}) or one check of it ({@code R-STRUCT/missing-table}) is enabled; unknown ones are. */
    public boolean ruleEnabled(String family) {
        String path = "gouji.reconcile.rules.\"" + family + "\".enabled";
        return !raw.hasPath(path) || raw.getBoolean(path);
    }

    /** The configured severity override of a rule family or of one check of it, if any. */
    public Optional<String> ruleSeverity(String family) {
        return Optional.ofNullable(ruleSeverity(raw, family)).filter(s -> !s.isEmpty());
    }

    private static String ruleSeverity(Config config, String family) {
        String path = "gouji.reconcile.rules.\"" + family + "\".severity";
        if (!config.hasPath(path)) {
            return null;
        }
        String s = config.getString(path).trim().toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && Severity.fromCode(s).isEmpty()) {
            throw new IllegalArgumentException(path + " must be error, warning or info, not " + s);
        }
        return s;
    }
}
