package dev.gouji.ingest;

import dev.gouji.store.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run catalog, {@code DIR/catalog.db} (SQLite through JDBC): one row per input file and content, keyed by
 * path, SHA-256, configuration hash and gouji version, with its status, timings and record JSON. Each file is
 * committed as soon as it is done, so a run that is killed loses only the files in hand; the next run with the
 * same configuration finds the others here and does not read them again. {@code run_files} lists the files of
 * the current run, from which the output is written in path order at the end.
 *
 * <p>One connection, used under this object's lock: SQLite has a single writer anyway, and a commit in WAL
 * mode with {@code synchronous=NORMAL} costs microseconds (it survives the process being killed; only a power
 * cut can lose the last commits, which the next run then redoes).
 */
public final class Catalog implements AutoCloseable {
    private final Path file;
    private final Connection db;
    private final String configHash;
    private final String version;
    private final long runId;
    private final PreparedStatement find;
    private final PreparedStatement upsert;
    private final PreparedStatement findId;
    private final PreparedStatement addRunFile;

    /**
     * A finished file as stored. {@code sha256} is empty when the file could not be hashed (unreadable, too large);
     * {@code recordJson} is the record's line in UTF-8, stored as TEXT without decoding it.
     */
    public record Entry(String path, String sha256, String format, long bytes, String status, String errorCode,
            byte[] recordJson, long processMillis, long wallMillis, String worker) {
    }

