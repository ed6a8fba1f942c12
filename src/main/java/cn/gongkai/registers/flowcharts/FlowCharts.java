package cn.gongkai.registers.flowcharts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gongkai.registers.types.FlowStep;

/**
 * Draws a flow chart (流程图) from its steps as accessible SVG: {@code role="img"} labelled by a
 * {@code <title>} and a {@code <desc>} that reads the whole flow (every step with its handling
 * unit, requirements, time limit and what follows), each step a box holding its number, name, unit
 * and time limit as real text. Presentation attributes only (no {@code style}), so the strict
 * Content-Security-Policy of the pages allows it inline. Templates use {@link #chart} through the
 * fragment {@code registers/flowchart :: chart(steps)}; {@code /registers/{code}/rows/{id}/flow.svg}
 * serves {@link #svg(List, Locale, String, String)} as a file.
 */
@Component("flowCharts")
public class FlowCharts {

    static final int NODE_W = 240;
    static final int H_GAP = 40;
    static final int V_GAP = 44;
    static final int MARGIN = 16;
    static final int PAD = 10;
    static final int LINE_H = 20;
    static final int LANE = 14;
    static final String INK = "#1a1a1a";
    static final String LINE = "#1f4e79";
    static final String FILL = "#f3f7fb";

    private final MessageSource messages;

    FlowCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** What the fragment shows: the inline SVG and the steps with their following steps as text. */
    public record FlowChart(String svg, List<StepText> steps) {

        public boolean isEmpty() {
            return steps.isEmpty();
        }
    }

    /** One step of the text alternative: number from 1, its data, and a sentence naming what follows. */
    public record StepText(int number, String name, String unit, String requirements, String timeLimit, String next) {
    }

