package dev.gouji.cli;

import dev.gouji.store.IoErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gouji ingest PATH... --out DIR}, {@code gouji report DIR}. */
@Command(name = "gouji", mixinStandardHelpOptions = true, version = "gouji 0.1.0",
        description = "Reads government performance reports (绩效自评报告, 预算/决算公开), extracts their figures "
                + "and flags the figures that do not tie out (勾稽).",
        subcommands = {IngestCommand.class, ReportCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 some files failed, 2 bad usage). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // a FileSystemException's message is often the bare path: say why
            String message = ex instanceof java.nio.file.FileSystemException fs ? IoErrors.describe(fs) : String.valueOf(ex.getMessage());
            String advice = IoErrors.advice(message);
            cmd.getErr().println("gouji: " + message + (advice == null ? "" : "\n  " + advice));
            return 2;
        });
        return cli.execute(args);
    }
}