    public Catalog(Path file, String configHash, String version, String arguments) throws IOException {
        this.file = file;
        this.configHash = configHash;
        this.version = version;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS files (
                          id INTEGER PRIMARY KEY,
                          path TEXT NOT NULL,
                          sha256 TEXT NOT NULL,
                          config_hash TEXT NOT NULL,
                          gouji_version TEXT NOT NULL,
                          format TEXT,
                          bytes INTEGER NOT NULL,
                          status TEXT NOT NULL,
                          error_code TEXT,
                          record_json TEXT NOT NULL,
                          process_ms INTEGER NOT NULL,
                          wall_ms INTEGER NOT NULL,
                          worker TEXT,
                          finished_at TEXT NOT NULL,
                          UNIQUE (path, sha256, config_hash, gouji_version))""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS runs (
                          id INTEGER PRIMARY KEY,
                          started_at TEXT NOT NULL,
                          finished_at TEXT,
                          config_hash TEXT NOT NULL,
                          gouji_version TEXT NOT NULL,
                          arguments TEXT,
                          files INTEGER, parsed INTEGER, cached INTEGER, failed INTEGER)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS run_files (
                          run_id INTEGER NOT NULL,
                          seq INTEGER NOT NULL,
                          path TEXT NOT NULL,
                          file_id INTEGER NOT NULL,
                          cached INTEGER NOT NULL,
                          PRIMARY KEY (run_id, seq))""");
                s.execute("CREATE INDEX IF NOT EXISTS run_files_by_path ON run_files (run_id, path)");
                // only the latest run's file list is kept: older lists are of no use once a run starts
                s.execute("DELETE FROM run_files");
            }
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO runs (started_at, config_hash, gouji_version, arguments) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, Instant.now().toString());
                p.setString(2, configHash);
                p.setString(3, version);
                p.setString(4, arguments);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    runId = k.getLong(1);
                }
            }
            find = db.prepareStatement("SELECT id, status, error_code, json_extract(record_json, '$.error.message') FROM files WHERE path = ? AND sha256 = ? "
                    + "AND config_hash = ? AND gouji_version = ?");
            upsert = db.prepareStatement("""
                    INSERT INTO files (path, sha256, config_hash, gouji_version, format, bytes, status, error_code,
                      record_json, process_ms, wall_ms, worker, finished_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?)
                    ON CONFLICT (path, sha256, config_hash, gouji_version) DO UPDATE SET
                      format = excluded.format, bytes = excluded.bytes, status = excluded.status,
                      error_code = excluded.error_code, record_json = excluded.record_json,
                      process_ms = excluded.process_ms, wall_ms = excluded.wall_ms, worker = excluded.worker,
                      finished_at = excluded.finished_at""");
            findId = db.prepareStatement("SELECT id FROM files WHERE path = ? AND sha256 = ? AND config_hash = ? "
                    + "AND gouji_version = ?");
            addRunFile = db.prepareStatement("INSERT INTO run_files (run_id, seq, path, file_id, cached) VALUES (?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw new IOException("cannot open the catalog " + file + ": " + IoErrors.reason(String.valueOf(e.getMessage())), e);
        }
    }

    public long runId() {
        return runId;
    }

    /** A file already in the catalog under this configuration and version: its status and error code. */
    public record Known(long id, String status, String errorCode, String errorMessage) {
    }

    /** The stored result for this path and content, if any. */
    public synchronized Known lookup(String path, String sha256) throws IOException {
        try {
            find.setString(1, path);
            find.setString(2, sha256);
            find.setString(3, configHash);
            find.setString(4, version);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? new Known(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)) : null;
            }
        } catch (SQLException e) {
            throw new IOException("catalog lookup failed: " + e.getMessage(), e);
        }
    }

    /** Counts a file found in the catalog as part of this run. */
    public synchronized void reuse(long seq, String path, long fileId) throws IOException {
        try {
            addRunFile(seq, path, fileId, true);
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    /** Stores a finished file and counts it as part of this run, in one transaction. */
    public synchronized void put(long seq, Entry e) throws IOException {
        try {
            db.setAutoCommit(false);
            try {
                upsert.setString(1, e.path());
                upsert.setString(2, e.sha256());
                upsert.setString(3, configHash);
                upsert.setString(4, version);
                upsert.setString(5, e.format());
                upsert.setLong(6, e.bytes());
                upsert.setString(7, e.status());
                upsert.setString(8, e.errorCode());
                upsert.setBytes(9, e.recordJson());
                upsert.setLong(10, e.processMillis());
                upsert.setLong(11, e.wallMillis());
                upsert.setString(12, e.worker());
                upsert.setString(13, Instant.now().toString());
                upsert.executeUpdate();
                findId.setString(1, e.path());
                findId.setString(2, e.sha256());
                findId.setString(3, configHash);
                findId.setString(4, version);
                long id;
                try (ResultSet r = findId.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                addRunFile(seq, e.path(), id, false);
                db.commit();
            } catch (SQLException ex) {
                // SQLite may have rolled back already (a full disk does): keep the cause, not "no transaction"
                try {
                    db.rollback();
                } catch (SQLException rollback) {
                    ex.addSuppressed(rollback);
                }
                throw ex;
            } finally {
                try {
                    db.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is failing already; the cause above is what to report
                }
            }
        } catch (SQLException ex) {
            throw writeFailed(ex);
        }
    }

    private IOException writeFailed(SQLException e) {
        return new IOException("writing the catalog " + file + " failed: " + IoErrors.reason(String.valueOf(e.getMessage())), e);
    }

    private void addRunFile(long seq, String path, long fileId, boolean cached) throws SQLException {
        addRunFile.setLong(1, runId);
        addRunFile.setLong(2, seq);
        addRunFile.setString(3, path);
        addRunFile.setLong(4, fileId);
        addRunFile.setInt(5, cached ? 1 : 0);
        addRunFile.executeUpdate();
    }

    /** Receives the records of this run in path order, each as its JSON line in UTF-8 (as stored: no decoding). */
    public interface RecordSink {
        void accept(String path, byte[] recordJson) throws IOException;
    }

    /** Streams the records of this run, sorted by path, without holding them in memory. */
    public synchronized void forEachRecord(RecordSink sink) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT r.path, f.record_json FROM run_files r "
                + "JOIN files f ON f.id = r.file_id WHERE r.run_id = ? ORDER BY r.path, r.seq")) {
            p.setLong(1, runId);
            p.setFetchSize(64);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(r.getString(1), r.getBytes(2));
                }
            }
        } catch (SQLException e) {
            throw new IOException("catalog read failed: " + e.getMessage(), e);
        }
    }

    /** Counts of this run's files: total, failed, reused from the catalog, and failures by error code. */
    public record Counts(int files, int failed, int cached, Map<String, Integer> failuresByCode) {
    }

    public synchronized Counts counts() throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*), sum(f.status <> 'ok'), sum(r.cached) "
                + "FROM run_files r JOIN files f ON f.id = r.file_id WHERE r.run_id = ?");
                PreparedStatement q = db.prepareStatement("SELECT f.error_code, count(*) FROM run_files r "
                        + "JOIN files f ON f.id = r.file_id WHERE r.run_id = ? AND f.status <> 'ok' "
                        + "GROUP BY f.error_code ORDER BY count(*) DESC, f.error_code")) {
            p.setLong(1, runId);
            int files;
            int failed;
            int cached;
            try (ResultSet r = p.executeQuery()) {
                r.next();
                files = r.getInt(1);
                failed = r.getInt(2);
                cached = r.getInt(3);
            }
            Map<String, Integer> byCode = new LinkedHashMap<>();
            q.setLong(1, runId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    byCode.put(r.getString(1), r.getInt(2));
                }
            }
            return new Counts(files, failed, cached, byCode);
        } catch (SQLException e) {
            throw new IOException("catalog read failed: " + e.getMessage(), e);
        }
    }

    /** A file of this run and how long it took (wall time in the pipeline, read time in the parser). */
    public record Timing(String path, long wallMillis, long processMillis) {
    }

    /** The files of this run that took longest, among those read in this run. */
    public synchronized List<Timing> slowest(int n) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT r.path, f.wall_ms, f.process_ms FROM run_files r "
                + "JOIN files f ON f.id = r.file_id WHERE r.run_id = ? AND r.cached = 0 "
                + "ORDER BY f.wall_ms DESC, r.path LIMIT ?")) {
            p.setLong(1, runId);
            p.setInt(2, n);
            List<Timing> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Timing(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("catalog read failed: " + e.getMessage(), e);
        }
    }

    /** Marks the run finished with its counts. */
    public synchronized void finish(int files, int parsed, int cached, int failed) throws IOException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE runs SET finished_at = ?, files = ?, parsed = ?, cached = ?, failed = ? WHERE id = ?")) {
            p.setString(1, Instant.now().toString());
            p.setInt(2, files);
            p.setInt(3, parsed);
            p.setInt(4, cached);
            p.setInt(5, failed);
            p.setLong(6, runId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
