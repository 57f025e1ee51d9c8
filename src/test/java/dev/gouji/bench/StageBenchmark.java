package dev.gouji.bench;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.reconcile.Reconciler;
import dev.gouji.synth.SyntheticReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time per document of each stage after warm-up, on the seed reports (.txt and .docx) and synthetic
 * ones: reading (the reference), extraction and reconciliation, with their ratio to reading; then the same
 * three stages on one PDF of 30 pages (pages of devset reports as published, ruled tables continued over
 * pages; the one-page format fixture repeated when the devset is not beside the checkout). Run with
 * {@code bench/stages}. Targets: extraction under 50 ms, reconciliation under 10 ms for a typical report;
 * the 30-page PDF read, extracted and reconciled in under 1 s.
 */
public final class StageBenchmark {
    private record Input(String name, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Input> inputs = new ArrayList<>();
        for (String dir : new String[] {"fixtures/seeds", "fixtures/seeds-docx"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.sorted().toList()) {
                    inputs.add(new Input(p.getFileName().toString(), Files.readAllBytes(p)));
                }
            }
        }
        for (long seed = 1; seed <= 20; seed++) {
            SyntheticReport.Generated g = SyntheticReport.generate(seed, SyntheticReport.Plant.NONE);
            inputs.add(new Input("synthetic-" + seed + "-" + g.fileName(), g.text().getBytes(StandardCharsets.UTF_8)));
        }
        Readers readers = Readers.standard();
        ReportExtractor extractor = new ReportExtractor();
        Reconciler reconciler = new Reconciler(PipelineConfig.defaults());

        long t0 = System.nanoTime();
        extractor.extract(readers.read(inputs.get(0).bytes(), inputs.get(0).name(), PipelineConfig.defaults().readLimits()));
        System.out.printf("first document (HanLP model load included): %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        long read = 0;
        long extract = 0;
        long reconcile = 0;
        long maxExtract = 0;
        long maxReconcile = 0;
        int documents = 0;
        for (int round = 0; round < rounds + 5; round++) {
            boolean warm = round >= 5;
            for (Input in : inputs) {
                long a = System.nanoTime();
                Document doc = readers.read(in.bytes(), in.name(), PipelineConfig.defaults().readLimits());
                long b = System.nanoTime();
                Extraction ex = extractor.extract(doc);
                long c = System.nanoTime();
                reconciler.reconcile(ex);
                long d = System.nanoTime();
                if (warm) {
                    read += b - a;
                    extract += c - b;
                    reconcile += d - c;
                    maxExtract = Math.max(maxExtract, c - b);
                    maxReconcile = Math.max(maxReconcile, d - c);
                    documents++;
                }
            }
        }
        double readMs = read / 1e6 / documents;
        double extractMs = extract / 1e6 / documents;
        double reconcileMs = reconcile / 1e6 / documents;
        System.out.printf("documents timed: %d (%d inputs x %d rounds after 5 warm-up rounds)%n", documents, inputs.size(), rounds);
        System.out.printf("read (reference): %.2f ms/doc%n", readMs);
        System.out.printf("extract:          %.2f ms/doc (max %.2f ms), %.2f x read — target < 50 ms%n", extractMs,
                maxExtract / 1e6, extractMs / readMs);
        System.out.printf("reconcile:        %.2f ms/doc (max %.2f ms), %.2f x read — target < 10 ms%n", reconcileMs,
                maxReconcile / 1e6, reconcileMs / readMs);
        longPdf(readers, extractor, reconciler, Math.max(5, rounds / 3));
        numberReader();
    }

    private static final String FIGURES = "共办理渣土违规处置案件1255起、罚款209万元，办理露天禁烧案件33起、罚款1.97万元。"
            + "组织巡河1450余人次，满意度≥95%，2023年12月，岳财发〔2022〕6号，执行率 99.4%。";

    /**
     * The shared NumberReader, called for every paragraph and cell: 5,000 paragraph scans and cell parses
     * after warm-up (this timing was a unit test's 2 s limit, which depended on the machine's speed).
     */
    private static void numberReader() {
        NumberReader reader = new NumberReader();
        long took = 0;
        for (int round = 0; round < 6; round++) {
            long a = System.nanoTime();
            for (int k = 0; k < 5000; k++) {
                reader.find(FIGURES);
                reader.parseCell("1,633.94");
            }
            if (round > 0) {
                took += System.nanoTime() - a;
            }
        }
        System.out.printf("number reader: 5000 paragraph scans + cell parses in %.0f ms (5 rounds after 1 warm-up) — target < 1000 ms%n",
                took / 1e6 / 5);
    }

    private static final int PDF_PAGES = 30;

    /** Read, extract and reconcile one PDF of {@value #PDF_PAGES} pages, after warm-up rounds of it. */
    private static void longPdf(Readers readers, ReportExtractor extractor, Reconciler reconciler, int rounds) throws Exception {
        Input pdf = thirtyPages();
        long read = 0;
        long extract = 0;
        long reconcile = 0;
        int blocks = 0;
        for (int round = 0; round < rounds + 5; round++) {
            long a = System.nanoTime();
            Document doc = readers.read(pdf.bytes(), pdf.name(), PipelineConfig.defaults().readLimits());
            long b = System.nanoTime();
            Extraction ex = extractor.extract(doc);
            long c = System.nanoTime();
            reconciler.reconcile(ex);
            long d = System.nanoTime();
            if (round >= 5) {
                read += b - a;
                extract += c - b;
                reconcile += d - c;
            }
            blocks = doc.blocks().size();
        }
        System.out.printf("pdf of %d pages (%s, %d blocks, %d rounds after 5 warm-up): read %.0f ms, extract %.0f ms, "
                + "reconcile %.0f ms, total %.0f ms — target < 1000 ms%n", PDF_PAGES, pdf.name(), blocks, rounds,
                read / 1e6 / rounds, extract / 1e6 / rounds, reconcile / 1e6 / rounds, (read + extract + reconcile) / 1e6 / rounds);
    }

    /** The pages of devset d05 and d16 (a 决算 disclosure and a self-evaluation), in turn, up to 30 pages. */
    private static Input thirtyPages() throws Exception {
        Path devset = Path.of("../shared/devset/corpus/pdf");
        List<Path> sources = Files.isDirectory(devset) ? List.of(devset.resolve("d05.pdf"), devset.resolve("d16.pdf"))
                : List.of(Path.of("fixtures/formats/report.pdf"));
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            for (Path p : sources) {
                open.add(Loader.loadPDF(p.toFile()));
            }
            for (int i = 0; out.getNumberOfPages() < PDF_PAGES; i = (i + 1) % open.size()) {
                for (PDPage page : open.get(i).getPages()) {
                    if (out.getNumberOfPages() < PDF_PAGES) {
                        out.importPage(page);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            String name = sources.stream().map(p -> p.getFileName().toString().replaceFirst("\\.pdf$", ""))
                    .collect(java.util.stream.Collectors.joining("+"));
            return new Input(name + ".pdf", bytes.toByteArray());
        } finally {
            for (PDDocument d : open) {
                d.close();
            }
        }
    }
}