    /**
     * The chart of {@code steps} for a template: a List of {@link FlowStep}, or their JSON as a row's
     * public value holds it; null, blank or unreadable JSON gives an empty chart. {@code title} names
     * what the chart is of (null: a generic title).
     */
    public FlowChart chart(Object steps, String idPrefix, Locale locale, String title) {
        List<FlowStep> list = steps instanceof String json ? ChartSteps.parse(json) : ChartSteps.of(steps);
        if (list.isEmpty()) {
            return new FlowChart("", List.of());
        }
        List<StepText> text = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            FlowStep s = list.get(i);
            text.add(new StepText(i + 1, s.name(), blank(s.unit()), blank(s.requirements()), blank(s.timeLimit()),
                    next(list, i, locale)));
        }
        return new FlowChart(svg(list, locale, title, idPrefix), text);
    }

    /**
     * @param title what the chart is of (an item's name), or null for a generic title
     * @param idPrefix makes the ids of title, description and arrow unique on a page holding several charts
     */
    public String svg(List<FlowStep> steps, Locale locale, String title, String idPrefix) {
        String p = idPrefix == null || !idPrefix.matches("[A-Za-z][\\w-]*") ? "flow" : idPrefix;
        FlowLayout layout = new FlowLayout(steps);
        List<List<String>> boxes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boxes.add(boxLines(steps.get(i), i, locale));
        }
        int[] rowHeight = new int[layout.layers];
        for (int i = 0; i < steps.size(); i++) {
            rowHeight[layout.layer[i]] = Math.max(rowHeight[layout.layer[i]], height(boxes.get(i)));
        }
        int[] rowTop = new int[layout.layers];
        int y = MARGIN;
        for (int l = 0; l < layout.layers; l++) {
            rowTop[l] = y;
            y += rowHeight[l] + V_GAP;
        }
        List<FlowLayout.Link> links = layout.links();
        long backs = links.stream().filter(FlowLayout.Link::back).count();
        int contentWidth = Math.max(1, layout.columns) * (NODE_W + H_GAP) - H_GAP;
        int width = MARGIN * 2 + contentWidth + (int) backs * LANE + (backs > 0 ? LANE : 0);
        int height = Math.max(y - V_GAP + MARGIN, MARGIN * 2 + LINE_H);
        int[] x = new int[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            int offset = (layout.columns - layout.inLayer(i)) * (NODE_W + H_GAP) / 2;
            x[i] = MARGIN + offset + layout.column[i] * (NODE_W + H_GAP);
        }
        String heading = title == null || title.isBlank() ? text("registers.flowcharts.title", locale)
                : text("registers.flowcharts.titleOf", locale, title.strip());
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby", p + "-title", "aria-describedby", p + "-desc",
                "viewBox", "0 0 " + width + " " + height, "width", String.valueOf(width), "height", String.valueOf(height),
                "class", "chart flow-chart-svg", "font-family", "sans-serif", "font-size", "14");
        svg.element("title", heading, "id", p + "-title");
        svg.element("desc", describe(steps, locale), "id", p + "-desc");
        svg.open("defs");
        svg.open("marker", "id", p + "-arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5", "markerWidth", "8",
                "markerHeight", "8", "orient", "auto-start-reverse");
        svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", LINE);
        svg.close("marker");
        svg.close("defs");
        int lane = 0;
        for (FlowLayout.Link link : links) {
            int i = link.from();
            int j = link.to();
            String d;
            if (link.back()) {
                int laneX = MARGIN + contentWidth + LANE * (++lane);
                int yi = rowTop[layout.layer[i]] + height(boxes.get(i)) / 2;
                int yj = rowTop[layout.layer[j]] + height(boxes.get(j)) / 2;
                d = "M" + (x[i] + NODE_W) + "," + yi + " H" + laneX + " V" + yj + " H" + (x[j] + NODE_W);
            }
            else {
                int cxi = x[i] + NODE_W / 2;
                int cxj = x[j] + NODE_W / 2;
                int bottom = rowTop[layout.layer[i]] + height(boxes.get(i));
                int top = rowTop[layout.layer[j]];
                int mid = rowTop[layout.layer[i]] + rowHeight[layout.layer[i]] + V_GAP / 2;
                d = cxi == cxj ? "M" + cxi + "," + bottom + " V" + top
                        : "M" + cxi + "," + bottom + " V" + mid + " H" + cxj + " V" + top;
            }
            svg.empty("path", "d", d, "fill", "none", "stroke", LINE, "stroke-width", "1.5",
                    "marker-end", "url(#" + p + "-arrow)");
        }
        for (int i = 0; i < steps.size(); i++) {
            int top = rowTop[layout.layer[i]];
            List<String> lines = boxes.get(i);
            svg.open("g", "class", "flow-step");
            svg.empty("rect", "x", String.valueOf(x[i]), "y", String.valueOf(top), "width", String.valueOf(NODE_W),
                    "height", String.valueOf(height(lines)), "rx", "6", "fill", FILL, "stroke", LINE, "stroke-width", "1.5");
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                boolean head = line.startsWith("\u0000");
                svg.element("text", head ? line.substring(1) : line, "x", String.valueOf(x[i] + PAD),
                        "y", String.valueOf(top + PAD + 15 + k * LINE_H), "fill", INK, "font-weight", head ? "bold" : "normal");
            }
            svg.close("g");
        }
        svg.close("svg");
        return svg.toString();
    }

    /** The box's text lines; the name's lines are marked (a leading NUL) to be set in bold. */
    private List<String> boxLines(FlowStep step, int i, Locale locale) {
        List<String> lines = new ArrayList<>();
        int inner = NODE_W - 2 * PAD;
        for (String l : TextWrap.wrap(text("registers.flowcharts.stepLabel", locale, String.valueOf(i + 1)) + " "
                + blankToDash(step.name()), inner, 3)) {
            lines.add("\u0000" + l);
        }
        if (step.unit() != null && !step.unit().isBlank()) {
            lines.addAll(TextWrap.wrap(text("registers.flowcharts.box.unit", locale, step.unit().strip()), inner, 2));
        }
        if (step.timeLimit() != null && !step.timeLimit().isBlank()) {
            lines.addAll(TextWrap.wrap(text("registers.flowcharts.box.timeLimit", locale, step.timeLimit().strip()), inner, 2));
        }
        return lines;
    }

    private static int height(List<String> lines) {
        return PAD * 2 + lines.size() * LINE_H;
    }

    /** The whole flow in words, for the SVG's description. */
    String describe(List<FlowStep> steps, Locale locale) {
        StringBuilder out = new StringBuilder(text("registers.flowcharts.summary", locale, String.valueOf(steps.size())));
        for (int i = 0; i < steps.size(); i++) {
            FlowStep s = steps.get(i);
            out.append(' ').append(text("registers.flowcharts.stepLabel", locale, String.valueOf(i + 1))).append(' ')
                    .append(blankToDash(s.name()));
            if (blank(s.unit()) != null) {
                out.append(text("registers.flowcharts.separator", locale))
                        .append(text("registers.flowcharts.box.unit", locale, s.unit().strip()));
            }
            if (blank(s.requirements()) != null) {
                out.append(text("registers.flowcharts.separator", locale))
                        .append(text("registers.flowcharts.box.requirements", locale, s.requirements().strip()));
            }
            if (blank(s.timeLimit()) != null) {
                out.append(text("registers.flowcharts.separator", locale))
                        .append(text("registers.flowcharts.box.timeLimit", locale, s.timeLimit().strip()));
            }
            out.append(text("registers.flowcharts.separator", locale)).append(next(steps, i, locale))
                    .append(text("registers.flowcharts.stop", locale));
        }
        return out.toString();
    }

    /** "下一步：第3步或第4步", or "办结" for a last step. */
    String next(List<FlowStep> steps, int i, Locale locale) {
        List<Integer> following = FlowLayout.successors(steps, i);
        if (following.isEmpty()) {
            return text("registers.flowcharts.end", locale);
        }
        List<String> names = following.stream()
                .map(j -> text("registers.flowcharts.stepLabel", locale, String.valueOf(j + 1))).toList();
        return text("registers.flowcharts.next", locale, String.join(text("registers.flowcharts.or", locale), names));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }
}
