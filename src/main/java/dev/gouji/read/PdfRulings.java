package dev.gouji.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal and vertical lines a page draws: stroked segments and rectangle edges, and filled
 * rectangles thin enough to be a line (how many producers draw cell borders). Collinear pieces that touch
 * are merged into one ruling, and lines closer than {@link #SNAP} points apart count as one (a double border
 * drawn as two hairlines is one ruling).
 */
final class PdfRulings {
    /** Lines closer than this (points) are one ruling; pieces with gaps up to this are one line. */
    static final float SNAP = 2.0f;
    /** A filled rectangle no thicker than this (points) is a line, not a shaded area. */
    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 2.0f;

    private PdfRulings() {
    }

    /** The rulings drawn on {@code page}, horizontal ones first, each group sorted by position. */
    static List<PdfRuling> of(PDPage page) throws IOException {
        Collector collector = new Collector(page);
        collector.processPage(page);
        List<PdfRuling> out = new ArrayList<>(merge(collector.segments, true));
        out.addAll(merge(collector.segments, false));
        return out;
    }

    /** Snaps the segments of one orientation into rulings. */
    static List<PdfRuling> merge(List<PdfRuling> segments, boolean horizontal) {
        List<PdfRuling> mine = segments.stream().filter(s -> s.horizontal() == horizontal)
                .sorted(Comparator.comparingDouble(PdfRuling::position).thenComparingDouble(PdfRuling::start))
                .toList();
        List<PdfRuling> out = new ArrayList<>();
        int i = 0;
        while (i < mine.size()) {
            int j = i + 1;
            while (j < mine.size() && mine.get(j).position() - mine.get(j - 1).position() <= SNAP) {
                j++;
            }
            out.addAll(joinAlong(mine.subList(i, j), horizontal));
            i = j;
        }
        return out;
    }

    private static List<PdfRuling> joinAlong(List<PdfRuling> band, boolean horizontal) {
        double position = band.stream().mapToDouble(PdfRuling::position).average().orElse(0);
        List<PdfRuling> byStart = band.stream().sorted(Comparator.comparingDouble(PdfRuling::start)).toList();
        List<PdfRuling> out = new ArrayList<>();
        float start = byStart.get(0).start();
        float end = byStart.get(0).end();
        for (PdfRuling s : byStart.subList(1, byStart.size())) {
            if (s.start() > end + SNAP) {
                add(out, horizontal, (float) position, start, end);
                start = s.start();
            }
            end = Math.max(end, s.end());
        }
        add(out, horizontal, (float) position, start, end);
        return out;
    }

    private static void add(List<PdfRuling> out, boolean horizontal, float position, float start, float end) {
        if (end - start >= MIN_LENGTH) {
            out.add(new PdfRuling(horizontal, position, start, end));
        }
    }

    /** Walks the page's graphics, keeping the current path and turning painted lines into segments. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final float left;
        private final float top;
        final List<PdfRuling> segments = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>(); // x1, y1, x2, y2 in top-down coordinates
        private final List<float[]> rectangles = new ArrayList<>(); // x1, y1, x2, y2 (corners)
        private Point2D.Float current;
        private Point2D.Float subpathStart;

        Collector(PDPage page) {
            super(page);
            PDRectangle crop = page.getCropBox();
            left = crop.getLowerLeftX();
            top = crop.getUpperRightY();
        }

        private Point2D.Float flip(float x, float y) {
            return new Point2D.Float(x - left, top - y);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Point2D.Float[] ps = {flip((float) p0.getX(), (float) p0.getY()), flip((float) p1.getX(), (float) p1.getY()),
                    flip((float) p2.getX(), (float) p2.getY()), flip((float) p3.getX(), (float) p3.getY())};
            for (int i = 0; i < 4; i++) {
                Point2D.Float a = ps[i];
                Point2D.Float b = ps[(i + 1) % 4];
                path.add(new float[] {a.x, a.y, b.x, b.y});
            }
            float minX = Math.min(Math.min(ps[0].x, ps[1].x), Math.min(ps[2].x, ps[3].x));
            float maxX = Math.max(Math.max(ps[0].x, ps[1].x), Math.max(ps[2].x, ps[3].x));
            float minY = Math.min(Math.min(ps[0].y, ps[1].y), Math.min(ps[2].y, ps[3].y));
            float maxY = Math.max(Math.max(ps[0].y, ps[1].y), Math.max(ps[2].y, ps[3].y));
            rectangles.add(new float[] {minX, minY, maxX, maxY});
            current = ps[0];
            subpathStart = ps[0];
        }

        @Override
        public void moveTo(float x, float y) {
            current = flip(x, y);
            subpathStart = current;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D.Float to = flip(x, y);
            if (current != null) {
                path.add(new float[] {current.x, current.y, to.x, to.y});
            }
            current = to;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = flip(x3, y3); // curves are no rulings
        }

        @Override
        public Point2D getCurrentPoint() {
            return current == null ? new Point2D.Float() : new Point2D.Float(current.x + left, top - current.y);
        }

        @Override
        public void closePath() {
            if (current != null && subpathStart != null) {
                path.add(new float[] {current.x, current.y, subpathStart.x, subpathStart.y});
                current = subpathStart;
            }
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            stroke();
            clear();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (visible(getGraphicsState().getNonStrokingColor())) {
                for (float[] r : rectangles) {
                    thinRectangle(r);
                }
                if (rectangles.isEmpty()) {
                    thinRectangle(bounds(path));
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            stroke();
            fillPath(windingRule);
        }

        private void stroke() {
            if (visible(getGraphicsState().getStrokingColor())) {
                for (float[] s : path) {
                    segment(s[0], s[1], s[2], s[3]);
                }
            }
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void clear() {
            path.clear();
            rectangles.clear();
        }

        private void thinRectangle(float[] r) {
            if (r == null) {
                return;
            }
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= THIN && h > w) {
                segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }

        private static float[] bounds(List<float[]> segs) {
            if (segs.isEmpty()) {
                return null;
            }
            float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (float[] s : segs) {
                b[0] = Math.min(b[0], Math.min(s[0], s[2]));
                b[1] = Math.min(b[1], Math.min(s[1], s[3]));
                b[2] = Math.max(b[2], Math.max(s[0], s[2]));
                b[3] = Math.max(b[3], Math.max(s[1], s[3]));
            }
            return b;
        }

        private void segment(float x1, float y1, float x2, float y2) {
            if (Math.abs(y1 - y2) < 1f) {
                segments.add(new PdfRuling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
            } else if (Math.abs(x1 - x2) < 1f) {
                segments.add(new PdfRuling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
            }
        }

        /** White lines draw nothing a reader sees (some producers paint them over borders to hide them). */
        private static boolean visible(PDColor color) {
            if (color == null) {
                return true;
            }
            float[] c = color.getComponents();
            String space = color.getColorSpace() == null ? "" : color.getColorSpace().getName();
            if (c.length == 1 && space.equals("DeviceGray")) {
                return c[0] < 0.95f;
            }
            if (c.length == 3 && space.equals("DeviceRGB")) {
                return c[0] < 0.95f || c[1] < 0.95f || c[2] < 0.95f;
            }
            if (c.length == 4 && space.equals("DeviceCMYK")) {
                return c[0] > 0.05f || c[1] > 0.05f || c[2] > 0.05f || c[3] > 0.05f;
            }
            return true;
        }
    }
}
