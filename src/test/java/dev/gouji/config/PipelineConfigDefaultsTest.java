package dev.gouji.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.gouji.read.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pipeline.conf is the one place the defaults are written: the code reads them from it, not from a copy. */
class PipelineConfigDefaultsTest {
    private static final Config FILE = ConfigFactory.parseFile(Path.of("pipeline.conf").toFile()).resolve();

    @Test
    void readLimitsAreThoseOfPipelineConf() {
        ReadLimits limits = PipelineConfig.defaults().readLimits();
        assertEquals(FILE.getBytes("gouji.read.max_file_bytes"), limits.maxFileBytes());
        assertEquals(FILE.getLong("gouji.read.max_text_chars"), limits.maxTextChars());
        assertEquals(FILE.getBytes("gouji.read.max_unzipped_bytes"), limits.maxUnzippedBytes());
        assertEquals(FILE.getDouble("gouji.read.max_compression_ratio"), limits.maxCompressionRatio());
    }

    @Test
    void ingestSettingsAreThoseOfPipelineConf() {
        PipelineConfig.Ingest ingest = PipelineConfig.defaults().ingest();
        assertEquals(FILE.getString("gouji.ingest.isolation"), ingest.isolation());
        assertEquals(FILE.getBytes("gouji.ingest.worker_heap"), ingest.workerHeapBytes());
        assertEquals(FILE.getInt("gouji.ingest.worker_max_files"), ingest.workerMaxFiles());
        assertEquals(FILE.getDuration("gouji.ingest.file_timeout"), PipelineConfig.defaults().fileTimeout());
        assertEquals(FILE.getInt("gouji.ingest.jobs"), PipelineConfig.defaults().jobs());
    }

    @Test
    void aUserFileOverridesOneKeyAndKeepsTheRestFromPipelineConf(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("user.conf");
        Files.writeString(user, "gouji.read.max_file_bytes = 1000\ngouji.ingest.worker_heap = 64m\n");
        PipelineConfig config = PipelineConfig.load(Optional.of(user));
        assertEquals(1000, config.readLimits().maxFileBytes());
        assertEquals(FILE.getLong("gouji.read.max_text_chars"), config.readLimits().maxTextChars());
        assertEquals(64L << 20, config.ingest().workerHeapBytes());
        assertEquals(FILE.getInt("gouji.ingest.worker_max_files"), config.ingest().workerMaxFiles());
    }
}
