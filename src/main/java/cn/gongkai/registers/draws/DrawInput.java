package cn.gongkai.registers.draws;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff submit for a draw (API body, console form): the pool of inspection objects in order
 * (ids or names; numbered from 1), how many to pick, the sources of randomness in their announced
 * order, an optional title and the inspection item (a row of random-inspections) it draws for.
 * Numbers arrive as decimals so that {@code 1.5} or {@code 1e30} is refused, not truncated.
 */
public record DrawInput(List<String> pool, Integer count, List<List<BigDecimal>> sources, String title, Long rowId) {
}
