package cn.gongkai.registers.flowcharts;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.registers.types.FlowStep;

/**
 * Where each step of a flow goes: steps in layers top to bottom (a step sits one layer below the
 * lowest of its predecessors), side by side within a layer in step order, so that a branch (准予 /
 * 不予) puts its outcomes next to each other. A link to an earlier or the same step (补正后重新受理)
 * is a loop back, drawn beside the chart rather than bending the layers.
 */
final class FlowLayout {

    /** A link from step {@code from} to step {@code to} (indexes from 0); {@code back} when it returns upward. */
    record Link(int from, int to, boolean back) {
    }

    final List<List<Integer>> successors;
    final int[] layer;
    final int[] column;
    final int layers;
    final int columns;

    FlowLayout(List<FlowStep> steps) {
        int n = steps.size();
        successors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            successors.add(successors(steps, i));
        }
        layer = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : successors.get(i)) {
                if (j > i) {
                    layer[j] = Math.max(layer[j], layer[i] + 1);
                }
            }
        }
        int deepest = 0;
        for (int l : layer) {
            deepest = Math.max(deepest, l);
        }
        layers = n == 0 ? 0 : deepest + 1;
        column = new int[n];
        int[] used = new int[Math.max(layers, 1)];
        for (int i = 0; i < n; i++) {
            column[i] = used[layer[i]]++;
        }
        int widest = 0;
        for (int u : used) {
            widest = Math.max(widest, u);
        }
        columns = widest;
    }

    /** The steps following step {@code i}: its {@code next} where valid, else the next in order (none after the last). */
    static List<Integer> successors(List<FlowStep> steps, int i) {
        List<Integer> next = steps.get(i).next();
        List<Integer> out = new ArrayList<>();
        if (next == null || next.isEmpty()) {
            if (i + 1 < steps.size()) {
                out.add(i + 1);
            }
            return out;
        }
        for (Integer j : next) {
            if (j != null && j >= 0 && j < steps.size() && j != i && !out.contains(j)) {
                out.add(j);
            }
        }
        return out;
    }

    /** How many steps share step {@code i}'s layer. */
    int inLayer(int i) {
        int count = 0;
        for (int l : layer) {
            if (l == layer[i]) {
                count++;
            }
        }
        return count;
    }

    List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            for (int j : successors.get(i)) {
                out.add(new Link(i, j, layer[j] <= layer[i]));
            }
        }
        return out;
    }
}
