import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.read.DocxWriter;
import dev.gouji.read.TxtReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Builds a benchmark corpus of N realistic reports from gouji's fixtures, with gouji's own code: the seed
 * texts with their figures perturbed (±20 %, written decimals kept, years left alone) and their place names
 * varied, written as .txt and, through TxtReader + DocxWriter, as .docx; the HTML fixture perturbed the
 * same way; the .xlsx/.xls fixtures with every number perturbed through POI; the .pdf and .doc fixtures
 * copied. Files go 100 to a folder. Deterministic for a given N.
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" bench/CorpusGenerator.java fixtures OUT N</pre>
 * ({@code DocxWriter} is test code: {@code mvn test-compile} first)
 */
public final class CorpusGenerator {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final List<String> PLACES = List.of("株洲市", "岳阳市", "长沙市", "湘潭市", "衡阳市", "常德市",
            "益阳市", "郴州市", "永州市", "怀化市");
    private static final Pattern PLACE = Pattern.compile(String.join("|", PLACES));
    // the mix of formats, per 20 documents
    private static final String MIX = "docx docx docx docx docx docx docx docx txt txt txt txt txt html html xlsx xlsx xls pdf doc";

    public static void main(String[] args) throws Exception {
        Path fixtures = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(fixtures.resolve("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> seedTexts = seeds.stream().map(p -> {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        Path formats = fixtures.resolve("formats");
        String html = Files.readString(formats.resolve("report.html"), StandardCharsets.UTF_8);
        byte[] xlsx = Files.readAllBytes(formats.resolve("report.xlsx"));
        byte[] xls = Files.readAllBytes(formats.resolve("report.xls"));
        byte[] pdf = Files.readAllBytes(formats.resolve("report.pdf"));
        byte[] doc = Files.readAllBytes(formats.resolve("report.doc"));
        String[] mix = MIX.split(" ");
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            try {
                write(i, out, mix, seedTexts, html, xlsx, xls, pdf, doc);
            } catch (Exception e) {
                throw new IllegalStateException("document " + i + ": " + e, e);
            }
        });
        System.out.println("wrote " + n + " documents to " + out);
    }

    private static void write(int i, Path out, String[] mix, List<String> seedTexts, String html, byte[] xlsx, byte[] xls,
            byte[] pdf, byte[] doc) throws Exception {
        TxtReader txt = new TxtReader();
        DocxWriter docx = new DocxWriter();
        {
            Random rnd = new Random(1000003L * i + 17);
            String kind = mix[i % mix.length];
            Path dir = out.resolve(String.format(Locale.ROOT, "%04d", i / 100));
            Files.createDirectories(dir);
            String stem = String.format(Locale.ROOT, "report-%06d", i);
            String seed = seedTexts.get(rnd.nextInt(seedTexts.size()));
            byte[] content = switch (kind) {
                case "txt" -> vary(seed, rnd).getBytes(StandardCharsets.UTF_8);
                case "docx" -> {
                    Document d = txt.read(vary(seed, rnd).getBytes(StandardCharsets.UTF_8), PipelineConfig.defaults().readLimits());
                    yield docx.write(d);
                }
                case "html" -> vary(html, rnd).getBytes(StandardCharsets.UTF_8);
                case "xlsx", "xls" -> workbook(kind.equals("xlsx") ? xlsx : xls, rnd);
                case "pdf" -> pdf;
                case "doc" -> doc;
                default -> throw new IllegalStateException(kind);
            };
            Files.write(dir.resolve(stem + "." + kind), content);
        }
    }

    /** The text with its figures scaled by one factor (so totals still roughly tie) and a place name varied. */
    static String vary(String text, Random rnd) {
        double factor = 0.8 + 0.4 * rnd.nextDouble();
        String place = PLACES.get(rnd.nextInt(PLACES.size()));
        Matcher m = NUMBER.matcher(PLACE.matcher(text).replaceAll(place));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(scale(m.group(1), m.group(2), factor)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String scale(String whole, String decimals, double factor) {
        String digits = whole.replace(",", "");
        if (decimals == null && (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
                || digits.length() > 9 || digits.length() == 1)) {
            return whole; // years, codes and single digits (list markers, months) stay
        }
        int places = decimals == null ? 0 : decimals.length() - 1;
        double v = Double.parseDouble(digits + (decimals == null ? "" : decimals)) * factor;
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    private static byte[] workbook(byte[] template, Random rnd) throws Exception {
        double factor = 0.8 + 0.4 * rnd.nextDouble();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            double v = cell.getNumericCellValue();
                            if (!(v >= 1900 && v <= 2100 && v == Math.rint(v))) {
                                cell.setCellValue(Math.round(v * factor * 100) / 100.0);
                            }
                        } else if (cell.getCellType() == CellType.STRING) {
                            cell.setCellValue(vary(cell.getStringCellValue(), rnd));
                        }
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }
}
