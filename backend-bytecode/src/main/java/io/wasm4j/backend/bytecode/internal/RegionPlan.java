package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.ImmediateKind;
import io.wasm4j.core.code.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a split function is cut into region methods (see {@link Split}): a set of <em>runs</em>, each a
 * sequence of whole instructions of one block body (a {@code block}, {@code loop}, {@code if}, … counts as
 * one instruction with everything up to its {@code end}), {@code [start, end)} in code offsets. Runs nest:
 * a run may contain instructions with runs in their bodies, and a run may consist of shorter runs of the
 * same body.
 *
 * <p>The plan works on estimated bytecode sizes. Bottom up over the block tree, each body whose estimated
 * code exceeds the budget is cut greedily into consecutive runs of at most the budget (repeatedly, so that
 * the calls that replace them fit too), and a construct whose bodies together still exceed it gets its
 * largest bodies made runs of their own. The caller checks the real method sizes and retries with a smaller
 * budget when the estimate was low.
 *
 * <p>Not cut: an instruction that refers to a legacy {@code try} outside the run ({@code rethrow}, or a
 * {@code try … delegate} whose label is outside), since the handler state it needs is in another method.
 */
final class RegionPlan {
    /** The estimated bytecode of a region call with its exit dispatch. */
    static final int CALL_COST = 40;

    private static final int CONSTRUCT_COST = 12;

    private final FunctionCode fc;
    private final CodeReader r;
    private final int budget;
    /** Run starts → their ends, longest first. */
    private final Map<Integer, int[]> runs = new HashMap<>();

    private final List<Open> open = new ArrayList<>();
    private boolean changed;
    /** The instruction that ended the body parsed last. */
    private Opcode terminator;

    /** An instruction (or a run that replaced several) of a body: its extent and estimated inline size. */
    private record Node(int start, int end, long cost, boolean escapes, boolean region) {}

    /** A construct being parsed: whether something in it refers to a legacy try outside it. */
    private static final class Open {
        final int start;
        boolean escapes;

        Open(int start) {
            this.start = start;
        }
    }

    private RegionPlan(byte[] bytes, FunctionCode fc, int budget) {
        this.fc = fc;
        this.r = new CodeReader(bytes, fc.bodyStart(), fc.bodyEnd());
        this.budget = Math.max(1, budget);
    }

    /** Plans the runs of function {@code fc} (whose code is in {@code bytes}) for methods of about {@code budget} bytes. */
    static RegionPlan of(byte[] bytes, FunctionCode fc, int budget) {
        RegionPlan p = new RegionPlan(bytes, fc, budget);
        p.reduce(p.body());
        return p;
    }

    /** Whether the plan has no run (the function stays one method). */
    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The number of runs. */
    int size() {
        int n = 0;
        for (int[] ends : runs.values()) {
            n += ends.length;
        }
        return n;
    }

    /**
     * Returns the end of the longest run that starts at {@code pc} within the method of run {@code
     * [ownStart, ownEnd)} (the function's own method: {@code ownStart} -1) other than that run itself, or -1.
     */
    int runAt(int pc, int ownStart, int ownEnd) {
        int[] ends = runs.get(pc);
        if (ends == null) {
            return -1;
        }
        for (int e : ends) {
            if (ownStart < 0 || (e <= ownEnd && !(pc == ownStart && e == ownEnd))) {
                return e;
            }
        }
        return -1;
    }

    private void addRun(int start, int end) {
        int[] ends = runs.get(start);
        if (ends == null) {
            runs.put(start, new int[] {end});
            return;
        }
        for (int e : ends) {
            if (e == end) {
                return;
            }
        }
        int[] more = java.util.Arrays.copyOf(ends, ends.length + 1);
        more[ends.length] = end;
        java.util.Arrays.sort(more);
        for (int i = 0; i < more.length / 2; i++) {
            int t = more[i];
            more[i] = more[more.length - 1 - i];
            more[more.length - 1 - i] = t;
        }
        runs.put(start, more);
    }

    // ---- parsing

    /** Parses instructions up to the end of the current body; leaves the reader after its terminator. */
    private List<Node> body() {
        List<Node> items = new ArrayList<>();
        while (r.position() < fc.bodyEnd()) {
            int pc = r.position();
            Opcode op = r.readOpcode();
            switch (op) {
                case END, ELSE, CATCH_ALL -> {
                    terminator = op;
                    return items;
                }
                case CATCH -> {
                    r.readU32();
                    terminator = op;
                    return items;
                }
                case DELEGATE -> {
                    r.readU32();
                    escapesTo(pc);
                    terminator = op;
                    return items;
                }
                case BLOCK, LOOP, IF, TRY_TABLE, TRY -> items.add(construct(pc));
                case RETHROW -> {
                    r.readU32();
                    escapesTo(pc);
                    items.add(new Node(pc, r.position(), 6, true, false));
                }
                default -> {
                    long cost = estimate(op);
                    if (op == Opcode.BR_TABLE) {
                        cost += 8L * fc.branchTargetCount(fc.branchAt(pc));
                    }
                    r.skipImmediates(op);
                    items.add(new Node(pc, r.position(), cost + (r.position() - pc), false, false));
                }
            }
        }
        return items;
    }

