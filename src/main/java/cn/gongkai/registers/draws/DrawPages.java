package cn.gongkai.registers.draws;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a draw, {@code /registers/random-inspections/draws/{id}}: the numbered pool,
 * the sources as announced and in canonical form, the key string, every round (MD5, divisor,
 * pick) and how to recompute it. An inspection item's page lists its draws with the fragment
 * {@code registers/draws :: list(rowId)}.
 */
@Controller
class DrawPages {

    private final InspectionDraws draws;

    DrawPages(InspectionDraws draws) {
        this.draws = draws;
    }

    @GetMapping(InspectionDraws.PUBLIC_PATH + "{id}")
    String page(@PathVariable String id, Model model) {
        InspectionDraw draw = draws.view(DrawApi.id(id));
        Map<Integer, Integer> picks = new HashMap<>();
        draw.rounds().forEach(r -> picks.put(r.number(), r.index()));
        model.addAttribute("draw", draw);
        model.addAttribute("picks", picks);
        return "registers/draws-page";
    }
}
