package cn.gongkai.obligations.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The on-time rate over time as bars of an inline SVG, laid out on the server (no script; sizes
 * and colours go into SVG presentation attributes, never {@code style}, as the CSP demands).
 */
final class OnTimeChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int TOP = 24;
    private static final int PLOT = 160;

    private OnTimeChart() {
    }

    /** A bar: position, size, colour, and the texts above and below it. A window with nothing to rate has no bar. */
    record Bar(int x, int y, int width, int height, String fill, String value, String label, int labelX) {
    }

    /** Horizontal grid line at a rate, with its label. */
    record Grid(int y, String label) {
    }

    static List<Bar> bars(List<ComplianceFigures.Point> trend) {
        int slot = (WIDTH - LEFT - 16) / Math.max(1, trend.size());
        int width = Math.max(4, slot * 6 / 10);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            ComplianceFigures.Point p = trend.get(i);
            Long percent = p.counts().onTimePercent();
            int height = percent == null ? 0 : (int) Math.round(percent * PLOT / 100.0);
            int x = LEFT + i * slot + (slot - width) / 2;
            String fill = percent == null ? "#cccccc" : percent >= 90 ? "#2e7d32" : percent >= 60 ? "#f0b400" : "#a8201a";
            bars.add(new Bar(x, TOP + PLOT - height, width, height, fill, percent == null ? "—" : percent + "%",
                    p.window().toString(), x + width / 2));
        }
        return bars;
    }

    static List<Grid> grid() {
        List<Grid> lines = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            lines.add(new Grid(TOP + PLOT - percent * PLOT / 100, percent + "%"));
        }
        return lines;
    }

    static int baseline() {
        return TOP + PLOT;
    }
}