    /** Marks the open constructs that do not contain the legacy try that the branch at {@code pc} names. */
    private void escapesTo(int pc) {
        int b = fc.targetBlock(fc.branchFirstTarget(fc.branchAt(pc)));
        int offset = b < 0 ? -1 : fc.blockOffset(b);
        for (Open o : open) {
            if (offset < o.start) {
                o.escapes = true;
            }
        }
    }

    private Node construct(int pc) {
        int b = fc.blockAt(pc);
        Open o = new Open(pc);
        open.add(o);
        r.position(fc.blockBodyStart(b));
        List<List<Node>> bodies = new ArrayList<>();
        long[] costs = new long[4];
        long cost = CONSTRUCT_COST;
        while (true) {
            List<Node> items = body();
            Opcode t = terminator;
            if (bodies.size() == costs.length) {
                costs = java.util.Arrays.copyOf(costs, costs.length * 2);
            }
            costs[bodies.size()] = reduce(items);
            cost += costs[bodies.size()];
            bodies.add(items);
            if (t == Opcode.END || t == Opcode.DELEGATE) {
                break;
            }
        }
        open.removeLast();
        while (cost > budget) {
            int best = -1;
            for (int i = 0; i < bodies.size(); i++) {
                List<Node> items = bodies.get(i);
                if (items.isEmpty() || costs[i] <= CALL_COST && budget >= CALL_COST) {
                    continue;
                }
                if (items.size() == 1 && items.getFirst().region) {
                    continue;
                }
                if (items.stream().anyMatch(Node::escapes)) {
                    continue;
                }
                if (best < 0 || costs[i] > costs[best]) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            List<Node> items = bodies.get(best);
            addRun(items.getFirst().start, items.getLast().end);
            cost -= costs[best] - CALL_COST;
            costs[best] = CALL_COST;
            bodies.set(best, List.of(new Node(items.getFirst().start, items.getLast().end, CALL_COST, false, true)));
        }
        return new Node(pc, r.position(), cost, o.escapes, false);
    }

    // ---- cutting

    /** Cuts {@code nodes} (one body) into runs until its estimated size fits the budget; returns that size. */
    private long reduce(List<Node> nodes) {
        long total = sum(nodes);
        while (total > budget) {
            changed = false;
            List<Node> out = new ArrayList<>();
            List<Node> run = new ArrayList<>();
            long runCost = 0;
            for (Node n : nodes) {
                if (n.escapes) {
                    flush(run, runCost, out);
                    run.clear();
                    runCost = 0;
                    out.add(n);
                    continue;
                }
                if (!run.isEmpty() && runCost + n.cost > budget) {
                    flush(run, runCost, out);
                    run.clear();
                    runCost = 0;
                }
                run.add(n);
                runCost += n.cost;
            }
            flush(run, runCost, out);
            if (!changed) {
                break;
            }
            nodes = out;
            total = sum(nodes);
        }
        return total;
    }

    private void flush(List<Node> run, long runCost, List<Node> out) {
        if (run.isEmpty()) {
            return;
        }
        if ((run.size() == 1 && run.getFirst().region) || (runCost <= CALL_COST && budget >= CALL_COST)) {
            out.addAll(run);
            return;
        }
        int start = run.getFirst().start;
        int end = run.getLast().end;
        addRun(start, end);
        out.add(new Node(start, end, CALL_COST, false, true));
        changed = true;
    }

    private static long sum(List<Node> nodes) {
        long s = 0;
        for (Node n : nodes) {
            s += n.cost;
        }
        return s;
    }

    /** A rough estimate of the bytecode of one instruction in a split function, beyond its own length. */
    private static long estimate(Opcode op) {
        switch (op) {
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> {
                return 6;
            }
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, NOP, DROP -> {
                return 1;
            }
            case CALL, CALL_INDIRECT, CALL_REF, RETURN_CALL, RETURN_CALL_INDIRECT, RETURN_CALL_REF -> {
                return 30;
            }
            case BR, BR_IF, RETURN -> {
                return 10;
            }
            default -> {
                ImmediateKind k = op.immediates();
                if (k == ImmediateKind.MEMARG || k == ImmediateKind.MEMARG_LANE) {
                    return 24;
                }
                return 4;
            }
        }
    }
}
